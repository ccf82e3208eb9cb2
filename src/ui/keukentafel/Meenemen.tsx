/** Kitchen-table mode, on the result page: the to-do list to take away and the handover. (To be built.) */
import type { Stand } from "../../flow/reis.ts";

export function Meenemen(_props: { stand: Stand }) {
  return null;
}

/** The rules' errors in one line each, for the error pages (rules/fouten.ts; loaded with those pages only). */
export { type Fout, formatteerFout } from "../rules/fouten.ts";

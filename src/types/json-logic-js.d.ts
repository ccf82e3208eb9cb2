/** json-logic-js ships no types; the property tests use it as the reference implementation. */
declare module "json-logic-js" {
  const jsonLogic: {
    apply(logic: unknown, data?: unknown): unknown;
    truthy(value: unknown): boolean;
    is_logic(logic: unknown): boolean;
  };
  export default jsonLogic;
}

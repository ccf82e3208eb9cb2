/**
 * The language codes a rule text may use: those of src/i18n/talen.json (languages are
 * data, issue 15), Dutch first: the one every text must have. Adding a language there
 * makes it a valid key of every rule text; no code lists them.
 */
// Data, not words: which languages exist (src/lagen.test.ts allows src/rules this one file of src/i18n).
import talenBestand from "../i18n/talen.json" with { type: "json" };

export const TAALCODES: readonly string[] = ["nl", ...talenBestand.talen.map((t) => t.code).filter((c) => c !== "nl")];

/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />
interface ImportMetaEnv {
  readonly VITE_GEMEENTE?: string;
  readonly VITE_MODUS?: "inwoner" | "balie" | "keukentafel";
  /** The language a deployment opens in, a code of src/i18n/talen.json (issue 15). */
  readonly VITE_TAAL?: string;
  readonly VITE_VERSIE: string;
  /** Minutes without use before the counter mode wipes everything (default 15). */
  readonly VITE_BALIE_MINUTEN?: string;
}

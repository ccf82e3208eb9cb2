/**
 * A fake speech synthesis for tests: voices as the browser lists them (local or over
 * the network), voices that arrive late with `voiceschanged`, and every utterance
 * recorded with its voice.
 */
export interface NepStem {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
  voiceURI?: string;
}

export interface Gesproken {
  tekst: string;
  lang: string;
  stem: NepStem | null;
}

export function installeerNepSpraak(stemmen: NepStem[] = []) {
  const gesproken: Gesproken[] = [];
  const uitingen: Array<{ onend: (() => void) | null; onerror: (() => void) | null }> = [];
  let lijst = [...stemmen];
  let gestopt = 0;
  const luisteraars = new Set<() => void>();
  class Uiting {
    voice: NepStem | null = null;
    lang = "";
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  const synth = {
    getVoices: () => lijst,
    speak: (u: Uiting) => {
      gesproken.push({ tekst: u.text, lang: u.lang, stem: u.voice });
      uitingen.push(u);
    },
    cancel: () => {
      gestopt++;
    },
    onvoiceschanged: null as (() => void) | null,
    addEventListener: (soort: string, f: () => void) => soort === "voiceschanged" && luisteraars.add(f),
    removeEventListener: (soort: string, f: () => void) => soort === "voiceschanged" && luisteraars.delete(f),
  };
  const vorige = { synth: Object.getOwnPropertyDescriptor(window, "speechSynthesis"), uiting: Object.getOwnPropertyDescriptor(window, "SpeechSynthesisUtterance") };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true, writable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Uiting, configurable: true, writable: true });
  return {
    gesproken,
    get gestopt() {
      return gestopt;
    },
    get luisteraars() {
      return luisteraars.size;
    },
    /** The browser has loaded (other) voices: as Chrome does after the page. */
    stemmenGeladen(nieuw: NepStem[]) {
      lijst = [...nieuw];
      for (const f of [...luisteraars]) f();
      synth.onvoiceschanged?.();
    },
    /** The engine finishes every utterance queued so far. */
    allesGezegd() {
      for (const u of uitingen.splice(0)) u.onend?.();
    },
    weg() {
      for (const [naam, d] of [["speechSynthesis", vorige.synth], ["SpeechSynthesisUtterance", vorige.uiting]] as const) {
        if (d) Object.defineProperty(window, naam, d);
        else delete (window as unknown as Record<string, unknown>)[naam];
      }
    },
  };
}

export const GOOGLE_NL: NepStem = { name: "Google Nederlands", lang: "nl-NL", localService: false };
export const GOOGLE_EN: NepStem = { name: "Google UK English Female", lang: "en-GB", localService: false };
export const LOKAAL_NL: NepStem = { name: "Xander", lang: "nl-NL", localService: true };
export const LOKAAL_BE: NepStem = { name: "Ellen", lang: "nl_BE", localService: true };
export const LOKAAL_EN: NepStem = { name: "Daniel", lang: "en-GB", localService: true };
export const LOKAAL_US: NepStem = { name: "Samantha", lang: "en-US", localService: true };

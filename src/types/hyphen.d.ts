/** hyphen ships no types; the readability test uses its Dutch patterns to count syllables. */
declare module "hyphen/nl" {
  export interface HyphenOpties {
    exceptions?: string[];
    hyphenChar?: string;
    minWordLength?: number;
  }
  export function hyphenateSync(tekst: string, opties?: HyphenOpties): string;
  export function hyphenate(tekst: string, opties?: HyphenOpties): Promise<string>;
}

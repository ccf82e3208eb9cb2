/**
 * Test gemeenten for the household questions (Node only, for tests): a copy of rules/ in
 * a temporary folder, with an example gemeente copied under a new id and one regeling
 * changed. Never a folder in rules/ itself, and never a fixed list of gemeenten: the
 * source is the first gemeente whose rules read `kinderen_4_tot_18`.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gelezenNamen } from "../grammatica/bewerkingen.ts";
import { STANDAARD_MAP } from "./lees-map.ts";

type Json = any;

/** The first gemeente (in folder order) with a regeling that reads `kinderen_4_tot_18`. */
export function bronGemeente(map = STANDAARD_MAP): { gemeente: string; regeling: string } {
  for (const gemeente of readdirSync(map, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    let bestanden: string[];
    try {
      bestanden = readdirSync(join(map, gemeente, "regelingen")).sort();
    } catch {
      continue;
    }
    for (const bestand of bestanden.filter((b) => !b.endsWith(".tests.json"))) {
      const regeling = JSON.parse(readFileSync(join(map, gemeente, "regelingen", bestand), "utf8"));
      if (regeling.voorwaarden.some((v: Json) => gelezenNamen(v.regel).has("kinderen_4_tot_18"))) return { gemeente, regeling: regeling.id };
    }
  }
  throw new Error("geen gemeente in rules/ leest kinderen_4_tot_18");
}

export interface Proefgemeente {
  id: string;
  /** Changes the copied regelingen (id → parsed file) in place. */
  wijzig: (regelingen: Record<string, Json>, bron: { regeling: string }) => void;
  /** The rule tests of the copy (its source's tests no longer fit the changed rules). */
  gevallen: (regelingen: string[]) => Json[];
}

/** A temporary rules folder with the given test gemeenten added. */
export function maakProefmap(proeven: Proefgemeente[]): { map: string; bron: string; regeling: string } {
  const map = mkdtempSync(join(tmpdir(), "huishoudens-"));
  cpSync(STANDAARD_MAP, map, { recursive: true });
  const { gemeente: bron, regeling } = bronGemeente(map);
  for (const proef of proeven) {
    const doel = join(map, proef.id);
    cpSync(join(map, bron), doel, { recursive: true });
    const gemeente = JSON.parse(readFileSync(join(doel, "gemeente.json"), "utf8"));
    writeFileSync(join(doel, "gemeente.json"), JSON.stringify({ ...gemeente, id: proef.id, naam: `Proef ${proef.id}` }));
    const regelingen: Record<string, Json> = {};
    for (const bestand of readdirSync(join(doel, "regelingen"))) {
      // The source's own tests no longer fit the changed rules: the copy gets its own below.
      if (bestand.endsWith(".tests.json")) {
        rmSync(join(doel, "regelingen", bestand));
        continue;
      }
      const r = JSON.parse(readFileSync(join(doel, "regelingen", bestand), "utf8"));
      regelingen[r.id] = r;
    }
    proef.wijzig(regelingen, { regeling });
    for (const [id, r] of Object.entries(regelingen)) writeFileSync(join(doel, "regelingen", `${id}.json`), JSON.stringify(r));
    writeFileSync(join(doel, "tests.json"), JSON.stringify({ bestand: "tests", gevallen: proef.gevallen(Object.keys(regelingen)) }));
  }
  return { map, bron, regeling };
}

const t = (nl: string, en: string) => ({ nl, en });

/** Every regeling of the example policy is for people of 18 or older. */
function iedereenNee(regelingen: string[]): Json[] {
  const verwacht = Object.fromEntries(regelingen.map((id) => [id, { uitkomst: "nee", bedrag: null, spoed: false }]));
  return [{ naam: "17 jaar", datum: "2026-03-01", antwoorden: { leeftijd: 17 }, verwacht }];
}

/**
 * Keeps the condition on `kinderen_4_tot_18` (now derived from the ages), pays € 100 a
 * year per child aged 4–17, and gives the first other regeling (by id) a maatwerk
 * condition of at least 2 children under 12.
 */
export const KINDEREN: Proefgemeente = {
  id: "proef-kinderen",
  wijzig: (regelingen, { regeling }) => {
    const r = regelingen[regeling];
    r.bedrag = { regel: { "*": [{ var: "kinderen_4_tot_17" }, 100] }, per: "jaar" };
    // A maatwerk condition that only a list with two young children can meet: without
    // enough candidate lists the relevance search would never ask the ages for it.
    const ander = regelingen[Object.keys(regelingen).sort().find((id) => id !== regeling) as string];
    ander.voorwaarden.push({
      id: "jonge_kinderen",
      soort: "maatwerk",
      regel: { ">=": [{ var: "kinderen_onder_12" }, 2] },
      tekst: {
        ja: t("Er wonen minstens 2 kinderen onder de 12 bij je.", "At least 2 children under 12 live with you."),
        nee: t("Er wonen minder dan 2 kinderen onder de 12 bij je. De gemeente kijkt of ze je toch helpt.", "Fewer than 2 children under 12 live with you. The municipality looks at whether it can help anyway."),
        onbekend: t("We weten niet hoe oud je kinderen zijn.", "We do not know how old your children are."),
      },
    });
  },
  gevallen: iedereenNee,
};

/** Adds "not in an institution" to every regeling (so `huishouden` is in use) and "no kostendelers" to the first (by id) but the children's one. */
export const KOSTENDELERS: Proefgemeente = {
  id: "proef-kostendelers",
  wijzig: (regelingen, { regeling }) => {
    for (const r of Object.values(regelingen)) {
      r.voorwaarden.push({
        id: "geen_instelling",
        soort: "hard",
        regel: { "!=": [{ var: "huishouden" }, "instelling"] },
        tekst: {
          ja: t("Je woont niet in een instelling.", "You do not live in an institution."),
          nee: t("Je woont in een instelling. Dan betaalt de instelling dit.", "You live in an institution. The institution pays for this."),
          onbekend: t("We weten niet hoe je woont.", "We do not know how you live."),
        },
      });
    }
    const eerste = Object.keys(regelingen).sort().find((id) => id !== regeling) as string;
    regelingen[eerste].voorwaarden.push({
      id: "geen_kostendelers",
      soort: "hard",
      regel: { "==": [{ var: "kostendelers" }, 0] },
      tekst: {
        ja: t("Er wonen geen andere volwassenen bij je.", "No other adults live with you."),
        nee: t("Er wonen andere volwassenen bij je.", "Other adults live with you."),
        onbekend: t("We weten niet wie er bij je wonen.", "We do not know who lives with you."),
      },
    });
  },
  gevallen: iedereenNee,
};

/** Both at once: children counted by age and `huishouden` in use, so the ages follow from "Alleen ik". */
export const GEZIN: Proefgemeente = {
  id: "proef-gezin",
  wijzig: (regelingen, bron) => {
    KINDEREN.wijzig(regelingen, bron);
    KOSTENDELERS.wijzig(regelingen, bron);
  },
  gevallen: iedereenNee,
};

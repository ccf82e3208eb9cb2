/**
 * scripts/vertaling.ts on a temporary copy (rules from the frozen examples, the app's
 * strings as they are): `uit` writes each Dutch rule text once and the UI per language of
 * talen.json; `in` puts a translation beside "nl" in every text with that Dutch, leaves
 * the rest Dutch (and so marked in the app), and the rules stay valid.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { VASTE_MAP } from "../tests/fixtures/regels.ts";
import { wijzer } from "../src/cli/wijzer.ts";
import { talen } from "../src/i18n/talen.json";

const SCRIPT = resolve("scripts/vertaling.ts");
const TSX = resolve("node_modules/.bin/tsx");

function kopie(): string {
  const map = mkdtempSync(join(tmpdir(), "vertaling-"));
  cpSync(VASTE_MAP, join(map, "rules"), { recursive: true });
  cpSync("src/i18n", join(map, "src/i18n"), { recursive: true });
  return map;
}
const voer = (map: string, ...args: string[]) => spawnSync(TSX, [SCRIPT, ...args], { cwd: map, encoding: "utf8" });

describe("scripts/vertaling.ts", () => {
  it("uit: every Dutch rule text once, and the whole UI per language of talen.json", () => {
    const map = kopie();
    const uit = voer(map, "uit", "werk");
    expect(uit.status, uit.stderr).toBe(0);
    const regels = JSON.parse(readFileSync(join(map, "werk/regels.nl-en.json"), "utf8")) as Array<{ nl: string; en?: string }>;
    expect(regels.length).toBeGreaterThan(50);
    expect(new Set(regels.map((r) => r.nl)).size).toBe(regels.length);
    expect(readdirSync(join(map, "werk")).filter((n) => n.startsWith("ui.")).sort()).toEqual(talen.map((t) => `ui.${t.code}.json`).sort());
    const nl = JSON.parse(readFileSync(join(map, "werk/ui.nl.json"), "utf8"));
    expect(nl.app.naam).toBe("Regelingenwijzer");
    expect(nl.regeltekst.nederlands).toBe("(in het Nederlands)");
  });

  it("in: a translation goes beside nl wherever that Dutch stands; the rest stays Dutch; the rules stay valid", () => {
    const map = kopie();
    const pad = join(map, "rules/geertruidenberg/regelingen/noodfonds.json");
    const regeling = JSON.parse(readFileSync(pad, "utf8"));
    const titel = regeling.titel.nl as string;
    // Take the English out of this one file, then put a (fake) translation of the title back.
    const zonderEn = (w: unknown): unknown => (Array.isArray(w) ? w.map(zonderEn) : w && typeof w === "object" ? Object.fromEntries(Object.entries(w).filter(([k]) => k !== "en").map(([k, v]) => [k, zonderEn(v)])) : w);
    writeFileSync(pad, JSON.stringify(zonderEn(regeling), null, 2));
    writeFileSync(join(map, "en.regels.json"), JSON.stringify({ [titel]: "Emergency fund (test)" }));
    const uit = voer(map, "in", "en", "en.regels.json");
    expect(uit.status, uit.stderr).toBe(0);
    expect(uit.stdout).toMatch(/^en: \d+ regelteksten vertaald, \d+ zonder vertaling\n/);
    const na = JSON.parse(readFileSync(pad, "utf8"));
    expect(na.titel).toEqual({ nl: titel, en: "Emergency fund (test)" });
    expect(na.samenvatting.en).toBeUndefined();
    const check = wijzer(["check", "--regels", join(map, "rules")], { stdin: () => "", vandaag: () => "2026-03-01" });
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toContain(`vertaling: ${join(map, "rules")}/geertruidenberg: en: `);
  });

  it("in: refuses a language that is not in talen.json, in one line that says where to add it", () => {
    const map = kopie();
    writeFileSync(join(map, "xx.json"), "{}");
    const uit = voer(map, "in", "xx", "xx.json");
    expect(uit.status).toBe(1);
    expect(uit.stderr).toBe(`vertaling: "xx" staat niet in src/i18n/talen.json; voeg de taal daar eerst toe (code, naam, richting, locale, nagekeken), anders keurt wijzer check de regels af\n`);
  });
});

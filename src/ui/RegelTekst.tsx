/**
 * The one way a page shows a text of the rules (issue 15, point 1): in the reader's
 * language when it has been translated; otherwise the Dutch, in `<span lang="nl">` (so a
 * screen reader and "Lees voor" speak it as Dutch) with a short "(in Dutch)" in the
 * reader's language beside it, so the resident sees why it is Dutch. In a block of many
 * texts (a list of papers), the block's heading carries the marker once (NederlandsTeken)
 * and each text `teken={false}`.
 */
import type { ComponentChildren } from "preact";
import { useContext } from "preact/hooks";
import { kies, naamDelen, taalVan } from "../i18n/regeltekst.ts";
import type { Tekst } from "../rules/schema.ts";
import { App } from "./context.ts";

/** A text already put in words (values filled in) and the language it is really in. */
export function InTaal({ taal, children, teken = true }: { taal: string; children: ComponentChildren; teken?: boolean }) {
  const app = useContext(App);
  if (!app || taal === app.taal) return <>{children}</>;
  return (
    <>
      <span lang={taal}>{children}</span>
      {teken && <> <span class="rw-in-nl">{app.t("regeltekst.nederlands")}</span></>}
    </>
  );
}

/** A rule text ({nl, en, …}); `vul` puts values into it (in the language it is shown in). */
export function RegelTekst({ tekst, vul, teken = true }: { tekst: Tekst; vul?: (inTaal: string, taal: string) => string; teken?: boolean }) {
  const app = useContext(App);
  const lezer = app?.taal ?? "nl";
  const taal = taalVan(tekst, lezer);
  const woorden = kies(tekst, taal);
  return <InTaal taal={taal} teken={teken}>{vul ? vul(woorden, taal) : woorden}</InTaal>;
}

/** "(in Dutch)" once for a block (a list's heading) when any of its texts is shown in Dutch for want of a translation. */
export function NederlandsTeken({ teksten }: { teksten: readonly Tekst[] }) {
  const app = useContext(App);
  if (!app || app.taal === "nl" || !teksten.some((tekst) => taalVan(tekst, app.taal) === "nl")) return null;
  return <> <span class="rw-in-nl">{app.t("regeltekst.nederlands")}</span></>;
}

/**
 * A regeling's name (issue 15, points 2 and 8): translated, with the Dutch name the
 * resident asks for beside it, "Special assistance (Bijzondere bijstand)"; without a
 * translation, the Dutch name only (a name needs no "(in Dutch)": it is one).
 */
export function RegelingNaam({ titel }: { titel: Tekst }) {
  const app = useContext(App);
  const { naam, taal, nederlands } = naamDelen(titel, app?.taal ?? "nl");
  if (nederlands === null) return taal === (app?.taal ?? "nl") ? <>{naam}</> : <span lang="nl">{naam}</span>;
  return (
    <>
      {naam} <span lang="nl" class="rw-nl-naam">({nederlands})</span>
    </>
  );
}

import { render } from "preact";
import { type Modus, bewaarInstellingen, leesInstellingen } from "./flow/instellingen.ts";
import { wisNaMinuten } from "./flow/wissen.ts";
import { SLEUTEL } from "./flow/opslag.ts";
import { Sessie } from "./flow/sessie.ts";
import { laadGemeente, laadIndex } from "./rules/bron.ts";
import { Wijzer } from "./ui/App.tsx";
import { Foutpagina } from "./ui/Foutpagina.tsx";
import "./ui/stijl.css";

function vandaag(): string {
  const nu = new Date();
  return `${nu.getFullYear()}-${String(nu.getMonth() + 1).padStart(2, "0")}-${String(nu.getDate()).padStart(2, "0")}`;
}

async function start(doel: HTMLElement): Promise<void> {
  let index;
  try {
    index = await laadIndex();
  } catch (e) {
    render(<Foutpagina fouten={[{ bestand: "regels/index.json", pad: "$", melding: (e as Error).message }]} />, doel);
    return;
  }
  // A deployment for one gemeente sets VITE_GEMEENTE; then there is no choice to make.
  const gewenst = import.meta.env.VITE_GEMEENTE as string | undefined;
  const vast = gewenst && index.some((g) => g.id === gewenst) ? gewenst : null;
  // A deployment for the counter or the kitchen table sets VITE_MODUS; else it is a setting.
  const vasteModus = import.meta.env.VITE_MODUS as Modus | undefined;
  if (vasteModus && leesInstellingen(localStorage).modus !== vasteModus) bewaarInstellingen(localStorage, { ...leesInstellingen(localStorage), modus: vasteModus });
  const modus = leesInstellingen(localStorage).modus;
  // At the counter nothing about a client stays on the device: answers live in memory only.
  if (modus === "balie") localStorage.removeItem(SLEUTEL);
  const opslag = modus === "balie" ? new (await import("./flow/geheugen.ts")).Geheugen() : localStorage;
  // At the kitchen table, answers left from longer ago than the wipe time are gone at start.
  const sessie = new Sessie(opslag, Date.now, { gemeente: vast, taal: "nl" }, modus === "keukentafel" ? wisNaMinuten(modus) * 60_000 : undefined);
  render(<Wijzer index={index} laad={laadGemeente} sessie={sessie} datum={vandaag()} vasteGemeente={vast} vasteModus={vasteModus ?? null} />, doel);
}

start(document.getElementById("app") as HTMLElement);
// The service worker is registered after the page has loaded; its code can come then too.
addEventListener("load", () => void import("./pwa/registreer.ts").then((m) => m.registreer()));

import { render } from "preact";
import { type Modus, bewaarInstellingen, leesInstellingen } from "./flow/instellingen.ts";
import { wisNaMinuten } from "./flow/wissen.ts";
import { SLEUTEL } from "./flow/opslag.ts";
import { lokaleOpslag } from "./flow/apparaat.ts";
import { Sessie } from "./flow/sessie.ts";
import { laadGemeente, laadIndex } from "./rules/bron.ts";
import { Wijzer } from "./ui/App.tsx";
import { Vangnet } from "./ui/Vangnet.tsx";
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
    const { Foutpagina } = await import("./ui/Foutpagina.tsx");
    render(<Foutpagina fouten={[{ bestand: "regels/index.json", pad: "$", melding: (e as Error).message }]} />, doel);
    return;
  }
  // A deployment for one gemeente sets VITE_GEMEENTE; then there is no choice to make.
  const gewenst = import.meta.env.VITE_GEMEENTE as string | undefined;
  const vast = gewenst && index.some((g) => g.id === gewenst) ? gewenst : null;
  // A deployment for the counter or the kitchen table sets VITE_MODUS; else it is a setting.
  const vasteModus = import.meta.env.VITE_MODUS as Modus | undefined;
  // The device's storage, reached safely: blocked or full, the app works in memory (flow/apparaat.ts).
  const apparaat = lokaleOpslag();
  if (vasteModus && leesInstellingen(apparaat).modus !== vasteModus) bewaarInstellingen(apparaat, { ...leesInstellingen(apparaat), modus: vasteModus });
  const modus = vasteModus ?? leesInstellingen(apparaat).modus;
  // At the counter nothing about a client stays on the device: answers live in memory only.
  if (modus === "balie") apparaat.removeItem(SLEUTEL);
  const opslag = modus === "balie" ? new (await import("./flow/geheugen.ts")).Geheugen() : apparaat;
  // At the kitchen table, answers left from longer ago than the wipe time are gone at start.
  const sessie = new Sessie(opslag, Date.now, { gemeente: vast, taal: "nl" }, modus === "keukentafel" ? wisNaMinuten(modus) * 60_000 : undefined);
  // Any unexpected error becomes a page that says so, never a blank one; the answers stay in the session.
  render(
    <Vangnet heelScherm>
      <Wijzer index={index} laad={laadGemeente} sessie={sessie} datum={vandaag()} vasteGemeente={vast} vasteModus={vasteModus ?? null} apparaat={apparaat} />
    </Vangnet>,
    doel,
  );
}

start(document.getElementById("app") as HTMLElement);
// The service worker is registered after the page has loaded; its code can come then too.
addEventListener("load", () => void import("./pwa/registreer.ts").then((m) => m.registreer()));

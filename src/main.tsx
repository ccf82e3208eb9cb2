import { render } from "preact";
import { Sessie } from "./flow/sessie.ts";
import { registreer } from "./pwa/registreer.ts";
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
  const sessie = new Sessie(localStorage, Date.now, { gemeente: vast, taal: "nl" });
  render(<Wijzer index={index} laad={laadGemeente} sessie={sessie} datum={vandaag()} vasteGemeente={vast} />, doel);
}

start(document.getElementById("app") as HTMLElement);
registreer();

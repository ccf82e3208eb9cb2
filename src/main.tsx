import { render } from "preact";
import { Sessie } from "./flow/sessie.ts";
import { laadGebundeldeRegels } from "./rules/bundel.ts";
import { Wijzer } from "./ui/App.tsx";
import { Foutpagina } from "./ui/Foutpagina.tsx";
import "./ui/stijl.css";

function vandaag(): string {
  const nu = new Date();
  return `${nu.getFullYear()}-${String(nu.getMonth() + 1).padStart(2, "0")}-${String(nu.getDate()).padStart(2, "0")}`;
}

const doel = document.getElementById("app") as HTMLElement;
const { regelset, fouten } = laadGebundeldeRegels();
if (!regelset) {
  render(<Foutpagina fouten={fouten} />, doel);
} else {
  // A deployment for one gemeente sets VITE_GEMEENTE; then there is no choice to make.
  const vast = import.meta.env.VITE_GEMEENTE && regelset.gemeenten[import.meta.env.VITE_GEMEENTE] ? (import.meta.env.VITE_GEMEENTE as string) : null;
  const sessie = new Sessie(localStorage, Date.now, { gemeente: vast, taal: "nl" });
  render(<Wijzer regelset={regelset} sessie={sessie} datum={vandaag()} vasteGemeente={vast} />, doel);
}

/**
 * Every page has its own address, in the hash so that any static host serves the app
 * and the browser's back and forward buttons walk through the questions.
 *   #/                    start
 *   #/vraag/<feit>        one question (…?na=controleer when changed from the check page)
 *   #/controleer          check your answers
 *   #/uitslag             the result
 *   #/verder              wherever the resident is in the journey
 *   #/instellingen        contrast and text size
 */
export type Route =
  | { pagina: "start" }
  | { pagina: "vraag"; feit: string; naControle: boolean }
  | { pagina: "controleer" }
  | { pagina: "uitslag" }
  | { pagina: "verder" }
  | { pagina: "instellingen" };

export function leesRoute(hash: string): Route {
  const [pad = "", zoek = ""] = hash.replace(/^#/, "").split("?");
  const delen = pad.split("/").filter(Boolean);
  if (delen[0] === "vraag" && delen[1]) return { pagina: "vraag", feit: decodeURIComponent(delen[1]), naControle: new URLSearchParams(zoek).get("na") === "controleer" };
  if (delen[0] === "controleer") return { pagina: "controleer" };
  if (delen[0] === "uitslag") return { pagina: "uitslag" };
  if (delen[0] === "verder") return { pagina: "verder" };
  if (delen[0] === "instellingen") return { pagina: "instellingen" };
  return { pagina: "start" };
}

export function adres(route: Route): string {
  switch (route.pagina) {
    case "start":
      return "#/";
    case "vraag":
      return `#/vraag/${encodeURIComponent(route.feit)}${route.naControle ? "?na=controleer" : ""}`;
    default:
      return `#/${route.pagina}`;
  }
}

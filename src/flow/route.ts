/**
 * Every page has its own address, in the hash so that any static host serves the app
 * and the browser's back and forward buttons walk through the questions.
 *   #/                    start
 *   #/vraag/<feit>        one question (…?na=controleer when changed from the check page)
 *   #/controleer          check your answers
 *   #/uitslag             the result
 *   #/verder              wherever the resident is in the journey
 *   #/instellingen        contrast, text size and mode
 *   #/overzicht           all questions that still matter on one page (balie-modus)
 *   #/mee/<data>          a result summary handed over to the resident's phone (the data
 *                         stays in the fragment: it never reaches a server)
 */
export type Route =
  | { pagina: "start" }
  | { pagina: "vraag"; feit: string; naControle: boolean }
  | { pagina: "controleer" }
  | { pagina: "uitslag" }
  | { pagina: "verder" }
  | { pagina: "instellingen" }
  | { pagina: "overzicht" }
  | { pagina: "mee"; data: string };

/** decodeURIComponent throws on a malformed escape ("%", "%E0%A4%A"): then null. */
function ontsleutel(deel: string): string | null {
  try {
    return decodeURIComponent(deel);
  } catch {
    return null;
  }
}

/** Any address gives a page: one that cannot be read leads on to where the resident is, or to the start. */
export function leesRoute(hash: string): Route {
  const [pad = "", zoek = ""] = hash.replace(/^#/, "").split("?");
  const delen = pad.split("/").filter(Boolean);
  if (delen[0] === "vraag" && delen[1]) {
    const feit = ontsleutel(delen[1]);
    // A question address that cannot be read: wherever the resident is in the journey.
    if (feit === null) return { pagina: "verder" };
    return { pagina: "vraag", feit, naControle: new URLSearchParams(zoek).get("na") === "controleer" };
  }
  if (delen[0] === "controleer") return { pagina: "controleer" };
  if (delen[0] === "uitslag") return { pagina: "uitslag" };
  if (delen[0] === "verder") return { pagina: "verder" };
  if (delen[0] === "instellingen") return { pagina: "instellingen" };
  if (delen[0] === "overzicht") return { pagina: "overzicht" };
  if (delen[0] === "mee" && delen[1]) return { pagina: "mee", data: delen[1] };
  return { pagina: "start" };
}

export function adres(route: Route): string {
  switch (route.pagina) {
    case "start":
      return "#/";
    case "vraag":
      return `#/vraag/${encodeURIComponent(route.feit)}${route.naControle ? "?na=controleer" : ""}`;
    case "mee":
      return `#/mee/${route.data}`;
    default:
      return `#/${route.pagina}`;
  }
}

/**
 * Warming the engine up while the resident reads the first question (issue 14, point 4:
 * the first answers after loading may not be slower than later ones by more than 2×).
 *
 * Right after loading, the engine has evaluated once, with nothing known. The code that
 * handles known values (a number compared with a norm that is known now, a count of open
 * facts that shrinks) then runs for the first time on the resident's first answers, in
 * the slowest form the JavaScript engine has, and the garbage of loading is collected
 * during them too. Measured on the bench's 1,000 regelingen: the first answers took 3 to
 * 12 times as long as the same step later (bench/verhouding.ts).
 *
 * So, in idle time after the first question is on screen, the journey's own engine walks
 * a made-up journey of a few steps: it follows its own next questions and answers them
 * with plain values (and now and then "Weet ik niet"), then goes back to the real answers.
 * The engine gives the same result for the same answers whatever it evaluated before
 * (motor.test.ts checks that after random sequences, going back included), so the made-up
 * answers leave no trace in any result; they are never stored or shown. What the walk
 * keeps is what does not depend on answers: compiled code, and per rule the candidate
 * values it tries.
 */
import type { Antwoord, Antwoorden, Vraag } from "../grammatica/typen.ts";
import type { Motor } from "./motor.ts";

/** Steps of the made-up journey: enough to run every kind of answer through the engine a few times. */
export const PROEFSTAPPEN = 24;

/**
 * A plain answer to a question, of the type it asks for: within its bounds, and varied
 * by step so that yes and no, and different options, both come by.
 */
export function proefAntwoord(vraag: Vraag, stap: number): Antwoord {
  if (stap % 5 === 4) return null; // "Weet ik niet" is an answer too
  const binnen = (n: number) => Math.min(vraag.max ?? n, Math.max(vraag.min ?? n, n));
  switch (vraag.type) {
    case "ja_nee":
      return stap % 2 === 0;
    case "keuze": {
      const opties = vraag.opties ?? [];
      return opties.length > 0 ? (opties[(stap * 7 + 1) % opties.length] as { waarde: string }).waarde : null;
    }
    case "leeftijden":
      return [binnen(9)];
    case "geld":
      return binnen(950);
    default:
      return binnen(45);
  }
}

/**
 * The made-up journey, one engine step per `next()`, so a caller can spread it over idle
 * moments. `terug` gives the real answers of that moment: the last step goes back to them,
 * so the resident's next answer changes only what it changes. Stopped halfway (`return()`),
 * the engine is still right: its next step evaluates again what differs.
 */
export function* opwarmen(motor: Motor, vragen: ReadonlyMap<string, Vraag>, terug: () => Antwoorden, stappen = PROEFSTAPPEN): Generator<void, void, void> {
  const antwoorden: Record<string, Antwoord> = {};
  let vraag = motor.volgende(antwoorden).vraag;
  for (let stap = 0; vraag !== null && stap < stappen; stap++) {
    const v = vragen.get(vraag);
    if (!v) break;
    antwoorden[vraag] = proefAntwoord(v, stap);
    yield;
    vraag = motor.volgende(antwoorden).vraag;
  }
  yield;
  motor.volgende(terug());
}

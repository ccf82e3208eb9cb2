/**
 * Exact money arithmetic. Amounts in rule files and answers are decimals with at most
 * a few places; binary floating point cannot hold them exactly, so every computation
 * that rounds goes through integers of a millionth of a euro.
 *
 * gegevens.md: an income limit "P% of the norm" is P/100 × norm × 0.95, rounded to
 * cents half up only at the end. `procent` is that final step.
 */

const SCHAAL = 1_000_000n;

function naarMiljoensten(getal: number): bigint {
  // Six places are more than any amount or percentage in the rules; rounding here
  // only removes binary noise such as 1331.4249999999997 for 1401.50 × 0.95.
  return BigInt(Math.round(getal * 1_000_000));
}

/** Divides and rounds half away from zero ("half up" for amounts ≥ 0). */
function deelAfgerond(teller: bigint, noemer: bigint): bigint {
  const negatief = teller < 0n !== noemer < 0n;
  const t = teller < 0n ? -teller : teller;
  const n = noemer < 0n ? -noemer : noemer;
  const q = (2n * t + n) / (2n * n);
  return negatief ? -q : q;
}

/**
 * Whether a number fits the integer arithmetic: BigInt(Infinity) and BigInt(NaN)
 * throw, so 1e308 × 1e6 must never get there. `check` rejects such numbers in rule
 * files (veilig.ts); this is the second line of defence for answers and hand-made data.
 */
function rekenbaar(getal: number): boolean {
  return Number.isFinite(getal) && Number.isFinite(getal * 1_000_000);
}

/**
 * P percent of an amount, rounded to whole cents half up: procent(120, 1331.425) = 1597.71.
 * NaN (never an exception) when either number is not finite or too large to compute.
 */
export function procent(percentage: number, bedrag: number): number {
  if (!rekenbaar(percentage) || !rekenbaar(bedrag)) return Number.NaN;
  const centen = deelAfgerond(naarMiljoensten(percentage) * naarMiljoensten(bedrag) * 100n, 100n * SCHAAL * SCHAAL);
  return Number(centen) / 100;
}

/** Rounds to whole cents, half away from zero, without binary drift; NaN when it cannot. */
export function opCenten(bedrag: number): number {
  if (!rekenbaar(bedrag)) return Number.NaN;
  return Number(deelAfgerond(naarMiljoensten(bedrag) * 100n, SCHAAL)) / 100;
}

/** Keeps a derived amount to six places so that later rounding sees the exact decimal. */
export function zonderRuis(getal: number): number {
  return Number.isFinite(getal) ? Math.round(getal * 1_000_000) / 1_000_000 : getal;
}

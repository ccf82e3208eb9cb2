/**
 * The third truth value. An expression that cannot be computed yet evaluates to an
 * `Onbekend`, which remembers which facts could still make it known.
 *
 * - `open` holds the ids of facts that have not been asked yet: answering one of them
 *   may settle the expression.
 * - An empty `open` set means the expression is stuck for good: it depends only on
 *   answers of "Weet ik niet", which are final (gegevens.md: unknown is never guessed).
 *
 * Carrying the open facts in the value itself lets one evaluation pass serve both the
 * outcome of a regeling and the choice of the next question.
 */
export class Onbekend {
  /**
   * @param waarheid Sometimes the truthiness is known while the value is not:
   *   `{"or": [x, 1]}` with x unknown is true, but its value is x's or 1. Operations that
   *   only ask "true or false?" (if, !, and, or, a condition's status) may use it;
   *   operations that need the value (comparisons, arithmetic) may not.
   */
  constructor(
    readonly open: ReadonlySet<string>,
    readonly waarheid: boolean | null = null,
  ) {}
}

const VAST = new Onbekend(new Set());

/** Unknown for good: no answer can settle it. */
export function vastOnbekend(): Onbekend {
  return VAST;
}

export function onbekendDoor(feit: string): Onbekend {
  return new Onbekend(new Set([feit]));
}

export function isOnbekend(waarde: unknown): waarde is Onbekend {
  return waarde instanceof Onbekend;
}

/** Joins the open facts of several unknown values (null entries are skipped). */
export function samen(...delen: ReadonlyArray<Onbekend | null | undefined>): Onbekend {
  let grootste: Onbekend | null = null;
  for (const deel of delen) {
    if (!deel) continue;
    if (!grootste || deel.open.size > grootste.open.size) grootste = deel;
  }
  if (!grootste) return VAST;
  // The result's truthiness is not known, even when a part's was.
  if (grootste.waarheid !== null) grootste = new Onbekend(grootste.open);
  let open: Set<string> | null = null;
  for (const deel of delen) {
    if (!deel || deel.open === grootste.open) continue;
    for (const feit of deel.open) {
      if (grootste.open.has(feit) || open?.has(feit)) continue;
      open ??= new Set(grootste.open);
      open.add(feit);
    }
  }
  return open ? new Onbekend(open) : grootste;
}

/**
 * For operations that need every argument (comparisons, arithmetic, …): one argument
 * stuck for good makes the result stuck for good, whatever the others become.
 */
export function strikt(...delen: ReadonlyArray<Onbekend>): Onbekend {
  return delen.some((deel) => deel.open.size === 0) ? VAST : samen(...delen);
}

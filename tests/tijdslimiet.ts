/**
 * The time limit of the heavy tests: property tests (a few hundred generated cases each)
 * and the tests that run a whole rule suite. Not a speed test — speed is measured in the
 * benchmarks (bench/). Alone they take 0.5–3 s here; on a 2-core machine that runs two
 * `npm test` at once beside other work they were seen at 10–13 s (vitest's default of
 * 5 s then fails them for nothing). 60 s leaves room for that, and a hang still fails.
 */
export const ZWARE_TEST = 60_000;

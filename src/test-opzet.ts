// Runs before every unit test file (vite.config.ts, test.setupFiles).
//
// Screens that load on demand are awaited with findBy/waitFor. Their first load in a test run
// is a first transform by vite, which on a busy 2-core machine can take longer than
// testing-library's default 1 s; a wait that ends too early fails a test that found nothing
// wrong. 10 s is a time limit, not a speed test: a wait that succeeds returns at once.
if (typeof document !== "undefined") {
  const { configure } = await import("@testing-library/preact");
  configure({ asyncUtilTimeout: 10_000 });
}
export {};

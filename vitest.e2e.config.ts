// End-to-end tests: the production build in Debian's Chromium (playwright-core).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    // Builds the app from the frozen example rules once per run (tests/e2e/opzet.ts).
    globalSetup: ["tests/e2e/opzet.ts"],
    environment: "node",
    // A time limit, not a speed test: the longer journeys take about 10 s alone here and
    // have taken three times that while a second run shared this 2-core machine.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // expect.poll's default of 1 s is less than a language change (a chunk and two rule
    // files) can take on a busy 2-core machine; a poll that succeeds returns at once.
    expect: { poll: { timeout: 10_000 } },
    fileParallelism: false,
  },
});

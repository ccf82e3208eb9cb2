// End-to-end tests: the production build in Debian's Chromium (playwright-core).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    // Builds the app from the frozen example rules once per run (tests/e2e/opzet.ts).
    globalSetup: ["tests/e2e/opzet.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

import { defineConfig } from "vitest/config";

// One run for unit tests (next to the code) and integration tests (tests/integration), all on Node.
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    // A failing test shows what the servers it started printed.
    setupFiles: ["tests/support/failures.ts"],
    // In a log (CI, a file) each test is reported as it ends, so minutes of integration tests show progress;
    // a terminal keeps the compact view.
    reporters: process.stdout.isTTY ? ["default"] : ["verbose"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The engine decides everything at the table: its line and branch coverage is held at 95% or more.
    // Measured on the whole run (`pnpm test:unit` passes --coverage), so a run of one file is not held to it.
    coverage: {
      provider: "v8",
      include: ["packages/engine/src/**/*.ts"],
      exclude: ["**/*.test.ts"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});

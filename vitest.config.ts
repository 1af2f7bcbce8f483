import { defineConfig } from "vitest/config";

// One run for unit tests (next to the code) and integration tests (tests/integration), all on Node.
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "apps/*/src/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});

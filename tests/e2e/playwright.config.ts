import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";
// @ts-expect-error — a plain .mjs helper shared with scripts/run.mjs, without types.
import { chromiumHelp, findChromium } from "../../scripts/chromium.mjs";

const chromium: string | undefined = findChromium();
if (!chromium) throw new Error(chromiumHelp());

const root = fileURLToPath(new URL("../..", import.meta.url));
// Free ports, chosen once in the runner and handed to its workers through the environment, so a test run
// never collides with a server already running (npm start, another run).
const freePort = (): string =>
  execFileSync(
    process.execPath,
    [
      "-e",
      "const s=require('net').createServer().listen(0,()=>{process.stdout.write(String(s.address().port));s.close()})",
    ],
    { encoding: "utf8" },
  );
process.env.BRINK_E2E_PORT ??= freePort();
const port = Number(process.env.BRINK_E2E_PORT);
process.env.BRINK_E2E_CLASS_PORT ??= freePort();
const classPort = Number(process.env.BRINK_E2E_CLASS_PORT);

/** A real server on `port` with a fresh data directory, its pacing set by `env`. */
const server = (port: number, env: Record<string, string>) => ({
  command: "node apps/server/src/main.ts",
  cwd: root,
  url: `http://localhost:${port}/healthz`,
  reuseExistingServer: false,
  timeout: 60_000,
  env: { PORT: String(port), BRINK_DATA_DIR: mkdtempSync(join(tmpdir(), "brink-e2e-")), ...env },
});

/**
 * End-to-end tests: the real server (built web app, fresh SQLite file) driven through Debian's
 * Chromium. Playwright's own browser download cannot run here, so `executablePath` points at the
 * system binary, started with the flags a closed network needs.
 */
export default defineConfig({
  testDir: ".",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  outputDir: join(root, "test-results"),
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: [
    server(port, {
      // Bots move every 150 ms (time enough for a test to ask for the floor) and the chair waits two seconds
      // for a silent person, so a council reaches its votes within a test.
      BRINK_BOT_DELAY_MS: "150",
      BRINK_PATIENCE_SECONDS: "2",
      // Two game hours a second: a capital's answer to an appeal, a day later, comes within a test.
      BRINK_CRISIS_MINUTES_PER_SECOND: "120",
    }),
    // The classroom test's: twenty-two pages on two cores need longer than two seconds to answer a roll call.
    server(classPort, { BRINK_BOT_DELAY_MS: "150", BRINK_PATIENCE_SECONDS: "10" }),
  ],
});

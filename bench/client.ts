// The client benchmark, in Debian's Chromium driven by Playwright against the built web app on a real
// server: the JavaScript a student's phone downloads for the landing and join screens (gzipped, as it
// travels), and the time from submitting a join code to being seated, beside a baseline measured in the
// same run (one request to the same server from the same page). Not a test: it reports.
// Run alone (after `pnpm run build`): `node bench/client.ts [--runs 10]`.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { type Browser, chromium, type Page } from "@playwright/test";
// @ts-expect-error — a plain .mjs helper shared with scripts/run.mjs, without types.
import { chromiumHelp, findChromium } from "../scripts/chromium.mjs";
import { MeteredServer, percentile, root } from "./servers.ts";

export interface ClientFigures {
  landing: { files: number; bytes: number; gzipped: number };
  join: { files: number; bytes: number; gzipped: number };
  runs: number;
  joinedMs: number;
  seatedMs: number;
  totalMs: number;
  baselineMs: number;
}

const median = (values: number[]) => percentile(values, 0.5);

/** Records every script the page downloads, with its size and its size gzipped. */
function scriptsOf(page: Page): { url: string; bytes: number; gzipped: number }[] {
  const scripts: { url: string; bytes: number; gzipped: number }[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const body = await response.body();
    scripts.push({ url: response.url(), bytes: body.length, gzipped: gzipSync(body).length });
  });
  return scripts;
}

const total = (scripts: { bytes: number; gzipped: number }[]) => ({
  files: scripts.length,
  bytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
  gzipped: scripts.reduce((sum, s) => sum + s.gzipped, 0),
});

/** The little of the page's DOM read in it (the benchmark is typed for Node). */
interface InPage {
  document: { querySelector(selector: string): { textContent: string | null } | null };
}

/** Waits for the player's line to read `text`, checked at every frame the page paints. */
async function shows(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      (globalThis as unknown as InPage).document
        .querySelector('[data-testid="you"]')
        ?.textContent?.includes(expected) ?? false,
    text,
    { polling: "raf" },
  );
}

async function joinOnce(browser: Browser, url: string, measureScripts: boolean) {
  const created = (await (
    await fetch(`${url}/api/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })
  ).json()) as { joinCode: string };
  // A student's phone, its cache empty: each run is a new one.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const scripts = scriptsOf(page);
  await page.goto(`${url}/?lng=en`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForLoadState("networkidle");
  const landing = measureScripts ? total(scripts) : undefined;
  // The baseline: one request from this page to the same server, as the join itself starts with one.
  const baselineMs = await page.evaluate(async () => {
    const start = performance.now();
    await (await fetch("/healthz")).json();
    return performance.now() - start;
  });
  await page.getByLabel("Join code").fill(created.joinCode);
  await page.getByLabel("Your name").fill("Lucía");
  // A student takes seconds to type a code and a name; the page fetches what joining needs meanwhile.
  await page.waitForTimeout(1500);
  const start = performance.now();
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await shows(page, "You are Lucía.");
  const joined = performance.now();
  await page.getByRole("button", { name: "Brazil", exact: true }).click();
  await shows(page, "You voice Brazil.");
  const seated = performance.now();
  await page.waitForLoadState("networkidle");
  const joinScripts = measureScripts ? total(scripts) : undefined;
  await context.close();
  return {
    landing,
    joinScripts,
    joinedMs: joined - start,
    seatedMs: seated - joined,
    totalMs: seated - start,
    baselineMs,
  };
}

export async function client(runs: number): Promise<ClientFigures> {
  if (!existsSync(join(root, "apps/web/dist/index.html"))) {
    throw new Error("The web app is not built: run `pnpm run build` first (`pnpm bench` does).");
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumHelp());
  const server = await MeteredServer.start("apps/server/src/main.ts");
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
  try {
    const first = await joinOnce(browser, server.url, true);
    const timings = [];
    for (let i = 0; i < runs; i++) timings.push(await joinOnce(browser, server.url, false));
    return {
      landing: first.landing ?? total([]),
      join: first.joinScripts ?? total([]),
      runs,
      joinedMs: median(timings.map((t) => t.joinedMs)),
      seatedMs: median(timings.map((t) => t.seatedMs)),
      totalMs: median(timings.map((t) => t.totalMs)),
      baselineMs: median(timings.map((t) => t.baselineMs)),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

export function clientTable(figures: ClientFigures): string {
  const kb = (n: number) => (n / 1024).toFixed(1);
  const check = (ok: boolean) => (ok ? "met" : "**not met**");
  return [
    "| JavaScript shipped | files | KB | KB gzipped | goal |",
    "|---|--:|--:|--:|---|",
    `| landing screen | ${figures.landing.files} | ${kb(figures.landing.bytes)} | ${kb(figures.landing.gzipped)} | ≤ 170 KB gzipped: ${check(figures.landing.gzipped <= 170 * 1024)} |`,
    `| landing, join and lobby (seated) | ${figures.join.files} | ${kb(figures.join.bytes)} | ${kb(figures.join.gzipped)} | ≤ 170 KB gzipped: ${check(figures.join.gzipped <= 170 * 1024)} |`,
    "",
    `| join code submitted → seated (median of ${figures.runs}, a fresh phone each) | ms | × baseline |`,
    "|---|--:|--:|",
    `| code submitted → in the lobby, named | ${figures.joinedMs.toFixed(0)} | ${(figures.joinedMs / figures.baselineMs).toFixed(1)} |`,
    `| seat tapped → seated | ${figures.seatedMs.toFixed(0)} | ${(figures.seatedMs / figures.baselineMs).toFixed(1)} |`,
    `| code submitted → seated, in all | ${figures.totalMs.toFixed(0)} | ${(figures.totalMs / figures.baselineMs).toFixed(1)} |`,
    `| baseline: one request from the page to the server | ${figures.baselineMs.toFixed(1)} | 1 |`,
  ].join("\n");
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "10" } } });
  console.info(clientTable(await client(Number(values.runs))));
}

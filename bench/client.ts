// The client benchmark, in Debian's Chromium driven by Playwright against the built web app on a real
// server: what a student's phone downloads for the landing and join screens, every response as it travels
// (compressed by the server, headers included) and as decoded; once as a phone on a school's plain-HTTP
// network gets it (Chromium offers brotli only over HTTPS and to localhost: gzip), once with brotli; and the
// time from submitting a join code to being seated, beside a baseline measured in the same run (one request
// to the same server from the same page). Not a test: it reports.
// Run alone (after `pnpm run build`): `node bench/client.ts [--runs 10]`.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { type Browser, chromium, type Page } from "@playwright/test";
// @ts-expect-error — a plain .mjs helper shared with scripts/run.mjs, without types.
import { chromiumHelp, findChromium } from "../scripts/chromium.mjs";
import { MeteredServer, percentile, root } from "./servers.ts";

/** What the page downloaded: responses, their bodies decoded, and the bytes that crossed the network. */
export interface Downloaded {
  files: number;
  bytes: number;
  wire: number;
  headers: number;
  /** Of those, the page's JavaScript. */
  scripts: { files: number; bytes: number; wire: number; headers: number };
}

export interface ClientFigures {
  /** As a phone on a school's network gets them: gzip. */
  landing: Downloaded;
  join: Downloaded;
  /** Where the browser takes brotli (HTTPS, localhost). */
  landingBrotli: Downloaded;
  joinBrotli: Downloaded;
  /** Once the seated student's screens have fetched what they show (the brief, the chamber): gzip. */
  afterSeated: Downloaded;
  runs: number;
  joinedMs: number;
  seatedMs: number;
  totalMs: number;
  baselineMs: number;
}

const median = (values: number[]) => percentile(values, 0.5);

interface Transfer {
  url: string;
  /** When the page asked for it (Date.now()), to tell what it waited for from what a later screen asked. */
  asked: number;
  script: boolean;
  /** The body as decoded. */
  bytes: number;
  /** The body as it crossed the network (compressed, as the server sent it). */
  wire: number;
  /** The response's headers, as they crossed the network (HTTP/1.1 sends them uncompressed). */
  headers: number;
}

/** Records every response the page receives over HTTP (the WebSocket's frames are the table's, not the page's). */
function transfersOf(page: Page): Transfer[] {
  const transfers: Transfer[] = [];
  const asked = new Map<unknown, number>();
  page.on("request", (request) => asked.set(request, Date.now()));
  page.on("requestfinished", async (request) => {
    const response = await request.response();
    if (!response) return;
    const [sizes, body] = await Promise.all([request.sizes(), response.body().catch(() => Buffer.alloc(0))]);
    transfers.push({
      url: request.url(),
      asked: asked.get(request) ?? Date.now(),
      script: request.resourceType() === "script",
      bytes: body.length,
      wire: sizes.responseBodySize,
      headers: sizes.responseHeadersSize,
    });
  });
  return transfers;
}

const sum = (transfers: Transfer[]) => ({
  files: transfers.length,
  bytes: transfers.reduce((n, t) => n + t.bytes, 0),
  wire: transfers.reduce((n, t) => n + t.wire, 0),
  headers: transfers.reduce((n, t) => n + t.headers, 0),
});
const total = (transfers: Transfer[]): Downloaded => ({
  ...sum(transfers),
  scripts: sum(transfers.filter((t) => t.script)),
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

/** The encodings a phone offers on a school's plain-HTTP network, where Chromium offers no brotli. */
const SCHOOL_NETWORK = { "accept-encoding": "gzip, deflate" };

async function joinOnce(browser: Browser, url: string, measureScripts: boolean, brotli = false) {
  const created = (await (
    await fetch(`${url}/api/sessions`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })
  ).json()) as { joinCode: string };
  // A student's phone, its cache empty: each run is a new one.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    ...(brotli ? {} : { extraHTTPHeaders: SCHOOL_NETWORK }),
  });
  const page = await context.newPage();
  const scripts = transfersOf(page);
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
  const tappedAt = Date.now();
  await page.getByRole("button", { name: "Brazil", exact: true }).click();
  await shows(page, "You voice Brazil.");
  const seated = performance.now();
  await page.waitForLoadState("networkidle");
  // What the page asked for before the seat was tapped: all the student waited for to be seated (the tap's
  // own answer comes over the WebSocket). What the seat's screens ask for once it is theirs (the brief, the
  // chamber) is the next screen's.
  const joinScripts = measureScripts ? total(scripts.filter((t) => t.asked < tappedAt)) : undefined;
  const afterSeated = measureScripts ? total(scripts) : undefined;
  await context.close();
  return {
    landing,
    joinScripts,
    afterSeated,
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
    const brotli = await joinOnce(browser, server.url, true, true);
    const timings = [];
    for (let i = 0; i < runs; i++) timings.push(await joinOnce(browser, server.url, false));
    return {
      landing: first.landing ?? total([]),
      join: first.joinScripts ?? total([]),
      landingBrotli: brotli.landing ?? total([]),
      joinBrotli: brotli.joinScripts ?? total([]),
      afterSeated: first.afterSeated ?? total([]),
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
  const row = (what: string, d: Downloaded, goal: boolean) =>
    `| ${what} | ${d.files} | ${kb(d.bytes)} | ${kb(d.wire)} | ${kb(d.headers)} | ${d.scripts.files} | ${kb(d.scripts.wire)} | ${goal ? `≤ 170 KB sent: ${check(d.wire <= 170 * 1024)}` : ""} |`;
  return [
    "| downloaded by the time … (a fresh phone) | responses | KB decoded | KB sent (bodies) | KB of headers | of which scripts | scripts KB sent | goal |",
    "|---|--:|--:|--:|--:|--:|--:|---|",
    row("the landing screen shows, school network (gzip)", figures.landing, false),
    row("the student is seated, school network (gzip)", figures.join, true),
    row("the seat's screens have loaded (brief, chamber), gzip", figures.afterSeated, false),
    row("the landing screen shows, with brotli", figures.landingBrotli, false),
    row("the student is seated, with brotli", figures.joinBrotli, true),
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

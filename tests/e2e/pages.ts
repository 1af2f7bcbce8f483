import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Locator, type Page } from "@playwright/test";

/** The landing page: create a session, or join one. */
export class LandingPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  async open(query = ""): Promise<void> {
    await this.page.goto(`/${query}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  async createSession(): Promise<string> {
    await this.page.getByRole("button", { name: "Create a session" }).click();
    const code = this.page.getByTestId("join-code");
    await expect(code).toHaveText(/^[A-Z2-9]{6}$/);
    return (await code.textContent()) ?? "";
  }

  async join(code: string, name: string): Promise<void> {
    await this.page.getByLabel("Join code").fill(code);
    await this.page.getByLabel("Your name").fill(name);
    await this.page.getByRole("button", { name: "Join", exact: true }).click();
  }

  alert() {
    return this.page.getByRole("alert");
  }
}

/** The lobby: seats, and for a player the seat picker. */
export class LobbyPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  seat(delegation: string) {
    return this.page.locator(`[data-delegation="${delegation}"]`);
  }

  seatButton(name: string) {
    return this.page.getByRole("button", { name, exact: true });
  }
}

/**
 * A host's page with a new session (in English), and one page per student, each in its own browser context,
 * joined under its name. `close` closes every context.
 */
export async function classOf(
  browser: Browser,
  names: readonly string[],
  options: { phones?: boolean } = {},
): Promise<{ host: Page; students: Page[]; code: string; close: () => Promise<void> }> {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true };
  const contexts = await Promise.all(
    ["host", ...names].map((_, i) => browser.newContext(i > 0 && options.phones ? phone : {})),
  );
  const [host, ...students] = await Promise.all(contexts.map((c) => c.newPage()));
  if (!host) throw new Error("the host's page did not open");
  const landing = new LandingPage(host);
  await landing.open("?lng=en");
  const code = await landing.createSession();
  for (const [i, page] of students.entries()) {
    const name = names[i] ?? "";
    const student = new LandingPage(page);
    await student.open("?lng=en");
    await student.join(code, name);
    await expect(page.getByTestId("you")).toContainText(`You are ${name}.`);
  }
  return {
    host,
    students,
    code,
    close: async () => {
      for (const context of contexts) await context.close();
    },
  };
}

/**
 * A phone's page never scrolls sideways: nothing on it is wider than the screen. (A mobile browser widens its
 * layout to fit content that overflows, so the page's own width is compared with the screen's.)
 */
/** How wide the page's content is, in CSS pixels: wider than the viewport means it scrolls sideways. */
export const contentWidth = (page: Page): Promise<number> =>
  page.evaluate(() => {
    // Runs in the page; the tests are compiled without the DOM's types.
    const view = globalThis as unknown as { document: { documentElement: { scrollWidth: number } } };
    return view.document.documentElement.scrollWidth;
  });

export async function expectNoSideScroll(page: Page): Promise<void> {
  const width = await contentWidth(page);
  expect(width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
}

/**
 * axe-core over the page as it stands (WCAG 2.1 A and AA): no serious or critical violation. The screen is
 * named in the failure, with each rule, its help and the elements it found.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `accessibility of ${screen}`).toEqual([]);
}

/**
 * Words of English that neither Spanish nor Portuguese writes: a sentence with one is English. Whole words by
 * Unicode letters (JavaScript's \b takes an "ç" or an "ó" for the edge of a word: "Forças" would hold "For").
 */
const ENGLISH = /(?<!\p{L})(the|and|of|to|is|with|you|your|this|that|from|by|was|are|will)(?!\p{L})/iu;

/**
 * Everything the page shows in `language` (Spanish or Portuguese): no visible text is English unless it is
 * marked so (`lang="en"`, a speech a bot gave in English, say), as a screen reader needs it marked anyway.
 * Catches a string left out of the catalogue as surely as one the catalogue lacks.
 */
export async function expectInLanguage(page: Page, language: "es" | "pt", screen: string): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", language);
  // Runs in the page, given as source: the tests are compiled without the DOM's types.
  const english = (await page.evaluate(`(${FIND_ENGLISH})(${JSON.stringify(ENGLISH.source)})`)) as string[];
  expect(english, `English left on ${screen}`).toEqual([]);
}

/** The visible text of the page in English and not marked so, found in the page by `expectInLanguage`. */
const FIND_ENGLISH = `(pattern) => {
  const words = new RegExp(pattern, "iu");
  const found = [];
  // Text in another language than the page's must say so with lang: then it is not left-over English.
  const inPageLanguage = (element) =>
    element.closest("[lang]")?.getAttribute("lang")?.startsWith(document.documentElement.lang) ?? false;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = node.textContent?.trim() ?? "";
    if (!element || !text || !words.test(text)) continue;
    if (element.closest("script, style, [hidden], [aria-hidden='true']")) continue;
    if (element.getClientRects().length === 0) continue;
    if (inPageLanguage(element)) found.push(text);
  }
  // The options of a list are shown too, when it opens.
  for (const option of document.querySelectorAll("option")) {
    const text = option.textContent.trim();
    if (words.test(text) && inPageLanguage(option)) found.push(text);
  }
  return found;
}`;

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `limit` presses. */
export async function tabTo(page: Page, target: Locator, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (
      await target
        .evaluate(
          (element) =>
            (element as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement ===
            element,
        )
        .catch(() => false)
    )
      return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${target} never took the focus in ${limit} presses of Tab`);
}

/**
 * Starts listening to what the page reads out (its announcer, a polite live region) and returns a reader of
 * everything said since, in order, as a screen reader would have heard it: later news does not hide earlier.
 */
export async function listen(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(`(() => {
    window.__heard = [];
    const note = () => {
      const text = document.querySelector('[data-testid="announcer"]')?.textContent?.trim();
      if (text && window.__heard.at(-1) !== text) window.__heard.push(text);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
  return () => page.evaluate("window.__heard") as Promise<string[]>;
}

/**
 * The projector fits its screen: nothing below the fold or beside it, each of `shown` (test ids) wholly in
 * view, and no visible text smaller than `minShare` of the screen's height (2.2 %: 24 px at 1080, read from the
 * back of a room). Returns what it found, for the failure to name.
 */
export async function expectFitsScreen(page: Page, shown: readonly string[], minShare = 0.022): Promise<void> {
  const found = (await page.evaluate(`(${MEASURE_SCREEN})(${JSON.stringify(shown)})`)) as {
    width: number;
    height: number;
    scrollWidth: number;
    scrollHeight: number;
    outside: string[];
    missing: string[];
    smallest: { size: number; text: string };
  };
  expect(found.missing, "shown on the projector").toEqual([]);
  expect(found.outside, "wholly in view").toEqual([]);
  expect(found.scrollHeight, "nothing below the fold").toBeLessThanOrEqual(found.height);
  expect(found.scrollWidth, "nothing beside the screen").toBeLessThanOrEqual(found.width);
  expect(found.smallest.size, `the smallest text: "${found.smallest.text}"`).toBeGreaterThanOrEqual(
    Math.floor(found.height * minShare),
  );
}

/** Measures the page in the page (the tests are compiled without the DOM's types). */
const MEASURE_SCREEN = `(shown) => {
  const width = window.innerWidth, height = window.innerHeight;
  const outside = [], missing = [];
  for (const id of shown) {
    const element = document.querySelector('[data-testid="' + id + '"]');
    if (!element) { missing.push(id); continue; }
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.left < 0 || box.bottom > height + 1 || box.right > width + 1) outside.push(id + " " + JSON.stringify([box.top, box.bottom]));
  }
  let smallest = { size: Infinity, text: "" };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = node.textContent.trim();
    if (!element || !text || element.closest("[hidden], [aria-hidden='true'], .visually-hidden")) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || box.top >= height || box.bottom <= 0) continue;
    const size = parseFloat(getComputedStyle(element).fontSize);
    if (size < smallest.size) smallest = { size, text: text.slice(0, 60) };
  }
  return {
    width, height, outside, missing, smallest,
    scrollWidth: document.documentElement.scrollWidth, scrollHeight: document.documentElement.scrollHeight,
  };
}`;

/**
 * The student in the chair takes each step the table waits on, from the bar at the foot of the screen, until
 * the Council closes. `hold` keeps the chair from moving on past a point the lesson has not reached.
 */
export async function chairFromTheBar(page: Page, hold: { before: RegExp | null }): Promise<string[]> {
  const steps: string[] = [];
  const step = page.getByTestId("chair-step");
  const closed = page.getByTestId("outcome");
  for (;;) {
    await expect(step.or(closed).first()).toBeVisible({ timeout: 240_000 });
    if (await closed.isVisible()) return steps;
    const text = (await step.textContent().catch(() => "")) ?? "";
    if (hold.before?.test(text)) {
      await page.waitForTimeout(300);
      continue;
    }
    const button = step.getByRole("button");
    if ((await button.count()) === 0) {
      await page.waitForTimeout(300);
      continue;
    }
    steps.push(text);
    await button.click({ timeout: 10_000 }).catch(() => undefined);
    await expect(step.filter({ hasText: text }))
      .toHaveCount(0, { timeout: 30_000 })
      .catch(() => undefined);
  }
}

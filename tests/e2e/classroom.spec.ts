import { readFile, writeFile } from "node:fs/promises";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { contentWidth, expectAccessible, expectInLanguage, expectNoSideScroll, LandingPage } from "./pages.ts";

/**
 * A class: the host on a laptop, the projector, and twenty students — half on phones in Spanish, half on
 * laptops in English. Eighteen take seats; Colombia (the chair) and the United States stay with bots.
 */
const SEATED = [
  "ARG",
  "BOL",
  "BRA",
  "CHL",
  "CRI",
  "DOM",
  "ECU",
  "SLV",
  "GTM",
  "HTI",
  "HND",
  "MEX",
  "NIC",
  "PAN",
  "PRY",
  "PER",
  "URY",
  "VEN",
];
const UNSEATED = 2;

interface Student {
  readonly page: Page;
  readonly delegation: string | null;
  readonly spanish: boolean;
}

async function studentPage(browser: Browser, spanish: boolean): Promise<Page> {
  const context = spanish
    ? await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: "es-ES" })
    : await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

/** Answers every roll call this student is called in, until the session closes. */
async function voteWhenCalled(student: Student): Promise<number> {
  const { page, spanish } = student;
  const ballot = page.locator(".vote-buttons");
  const closed = page.getByTestId("outcome");
  let votes = 0;
  for (;;) {
    await expect(ballot.or(closed).first()).toBeVisible({ timeout: 120_000 });
    if (await closed.isVisible()) return votes;
    // Mexico abstains on paragraph 2, as in 1962; every other answer is yes.
    const question = (await page.getByTestId("roll-call").textContent()) ?? "";
    const abstain = student.delegation === "MEX" && /(Paragraph|Párrafo) 2\b/.test(question);
    const choice = abstain ? (spanish ? "Abstención" : "Abstain") : spanish ? "Sí" : "Yes";
    await ballot.getByRole("button", { name: choice, exact: true }).click();
    await expect(ballot).toHaveCount(0, { timeout: 30_000 });
    votes++;
  }
}

// A server of its own, where the chair waits ten seconds for a person: twenty-two pages share two cores here.
test.use({ baseURL: `http://localhost:${process.env.BRINK_E2E_CLASS_PORT}` });

test("a class of twenty plays the OAS Council to its final vote, with the projector and two bots", async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const host = await (await browser.newContext()).newPage();
  const landing = new LandingPage(host);
  await landing.open("?lng=en");
  const code = await landing.createSession();
  const projector = await (await browser.newContext({ viewport: { width: 1600, height: 900 } })).newPage();
  await projector.goto(`/?projector=${code}&lng=en`);

  const students: Student[] = [];
  for (let i = 0; i < SEATED.length + UNSEATED; i++) {
    const spanish = i % 2 === 1;
    const page = await studentPage(browser, spanish);
    await page.goto(`/?code=${code}&lng=${spanish ? "es" : "en"}`);
    await page
      .locator("input")
      .nth(1)
      .fill(`Student ${i + 1}`);
    await page.keyboard.press("Enter");
    const delegation = SEATED[i] ?? null;
    if (delegation) await page.locator(`[data-delegation="${delegation}"] button`).click();
    students.push({ page, delegation, spanish });
  }
  await expect(projector.getByText(`${SEATED.length} of 20 seats held by players`)).toBeVisible();
  // A Spanish phone speaks Spanish: its own seat, in its language.
  const mexico = students.find((s) => s.delegation === "MEX");
  if (!mexico) throw new Error("no student holds Mexico");
  await expect(mexico.page.getByText("Tu asiento")).toBeVisible();
  await expectInLanguage(mexico.page, "es", "a Spanish phone's lobby");

  await host.getByRole("button", { name: "Start the session" }).click();
  const voting = students.filter((s) => s.delegation).map(voteWhenCalled);

  // In the debate on convocation Mexico's student speaks from a phone, in Spanish, from a talking point.
  await mexico.page.getByRole("button", { name: "Pedir la palabra" }).click();
  await mexico.page.getByLabel("Empezar con un argumento:").selectOption({ index: 1 });
  await mexico.page.getByRole("button", { name: "Pronunciar la intervención" }).click({ timeout: 60_000 });
  await mexico.page.getByRole("button", { name: "Ceder la palabra" }).click();
  // The talking point is offered, and spoken, in the student's language.
  await expect(projector.getByRole("log", { name: "Minutes" })).toContainText(
    "Mexico: La posición de México no ha cambiado",
  );

  // In the debate on the draft Brazil's student moves the division, as Brazil did.
  const brazil = students.find((s) => s.delegation === "BRA");
  await brazil?.page.getByRole("button", { name: "Motion to divide the question" }).click({ timeout: 180_000 });
  await expect(projector.getByRole("log", { name: "Minutes" })).toContainText("Brazil moved");

  const cast = await Promise.all(voting);
  await expect(projector.getByTestId("outcome")).toHaveText("The resolution is adopted.");
  // Eighteen students answered each of the seven roll calls: convocation, the division, four paragraphs, the whole.
  expect(cast).toEqual(SEATED.map(() => 7));
  const row = (name: RegExp) => projector.getByTestId("votes").getByRole("row", { name });
  await expect(row(/^Paragraph 2/)).toContainText("Adopted");
  await expect(
    row(/^Paragraph 2/)
      .getByRole("cell")
      .nth(3),
  ).toHaveText("1");
  await expect(row(/whole/)).toContainText("Adopted");
  await expect(row(/whole/).getByRole("cell").nth(1)).toHaveText("20");
  // The Spanish phones read the result in Spanish.
  await expect(mexico.page.getByTestId("outcome")).toHaveText("La resolución queda aprobada.");
  await expectInLanguage(mexico.page, "es", "a Spanish phone's chamber after the final vote");
  // Looked at once the votes are over: twenty students' browsers share the machine, and a scan mid-debate
  // can outlast an agenda item.
  await expectAccessible(projector, "the projector in a class, after the final vote");
  await expectAccessible(mexico.page, "a student's chamber in Spanish, on a phone");
  await debriefAfterClass(host, code, students.map((s) => s.page).concat(projector));
});

/** Keeps a file in the test's output folder (`test-results/…`), where a person can look at it. */
async function keep(name: string, body: Buffer): Promise<void> {
  const path = test.info().outputPath(name);
  await writeFile(path, body);
  await test.info().attach(name, { path });
}

/**
 * After the bell: the teacher opens the debrief, puts it on the projector, prints it and the printed record,
 * and exports the record. The class voted yes on paragraph 2 where Brazil and Bolivia abstained in 1962; the
 * debrief says so, with who sat where and who spoke. What is printed goes to the test's output to be looked at.
 */
async function debriefAfterClass(host: Page, code: string, others: Page[]): Promise<void> {
  // Twenty-two pages are closed first: the machine is the teacher's again.
  await Promise.all(others.map((page) => page.context().close()));
  const link = await host.getByTestId("debrief-link").getAttribute("href");
  const debrief = await host.context().newPage();
  await debrief.setViewportSize({ width: 1600, height: 900 });
  await debrief.goto(`${link}&lng=en`);
  await expect(debrief.getByRole("heading", { name: `Debrief of session ${code}` })).toBeVisible();
  const differences = debrief.getByTestId("debrief-differences");
  await expect(differences).toContainText("Brazil voted yes on paragraph 2; in 1962 it abstained.");
  await expect(differences).toContainText("Bolivia voted yes on paragraph 2; in 1962 it abstained.");
  await expect(debrief.getByTestId("debrief-matrix").getByRole("row", { name: /^Mexico/ })).toContainText("Abstain");
  const contributions = debrief.getByTestId("debrief-contributions");
  await expect(contributions.getByRole("row", { name: /^Mexico Student 12 1 / })).toBeVisible();
  await expect(contributions.getByRole("row", { name: /^Brazil Student 3 0 \d+ 1 / })).toBeVisible();
  await expect(contributions.getByRole("row", { name: /^Colombia a bot / })).toBeVisible();
  // Each seat's objectives: Brazil voted for armed force, as its card asked it not to; Mexico abstained.
  const scores = debrief.getByTestId("debrief-scores");
  await expect(scores.getByRole("row", { name: /^Brazil/ })).toContainText(
    "✗ Not met: Vote for the quarantine's parts and abstain on armed force.",
  );
  await expect(scores.getByRole("row", { name: /^Brazil/ })).toContainText(
    "✓ Met: Have the question divided so that the armed-force paragraph is voted on its own.",
  );
  await expect(scores.getByRole("row", { name: /^Mexico/ })).toContainText(
    "✓ Met: Abstain on the armed-force paragraph.",
  );
  await expect(scores.getByRole("row", { name: /^Argentina/ })).toContainText(
    "? For the class to judge: Offer Argentine ships",
  );
  await expect(debrief.getByTestId("debrief-collective")).toContainText("The week still runs");
  // The class decides Argentina did offer its ships; the teacher enters it, and the points follow.
  const argentina = scores.getByRole("row", { name: /^Argentina/ });
  await argentina.getByLabel("The class's judgement:").selectOption("true");
  await expect(argentina).toContainText("and 2 of 2 awarded by the class");
  await expect(
    debrief.getByRole("img", { name: /A bar chart of the time each delegation held the floor/ }),
  ).toBeVisible();
  await expect(debrief.getByRole("img", { name: /A chart of tension over the week/ })).toBeVisible();
  // The crisis day by day: this game's track beside 1962's days.
  await expect(debrief.getByTestId("debrief-days").getByRole("row", { name: /Tuesday, October 23/ })).toContainText(
    "The OAS Council meets; Dean Rusk addresses it.",
  );
  await expect(debrief.getByTestId("debrief-days")).toContainText("The OAS has backed it under the Rio Treaty.");
  // On the projector's screen nothing runs off the side.
  await expectNoSideScroll(debrief);
  await keep("debrief-projector.png", await debrief.screenshot({ fullPage: true }));

  // Exported: the record as JSON and the votes as CSV, each a file the browser downloads.
  const [json] = await Promise.all([
    debrief.waitForEvent("download"),
    debrief.getByRole("link", { name: "Download the record (JSON)" }).click(),
  ]);
  const record = JSON.parse(await readFile((await json.path()) ?? "", "utf8"));
  expect(record.votes.map((v: { question: string }) => v.question)).toEqual([
    "convocation",
    "motion-m1",
    "paragraph-1",
    "paragraph-2",
    "paragraph-3",
    "paragraph-4",
    "whole",
  ]);
  const [csv] = await Promise.all([
    debrief.waitForEvent("download"),
    debrief.getByRole("button", { name: "Download the votes (CSV)" }).click(),
  ]);
  expect(await readFile((await csv.path()) ?? "", "utf8")).toMatch(/choice,4,oas,paragraph-2,.*,BRA,yes,/);

  // Printed: the debrief itself on A4 and Letter, nothing running off the page.
  await debrief.emulateMedia({ media: "print" });
  for (const width of [718, 740]) {
    await debrief.setViewportSize({ width, height: 1000 });
    expect(await contentWidth(debrief)).toBeLessThanOrEqual(width);
  }
  await keep("debrief-A4.pdf", await debrief.pdf({ format: "A4" }));
  await debrief.emulateMedia({ media: "screen" });

  // And the printed record, an acta in the session's language: every vote with its roll call beside 1962.
  const [acta] = await Promise.all([
    debrief.context().waitForEvent("page"),
    debrief.getByRole("button", { name: "Open the printed record (acta)" }).click(),
  ]);
  await acta.waitForURL(/^blob:/);
  await expect(
    acta.getByRole("heading", { name: "Record of the meeting of 23 October 1962, as held by the class" }),
  ).toBeVisible();
  await expect(acta.getByText("Brazil: Student 3")).toBeVisible();
  await expect(acta.getByText("The representative of Brazil moved to divide the question.")).toBeVisible();
  await expect(
    acta.getByText("The Council adopted operative paragraph 2, by 19 votes to 0, with 1 abstention."),
  ).toBeVisible();
  await expect(acta.getByText("In 1962: adopted; the count is not recorded.").first()).toBeVisible();
  await acta.emulateMedia({ media: "print" });
  for (const [format, width] of [
    ["A4", 718],
    ["Letter", 740],
  ] as const) {
    await acta.setViewportSize({ width, height: 1000 });
    expect(await contentWidth(acta)).toBeLessThanOrEqual(width);
    const pdf = await acta.pdf({ format });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await keep(`acta-${format}.pdf`, pdf);
  }
}

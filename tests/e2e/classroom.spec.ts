import { type Browser, expect, type Page, test } from "@playwright/test";
import { LandingPage } from "./pages.ts";

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
});

import { writeFile } from "node:fs/promises";
import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { chairFromTheBar, expectFitsScreen, LandingPage, LobbyPage } from "./pages.ts";

/**
 * A whole 45-minute OAS lesson as a teacher runs it, compressed in time: the class list, thirty students
 * (phones at 390 and 360 px, a few laptops; five in Spanish, five in Portuguese), "Seat everyone at random"
 * for those not on the list, the projector at 1920×1080, every seat held so that a student chairs, a tab
 * closed and reopened, a pause and news, a speech, a division and an amendment, every roll call answered
 * from the bar at the foot of the phone, the end, the debrief and its print. Screenshots and timings go to
 * the test's output folder, to be looked at.
 */

type Language = "en" | "es" | "pt";

interface Student {
  name: string;
  language: Language;
  page: Page;
  phone: boolean;
}

/** On the class list, with the delegation planned for six of them (in the language the teacher typed). */
const PLANNED: Record<string, string> = {
  Inés: "Colombia",
  Lucía: "México",
  Joana: "Brasil",
  Ana: "United States",
  Tomás: "Uruguay",
  Sofía: "Chile",
};
const LISTED = [
  ...Object.keys(PLANNED),
  "Ben",
  "Carla",
  "Diego",
  "Elena",
  "Fabio",
  "Gabriela",
  "Hugo",
  "Iris",
  "Jorge",
  "Karin",
  "Luis",
  "Marta",
  "Nico",
  "Olga",
  "Pablo",
  "Quique",
  "Rosa",
  "Saúl",
  "Tina",
  "Ulises",
];
/** Students who are not on the list: the host seats them at random (they join teams: the seats are full). */
const UNLISTED = ["Walter", "Valeria", "Ximena", "Yago"];
const NAMES = [...LISTED, ...UNLISTED];

const WORDS = {
  en: {
    yes: "Yes",
    abstain: "Abstain",
    floor: "Ask for the floor",
    speak: "Deliver the speech",
    yield: "Yield the floor",
  },
  es: {
    yes: "Sí",
    abstain: "Abstención",
    floor: "Pedir la palabra",
    speak: "Pronunciar la intervención",
    yield: "Ceder la palabra",
  },
  pt: {
    yes: "Sim",
    abstain: "Abstenção",
    floor: "Pedir a palavra",
    speak: "Fazer o discurso",
    yield: "Ceder a palavra",
  },
} as const;

/** Five phones in Spanish, five in Portuguese, the rest in English. */
const SPANISH = ["Lucía", "Diego", "Gabriela", "Jorge", "Valeria"];
const PORTUGUESE = ["Joana", "Fabio", "Iris", "Marta", "Ximena"];
const languageOf = (name: string): Language =>
  SPANISH.includes(name) ? "es" : PORTUGUESE.includes(name) ? "pt" : "en";
/** Phones at 390 and 360 px; every fifth student on a laptop. */
const viewportOf = (i: number) =>
  i % 5 === 4
    ? { viewport: { width: 1280, height: 800 } }
    : { viewport: i % 2 === 0 ? { width: 390, height: 844 } : { width: 360, height: 740 }, isMobile: true };

const timings: Record<string, number> = {};
let clock = Date.now();
const lap = (name: string) => {
  const now = Date.now();
  timings[name] = Math.round((now - clock) / 100) / 10;
  clock = now;
};

async function shot(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path });
  await test.info().attach(name, { path });
}

/**
 * Answers every roll call this student is called in, from the bar at the foot of the screen, until the
 * Council closes; on a phone the ballot must be in view when it comes. Mexico abstains on paragraph 2.
 */
async function voteWhenCalled(student: Student, delegation: string, counts: Map<string, number>): Promise<void> {
  const { page } = student;
  const words = WORDS[student.language];
  const ballot = page.getByTestId("now-bar").locator(".vote-buttons");
  const closed = page.getByTestId("outcome");
  for (;;) {
    await expect(ballot.or(closed).first()).toBeVisible({ timeout: 240_000 });
    if (await closed.isVisible()) return;
    if (student.phone) await expect(ballot).toBeInViewport();
    // The first call of a phone in Spanish and one in Portuguese, kept to be looked at.
    if (!counts.has(student.name) && (student.name === "Lucía" || student.name === "Joana")) {
      await shot(page, `phone-${student.language}-called`);
    }
    const question = (await page.getByTestId("roll-call").textContent()) ?? "";
    const abstain = delegation === "MEX" && /(Paragraph|Párrafo|Parágrafo) 2\b/.test(question);
    await ballot.getByRole("button", { name: abstain ? words.abstain : words.yes, exact: true }).click();
    await expect(ballot).toHaveCount(0, { timeout: 60_000 });
    counts.set(student.name, (counts.get(student.name) ?? 0) + 1);
  }
}

async function join(browser: Browser, code: string, i: number): Promise<Student> {
  const name = NAMES[i] ?? "";
  const language = languageOf(name);
  const options = viewportOf(i);
  const page = await (await browser.newContext(options)).newPage();
  await page.goto(`/?code=${code}&lng=${language}`);
  await page.locator("input").nth(1).fill(name);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("you")).toContainText(name);
  return { name, language, page, phone: "isMobile" in options };
}

async function speak(student: Student, from: Locator | null = null): Promise<void> {
  const { page } = student;
  const words = WORDS[student.language];
  await page.getByTestId("now-bar").getByRole("button").click({ timeout: 120_000 });
  await expect(page.locator("#speech-text")).toBeFocused();
  if (from) await from.selectOption({ index: 1 });
  else await page.locator("#speech-text").fill("We support the hemisphere, within the treaty's procedure.");
  await page.getByRole("button", { name: words.speak }).click();
  await page.getByRole("button", { name: words.yield }).click();
}

// The classroom's server: the chair (here a student) waits ten seconds for a person; thirty pages share two cores.
test.use({ baseURL: `http://localhost:${process.env.BRINK_E2E_CLASS_PORT}` });

test("a whole 45-minute lesson with thirty students, a student chair and the projector, to the printed debrief", async ({
  browser,
}) => {
  test.setTimeout(1_200_000);
  const host = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const landing = new LandingPage(host);
  await landing.open("?lng=en");
  const code = await landing.createSession();
  const projector = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
  await projector.goto(`/?projector=${code}`);
  await expect(projector.getByTestId("projector")).toBeVisible();

  // The class list, pasted before the students arrive.
  await host.getByText("Fill by class list").click();
  await host
    .getByLabel("Class list")
    .fill(LISTED.map((name) => (PLANNED[name] ? `${name}: ${PLANNED[name]}` : name)).join("\n"));
  await host.getByRole("button", { name: "Plan the seats" }).click();
  await expect(host.getByTestId("roster").getByRole("listitem")).toHaveCount(LISTED.length);
  lap("classList");

  // Everyone arrives; the first not on the list finds Mexico kept for Lucía.
  const students: Student[] = [];
  const early = await join(browser, code, LISTED.length);
  await expect(new LobbyPage(early.page).seat("MEX")).toContainText("Kept for Lucía, on the class list");
  await expect(new LobbyPage(early.page).seatButton("Mexico")).toHaveAttribute("aria-disabled", "true");
  for (let i = 0; i < LISTED.length; i++) students.push(await join(browser, code, i));
  students.push(early);
  for (let i = LISTED.length + 1; i < NAMES.length; i++) students.push(await join(browser, code, i));
  lap("thirtyJoined");
  await expect(projector.getByText("20 of 20 seats held by players")).toBeVisible();
  await host.getByRole("button", { name: "Seat everyone at random" }).click();
  for (const student of students.slice(LISTED.length)) {
    await expect(student.page.getByTestId("you")).toContainText(/advise|asesoras|assessora/i);
  }
  lap("seated");
  const byName = (name: string) => {
    const found = students.find((s) => s.name === name);
    if (!found) throw new Error(`no student ${name}`);
    return found;
  };
  await expect(byName("Lucía").page.getByTestId("you")).toContainText("Representas a México.");
  await expect(byName("Joana").page.getByTestId("you")).toContainText("Você representa o Brasil.");
  await expectFitsScreen(projector, ["join-code", "join-address"]);
  await shot(projector, "projector-lobby-1920");
  await shot(byName("Joana").page, "phone-pt-lobby");

  // Who heads which seat, read off the host's screen: each head votes for their seat.
  const heads = new Map<string, string>();
  for (const student of students) {
    const text = (await student.page.getByTestId("you").textContent()) ?? "";
    if (/advise|asesoras|assessora/i.test(text)) continue;
    const delegation = await student.page
      .locator(".seat.mine")
      .getAttribute("data-delegation", { timeout: 10_000 })
      .catch(() => null);
    if (delegation) heads.set(student.name, delegation);
  }
  expect(heads.size).toBe(20);
  expect(heads.get("Inés")).toBe("COL");

  await host.getByRole("button", { name: "Start the session" }).click();
  lap("started");

  // A phone discards Tomás's tab before the first roll call; he opens the game again and is back in his seat.
  const tomas = byName("Tomás");
  const context = tomas.page.context();
  await tomas.page.close();
  tomas.page = await context.newPage();
  await tomas.page.goto("/?lng=en");
  await expect(tomas.page.getByLabel("Join code")).toHaveValue(code);
  await tomas.page.getByLabel("Your name").fill("Tomás");
  await tomas.page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(tomas.page.getByTestId("you")).toContainText("You voice Uruguay.");

  // The chair (Inés, in English) moves on when nobody waits to speak; the test keeps her from voting on
  // convocation before Lucía has spoken, and from the votes on the draft before its division and amendment.
  const hold = { before: /move on to Vote on convocation/ as RegExp | null };
  const chairing = chairFromTheBar(byName("Inés").page, hold);
  const counts = new Map<string, number>();
  const voting = students
    .filter((s) => heads.has(s.name))
    .map((s) => voteWhenCalled(s, heads.get(s.name) ?? "", counts));

  // The United States states its case from a laptop; the chair moves on once it yields.
  await speak(byName("Ana"));
  await expect(projector.getByTestId("minutes")).toContainText("United States");
  lap("usStatement");

  // In the debate on convocation Lucía speaks from a phone in Spanish, from a talking point.
  const lucia = byName("Lucía");
  await lucia.page.getByRole("button", { name: WORDS.es.floor }).click();
  await speak(lucia, lucia.page.getByLabel("Empezar con un argumento:"));
  await expect(projector.getByTestId("minutes")).toContainText("Mexico");
  hold.before = /move on to Voting/;
  lap("convocationDebate");

  // The roll call on convocation: the projector shows the tally and who is called; a phone's ballot in view.
  await expect(projector.getByTestId("roll-call")).toBeVisible({ timeout: 120_000 });
  await expectFitsScreen(projector, ["join-code", "roll-call", "crisis", "paragraphs"]);
  await shot(projector, "projector-rollcall-1920");
  await expect(projector.getByTestId("votes")).toContainText("Convocation", { timeout: 240_000 });
  lap("convocationVote");

  // The recess: the teacher pauses the table, brings news, resumes.
  await host.getByRole("button", { name: "Pause the session" }).click();
  await expect(byName("Joana").page.getByText("Pausa do anfitrião", { exact: false })).toBeVisible();
  await host.getByRole("button", { name: "Resume the session" }).click();
  await host.getByRole("button", { name: "Announce" }).click();
  await expect(projector.getByTestId("news")).toBeVisible();

  // The debate on the draft: Brazil (Portuguese) moves the division, Mexico amends paragraph 2.
  const joana = byName("Joana");
  await joana.page.getByRole("button", { name: "Moção de divisão da questão" }).click({ timeout: 120_000 });
  await lucia.page.getByText("Proponer una enmienda").click();
  await lucia.page.getByLabel("Párrafo", { exact: true }).selectOption("2");
  await expect(lucia.page.getByText("Dice ahora:")).toContainText("Recomienda");
  await lucia.page
    .getByLabel("El párrafo como lo propones")
    .fill("Recommends that the member states take the measures they judge necessary, each by its own decision.");
  await lucia.page.getByRole("button", { name: "Proponer la enmienda" }).click();
  await expect(projector.getByTestId("paragraphs")).toContainText("each by its own decision", { timeout: 60_000 });
  await expect(projector.getByText(/The question is divided/)).toBeVisible({ timeout: 120_000 });
  // Seven or eight roll calls will not fit the nine minutes of the run sheet: the host is told what to cut.
  await expect(host.getByTestId("pace")).toContainText("To finish on time");
  await shot(host, "host-console-pace");
  hold.before = null;
  lap("resolutionDebate");

  await chairing;
  await Promise.all(voting);
  lap("voting");
  await expect(projector.getByTestId("outcome")).toBeVisible();
  await expectFitsScreen(projector, ["join-code", "votes", "crisis"]);
  await shot(projector, "projector-end-1920");
  // Every head answered every roll call: convocation, the division, the amendment, four paragraphs, the whole.
  const answered = [...counts.values()];
  expect(answered).toHaveLength(20);
  expect(new Set(answered).size).toBe(1);
  expect(answered[0]).toBeGreaterThanOrEqual(8);
  await shot(lucia.page, "phone-es-end");

  // After the bell: the debrief, left open, and its print.
  await Promise.all([...students.map((s) => s.page.context().close()), projector.context().close()]);
  const link = await host.getByTestId("debrief-link").getAttribute("href");
  const debrief = await host.context().newPage();
  let asked = 0;
  debrief.on("request", (r) => {
    if (/\/record$/.test(new URL(r.url()).pathname)) asked++;
  });
  await debrief.setViewportSize({ width: 1600, height: 900 });
  await debrief.goto(`${link}&lng=en`);
  await expect(debrief.getByRole("heading", { name: `Debrief of session ${code}` })).toBeVisible();
  await expect(debrief.getByTestId("debrief-contributions").getByRole("row", { name: /^Colombia Inés/ })).toBeVisible();
  await debrief.waitForTimeout(10_000);
  expect(asked).toBe(1);
  await shot(debrief, "debrief");
  await debrief.emulateMedia({ media: "print" });
  const pdf = await debrief.pdf({ format: "A4" });
  await writeFile(test.info().outputPath("debrief-A4.pdf"), pdf);
  lap("debrief");
  await writeFile(test.info().outputPath("timings.json"), JSON.stringify(timings, null, 2));
  console.info(`lesson timings (s): ${JSON.stringify(timings)}`);
});

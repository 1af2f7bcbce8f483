import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import {
  contentWidth,
  expectAccessible,
  expectInLanguage,
  expectNoSideScroll,
  LandingPage,
  LobbyPage,
} from "./pages.ts";

test("the host opens the council, bots voice the empty seats, and the student speaks and votes for Mexico", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const host = await (await browser.newContext()).newPage();
  const student = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage();

  const hostLanding = new LandingPage(host);
  await hostLanding.open("?lng=en");
  await expectAccessible(host, "the landing page");
  const code = await hostLanding.createSession();
  const studentLanding = new LandingPage(student);
  await studentLanding.open("?lng=en");
  await studentLanding.join(code, "Lucía");
  await new LobbyPage(student).seatButton("Mexico").click();
  await expect(new LobbyPage(host).seat("MEX")).toContainText("Held by Lucía");
  await expectAccessible(host, "the host's lobby");
  await expectAccessible(student, "a student's lobby on a phone");

  // Only the host has the button that opens the session.
  await expect(student.getByRole("button", { name: "Start the session" })).toHaveCount(0);
  await host.getByRole("button", { name: "Start the session" }).click();
  await expect(host.getByRole("button", { name: "Start the session" })).toHaveCount(0);
  await expect(student.getByTestId("chamber")).toBeVisible();

  // During the debate the student asks for the floor, is given it by the chair, speaks and yields.
  await student.getByRole("button", { name: "Ask for the floor" }).click();
  const speech = student.getByLabel("Your speech");
  await expect(speech).toBeVisible({ timeout: 30_000 });
  // The phone's speech form (talking points, themes) fits the screen.
  await expect(student.getByRole("combobox", { name: /talking point/ })).toBeVisible();
  await expectNoSideScroll(student);
  await speech.fill("Mexico asks that force be the last resort.");
  // The student says what the speech argues; open-history bots weigh it.
  await student
    .getByRole("group", { name: "What does your speech argue?" })
    .getByLabel("Each state's sovereignty")
    .check();
  await student.getByRole("button", { name: "Deliver the speech" }).click();
  await expect(host.getByRole("log", { name: "Minutes" })).toContainText(
    "Mexico: Mexico asks that force be the last resort.",
  );
  await student.getByRole("button", { name: "Yield the floor" }).click();
  await expect(speech).toHaveCount(0);

  // Mexico is called in the roll call on convocation; the student answers from the phone.
  const ballot = student.getByRole("group", { name: "Your vote for Mexico" });
  await expect(ballot).toBeVisible({ timeout: 60_000 });
  await expect(student.getByTestId("roll-call")).toContainText("Convocation of the Organ of Consultation");
  await expect(student.getByTestId("roll-call")).toContainText("11 yes votes needed to pass");
  // Mexico votes against the convocation, which in 1962 it voted for.
  await ballot.getByRole("button", { name: "No" }).click();
  await expect(ballot).toHaveCount(0);

  // Both screens record the vote taken, and the host's screen announces it.
  const row = host.getByTestId("votes").getByRole("row", { name: /Convocation/ });
  await expect(row).toContainText("Adopted", { timeout: 30_000 });
  await expect(student.getByTestId("votes").getByRole("row", { name: /Convocation/ })).toContainText("Adopted");
  await expect(host.getByTestId("announcer")).toContainText("Convocation of the Organ of Consultation adopted:");
  await expectAccessible(host, "the host's chamber with the chair's console");

  // Mexico changes its vote for the record, as Uruguay did in 1962: the minutes keep it, the result stands.
  await student.getByText("Change your vote for the record").click();
  await student.getByLabel("Your vote for the record").selectOption("yes");
  await student.getByRole("button", { name: "Enter the change in the record" }).click();
  await expect(host.getByRole("log", { name: "Minutes" })).toContainText(
    "Mexico changes its vote on convocation of the Organ of Consultation to yes, for the record.",
  );
  await expect(row).toContainText("Adopted");

  // The bell rings: the host ends the session, after confirming, and every screen says so.
  await host.getByRole("button", { name: "End the session" }).click();
  await host.getByRole("button", { name: "Yes, end it" }).click();
  await expect(student.getByTestId("outcome")).toHaveText("The host ended the session.");
  // Only the record stays open: explanations and changes of vote, as after any session.
  await expect(student.getByRole("button", { name: "Ask for the floor" })).toHaveCount(0);
  await expect(student.getByRole("group", { name: "Move a motion" })).toHaveCount(0);

  // The host opens the debrief in a new tab: the record beside 1962, the difference said in words.
  const debriefLink = await host.getByTestId("debrief-link").getAttribute("href");
  const debrief = await host.context().newPage();
  await debrief.goto(`${debriefLink}&lng=en`);
  await expect(debrief.getByRole("heading", { name: `Debrief of session ${code}` })).toBeVisible();
  await expectAccessible(debrief, "the debrief");
  await expect(debrief.getByTestId("debrief-differences")).toContainText(
    "Mexico voted no on convocation of the Organ of Consultation; in 1962 it voted yes.",
  );
  await expect(debrief.getByTestId("debrief-votes").getByRole("row", { name: /Convocation/ })).toContainText(
    "Adopted, count not recorded",
  );
  const matrix = debrief.getByTestId("debrief-matrix");
  await expect(matrix.getByRole("row", { name: /Mexico/ })).toContainText("No ≠ 1962: Yes");
  await expect(matrix.getByRole("row", { name: /Uruguay/ })).toContainText("Abstain");
  await expect(
    debrief.getByText(
      "Mexico changed its vote on convocation of the Organ of Consultation: it voted no, and asked the record to say it voted yes.",
    ),
  ).toBeVisible();
  // The scenario's questions for discussion, each linked to its moment, or saying it did not happen.
  const prompts = debrief.getByTestId("debrief-prompts");
  const convocation = prompts
    .getByRole("listitem")
    .filter({ hasText: "Why did the United States want the OAS to act" });
  await expect(convocation.getByRole("link", { name: "See this moment in the game" })).toHaveAttribute(
    "href",
    "#vote-oas-convocation",
  );
  await expect(
    prompts.getByRole("listitem").filter({ hasText: "Brazil asked for the resolution to be voted in parts" }),
  ).toContainText("(this did not happen in this game)");
  // The replay moves through the minutes by keyboard: Mexico's speech, then the vote on convocation.
  const replay = debrief.getByTestId("debrief-replay");
  const moment = replay.getByRole("slider", { name: "Moment" });
  await moment.focus();
  await expect(replay.getByTestId("replay-view")).toContainText("Statement of the United States");
  await expect(replay).toContainText("No vote taken yet.");
  for (
    let i = 0;
    i < 40 && !(await replay.getByTestId("replay-view").textContent())?.includes("Mexico has the floor");
    i++
  ) {
    await debrief.keyboard.press("ArrowRight");
  }
  await expect(replay.getByTestId("replay-view")).toContainText("Mexico asks that force be the last resort.");
  // The same moment on the chamber view, opened by keyboard: the projector's screen as it stood then.
  await replay.getByText("On the chamber view, as the projector showed it").focus();
  await debrief.keyboard.press("Enter");
  const screen = replay.getByTestId("replay-chamber");
  await expect(screen).toHaveAttribute("aria-busy", "false");
  await expect(screen.getByRole("heading", { level: 2 })).toHaveText("Debate on convocation");
  await expect(screen).toContainText("Mexico has the floor.");
  await expect(screen.getByRole("log", { name: "Minutes" })).toContainText(
    "Mexico asks that force be the last resort.",
  );
  await expect(screen.getByRole("table")).toHaveCount(0);
  await expectAccessible(debrief, "the debrief with the replay on the chamber view");
  await moment.focus();
  await debrief.keyboard.press("End");
  await expect(
    replay.getByRole("listitem").filter({ hasText: "Convocation of the Organ of Consultation adopted" }),
  ).toBeVisible();
  // The last moment: the session ended by the host, the convocation vote on the board, Mexico's change kept.
  await expect(screen.getByTestId("outcome")).toHaveText("The host ended the session.");
  await expect(screen.getByRole("row", { name: /Convocation/ })).toContainText("Adopted");
  await expect(screen.getByRole("log", { name: "Minutes" })).toContainText(
    "Mexico changes its vote on convocation of the Organ of Consultation to yes, for the record.",
  );
  // What each delegation did: Lucía's Mexico spoke once; Argentina's seat was a bot's.
  const contributions = debrief.getByTestId("debrief-contributions");
  await expect(contributions.getByRole("row", { name: /^Mexico Lucía 1 / })).toBeVisible();
  await expect(contributions.getByRole("row", { name: /^Argentina a bot / })).toBeVisible();
  // Tension over the week, as a chart and, for whoever would rather read, as a table.
  await expect(debrief.getByRole("img", { name: /A chart of tension over the week/ })).toBeVisible();
  await debrief.getByText("Every point of the curve, as a table").click();
  await expect(debrief.getByRole("row", { name: /EDT 50$/ }).first()).toBeVisible();
  // The votes download as CSV, a row per delegation's choice, for a spreadsheet.
  const [download] = await Promise.all([
    debrief.waitForEvent("download"),
    debrief.getByRole("button", { name: "Download the votes (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`brink-${code}-record.csv`);
  const csv = await readFile((await download.path()) ?? "", "utf8");
  expect(csv).toContain("choice,1,oas,convocation,,adopted,");
  expect(csv).toMatch(/,MEX,no,/);
  expect(csv).toMatch(/voteChange,,oas,convocation,.*,MEX,,,no,yes,/);
  // Printed on A4 or Letter (their printable widths in CSS pixels), nothing runs off the page.
  await debrief.emulateMedia({ media: "print" });
  for (const width of [718, 740]) {
    await debrief.setViewportSize({ width, height: 1000 });
    expect(await contentWidth(debrief)).toBeLessThanOrEqual(width);
  }
  await debrief.emulateMedia({ media: "screen" });
  await debrief.setViewportSize({ width: 390, height: 844 });
  await expectNoSideScroll(debrief);
  // The same debrief in Spanish and in Portuguese: nothing left in English but what a bot said in English.
  for (const language of ["es", "pt"] as const) {
    await debrief.goto(`${debriefLink}&lng=${language}`);
    await expect(debrief.getByTestId("debrief-replay")).toBeVisible();
    await debrief.getByTestId("debrief-replay").locator("summary").click();
    await expect(debrief.getByTestId("replay-chamber")).toHaveAttribute("aria-busy", "false");
    await expectInLanguage(debrief, language, "the debrief, its replay on the chamber view open");
  }
  // A browser without this session's host key is told so, and shown nothing.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(`${debriefLink}&lng=en`);
  await expect(stranger.getByRole("alert")).toContainText("This browser does not hold the host key of this session");
});

test.describe("a student's motion in the debate on the draft", () => {
  // The table of the classroom test waits ten seconds for a person, not two: the debate on the draft stays open
  // long enough for a phone to move the division, however busy the machine.
  test.use({ baseURL: `http://localhost:${process.env.BRINK_E2E_CLASS_PORT}` });

  test("a student moves to divide and amends paragraph 2; the projector shows the draft, the floor and the tally", async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const host = await (await browser.newContext()).newPage();
    const student = await (
      await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })
    ).newPage();
    const projector = await (await browser.newContext({ viewport: { width: 1600, height: 900 } })).newPage();

    const hostLanding = new LandingPage(host);
    await hostLanding.open("?lng=en");
    const code = await hostLanding.createSession();
    // The host's link opens the projector view of this table.
    const link = await host.getByRole("link", { name: "Open the projector view" }).getAttribute("href");
    expect(link).toContain(`projector=${code}`);
    await projector.goto(`/${new URL(link ?? "", "http://x").search}&lng=en`);
    await expect(projector.getByTestId("join-qr")).toBeVisible();
    await expect(projector.getByRole("img", { name: /QR code of the link .*code=/ })).toBeVisible();
    await expectAccessible(projector, "the projector before the start, with the code and the QR code");

    const studentLanding = new LandingPage(student);
    await studentLanding.open("?lng=en");
    await studentLanding.join(code, "Caio");
    await new LobbyPage(student).seatButton("Brazil").click();
    await expect(new LobbyPage(projector).seat("BRA")).toContainText("Held by Caio");

    await host.getByRole("button", { name: "Start the session" }).click();
    // The host chairs: a minute per speech, and every screen counts it down.
    const chair = host.getByTestId("chair-console");
    await chair.getByLabel("Speaking time").selectOption("60");
    await expect(projector.getByTestId("floor-timer")).toContainText(/left|Time is up/, { timeout: 30_000 });
    // The host pauses the whole table: every screen says so, and the student's seat can do nothing until resumed.
    await host.getByRole("button", { name: "Pause the session" }).click();
    await expect(projector.getByText("Paused by the host.")).toBeVisible();
    await expect(student.getByText("Paused by the host.")).toBeVisible();
    await expect(student.getByTestId("seat-actions").getByRole("button")).toHaveCount(0);
    await host.getByRole("button", { name: "Resume the session" }).click();
    await expect(projector.getByText("Paused by the host.")).toHaveCount(0);
    // The host brings news of the crisis to the table: the projector and the phone show it.
    await host.getByLabel("Bring news to the table").selectOption("quarantine");
    await host.getByRole("button", { name: "Announce" }).click();
    await expect(projector.getByTestId("news")).toContainText("Oct 24, 10:00 EDT The quarantine comes into force.");
    await expect(student.getByTestId("news")).toContainText("The quarantine comes into force.");
    // The projector offers no control at all.
    await expect(projector.getByRole("button")).toHaveCount(0);

    // Brazil answers the roll call on convocation, then moves the division in the debate on the draft.
    const ballot = student.getByRole("group", { name: "Your vote for Brazil" });
    // The table waits ten seconds for a person here: time for a look at the phone's ballot.
    await expect(ballot).toBeVisible({ timeout: 60_000 });
    await expectAccessible(student, "a student's ballot in a roll call, on a phone");
    await ballot.getByRole("button", { name: "Yes" }).click();
    const motions = student.getByRole("group", { name: "Move a motion" });
    await motions.getByRole("button", { name: "Motion to divide the question" }).click({ timeout: 60_000 });
    await expect(projector.getByRole("log", { name: "Minutes" })).toContainText(
      "Brazil moved: Motion to divide the question.",
    );
    await expectAccessible(projector, "the projector during the debate");
    await student.getByText("Propose an amendment").click();
    await student.getByLabel("Paragraph", { exact: true }).selectOption("2");
    await student
      .getByLabel("The paragraph as you would have it")
      .fill("Recommends that each member state decide for itself the measures it takes.");
    await student.getByLabel(/leaves the use of armed force to each state/).check();
    await student.getByRole("button", { name: "Propose the amendment" }).click();
    const paragraphs = projector.getByTestId("paragraphs");
    await expect(paragraphs.getByRole("listitem").nth(1)).toContainText("Pending Amendment of Brazil:");

    // The student leaves the seat to its bot; the Council votes the amendment, each paragraph and the whole.
    await student.getByRole("button", { name: "Give up my seat" }).click();
    await expect(projector.getByTestId("roll-call")).toContainText("14 yes votes needed to pass", { timeout: 60_000 });
    await expect(projector.getByTestId("outcome")).toHaveText("The resolution is adopted.", { timeout: 90_000 });
    await expect(projector.getByText("The question is divided")).toBeVisible();
    await expect(
      projector.getByTestId("votes").getByRole("row", { name: /Amendment of Brazil to paragraph 2/ }),
    ).toBeVisible();
  });
});

test("friends online: the creator hosts and plays Mexico, with bots in the other seats", async ({ browser }) => {
  test.setTimeout(90_000);
  const host = await (await browser.newContext()).newPage();
  const landing = new LandingPage(host);
  await landing.open("?lng=en");
  await host.getByLabel("Length of the session").selectOption({ label: "No fixed length (friends online)" });
  const code = await landing.createSession();
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await host.getByLabel("Your name at the table").fill("Sam");
  await host.getByRole("button", { name: "Join the table" }).click();
  await expect(host.getByTestId("you")).toContainText("You are Sam.");
  await new LobbyPage(host).seatButton("Mexico").click();
  await expect(host.getByTestId("you")).toContainText("You voice Mexico.");
  // The seat's secret objectives reach the host who holds it.
  await expect(host.getByTestId("secret-card")).toBeVisible();
  await host.getByRole("button", { name: "Start the session" }).click();

  // The creator asks for the floor as Mexico and, as the host, holds the chair's powers too.
  await host.getByRole("button", { name: "Ask for the floor" }).click({ timeout: 30_000 });
  const speech = host.getByLabel("Your speech");
  await expect(speech).toBeVisible({ timeout: 30_000 });
  await speech.fill("Mexico will vote for convocation.");
  await host.getByRole("button", { name: "Deliver the speech" }).click();
  await host.getByRole("button", { name: "Yield the floor" }).click();
  await expect(host.getByRole("log", { name: "Minutes" })).toContainText("Mexico: Mexico will vote for convocation.");
  const ballot = host.getByRole("group", { name: "Your vote for Mexico" });
  await expect(ballot).toBeVisible({ timeout: 60_000 });
  await ballot.getByRole("button", { name: "Abstain" }).click();
  await expect(host.getByTestId("votes").getByRole("row", { name: /Convocation/ })).toContainText("Adopted", {
    timeout: 30_000,
  });
});

import { expect, test } from "@playwright/test";
import { chairFromTheBar, classOf, expectFitsScreen, LandingPage, LobbyPage } from "./pages.ts";

// What broke a whole lesson tried from outside (issue 21): each test here failed before its fix.

test("the debrief left open for a minute asks for the record once, and stays usable", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const host = await context.newPage();
  const landing = new LandingPage(host);
  await landing.open("?lng=en");
  await landing.createSession();
  const link = await host.getByTestId("debrief-link").getAttribute("href");
  const debrief = await context.newPage();
  const asked: string[] = [];
  debrief.on("request", (request) => {
    if (/\/api\/sessions\/[^/]+\/record(\?|$)/.test(new URL(request.url()).pathname)) asked.push(request.url());
  });
  await debrief.goto(`${link}&lng=en`);
  await expect(debrief.getByTestId("debrief")).toBeVisible();
  // A teacher leaves the debrief on the projector while the class talks: nothing keeps asking.
  await debrief.waitForTimeout(60_000);
  expect(asked).toHaveLength(1);
  await expect(debrief.getByTestId("debrief")).toBeVisible();
  await expect(debrief.getByRole("alert")).toHaveCount(0);
  // The teacher's own refresh asks once more.
  await debrief.getByRole("button", { name: "Refresh" }).click();
  await expect.poll(() => asked.length).toBe(2);
  await context.close();
});

test("a phone whose tab is closed comes back to its seat with the same code and name, not as a second player", async ({
  browser,
}) => {
  const { host, students, code, close } = await classOf(browser, ["Lucía"], { phones: true });
  const [phone] = students;
  if (!phone) throw new Error("no student");
  await new LobbyPage(phone).seatButton("Uruguay").click();
  await expect(phone.getByTestId("you")).toContainText("You voice Uruguay.");
  const context = phone.context();
  await phone.close();
  // The phone discards the tab; the student opens the game again, finds the code filled in, and types her name.
  const again = await context.newPage();
  const landing = new LandingPage(again);
  await landing.open("?lng=en");
  await expect(again.getByLabel("Join code")).toHaveValue(code);
  await expect(again.getByLabel("Your name")).toHaveValue("");
  await again.getByLabel("Your name").fill("lucia");
  await again.getByRole("button", { name: "Join", exact: true }).click();
  await expect(again.getByTestId("you")).toContainText("You voice Uruguay.");
  const hostLobby = new LobbyPage(host);
  await expect(hostLobby.seat("URY")).toContainText("Held by Lucía");
  const players = host.getByRole("region", { name: "Players at the table" });
  // One Lucía at the table, the one in the seat: the host's list has one of her to remove.
  await expect(players.getByRole("button", { name: "Remove Lucía" })).toHaveCount(1);
  // Another student on the same device, under another name, is another player.
  const friend = await context.newPage();
  await new LandingPage(friend).open("?lng=en");
  await friend.getByLabel("Your name").fill("Tomás");
  await friend.getByRole("button", { name: "Join", exact: true }).click();
  await expect(friend.getByTestId("you")).toContainText("You are Tomás.");
  await expect(friend.getByTestId("you")).not.toContainText("Uruguay");
  await close();
});

test("a student on another phone asks to take back her seat, and the host returns it", async ({ browser }) => {
  const { host, students, code, close } = await classOf(browser, ["Lucía"], { phones: true });
  const [phone] = students;
  if (!phone) throw new Error("no student");
  await new LobbyPage(phone).seatButton("Uruguay").click();
  await expect(phone.getByTestId("you")).toContainText("You voice Uruguay.");
  await phone.context().close();
  // Her phone is gone: she borrows a classmate's, which has never seen the table.
  const borrowed = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const other = await borrowed.newPage();
  await new LandingPage(other).open("?lng=en");
  await new LandingPage(other).join(code, "Lucia");
  await expect(other.getByTestId("take-back")).toContainText("Is this you? Lucía held Uruguay and is offline.");
  await other.getByRole("button", { name: "Take back Uruguay" }).click();
  await expect(other.getByTestId("take-back")).toContainText("The host has been asked to confirm that you are Lucía.");
  // Nothing is hers until the teacher says so.
  await expect(new LobbyPage(host).seat("URY")).not.toContainText("Held by Lucia");
  await host.getByRole("button", { name: "Return Uruguay to Lucía" }).click();
  await expect(other.getByTestId("you")).toContainText("You voice Uruguay.");
  const players = host.getByRole("region", { name: "Players at the table" });
  await expect(players.getByRole("button", { name: /^Remove Luc/ })).toHaveCount(1);
  await borrowed.close();
  await close();
});

test("a seat on the class list waits for its student: shown as kept, refused to another", async ({ browser }) => {
  const { host, students, close } = await classOf(browser, ["Ana"], { phones: true });
  const [ana] = students;
  if (!ana) throw new Error("no student");
  await host.getByText("Fill by class list").click();
  await host.getByLabel("Class list").fill("Lucía: Mexico");
  await host.getByRole("button", { name: "Plan the seats" }).click();
  const anaLobby = new LobbyPage(ana);
  await expect(anaLobby.seat("MEX")).toContainText("Kept for Lucía, on the class list");
  const mexico = anaLobby.seatButton("Mexico");
  await expect(mexico).toHaveAttribute("aria-disabled", "true");
  await mexico.click({ force: true });
  await expect(new LobbyPage(host).seat("MEX")).not.toContainText("Held by");
  // The host frees it: Ana may take it.
  await host.getByRole("button", { name: "Free the seat: Mexico (planned for Lucía)" }).click();
  await expect(anaLobby.seat("MEX")).toContainText("Open");
  await mexico.click();
  await expect(ana.getByTestId("you")).toContainText("You voice Mexico.");
  await close();
});

test("the projector fits 1920×1080 and 1280×720 in the lobby, a debate and a roll call, in the session's language", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // A teacher in Spanish creates the session; the projector's tab names no language and speaks the session's.
  const hostContext = await browser.newContext();
  const host = await hostContext.newPage();
  const landing = new LandingPage(host);
  await landing.open("?lng=es");
  await host.getByRole("button", { name: "Crear una sesión" }).click();
  const code = (await host.getByTestId("join-code").textContent()) ?? "";
  const screens = await Promise.all(
    [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ].map(async (viewport) => {
      const page = await (await browser.newContext({ viewport, locale: "en-GB" })).newPage();
      await page.goto(`/?projector=${code}`);
      await expect(page.getByTestId("projector")).toBeVisible();
      return page;
    }),
  );
  for (const screen of screens) {
    await expect(screen.locator("html")).toHaveAttribute("lang", "es");
    // No control: no language switch, no button, nothing to type in.
    await expect(screen.getByRole("button")).toHaveCount(0);
    await expect(screen.getByRole("combobox")).toHaveCount(0);
    await expect(screen.locator('[data-delegation="VEN"]')).toBeVisible();
    await expectFitsScreen(screen, ["join-code", "join-address"]);
    await screen.screenshot({ path: test.info().outputPath(`projector-lobby-${screen.viewportSize()?.width}.png`) });
  }
  await host.getByRole("button", { name: "Iniciar la sesión" }).click();
  for (const screen of screens) {
    await expect(screen.getByTestId("minutes")).toBeVisible();
    await expectFitsScreen(screen, ["join-code", "crisis", "minutes", "paragraphs"]);
  }
  // The roll call on convocation: the tally board, who is called, the votes needed, the votes taken.
  for (const screen of screens) {
    await expect(screen.getByTestId("roll-call")).toBeVisible({ timeout: 60_000 });
    await expectFitsScreen(screen, ["join-code", "roll-call", "crisis", "paragraphs"]);
    await screen.screenshot({ path: test.info().outputPath(`projector-roll-${screen.viewportSize()?.width}.png`) });
  }
  for (const screen of screens) await expect(screen.getByTestId("votes")).toBeVisible({ timeout: 60_000 });
  for (const screen of screens) await expectFitsScreen(screen, ["join-code", "votes", "crisis", "paragraphs"]);
  for (const screen of screens) await screen.context().close();
  await hostContext.close();
});

test("a student chair is told each step, the host is told when the table waits on her, and a double tap votes once", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { host, students, close } = await classOf(browser, ["Inés", "Lucía"], { phones: true });
  const [ines, lucia] = students;
  if (!ines || !lucia) throw new Error("no students");
  await new LobbyPage(ines).seatButton("Colombia").click();
  await new LobbyPage(lucia).seatButton("Mexico").click();
  await expect(lucia.getByTestId("you")).toContainText("You voice Mexico.");
  await host.getByRole("button", { name: "Start the session" }).click();
  // The chair's bar says what the table waits on: nobody moves the agenda for a person in the chair.
  const step = ines.getByTestId("chair-step");
  await expect(step).toContainText("As chair:", { timeout: 30_000 });
  await expect(step.getByRole("button")).toBeInViewport();
  // Fifteen seconds on, the host's screen says the table waits on the chair, and may take the step itself.
  const waiting = host.getByTestId("chair-step");
  await expect(waiting).toContainText("The table waits on the chair (Colombia, Inés):", { timeout: 30_000 });
  await ines.screenshot({ path: test.info().outputPath("chair-step-phone.png") });
  await host.screenshot({ path: test.info().outputPath("host-waits-on-chair.png") });
  // The chair takes every step from her bar; Mexico is called and taps Yes twice, quickly.
  const chairing = chairFromTheBar(ines, { before: /move on to Recess/ });
  // Colombia is called before Mexico: the chair votes too, from the same bar.
  const chairBallot = ines.getByTestId("now-bar").locator(".vote-buttons");
  await chairBallot.getByRole("button", { name: "Yes", exact: true }).click({ timeout: 120_000 });
  const ballot = lucia.getByTestId("now-bar").locator(".vote-buttons");
  await expect(ballot).toBeInViewport({ timeout: 120_000 });
  await ballot.getByRole("button", { name: "Yes", exact: true }).dblclick();
  await expect(ballot).toHaveCount(0);
  await expect(lucia.getByRole("alert")).toHaveCount(0);
  // The chair closes the roll call once every member has answered: Mexico's one yes is in the count.
  await expect(host.getByTestId("votes").getByRole("row", { name: /Convocation/ })).toBeVisible({ timeout: 60_000 });
  await expect(lucia.getByRole("alert")).toHaveCount(0);
  void chairing.catch(() => undefined);
  await close();
});

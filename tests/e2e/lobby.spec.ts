import { expect, test } from "@playwright/test";
import { classOf, expectAccessible, expectInLanguage, expectNoSideScroll, LandingPage, LobbyPage } from "./pages.ts";

test("a host creates a session and a student joins, takes Brazil, and both screens show it", async ({ browser }) => {
  const hostContext = await browser.newContext();
  const studentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const host = await hostContext.newPage();
  const student = await studentContext.newPage();

  const hostLanding = new LandingPage(host);
  await hostLanding.open("?lng=en");
  const code = await hostLanding.createSession();
  const hostLobby = new LobbyPage(host);
  await expect(hostLobby.seat("BRA")).toContainText("Open — a bot will voice it");
  await expect(hostLobby.seat("CUB")).toContainText("Excluded since January 1962");
  await expect(host.locator("[data-delegation]")).toHaveCount(21);

  const studentLanding = new LandingPage(student);
  await studentLanding.open("?lng=en");
  await studentLanding.join(code.toLowerCase(), "Lucía");
  const studentLobby = new LobbyPage(student);
  await expect(student.getByTestId("you")).toContainText("You are Lucía.");

  await studentLobby.seatButton("Brazil").click();
  await expect(studentLobby.seatButton("Brazil")).toHaveAttribute("aria-pressed", "true");
  await expect(student.getByTestId("you")).toContainText("You voice Brazil.");
  // The seat's public brief and talking points appear; its secret objectives are not in the page.
  await expect(student.getByTestId("brief")).toContainText("Brazil keeps relations with Cuba");
  await expect(student.getByTestId("brief").getByRole("list").first().getByRole("listitem")).toHaveCount(4);
  // The secret side comes from the server to this seat alone: the host's screen never shows it.
  await expect(student.getByTestId("secret-card")).toContainText("Your objectives");
  await expect(student.getByTestId("secret-card")).toContainText(
    "Only your delegation (you and your team) can see this part of the card.",
  );
  await expect(host.getByTestId("secret-card")).toHaveCount(0);
  await expect(hostLobby.seat("BRA")).toContainText("Held by Lucía");
  await expect(host.getByRole("region", { name: "Players at the table" })).toContainText("Lucía");

  // Cuba is shown but cannot be taken, and says why.
  const cuba = studentLobby.seatButton("Cuba");
  await expect(cuba).toHaveAttribute("aria-disabled", "true");
  await expect(studentLobby.seat("CUB")).toContainText("Punta del Este");
  await cuba.click({ force: true });
  await expect(hostLobby.seat("CUB")).not.toContainText("Held by");

  // Moving to Mexico frees Brazil on both screens.
  await studentLobby.seatButton("Mexico").click();
  await expect(hostLobby.seat("MEX")).toContainText("Held by Lucía");
  await expect(hostLobby.seat("BRA")).toContainText("Open — a bot will voice it");

  // A reload (a phone locked and woken, a tab refreshed) keeps the student in the same seat.
  await student.reload();
  await expect(student.getByTestId("you")).toContainText("You voice Mexico.");
  await expect(hostLobby.seat("MEX")).toContainText("Held by Lucía");

  await hostContext.close();
  await studentContext.close();
});

test("a taken seat cannot be taken by a second student", async ({ browser }) => {
  const table = await classOf(browser, ["Ana", "Ben"]);
  const { host } = table;
  const [ana, ben] = table.students;
  if (!ana || !ben) throw new Error("pages did not open");
  await new LobbyPage(ana).seatButton("Uruguay").click();
  await expect(new LobbyPage(ben).seat("URY")).toContainText("Held by Ana");
  await expect(new LobbyPage(ben).seatButton("Uruguay")).toHaveAttribute("aria-disabled", "true");
  await expect(new LobbyPage(host).seat("URY")).toContainText("Held by Ana");
  await table.close();
});

test("a wrong code and a bad name get a clear message and change nothing", async ({ page }) => {
  const landing = new LandingPage(page);
  await landing.open("?lng=en");
  await landing.join("ZZZZZZ", "Ana");
  await expect(landing.alert()).toContainText("No session has this code");
  // What the student typed is still there to correct.
  await expect(page.getByLabel("Join code")).toHaveValue("ZZZZZZ");
  await expect(page.getByLabel("Your name")).toHaveValue("Ana");

  await landing.join("AB1", "Ana");
  await expect(landing.alert()).toContainText("six letters and digits");

  const hostPage = await page.context().browser()?.newPage();
  if (!hostPage) throw new Error("no host page");
  const hostLanding = new LandingPage(hostPage);
  await hostLanding.open("?lng=en");
  const code = await hostLanding.createSession();

  await landing.join(code, "   ");
  await expect(landing.alert()).toContainText("1 to 40 characters");
  await landing.join(code, "x".repeat(5000));
  await expect(landing.alert()).toContainText("1 to 40 characters");
  await expect(hostPage.getByRole("region", { name: "Players at the table" })).toContainText("Nobody has joined yet.");
  await hostPage.close();
});

test("the interface speaks Spanish and Portuguese, and the language can be switched", async ({ page }) => {
  const landing = new LandingPage(page);
  await landing.open("?lng=es");
  await expect(page.getByRole("button", { name: "Crear una sesión" })).toBeVisible();
  await expectAccessible(page, "the landing page in Spanish");
  await expectInLanguage(page, "es", "the landing page");
  await page.getByLabel("Idioma").selectOption("pt");
  await expect(page.getByRole("button", { name: "Criar uma sessão" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "pt");
  await page.getByRole("button", { name: "Criar uma sessão" }).click();
  await expect(new LobbyPage(page).seat("BRA")).toContainText("Livre");
  await expect(new LobbyPage(page).seat("CUB")).toContainText("Excluída desde janeiro de 1962");
  await expectAccessible(page, "the host's lobby in Portuguese");
  await expectInLanguage(page, "pt", "the host's lobby");
});

test("a student uses the keyboard alone, from the host's direct link to a seat, and hears the change", async ({
  browser,
}) => {
  const host = await (await browser.newContext()).newPage();
  const hostLanding = new LandingPage(host);
  await hostLanding.open("?lng=en");
  const code = await hostLanding.createSession();
  await expect(host.getByTestId("join-address")).toContainText("and enter this code");
  const link = await host.getByRole("link", { name: /\?code=/ }).getAttribute("href");
  expect(link).toContain(`?code=${code}`);

  const student = await (await browser.newContext()).newPage();
  await student.goto(`/${new URL(link ?? "").search}&lng=en`);
  await expect(student.getByLabel("Join code")).toHaveValue(code);
  await student.getByLabel("Your name").focus();
  await student.keyboard.type("Ana");
  await student.keyboard.press("Enter");
  await expect(student.getByTestId("you")).toContainText("You are Ana.");

  // Tab through the page until the seat of Ecuador has focus, then press Enter.
  const ecuador = new LobbyPage(student).seatButton("Ecuador");
  for (let i = 0; i < 40 && !(await ecuador.evaluate((el) => el === el.ownerDocument.activeElement)); i++) {
    await student.keyboard.press("Tab");
  }
  await expect(ecuador).toBeFocused();
  await student.keyboard.press("Enter");
  await expect(ecuador).toHaveAttribute("aria-pressed", "true");
  await expect(host.getByTestId("announcer")).toHaveText("Ana took the seat of Ecuador.");
  await expect(student.getByTestId("announcer")).toHaveText("Ana took the seat of Ecuador.");
});

test("the host seats two students, swaps them, and removes one from the table", async ({ browser }) => {
  const table = await classOf(browser, ["Ana", "Ben"]);
  const { host } = table;
  const [ana, ben] = table.students;
  if (!ana || !ben) throw new Error("pages did not open");
  const hostLobby = new LobbyPage(host);
  await host.getByLabel("Seat of Ana").selectOption("ARG");
  await host.getByLabel("Seat of Ben").selectOption("CHL");
  await expect(ana.getByTestId("you")).toContainText("You voice Argentina.");
  await expect(hostLobby.seat("CHL")).toContainText("Held by Ben");
  // Seating Ana at Chile swaps the two.
  await host.getByLabel("Seat of Ana").selectOption("CHL");
  await expect(ana.getByTestId("you")).toContainText("You voice Chile.");
  await expect(ben.getByTestId("you")).toContainText("You voice Argentina.");
  // Muted, Ana is told she may still vote; unmuted, the notice goes.
  await host.getByRole("button", { name: "Mute Ana" }).click();
  await expect(host.getByRole("button", { name: "Mute Ana" })).toHaveAttribute("aria-pressed", "true");
  await expect(ana.getByText("The host has muted you: you may still vote, but not speak or write.")).toBeVisible();
  await host.getByRole("button", { name: "Mute Ana" }).click();
  await expect(ana.getByText("The host has muted you")).toHaveCount(0);
  await host.getByRole("button", { name: "Remove Ben" }).click();
  await expect(ben.getByText("Observer view: you are watching the table.")).toBeVisible();
  await expect(hostLobby.seat("ARG")).toContainText("Open — a bot will voice it");
  await expect(host.getByRole("region", { name: "Players at the table" })).not.toContainText("Ben");
  await table.close();
});

test("two delegations talk in the corridors; the host reads it, a third student never sees it", async ({ browser }) => {
  // Four browsers, a session started and a bot's answer: 15–25 s on this 2-core machine, more when it is busy.
  test.setTimeout(90_000);
  const table = await classOf(browser, ["Ana", "Ben", "Carl"]);
  const { host } = table;
  const [ana, ben, carl] = table.students;
  if (!ana || !ben || !carl) throw new Error("pages did not open");
  for (const [page, seat] of [
    [ana, "Brazil"],
    [ben, "Mexico"],
    [carl, "Peru"],
  ] as const) {
    await new LobbyPage(page).seatButton(seat).click();
    await expect(page.getByTestId("you")).toContainText(`You voice ${seat}.`);
  }
  const corridors = ana.getByTestId("corridors");
  await expect(corridors).toContainText("The host can read every corridor message.");
  await corridors.getByLabel("To").selectOption({ label: "Mexico" });
  await corridors.getByLabel("Your message").fill("Will Mexico abstain on paragraph 2?");
  await corridors.getByRole("button", { name: "Send" }).click();
  await expect(ben.getByRole("log", { name: "Corridor messages" })).toContainText(
    "Brazil → you: Will Mexico abstain on paragraph 2?",
  );
  await expect(ben.getByTestId("announcer")).toContainText("New corridor message from Brazil.");
  await expect(host.getByTestId("corridors")).toContainText("Brazil → Mexico: Will Mexico abstain on paragraph 2?");
  await expectAccessible(ben, "a student's corridors, with a message received");
  await expectAccessible(host, "the host's corridors");
  await expect(ana.getByRole("log", { name: "Corridor messages" })).toContainText("you → Mexico:");
  await expect(carl.getByText("Will Mexico abstain")).toHaveCount(0);
  // Once the session runs, a seat may ask another for its vote; a bot of the 1962 replay answers at once.
  await host.getByRole("button", { name: "Start the session" }).click();
  await host.getByRole("button", { name: "Pause the session" }).click();
  await corridors.getByLabel("To").selectOption({ label: "Haiti" });
  await corridors.getByLabel("On the question").selectOption({ label: "The resolution as a whole" });
  await corridors.getByLabel("The vote you ask for").selectOption({ label: "No" });
  await corridors.getByRole("button", { name: "Send" }).click();
  const log = ana.getByRole("log", { name: "Corridor messages" });
  await expect(log).toContainText("you → Haiti: Asks it to vote no on the resolution as a whole.");
  await expect(log).toContainText(
    "Haiti → you: Will not vote no on the resolution as a whole: it keeps to its government's instructions of 1962.",
  );
  await expect(host.getByTestId("corridors")).toContainText("Haiti → Brazil: Will not vote no");
  await expect(carl.getByText("Asks it to vote no")).toHaveCount(0);
  await table.close();
});

test("a second student joins a delegation's team, suggests in the team notes, and is handed the seat", async ({
  browser,
}) => {
  // Two students on phones.
  const table = await classOf(browser, ["Ana", "Ben"], { phones: true });
  const { host } = table;
  const [ana, ben] = table.students;
  if (!ana || !ben) throw new Error("pages did not open");
  await new LobbyPage(ana).seatButton("Mexico").click();
  await ben.getByRole("button", { name: "Join the team of Mexico (Ana)" }).click();
  await expect(ben.getByTestId("you")).toContainText("You advise Mexico; Ana speaks and votes for it.");
  // The adviser reads the secret side of the card too; the host sees the team at the table.
  await expect(ben.getByTestId("secret-card")).toBeVisible();
  await expect(new LobbyPage(host).seat("MEX")).toContainText("Team: Ben");
  await expect(ana.getByTestId("team")).toContainText("Your team: Ben.");
  await expectAccessible(ben, "an adviser's screen, on a phone");

  const notes = ben.getByTestId("corridors");
  await notes.getByLabel("To").selectOption({ label: "Our team (note for the head and advisers)" });
  await notes.getByLabel("Your message").fill("Abstain on paragraph 2 unless armed force is left to each state.");
  await notes.getByRole("button", { name: "Send" }).click();
  await expect(ana.getByRole("log", { name: "Corridor messages" })).toContainText(
    "Team note of Mexico: Abstain on paragraph 2",
  );
  for (const phone of [ana, ben]) await expectNoSideScroll(phone);

  await ana.getByRole("button", { name: "Hand the seat to Ben" }).click();
  await expect(ben.getByTestId("you")).toContainText("You voice Mexico.");
  await expect(ana.getByTestId("you")).toContainText("You advise Mexico; Ben speaks and votes for it.");
  await table.close();
});

test("the teacher finds the sessions of this browser, and deletes one for good; its table hears why", async ({
  browser,
}) => {
  const table = await classOf(browser, ["Ana"]);
  const { host, code } = table;
  const [ana] = table.students;
  if (!ana) throw new Error("pages did not open");
  await new LobbyPage(ana).seatButton("Brazil").click();
  // Another tab of the teacher's browser opens on the landing page, with the list of its sessions.
  const tab = await host.context().newPage();
  await new LandingPage(tab).open("?lng=en");
  const past = tab.getByTestId("past-sessions");
  await expect(past).toContainText(code);
  await expectAccessible(host, "the teacher's past sessions");
  await expect(past.getByRole("link", { name: `Open the debrief of ${code}` })).toHaveAttribute("href", /\?debrief=s_/);
  await past.getByRole("button", { name: `Delete ${code}` }).click();
  await past.getByRole("button", { name: "No, keep it" }).click();
  await past.getByRole("button", { name: `Delete ${code}` }).click();
  await expect(
    past.getByRole("group", { name: `Delete session ${code} and its whole record for good?` }),
  ).toBeVisible();
  await past.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(tab.getByText(`Session ${code} is deleted.`)).toBeVisible();
  // The table closes on every screen, and says why; the code no longer opens anything.
  for (const page of [host, ana]) {
    await expect(page.getByRole("alert")).toContainText("The host has deleted this session: its record is gone.");
  }
  await expect(tab.getByRole("button", { name: `Delete ${code}` })).toHaveCount(0);
  const student = await (await browser.newContext()).newPage();
  const landing = new LandingPage(student);
  await landing.open("?lng=en");
  await landing.join(code, "Late");
  await expect(student.getByRole("alert")).toContainText(/no session/i);
  await table.close();
});

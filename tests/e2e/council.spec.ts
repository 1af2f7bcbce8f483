import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoSideScroll, LandingPage, LobbyPage, listen } from "./pages.ts";

test("a session of both councils: a student in the Security Council tables a draft, and the Soviet veto shows on its projector", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const host = await (await browser.newContext()).newPage();
  const student = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage();
  const projector = await (await browser.newContext({ viewport: { width: 1600, height: 900 } })).newPage();

  // The teacher runs both councils side by side, the class in two groups.
  const hostLanding = new LandingPage(host);
  await hostLanding.open("?lng=en");
  await host.getByLabel("Councils").selectOption("both");
  const code = await hostLanding.createSession();
  await expect(host.getByRole("heading", { name: "OAS Council — 23 October 1962" })).toBeVisible();

  // A student says which council their group plays, and takes the United States' seat, a permanent member's.
  const studentLanding = new LandingPage(student);
  await studentLanding.open("?lng=en");
  await studentLanding.join(code, "Adlai");
  await expect(student.getByRole("heading", { name: "Which council do you join?" })).toBeVisible();
  await expectAccessible(student, "the choice of council, on a phone");
  await student.getByRole("button", { name: "UN Security Council — 23–25 October 1962" }).click();
  await expect(student.getByRole("heading", { name: "UN Security Council — 23–25 October 1962" })).toBeVisible();
  const lobby = new LobbyPage(student);
  await expect(lobby.seat("USSR")).toContainText("Permanent member: its no is a veto");
  await expect(lobby.seat("SG")).toContainText("statements and appeals, no vote");
  await lobby.seatButton("United States").click();
  await expect(student.getByTestId("you")).toContainText("You voice the United States");
  await expectNoSideScroll(student);
  await expectAccessible(student, "a student's Security Council lobby, on a phone");

  // The host goes over to the Security Council, whose projector is opened from its own link.
  await host.getByRole("button", { name: "Go to the UN Security Council — 23–25 October 1962" }).click();
  await expect(host.getByRole("heading", { name: "UN Security Council — 23–25 October 1962" })).toBeVisible();
  await expect(new LobbyPage(host).seat("USA")).toContainText("Held by Adlai");
  const link = await host.getByTestId("projector-link").getAttribute("href");
  expect(link).toContain("chamber=unsc");
  await projector.goto(`${link}&lng=en`);
  await expect(projector.getByTestId("projector")).toBeVisible();
  await host.getByRole("button", { name: "Start the session" }).click();

  // In the first meeting the student tables a draft and asks for a vote; the bot President puts it at once.
  await student.getByText("Table a draft resolution").click({ timeout: 30_000 });
  await student.getByLabel("Its operative paragraphs").fill("Calls for the missiles to leave Cuba under UN observers.");
  await student.getByRole("button", { name: "Table it" }).click();
  await expect(projector.getByTestId("drafts")).toContainText(
    "Calls for the missiles to leave Cuba under UN observers.",
  );
  await student.getByRole("button", { name: "Ask for a vote on your draft" }).click();
  const ballot = student.getByRole("group", { name: "Your vote for the United States" });
  await expect(ballot).toBeVisible({ timeout: 15_000 });
  await expect(student.getByTestId("roll-call")).toContainText("7 yes votes needed to pass");
  await ballot.getByRole("button", { name: "Yes" }).click();

  // The Soviet Union votes no: a veto, said in words on the projector's record of votes.
  const row = projector.getByTestId("votes").getByRole("row", { name: /Draft of the United States/ });
  await expect(row).toContainText("Rejected", { timeout: 15_000 });
  await expect(row).toContainText("Soviet Union");
  await expect(projector.getByTestId("votes").getByRole("columnheader", { name: "Veto" })).toBeVisible();
  await expectAccessible(projector, "the Security Council's projector after a veto");
  await expect(host.getByTestId("drafts")).toContainText("Not adopted");
  // Looked at once the vote is over: the table waits two seconds for a person here, no longer than a scan.
  await expectAccessible(student, "a student's Security Council chamber with a draft vetoed, on a phone");
  await expectAccessible(host, "the host's Security Council chamber");
});

test("two groups side by side: the OAS resolution reaches the Security Council, and U Thant's appeal is answered on both projectors", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const host = await (await browser.newContext()).newPage();
  const thant = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage();
  const wide = { viewport: { width: 1600, height: 900 } };
  const oasProjector = await (await browser.newContext(wide)).newPage();
  const unscProjector = await (await browser.newContext(wide)).newPage();

  const hostLanding = new LandingPage(host);
  await hostLanding.open("?lng=en");
  await host.getByLabel("Councils").selectOption("both");
  const code = await hostLanding.createSession();
  await oasProjector.goto(`/?projector=${code}&chamber=oas&lng=en`);
  await unscProjector.goto(`/?projector=${code}&chamber=unsc&lng=en`);

  // The Security Council's group: a student takes U Thant's seat.
  const landing = new LandingPage(thant);
  await landing.open("?lng=en");
  await landing.join(code, "Thant");
  await thant.getByRole("button", { name: "UN Security Council — 23–25 October 1962" }).click();
  await new LobbyPage(thant).seatButton("Acting Secretary-General of the United Nations").click();
  await expect(thant.getByTestId("you")).toContainText("You voice Acting Secretary-General");

  // The host opens the OAS Council (bots play it), then the Security Council.
  await host.getByRole("button", { name: "Start the session" }).click();
  await host.getByRole("button", { name: "Go to the UN Security Council — 23–25 October 1962" }).click();
  await host.getByRole("button", { name: "Start the session" }).click();

  // Both councils show the same crisis clock; U Thant's desk offers his appeals.
  await expect(oasProjector.getByTestId("crisis-clock")).toContainText("1962", { timeout: 15_000 });
  await expect(unscProjector.getByTestId("crisis-clock")).toContainText("1962");
  const desk = thant.getByTestId("sg-desk");
  await desk.getByLabel("To", { exact: true }).selectOption("MOS");
  await desk.getByLabel("What you ask").selectOption("shipsStayAway");
  await expect(desk.getByLabel("Your appeal")).toHaveValue(/Soviet ships away from the interception area/);
  // U Thant puts Dorticós's idea to Moscow as well: accepting, Moscow is bound to take the missiles home.
  await desk.getByRole("checkbox", { name: /Dorticós's idea/ }).check();
  // What a screen reader says on the OAS projector, from now on: the appeal, then its answer.
  const heard = await listen(oasProjector);
  await desk.getByRole("button", { name: "Send the appeal" }).click();
  await expect.poll(heard).toContain("U Thant has sent an appeal to Moscow.");
  await expect(unscProjector.getByTestId("appeals")).toContainText("To Moscow");
  await expectNoSideScroll(thant);
  await expectAccessible(thant, "U Thant's desk, on a phone");

  // Moscow answers a day later on the crisis clock, as it answered this appeal in 1962: both projectors say so.
  await expect(unscProjector.getByTestId("appeals")).toContainText("Accepted", { timeout: 60_000 });
  await expect(oasProjector.getByTestId("appeals")).toContainText("Accepted");
  await expect(oasProjector.getByTestId("appeals")).toContainText("It puts Dorticós's non-aggression idea.");
  await expect.poll(heard).toContain("Moscow answers U Thant's appeal: accepted.");
  await expect(oasProjector.getByTestId("crisis")).toContainText("Agreed so far: the missiles withdrawn.");
  await expectAccessible(oasProjector, "the OAS projector with an appeal answered");

  // The OAS Council adopts the resolution; it lies before the Security Council, and the quarantine has its basis.
  await expect(unscProjector.getByTestId("oas-resolution")).toContainText("The OAS Council adopted it.", {
    timeout: 90_000,
  });
  await expect(unscProjector.getByTestId("crisis")).toContainText("The OAS has backed it under the Rio Treaty.");
});

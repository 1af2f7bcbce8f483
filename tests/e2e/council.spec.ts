import { expect, test } from "@playwright/test";
import { expectNoSideScroll, LandingPage, LobbyPage } from "./pages.ts";

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
  await student.getByRole("button", { name: "UN Security Council — 23–25 October 1962" }).click();
  await expect(student.getByRole("heading", { name: "UN Security Council — 23–25 October 1962" })).toBeVisible();
  const lobby = new LobbyPage(student);
  await expect(lobby.seat("USSR")).toContainText("Permanent member: its no is a veto");
  await expect(lobby.seat("SG")).toContainText("statements and appeals, no vote");
  await lobby.seatButton("United States").click();
  await expect(student.getByTestId("you")).toContainText("You voice United States");
  await expectNoSideScroll(student);

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
  const ballot = student.getByRole("group", { name: "Your vote for United States" });
  await expect(ballot).toBeVisible({ timeout: 15_000 });
  await expect(student.getByTestId("roll-call")).toContainText("7 yes votes needed to pass");
  await ballot.getByRole("button", { name: "Yes" }).click();

  // The Soviet Union votes no: a veto, said in words on the projector's record of votes.
  const row = projector.getByTestId("votes").getByRole("row", { name: /Draft of United States/ });
  await expect(row).toContainText("Rejected", { timeout: 15_000 });
  await expect(row).toContainText("Soviet Union");
  await expect(projector.getByTestId("votes").getByRole("columnheader", { name: "Veto" })).toBeVisible();
  await expect(host.getByTestId("drafts")).toContainText("Not adopted");
});

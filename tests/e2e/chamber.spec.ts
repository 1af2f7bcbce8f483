import { expect, test } from "@playwright/test";
import { LandingPage, LobbyPage } from "./pages.ts";

test("the host opens the council, bots voice the empty seats, and the student speaks and votes for Mexico", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const host = await (await browser.newContext()).newPage();
  const student = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage();

  const hostLanding = new LandingPage(host);
  await hostLanding.open("?lng=en");
  const code = await hostLanding.createSession();
  const studentLanding = new LandingPage(student);
  await studentLanding.open("?lng=en");
  await studentLanding.join(code, "Lucía");
  await new LobbyPage(student).seatButton("Mexico").click();
  await expect(new LobbyPage(host).seat("MEX")).toContainText("Held by Lucía");

  // Only the host has the button that opens the session.
  await expect(student.getByRole("button", { name: "Start the session" })).toHaveCount(0);
  await host.getByRole("button", { name: "Start the session" }).click();
  await expect(host.getByRole("button", { name: "Start the session" })).toHaveCount(0);
  await expect(student.getByTestId("chamber")).toBeVisible();

  // During the debate the student asks for the floor, is given it by the chair, speaks and yields.
  await student.getByRole("button", { name: "Ask for the floor" }).click();
  const speech = student.getByLabel("Your speech");
  await expect(speech).toBeVisible({ timeout: 30_000 });
  await speech.fill("Mexico asks that force be the last resort.");
  await student.getByRole("button", { name: "Deliver the speech" }).click();
  await expect(host.getByRole("log", { name: "Speeches" })).toContainText(
    "Mexico: Mexico asks that force be the last resort.",
  );
  await student.getByRole("button", { name: "Yield the floor" }).click();
  await expect(speech).toHaveCount(0);

  // Mexico is called in the roll call on convocation; the student answers from the phone.
  const ballot = student.getByRole("group", { name: "Your vote for Mexico" });
  await expect(ballot).toBeVisible({ timeout: 60_000 });
  await expect(student.getByTestId("roll-call")).toContainText("Convocation of the Organ of Consultation");
  await expect(student.getByTestId("roll-call")).toContainText("11 yes votes needed to pass");
  await ballot.getByRole("button", { name: "Yes" }).click();
  await expect(ballot).toHaveCount(0);

  // Both screens record the vote taken, and the host's screen announces it.
  const row = host.getByTestId("votes").getByRole("row", { name: /Convocation/ });
  await expect(row).toContainText("Adopted", { timeout: 30_000 });
  await expect(student.getByTestId("votes").getByRole("row", { name: /Convocation/ })).toContainText("Adopted");
  await expect(host.getByTestId("announcer")).toContainText("Convocation of the Organ of Consultation adopted:");
});

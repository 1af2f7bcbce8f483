import { expect, test } from "@playwright/test";
import { LandingPage, LobbyPage, tabTo } from "./pages.ts";

// The class's server: the table waits ten seconds for a person, time enough to reach the ballot by Tab.
test.use({ baseURL: `http://localhost:${process.env.BRINK_E2E_CLASS_PORT}` });

test("a student joins, takes a seat and votes by keyboard alone, and hears the floor, the call and the result", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const host = await (await browser.newContext()).newPage();
  const student = await (await browser.newContext()).newPage();
  const code = await (async () => {
    const landing = new LandingPage(host);
    await landing.open("?lng=en");
    return landing.createSession();
  })();

  // The landing page: the code and the name typed, the form sent with Enter. No pointer is used.
  await new LandingPage(student).open("?lng=en");
  await tabTo(student, student.getByLabel("Join code"));
  await student.keyboard.type(code);
  await tabTo(student, student.getByLabel("Your name"));
  await student.keyboard.type("Lucía");
  await student.keyboard.press("Enter");
  await expect(student.getByTestId("you")).toContainText("You are Lucía.");
  // The seat: reached by Tab, taken with Enter, and said aloud.
  const mexico = new LobbyPage(student).seatButton("Mexico");
  await tabTo(student, mexico);
  await student.keyboard.press("Enter");
  await expect(student.getByTestId("you")).toContainText("You voice Mexico.");
  await expect(student.getByTestId("announcer")).toHaveText("Lucía took the seat of Mexico.");

  await host.getByRole("button", { name: "Start the session" }).click();
  // Who has the floor is read out as it changes.
  await expect(student.getByTestId("announcer")).toHaveText(/^[A-Z][A-Za-z ]+ has the floor\.$/, {
    timeout: 30_000,
  });
  // The roll call reaches Mexico: the student is told, and answers by keyboard.
  const ballot = student.getByRole("group", { name: "Your vote for Mexico" });
  await expect(ballot).toBeVisible({ timeout: 60_000 });
  await expect(student.getByTestId("announcer")).toHaveText("The roll call has reached Mexico: your vote.");
  const yes = ballot.getByRole("button", { name: "Yes" });
  await tabTo(student, yes);
  await student.keyboard.press("Space");
  await expect(ballot).toHaveCount(0);
  await expect(host.getByTestId("votes").getByRole("row", { name: /Convocation/ })).toBeVisible({ timeout: 30_000 });
  // The result is read out on the student's screen too.
  await expect(student.getByTestId("announcer")).toContainText(
    /Convocation of the Organ of Consultation (adopted|rejected):/,
  );
});

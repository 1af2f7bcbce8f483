import { expect, test } from "@playwright/test";
import { Cluster } from "../support/cluster.ts";
import { LandingPage, LobbyPage } from "./pages.ts";

// A whole school as the README runs it: three Brink processes behind nginx with the shipped configuration and a
// real redis-server, the pages reaching them through nginx only. The process holding a class's table is
// killed outright: the student's phone says it is reconnecting, then shows the table again with her seat, now
// held by another process.
test("a student's phone comes back to her seat when the process holding the table is killed", async ({ browser }) => {
  test.setTimeout(120_000);
  const cluster = await Cluster.start({ BRINK_PATIENCE_SECONDS: "10" });
  try {
    const contexts = [
      await browser.newContext({ baseURL: cluster.url }),
      await browser.newContext({ baseURL: cluster.url, viewport: { width: 390, height: 844 }, isMobile: true }),
    ];
    const [host, phone] = await Promise.all(contexts.map((c) => c.newPage()));
    if (!host || !phone) throw new Error("the pages did not open");
    const landing = new LandingPage(host);
    await landing.open("?lng=en");
    const code = await landing.createSession();
    const student = new LandingPage(phone);
    await student.open("?lng=en");
    await student.join(code, "Lucía");
    await expect(phone.getByTestId("you")).toContainText("You are Lucía.");
    const lobby = new LobbyPage(phone);
    await lobby.seatButton("Mexico").click();
    await expect(new LobbyPage(host).seat("MEX")).toContainText("Held by Lucía");
    // The SDK tries a connection again only once it has been up 5 s; a class's have been.
    await phone.waitForTimeout(5_500);

    const [roomId] = cluster.redis("HKEYS", "roomcaches").split("\n");
    const owner = roomId ? await cluster.owner(roomId) : undefined;
    if (!roomId || !owner) throw new Error("no process holds the table");
    await owner.crash();
    const status = phone.getByRole("status").filter({ hasText: "Reconnecting" });
    await expect(status).toBeVisible();
    await expect(status).toBeHidden({ timeout: 30_000 });
    const now = await cluster.owner(roomId);
    expect(now).toBeDefined();
    expect(now).not.toBe(owner);
    await expect(lobby.seatButton("Mexico")).toHaveAttribute("aria-pressed", "true");
    await expect(lobby.seat("MEX")).toContainText("Your seat");
    await expect(new LobbyPage(host).seat("MEX")).toContainText("Held by Lucía");
    for (const context of contexts) await context.close();
  } finally {
    await cluster.stop();
  }
});

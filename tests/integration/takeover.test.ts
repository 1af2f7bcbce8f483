import { afterAll, beforeAll, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";
import { connect, createSessionOn, Page, player } from "../support/table.ts";

// A process presumed dead that is not (a long pause, a lost Redis connection) still holds a session that another
// process has rebuilt from the log. Played here by two processes on one data file, each believing itself alone:
// whichever writes second finds the log moved on, writes nothing, and sends its pages to the session as stored.
const first = new ServerProcess();
const second = new ServerProcess({}, first.dataDir);
beforeAll(async () => {
  await first.start();
  await second.start();
});
afterAll(async () => {
  await first.stop();
  await second.stop();
});

it("lets no process write a session's log after another has taken the session over", async () => {
  const { roomId, joinCode, hostKey } = await createSessionOn(first);
  const host = new Page(first, joinCode, { hostKey }, await connect(first, roomId, { hostKey }));
  const anaSeat = await player(first, roomId, "Ana");
  const ana = new Page(first, joinCode, { resumeKey: anaSeat.you?.resumeKey ?? "" }, anaSeat);
  expect(await ana.seat.request("claimSeat", { delegation: "BRA" })).toMatchObject({ ok: true });

  // The second process rebuilds the session from the log, and a student joins the table there.
  const taken = (await second.post("/api/join", { joinCode })).body as { roomId: string };
  expect(taken.roomId).toBe(roomId);
  const benSeat = await player(second, roomId, "Ben");
  expect(benSeat.seat("BRA")?.holderName).toBe("Ana");
  const ben = new Page(second, joinCode, { resumeKey: benSeat.you?.resumeKey ?? "" }, benSeat);
  expect(await ben.seat.request("claimSeat", { delegation: "MEX" })).toMatchObject({ ok: true });

  // The first process's next write would fork the log: refused, and its pages come back to the session as stored.
  expect(await ana.seat.request("claimSeat", { delegation: "CHL" })).toMatchObject({ ok: false, code: "room/closing" });
  await ana.returned(1);
  await host.returned(1);
  expect(first.output).toContain("another process has written its log");
  for (const page of [ana, host]) {
    expect(page.seat.seat("MEX")?.holderName).toBe("Ben");
    expect(page.seat.seat("CHL")?.holderId).toBe("");
  }
  expect(ana.seat.you?.playerId).toBe(anaSeat.you?.playerId);
  expect(await ana.seat.request("claimSeat", { delegation: "CHL" })).toMatchObject({ ok: true });

  // Now the second process's table is the stale one: its next write is refused in turn, and nothing is lost.
  expect(await ben.seat.request("claimSeat", { delegation: "PER" })).toMatchObject({ ok: false, code: "room/closing" });
  await ben.returned(1);
  expect(ben.seat.seat("CHL")?.holderName).toBe("Ana");
  expect(await ben.seat.request("claimSeat", { delegation: "PER" })).toMatchObject({ ok: true });

  // One log, every accepted change in it once: rebuilt afresh, a third process reads the table the pages see.
  const reader = new ServerProcess({}, first.dataDir);
  await reader.start();
  try {
    await reader.post("/api/join", { joinCode });
    const fresh = await connect(reader, roomId, { hostKey });
    const holders = Object.fromEntries(fresh.state.seats.map((x) => [x.delegation, x.holderName]));
    expect(holders).toMatchObject({ CHL: "Ana", PER: "Ben" });
    expect(fresh.state.version).toBe(ben.seat.state.version);
    await fresh.room.leave();
  } finally {
    await reader.stop();
  }
  for (const page of [host, ana, ben]) await page.seat.room.leave();
});

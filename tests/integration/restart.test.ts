import { afterAll, beforeAll, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";
import { connect, createSessionOn, player } from "../support/table.ts";

const server = new ServerProcess();
beforeAll(() => server.start());
afterAll(() => server.stop());

it("keeps every accepted seat across a server restart, and a player resumes as themselves", async () => {
  const { roomId, joinCode, hostKey } = await createSessionOn(server);
  const ana = await player(server, roomId, "Ana");
  const ben = await player(server, roomId, "Ben");
  await ana.request("claimSeat", { delegation: "BRA" });
  await ben.request("claimSeat", { delegation: "MEX" });
  await ana.until((s) => s.seats.some((x) => x.delegation === "MEX" && x.holderName === "Ben"));
  const anaId = ana.you?.playerId;
  const resumeKey = ana.you?.resumeKey;
  if (!resumeKey) throw new Error("no resume key was given");

  await server.restart();

  const again = (await server.post("/api/join", { joinCode })).body as { roomId: string };
  expect(again.roomId).toBe(roomId);
  const host = await connect(server, roomId, { hostKey });
  expect(host.seat("BRA")?.holderName).toBe("Ana");
  expect(host.seat("MEX")?.holderName).toBe("Ben");
  expect(host.state.version).toBe(4);

  const back = await connect(server, roomId, { resumeKey });
  expect(back.you).toMatchObject({ role: "player", playerId: anaId });
  await host.until((s) => s.players[anaId ?? ""]?.connected === true);
  expect(await back.request("claimSeat", { delegation: "CHL" })).toMatchObject({ ok: true, version: 5 });
  await host.until((s) => s.seats.some((x) => x.delegation === "CHL" && x.holderName === "Ana"));
  for (const seat of [host, back]) await seat.room.leave();
});

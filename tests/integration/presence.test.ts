import { afterAll, beforeAll, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";
import { connect, createSessionOn, player } from "../support/table.ts";

// A one-second grace instead of a minute, so that the seat's release can be watched; bots move at once.
const server = new ServerProcess({ BRINK_RECONNECT_GRACE_SECONDS: "1", BRINK_BOT_DELAY_MS: "0" });
beforeAll(() => server.start());
afterAll(() => server.stop());

it("keeps a dropped player's seat through the grace, then a bot voices it, kept for them, until they return", async () => {
  const { roomId, hostKey } = await createSessionOn(server);
  const host = await connect(server, roomId, { hostKey });
  const ana = await player(server, roomId, "Ana");
  // A student who has just joined shows as here on the host's screen, not offline.
  await host.until((s) => s.players[ana.you?.playerId ?? ""]?.connected === true, 2_000);
  const ben = await player(server, roomId, "Ben");
  await ana.request("claimSeat", { delegation: "BRA" });
  const anaId = ana.you?.playerId ?? "";
  const resumeKey = ana.you?.resumeKey ?? "";
  await host.until((s) => s.seats.some((x) => x.delegation === "BRA" && x.holderId === anaId));
  await host.request("startSession", {});

  ana.room.reconnection.enabled = false;
  await ana.room.leave(false);
  await host.until((s) => s.players[anaId]?.connected === false);
  expect(host.seat("BRA")?.holderId).toBe(anaId);

  await host.until((s) => s.seats.every((x) => x.holderId === ""), 5_000);
  expect(host.seat("BRA")).toMatchObject({ holderId: "", keptFor: anaId });
  expect(host.state.players[anaId]).toMatchObject({ name: "Ana", connected: false });
  expect(await ben.request("claimSeat", { delegation: "BRA" })).toMatchObject({ ok: false, code: "seat/kept" });
  // Meanwhile a bot votes for Brazil: the table does not wait for Ana, nor records her absent.
  const voted = await host.until((s) => (s as unknown as { votes: unknown[] }).votes.length > 0, 20_000);
  expect((voted as unknown as { votes: { question: string; absent: number }[] }).votes[0]).toMatchObject({
    question: "convocation",
    absent: 0,
  });

  const back = await connect(server, roomId, { resumeKey });
  expect(back.you).toMatchObject({ role: "player", playerId: anaId });
  await host.until((s) => s.seats.some((x) => x.delegation === "BRA" && x.holderId === anaId));
  expect(host.seat("BRA")?.keptFor).toBe("");
  for (const seat of [host, back, ben]) await seat.room.leave();
});

it("removes a player who leaves on purpose, and their resume key no longer seats them", async () => {
  const { roomId, hostKey } = await createSessionOn(server);
  const host = await connect(server, roomId, { hostKey });
  const ana = await player(server, roomId, "Ana");
  const resumeKey = ana.you?.resumeKey ?? "";
  await ana.room.leave(true);
  await host.until((s) => Object.keys(s.players).length === 0);
  const again = await connect(server, roomId, { resumeKey });
  expect(again.you).toMatchObject({ role: "observer", playerId: null });
  for (const seat of [host, again]) await seat.room.leave();
});

it("gives a student back on a new device her earlier place once the host confirms she is that student", async () => {
  const { roomId, hostKey } = await createSessionOn(server);
  const host = await connect(server, roomId, { hostKey });
  const first = await player(server, roomId, "Lucía");
  await first.request("claimSeat", { delegation: "URY" });
  const luciaId = first.you?.playerId ?? "";
  await host.until((s) => s.seats.some((x) => x.delegation === "URY" && x.holderId === luciaId));
  // Her phone discarded the tab, and its key with it: she joins again under her name, as a new player.
  first.room.reconnection.enabled = false;
  await first.room.leave(false);
  await host.until((s) => s.players[luciaId]?.connected === false);
  const again = await player(server, roomId, "lucia");
  const againId = again.you?.playerId ?? "";
  const ana = await player(server, roomId, "Ana");
  // Nobody else may say they are Lucía, and nothing changes until the host confirms.
  expect(await ana.request("claimPlace", { into: luciaId })).toMatchObject({ ok: false, code: "claim/not_same_name" });
  expect(await again.request("claimPlace", { into: luciaId })).toMatchObject({ ok: true });
  const claimed = await host.until((s) => (s as unknown as { claims: unknown[] }).claims.length === 1);
  expect((claimed as unknown as { claims: unknown[] }).claims).toEqual([{ from: againId, into: luciaId }]);
  expect(await again.request("settleClaim", { from: againId, accept: true })).toMatchObject({
    ok: false,
    code: "host/only",
  });
  expect(await host.request("settleClaim", { from: againId, accept: true })).toMatchObject({ ok: true });
  // Her new connection is Lucía now, in her seat; there is one Lucía at the table, and she is here.
  await again.until(() => again.you?.playerId === luciaId);
  const seated = await host.until(
    (s) =>
      s.seats.some((x) => x.delegation === "URY" && x.holderId === luciaId) &&
      !s.players[againId] &&
      s.players[luciaId]?.connected === true,
  );
  expect(Object.values(seated.players).filter((p) => p.name.toLowerCase().startsWith("luc"))).toEqual([
    expect.objectContaining({ id: luciaId, connected: true }),
  ]);
  // Her new device's key brings her back as Lucía after a reload.
  const key = again.you?.resumeKey ?? "";
  expect(key).not.toBe("");
  const reloaded = await connect(server, roomId, { resumeKey: key });
  expect(reloaded.you).toMatchObject({ role: "player", playerId: luciaId });
  for (const seat of [host, ana, again, reloaded]) await seat.room.leave();
});

it("refuses a claim for a player still connected elsewhere", async () => {
  const { roomId } = await createSessionOn(server);
  const first = await player(server, roomId, "Tomás");
  await first.request("claimSeat", { delegation: "CHL" });
  const second = await player(server, roomId, "Tomas");
  expect(await second.request("claimPlace", { into: first.you?.playerId ?? "" })).toMatchObject({
    ok: false,
    code: "claim/online",
  });
  for (const seat of [first, second]) await seat.room.leave();
});

it("lets the host return a student's earlier place to her new device without her asking", async () => {
  const { roomId, hostKey } = await createSessionOn(server);
  const host = await connect(server, roomId, { hostKey });
  const first = await player(server, roomId, "Inés");
  await first.request("claimSeat", { delegation: "PER" });
  const inesId = first.you?.playerId ?? "";
  first.room.reconnection.enabled = false;
  await first.room.leave(false);
  await host.until((s) => s.players[inesId]?.connected === false);
  const again = await player(server, roomId, "ines");
  const againId = again.you?.playerId ?? "";
  expect(await again.request("returnPlayer", { from: againId, into: inesId })).toMatchObject({
    ok: false,
    code: "host/only",
  });
  expect(await host.request("returnPlayer", { from: againId, into: inesId })).toMatchObject({ ok: true });
  await again.until(() => again.you?.playerId === inesId);
  await host.until((s) => s.seats.some((x) => x.delegation === "PER" && x.holderId === inesId) && !s.players[againId]);
  for (const seat of [host, again]) await seat.room.leave();
});

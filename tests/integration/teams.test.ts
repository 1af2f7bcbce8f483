import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";
import { connect, createSessionOn, player, type Seat, type SeatJson } from "../support/table.ts";

// Teams and the class list, on a server of their own (each server creates at most 20 sessions at once).
const server = new ServerProcess();
beforeAll(() => server.start());
afterAll(() => server.stop());

describe("teams", () => {
  it("let advisers read their seat's card and corridors and write team notes, but never vote or speak", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const ana = await player(server, roomId, "Ana");
    const ben = await player(server, roomId, "Ben");
    const carl = await player(server, roomId, "Carl");
    await ana.request("claimSeat", { delegation: "MEX" });
    expect(await ben.request("joinTeam", { delegation: "BRA" })).toMatchObject({ ok: false, code: "seat/empty" });
    expect(await ben.request("joinTeam", { delegation: "MEX" })).toMatchObject({ ok: true });
    const mex = await host.until((s) => s.seats.find((x) => x.delegation === "MEX")?.advisers.length === 1);
    expect(mex.seats.find((x) => x.delegation === "MEX")).toMatchObject({
      holderId: ana.you?.playerId,
      advisers: [ben.you?.playerId],
    });
    // The adviser reads the secret side of the card, as the head does.
    const card = (seat: Seat) =>
      (seat.messages.filter((m) => m.type === "card").at(-1)?.payload as { delegation: string | null } | undefined)
        ?.delegation;
    await expect.poll(() => card(ben)).toBe("MEX");
    // A team note reaches the head, the adviser and the host; nobody else.
    const note = "Abstain on paragraph 2 unless the amendment passes.";
    expect(await ben.request("sendMessage", { to: "MEX", text: note })).toMatchObject({ ok: true });
    for (const reader of [ana, ben, host]) await expect.poll(() => JSON.stringify(reader.messages)).toContain(note);
    expect(JSON.stringify(carl.messages)).not.toContain(note);

    await host.request("startSession", {});
    await ben.until((s) => (s as unknown as { phase: string }).phase !== "lobby");
    expect(await ben.request("act", { command: { type: "requestFloor" } })).toMatchObject({
      ok: false,
      code: "seat/adviser",
    });
    const allowed = (seat: Seat) => seat.allowedCommands;
    await expect.poll(() => allowed(ben)).toEqual([]);
    // The head hands the seat over: Ben now speaks for Mexico, Ana advises.
    expect(await carl.request("handOver", { player: ana.you?.playerId })).toMatchObject({
      ok: false,
      code: "seat/none",
    });
    expect(await ana.request("handOver", { player: ben.you?.playerId })).toMatchObject({ ok: true });
    await host.until((s) => s.seats.find((x) => x.delegation === "MEX")?.holderId === ben.you?.playerId);
    // Whatever the procedure says of it now, Ben's request is Mexico's; Ana's is refused as an adviser's.
    expect(await ben.request("act", { command: { type: "requestFloor" } })).not.toMatchObject({
      code: "seat/adviser",
    });
    expect(await ana.request("act", { command: { type: "requestFloor" } })).toMatchObject({
      ok: false,
      code: "seat/adviser",
    });
    for (const seat of [host, ana, ben, carl]) await seat.room.leave();
  });

  it("fill a council from a class larger than its seats when the host seats everyone", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    // Twenty seats take part (Cuba's cannot): a class of twenty-three leaves three to join teams.
    const students = [];
    for (let i = 0; i < 23; i++) students.push(await player(server, roomId, `Student ${i + 1}`));
    expect(await host.request("seatEveryone", {})).toMatchObject({ ok: true });
    const seated = await host.until((s) => s.seats.filter((x) => x.holderId !== "").length === 20);
    const advisers = seated.seats.flatMap((x) => x.advisers);
    expect(advisers).toHaveLength(3);
    expect(new Set(seated.seats.filter((x) => x.advisers.length > 0).map((x) => x.delegation)).size).toBe(3);
    for (const seat of [host, ...students]) await seat.room.leave();
  });
});

describe("the host's class list", () => {
  it("seats each student who joins under a listed name, and is the host's alone", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const early = await player(server, roomId, "Ben");
    expect(await early.request("planRoster", { entries: [{ name: "Ben" }] })).toMatchObject({
      ok: false,
      code: "host/only",
    });
    expect(await host.request("planRoster", { entries: [{ name: "Ana", delegation: "CUB" }] })).toMatchObject({
      ok: false,
      code: "seat/excluded",
    });
    expect(await host.request("planRoster", { entries: "Ana, Ben" })).toMatchObject({
      ok: false,
      code: "message/invalid",
    });
    expect(
      await host.request("planRoster", {
        entries: [{ name: "Lucía", delegation: "MEX" }, { name: "Ben" }, { name: "Inés", delegation: "MEX" }],
      }),
    ).toMatchObject({ ok: true });
    // Ben was already here: a free seat was drawn for him at once.
    const benId = early.you?.playerId;
    await host.until((s) => s.seats.some((x) => x.holderId === benId));
    const lucia = await player(server, roomId, "lucia");
    const ines = await player(server, roomId, "Ines");
    // The host's screen catches up with both arrivals: Lucía heads Mexico, Inés advises her.
    const mex = await host.until((s) => {
      const seat = s.seats.find((x) => x.delegation === "MEX");
      return seat !== undefined && seat.holderId === lucia.you?.playerId && seat.advisers.length > 0;
    });
    expect(mex.seats.find((x) => x.delegation === "MEX")?.advisers).toEqual([ines.you?.playerId]);
    const roster = (mex as unknown as { roster: { name: string; delegation: string; joined: boolean }[] }).roster;
    expect(roster.map((e) => [e.name, e.joined])).toEqual([
      ["Lucía", true],
      ["Ben", true],
      ["Inés", true],
    ]);
    for (const seat of [host, early, lucia, ines]) await seat.room.leave();
  });
});

describe("a seat planned on the class list", () => {
  const seatJson = (state: unknown, delegation: string) =>
    (state as { seats: (SeatJson & { plannedFor: string })[] }).seats.find((x) => x.delegation === delegation);

  it("is kept for its student: refused to another, shown as kept, free once the host frees it or the lesson starts", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    expect(
      await host.request("planRoster", {
        entries: [
          { name: "Lucía", delegation: "MEX" },
          { name: "Ben", delegation: "BRA" },
          { name: "Inés", delegation: "URY" },
        ],
      }),
    ).toMatchObject({ ok: true });
    const ana = await player(server, roomId, "Ana");
    await ana.until((s) => seatJson(s, "MEX")?.plannedFor === "Lucía");
    const before = ana.state.version;
    expect(await ana.request("claimSeat", { delegation: "MEX" })).toMatchObject({ ok: false, code: "seat/planned" });
    expect(ana.state.version).toBe(before);
    // Only the host frees a planned seat.
    expect(await ana.request("freePlanned", { delegation: "BRA" })).toMatchObject({ ok: false, code: "host/only" });
    expect(await host.request("freePlanned", { delegation: "BRA" })).toMatchObject({ ok: true });
    await ana.until((s) => seatJson(s, "BRA")?.plannedFor === "");
    expect(await ana.request("claimSeat", { delegation: "BRA" })).toMatchObject({ ok: true });
    // Lucía arrives and finds her seat waiting.
    const lucia = await player(server, roomId, "Lucia");
    await host.until((s) => seatJson(s, "MEX")?.holderId === lucia.you?.playerId);
    // Inés never comes: once the lesson starts, Uruguay is anyone's.
    expect(seatJson(host.state, "URY")?.plannedFor).toBe("Inés");
    expect(await host.request("startSession", {})).toMatchObject({ ok: true });
    await host.until((s) => seatJson(s, "URY")?.plannedFor === "");
    const late = await player(server, roomId, "Tomás");
    expect(await late.request("claimSeat", { delegation: "URY" })).toMatchObject({ ok: true });
    for (const seat of [host, ana, lucia, late]) await seat.room.leave();
  });
});

describe("a host who plays too", () => {
  it("voices a seat as a player and keeps the host's and the chair's powers", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    expect(await host.request("joinTable", { name: "Sam" })).toMatchObject({ ok: true });
    expect(host.you).toMatchObject({ role: "host", playerId: expect.any(String) });
    expect(await host.request("claimSeat", { delegation: "MEX" })).toMatchObject({ ok: true });
    // The seat's secret card reaches its holder, the host included.
    await expect
      .poll(
        () => (host.messages.filter((m) => m.type === "card").at(-1)?.payload as { delegation: string })?.delegation,
      )
      .toBe("MEX");
    expect(await host.request("startSession", {})).toMatchObject({ ok: true });
    await host.until((s) => (s as unknown as { phase: string }).phase === "convocationDebate", 30_000);
    const allowed = () => host.allowedCommands ?? [];
    await expect.poll(allowed).toEqual(expect.arrayContaining(["requestFloor", "advance", "pauseSession"]));
    // Asking for the floor is Mexico's act; closing the debate is the chair's power, used as the host.
    expect(await host.request("act", { command: { type: "requestFloor" } })).toMatchObject({ ok: true });
    await host.until(
      (s) =>
        (s as unknown as { queue: string[]; floor: string }).queue.includes("MEX") ||
        (s as unknown as { floor: string }).floor === "MEX",
    );
    expect(await host.request("pauseSession", {})).toMatchObject({ ok: true });
    expect(await host.request("act", { command: { type: "advance" } })).not.toMatchObject({ code: "chair/only" });
    await host.room.leave();
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { delegationId, playerId } from "./ids.ts";
import {
  applyLobby,
  type CommandContext,
  checkDisplayName,
  createLobby,
  foldLobby,
  type LobbyActor,
  type LobbyCommand,
  type LobbyEvent,
  type LobbyState,
} from "./lobby.ts";

const BRA = delegationId("BRA");
const MEX = delegationId("MEX");
const CUB = delegationId("CUB");
const ana = playerId("p_ana");
const ben = playerId("p_ben");

const table = () =>
  createLobby([
    { delegation: BRA, excluded: false },
    { delegation: MEX, excluded: false },
    { delegation: CUB, excluded: true },
  ]);
const ctx = (actor: LobbyActor): CommandContext => ({ actor, at: 0 });

/** Applies commands that must all be accepted, returning the final state and the whole log. */
function play(state: LobbyState, steps: readonly [LobbyActor, LobbyCommand][]) {
  const log: LobbyEvent[] = [];
  for (const [actor, command] of steps) {
    const result = applyLobby(state, command, ctx(actor));
    if (!result.ok) throw new Error(`${command.type} rejected: ${result.rejection.code}`);
    state = result.value.state;
    log.push(...result.value.events);
  }
  return { state, log };
}

function rejectionOf(state: LobbyState, actor: LobbyActor, command: LobbyCommand) {
  const result = applyLobby(state, command, ctx(actor));
  return result.ok ? undefined : result.rejection.code;
}

describe("the host placing people", () => {
  const seated = () =>
    play(table(), [
      [ana, { type: "joinTable", name: "Ana" }],
      [ben, { type: "joinTable", name: "Ben" }],
      [ana, { type: "claimSeat", delegation: BRA }],
    ]).state;
  const holder = (state: LobbyState, d: typeof BRA) => state.seats.find((s) => s.delegation === d)?.holder;

  it("seats a player in an empty seat, freeing the one they held", () => {
    const { state, log } = play(seated(), [["host", { type: "assignSeat", player: ana, delegation: MEX }]]);
    expect([holder(state, BRA), holder(state, MEX)]).toEqual([null, ana]);
    expect(log.map((e) => e.type)).toEqual(["seatReleased", "seatClaimed"]);
  });

  it("swaps two players when the seat is taken, and leaves the one moved out unseated if the mover had none", () => {
    const withBoth = play(seated(), [[ben, { type: "claimSeat", delegation: MEX }]]).state;
    const swapped = play(withBoth, [["host", { type: "assignSeat", player: ben, delegation: BRA }]]).state;
    expect([holder(swapped, BRA), holder(swapped, MEX)]).toEqual([ben, ana]);
    const moved = play(seated(), [["host", { type: "assignSeat", player: ben, delegation: BRA }]]).state;
    expect([holder(moved, BRA), holder(moved, MEX)]).toEqual([ben, null]);
    expect(moved.seats.some((s) => s.holder === ana)).toBe(false);
  });

  it("unseats and removes players; a removed player is gone from the table", () => {
    const unseated = play(seated(), [["host", { type: "unseatPlayer", player: ana }]]).state;
    expect(holder(unseated, BRA)).toBeNull();
    expect(unseated.players.map((p) => p.id)).toEqual([ana, ben]);
    const removed = play(seated(), [["host", { type: "removePlayer", player: ana }]]).state;
    expect(holder(removed, BRA)).toBeNull();
    expect(removed.players.map((p) => p.id)).toEqual([ben]);
  });

  it("seats everyone without a seat in the free seats, drawn from the random source, until they run out", () => {
    const carl = playerId("p_carl");
    const start = play(seated(), [[carl, { type: "joinTable", name: "Carl" }]]).state;
    // Ana holds Brazil; Ben and Carl wait; Mexico is the only free seat that takes part.
    const draws = [0.99, 0.5];
    const result = applyLobby(
      start,
      { type: "seatEveryone" },
      { actor: "host", at: 0, random: () => draws.shift() ?? 0 },
    );
    if (!result.ok) throw new Error(result.rejection.code);
    expect(result.value.events).toEqual([
      { type: "seatClaimed", version: start.version + 1, player: ben, delegation: MEX },
    ]);
    expect(result.value.state.seats.find((s) => s.delegation === BRA)?.holder).toBe(ana);
    expect(rejectionOf(start, ana, { type: "seatEveryone" })).toBe("host/only");
    // The draw decides which free seat: 0.99 takes the last of four, 0 the first.
    const four = ["ARG", "CHL", "PER", "VEN"].map((id) => ({ delegation: delegationId(id), excluded: false }));
    const one = play(createLobby(four), [[carl, { type: "joinTable", name: "Carl" }]]).state;
    const seatOfCarl = (r: number) => {
      const result = applyLobby(one, { type: "seatEveryone" }, { actor: "host", at: 0, random: () => r });
      return result.ok ? result.value.state.seats.find((s) => s.holder === carl)?.delegation : undefined;
    };
    expect([seatOfCarl(0), seatOfCarl(0.99)]).toEqual(["ARG", "VEN"]);
    // With nobody waiting nothing happens.
    const all = play(result.value.state, [["host", { type: "seatEveryone" }]]);
    expect(all.log).toEqual([]);
  });

  it("mutes and unmutes a player, once each way", () => {
    const { state, log } = play(seated(), [
      ["host", { type: "mutePlayer", player: ana, muted: true }],
      ["host", { type: "mutePlayer", player: ana, muted: true }],
    ]);
    expect(state.players.find((p) => p.id === ana)?.muted).toBe(true);
    expect(log.map((e) => e.type)).toEqual(["playerMuted"]);
    expect(rejectionOf(state, ben, { type: "mutePlayer", player: ana, muted: false })).toBe("host/only");
    const unmuted = play(state, [["host", { type: "mutePlayer", player: ana, muted: false }]]).state;
    expect(unmuted.players.find((p) => p.id === ana)?.muted).toBe(false);
    expect(foldLobby(seated(), log)).toEqual(state);
  });

  it("is the host's alone, and refuses what cannot be done", () => {
    const state = seated();
    expect(rejectionOf(state, ben, { type: "assignSeat", player: ana, delegation: MEX })).toBe("host/only");
    expect(rejectionOf(state, ana, { type: "removePlayer", player: ben })).toBe("host/only");
    expect(rejectionOf(state, "host", { type: "claimSeat", delegation: MEX })).toBe("host/not_a_player");
    expect(rejectionOf(state, "host", { type: "assignSeat", player: ana, delegation: CUB })).toBe("seat/excluded");
    expect(rejectionOf(state, "host", { type: "assignSeat", player: ana, delegation: delegationId("XYZ") })).toBe(
      "seat/unknown",
    );
    expect(rejectionOf(state, "host", { type: "unseatPlayer", player: ben })).toBe("seat/none");
    expect(rejectionOf(state, "host", { type: "removePlayer", player: playerId("p_gone") })).toBe("player/not_joined");
    expect(applyLobby(state, { type: "assignSeat", player: ana, delegation: BRA }, ctx("host"))).toMatchObject({
      ok: true,
      value: { events: [] },
    });
  });
});

describe("seating at the table", () => {
  it("gives a joined player the seat they claim", () => {
    const { state } = play(table(), [
      [ana, { type: "joinTable", name: "Ana" }],
      [ana, { type: "claimSeat", delegation: BRA }],
    ]);
    expect(state.seats.find((s) => s.delegation === BRA)?.holder).toBe(ana);
    expect(state.version).toBe(2);
  });

  it("refuses a seat that someone else holds, and changes nothing", () => {
    const { state } = play(table(), [
      [ana, { type: "joinTable", name: "Ana" }],
      [ben, { type: "joinTable", name: "Ben" }],
      [ana, { type: "claimSeat", delegation: BRA }],
    ]);
    const result = applyLobby(state, { type: "claimSeat", delegation: BRA }, ctx(ben));
    expect(result).toMatchObject({ ok: false, rejection: { code: "seat/taken" } });
  });

  it("refuses Cuba's seat in the OAS: excluded from participation since January 1962", () => {
    const { state } = play(table(), [[ana, { type: "joinTable", name: "Ana" }]]);
    expect(rejectionOf(state, ana, { type: "claimSeat", delegation: CUB })).toBe("seat/excluded");
  });

  it("refuses a delegation that has no seat at this table", () => {
    const { state } = play(table(), [[ana, { type: "joinTable", name: "Ana" }]]);
    expect(rejectionOf(state, ana, { type: "claimSeat", delegation: delegationId("FRA") })).toBe("seat/unknown");
  });

  it("refuses a seat to someone who has not joined", () => {
    expect(rejectionOf(table(), ana, { type: "claimSeat", delegation: BRA })).toBe("player/not_joined");
  });

  it("moves a player who claims another seat, freeing the first", () => {
    const { state } = play(table(), [
      [ana, { type: "joinTable", name: "Ana" }],
      [ana, { type: "claimSeat", delegation: BRA }],
      [ana, { type: "claimSeat", delegation: MEX }],
    ]);
    expect(state.seats.map((s) => s.holder)).toEqual([null, ana, null]);
  });

  it("frees the seat of a player who leaves", () => {
    const { state } = play(table(), [
      [ana, { type: "joinTable", name: "Ana" }],
      [ana, { type: "claimSeat", delegation: BRA }],
      [ana, { type: "leaveTable" }],
    ]);
    expect(state.seats.every((s) => s.holder === null)).toBe(true);
    expect(state.players).toEqual([]);
  });

  it("accepts claiming the seat you already hold without a new version", () => {
    const { state } = play(table(), [
      [ana, { type: "joinTable", name: "Ana" }],
      [ana, { type: "claimSeat", delegation: BRA }],
    ]);
    const again = applyLobby(state, { type: "claimSeat", delegation: BRA }, ctx(ana));
    expect(again).toEqual({ ok: true, value: { state, events: [] } });
  });

  it("keeps the seat of a player who stepped away for them alone, until they take it back or another", () => {
    const away = play(table(), [
      [ana, { type: "joinTable", name: "Ana" }],
      [ben, { type: "joinTable", name: "Ben" }],
      [ana, { type: "claimSeat", delegation: BRA }],
      [ana, { type: "stepAway" }],
    ]);
    const bra = (state: LobbyState) => state.seats.find((s) => s.delegation === BRA);
    expect(bra(away.state)).toMatchObject({ holder: null, keptFor: ana });
    expect(away.log.at(-1)).toMatchObject({ type: "seatReleased", keep: true });
    expect(rejectionOf(away.state, ben, { type: "claimSeat", delegation: BRA })).toBe("seat/kept");
    expect(
      play(away.state, [["host", { type: "seatEveryone" }]]).state.seats.find((s) => s.holder === ben)?.delegation,
    ).toBe(MEX);
    const back = play(away.state, [[ana, { type: "claimSeat", delegation: BRA }]]).state;
    expect(bra(back)).toEqual({ delegation: BRA, excluded: false, holder: ana });
    // Taking another seat, or leaving, gives up the kept one; the host may give it to someone else.
    expect(bra(play(away.state, [[ana, { type: "claimSeat", delegation: MEX }]]).state)?.keptFor).toBeUndefined();
    expect(bra(play(away.state, [[ana, { type: "leaveTable" }]]).state)?.keptFor).toBeUndefined();
    const given = play(away.state, [["host", { type: "assignSeat", player: ben, delegation: BRA }]]).state;
    expect(bra(given)).toEqual({ delegation: BRA, excluded: false, holder: ben });
    expect(rejectionOf(given, ana, { type: "stepAway" })).toBe("seat/none");
  });

  it("refuses releasing a seat you do not hold", () => {
    const { state } = play(table(), [[ana, { type: "joinTable", name: "Ana" }]]);
    expect(rejectionOf(state, ana, { type: "releaseSeat" })).toBe("seat/none");
  });
});

describe("display names", () => {
  it("trims and folds spaces", () => {
    expect(checkDisplayName("  Ana   María ")).toEqual({ ok: true, value: "Ana María" });
  });

  it("refuses an empty name", () => {
    expect(checkDisplayName("   ")).toMatchObject({ ok: false, rejection: { code: "player/name_invalid" } });
  });

  it("refuses a 5,000-character name", () => {
    expect(checkDisplayName("x".repeat(5000))).toMatchObject({ ok: false });
  });

  it("counts characters, not UTF-16 units: 40 emoji are allowed", () => {
    expect(checkDisplayName("🇧🇷".repeat(20)).ok).toBe(true);
  });

  it("refuses a second join by the same player", () => {
    const { state } = play(table(), [[ana, { type: "joinTable", name: "Ana" }]]);
    expect(rejectionOf(state, ana, { type: "joinTable", name: "Ana again" })).toBe("player/already_joined");
  });
});

describe("the event log", () => {
  const players = [ana, ben, playerId("p_cy")];
  const command: fc.Arbitrary<LobbyCommand> = fc.oneof(
    fc.record({ type: fc.constant("joinTable" as const), name: fc.string({ maxLength: 50 }) }),
    fc.constant({ type: "leaveTable" as const }),
    fc.record({ type: fc.constant("claimSeat" as const), delegation: fc.constantFrom(BRA, MEX, CUB) }),
    fc.constant({ type: "releaseSeat" as const }),
    fc.constant({ type: "stepAway" as const }),
  );

  it("folds back to exactly the state that applying the commands produced", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...players), command), { maxLength: 40 }), (steps) => {
        let state = table();
        const log: LobbyEvent[] = [];
        for (const [actor, cmd] of steps) {
          const result = applyLobby(state, cmd, ctx(actor));
          if (!result.ok) continue;
          state = result.value.state;
          log.push(...result.value.events);
        }
        expect(foldLobby(table(), log)).toEqual(state);
      }),
    );
  });

  it("never seats two players in one chair nor one player in two", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...players), command), { maxLength: 40 }), (steps) => {
        let state = table();
        for (const [actor, cmd] of steps) {
          const result = applyLobby(state, cmd, ctx(actor));
          if (result.ok) state = result.value.state;
        }
        const holders = state.seats.flatMap((s) => (s.holder ? [s.holder] : []));
        expect(new Set(holders).size).toBe(holders.length);
        expect(state.seats.find((s) => s.delegation === CUB)?.holder).toBeNull();
        for (const holder of holders) expect(state.players.some((p) => p.id === holder)).toBe(true);
        // A seat is kept only while empty, for a player still at the table, and for one seat at most.
        const kept = state.seats.flatMap((s) => (s.keptFor ? [s.keptFor] : []));
        expect(new Set(kept).size).toBe(kept.length);
        for (const seat of state.seats.filter((s) => s.keptFor)) {
          expect(seat.holder).toBeNull();
          expect(state.players.some((p) => p.id === seat.keptFor)).toBe(true);
          expect(holders).not.toContain(seat.keptFor);
        }
      }),
    );
  });
});

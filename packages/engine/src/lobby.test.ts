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
  MAX_ADVISERS,
  plannedFor,
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

  it("seats everyone without a seat in the free seats, drawn at random, then in the smallest teams", () => {
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
      // The seats ran out: Carl advises the first seat of the smallest teams.
      { type: "adviserJoined", version: start.version + 1, player: carl, delegation: BRA },
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

  it("turns the bots off and on, once each way, the host alone", () => {
    expect(table().bots).toBe(true);
    const { state, log } = play(table(), [
      ["host", { type: "setBots", on: false }],
      ["host", { type: "setBots", on: false }],
    ]);
    expect(state.bots).toBe(false);
    expect(log).toEqual([{ type: "botsSet", version: 1, on: false }]);
    expect(rejectionOf(state, ana, { type: "setBots", on: true })).toBe("host/only");
    expect(play(state, [["host", { type: "setBots", on: true }]]).state.bots).toBe(true);
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
    expect(bra(back)).toEqual({ delegation: BRA, excluded: false, holder: ana, advisers: [] });
    // Taking another seat, or leaving, gives up the kept one; the host may give it to someone else.
    expect(bra(play(away.state, [[ana, { type: "claimSeat", delegation: MEX }]]).state)?.keptFor).toBeUndefined();
    expect(bra(play(away.state, [[ana, { type: "leaveTable" }]]).state)?.keptFor).toBeUndefined();
    const given = play(away.state, [["host", { type: "assignSeat", player: ben, delegation: BRA }]]).state;
    expect(bra(given)).toEqual({ delegation: BRA, excluded: false, holder: ben, advisers: [] });
    expect(rejectionOf(given, ana, { type: "stepAway" })).toBe("seat/none");
  });

  it("refuses releasing a seat you do not hold", () => {
    const { state } = play(table(), [[ana, { type: "joinTable", name: "Ana" }]]);
    expect(rejectionOf(state, ana, { type: "releaseSeat" })).toBe("seat/none");
  });
});

describe("teams", () => {
  const cy = playerId("p_cy");
  const team = () =>
    play(table(), [
      [ana, { type: "joinTable", name: "Ana" }],
      [ben, { type: "joinTable", name: "Ben" }],
      [cy, { type: "joinTable", name: "Cy" }],
      [ana, { type: "claimSeat", delegation: BRA }],
      [ben, { type: "joinTeam", delegation: BRA }],
      [cy, { type: "joinTeam", delegation: BRA }],
    ]).state;
  const bra = (state: LobbyState) => state.seats.find((s) => s.delegation === BRA);

  it("gathers advisers round a head, and refuses a team without a head, a full one, or Cuba's", () => {
    expect(bra(team())).toMatchObject({ holder: ana, advisers: [ben, cy] });
    expect(rejectionOf(team(), ben, { type: "joinTeam", delegation: MEX })).toBe("seat/empty");
    expect(rejectionOf(team(), ben, { type: "joinTeam", delegation: CUB })).toBe("seat/excluded");
    expect(rejectionOf(team(), ben, { type: "claimSeat", delegation: BRA })).toBe("seat/taken");
    const crowd = Array.from({ length: MAX_ADVISERS + 1 }, (_, i) => playerId(`p_${i}`));
    const full = play(table(), [
      [ana, { type: "joinTable", name: "Ana" }],
      [ana, { type: "claimSeat", delegation: BRA }],
      ...crowd.map((p, i): [LobbyActor, LobbyCommand] => [p, { type: "joinTable", name: `P${i}` }]),
      ...crowd
        .slice(0, MAX_ADVISERS)
        .map((p): [LobbyActor, LobbyCommand] => [p, { type: "joinTeam", delegation: BRA }]),
    ]).state;
    expect(rejectionOf(full, crowd[MAX_ADVISERS] ?? ana, { type: "joinTeam", delegation: BRA })).toBe("team/full");
  });

  it("lets the head hand the seat to an adviser, and no one else", () => {
    const { state } = play(team(), [[ana, { type: "handOver", player: cy }]]);
    expect(bra(state)).toMatchObject({ holder: cy, advisers: [ben, ana] });
    expect(rejectionOf(team(), ben, { type: "handOver", player: cy })).toBe("seat/none");
    expect(rejectionOf(team(), ana, { type: "handOver", player: ana })).toBe("team/not_adviser");
  });

  it("never leaves a team's seat to a bot: the first adviser takes over from a head who goes", () => {
    expect(bra(play(team(), [[ana, { type: "releaseSeat" }]]).state)).toMatchObject({ holder: ben, advisers: [cy] });
    expect(bra(play(team(), [[ana, { type: "leaveTable" }]]).state)).toMatchObject({ holder: ben, advisers: [cy] });
    // A head whose connection is lost stays in the team, as an adviser, for their return.
    const away = play(team(), [[ana, { type: "stepAway" }]]).state;
    expect(bra(away)).toMatchObject({ holder: ben, advisers: [cy, ana] });
    expect(bra(away)?.keptFor).toBeUndefined();
    // An adviser who leaves the team, or takes a seat of their own, leaves it.
    expect(bra(play(team(), [[cy, { type: "releaseSeat" }]]).state)?.advisers).toEqual([ben]);
    const moved = play(team(), [[cy, { type: "claimSeat", delegation: MEX }]]).state;
    expect(bra(moved)?.advisers).toEqual([ben]);
    expect(moved.seats.find((s) => s.delegation === MEX)?.holder).toBe(cy);
  });

  it("lets the host put a player in a team, or make an adviser the head", () => {
    const start = play(table(), [
      [ana, { type: "joinTable", name: "Ana" }],
      [ben, { type: "joinTable", name: "Ben" }],
      [ana, { type: "claimSeat", delegation: BRA }],
    ]).state;
    const advised = play(start, [["host", { type: "assignAdviser", player: ben, delegation: BRA }]]).state;
    expect(bra(advised)).toMatchObject({ holder: ana, advisers: [ben] });
    const promoted = play(advised, [["host", { type: "assignSeat", player: ben, delegation: BRA }]]).state;
    expect(bra(promoted)).toMatchObject({ holder: ben, advisers: [ana] });
    expect(rejectionOf(start, ben, { type: "assignAdviser", player: ben, delegation: BRA })).toBe("host/only");
    expect(rejectionOf(start, "host", { type: "assignAdviser", player: ben, delegation: MEX })).toBe("seat/empty");
    // Unseating the head of a team hands the seat to the team.
    expect(bra(play(advised, [["host", { type: "unseatPlayer", player: ana }]]).state)).toMatchObject({
      holder: ben,
      advisers: [],
    });
  });
});

describe("the host's class list", () => {
  const PER = delegationId("PER");
  const URY = delegationId("URY");
  const four = () =>
    createLobby([BRA, MEX, PER, URY, CUB].map((delegation) => ({ delegation, excluded: delegation === CUB })));
  const seatOfName = (state: LobbyState, name: string) => {
    const id = state.players.find((p) => p.name === name)?.id;
    return state.seats.find((s) => s.holder === id || (id !== undefined && s.advisers.includes(id)));
  };

  it("seats each student as they join under a listed name, whatever the case or accents", () => {
    const { state } = play(four(), [
      [
        "host",
        {
          type: "planRoster",
          entries: [
            { name: "Lucía", delegation: MEX },
            { name: "Ana", delegation: MEX },
            { name: "Ben", delegation: BRA },
          ],
        },
      ],
      [ana, { type: "joinTable", name: "ANA" }],
      [ben, { type: "joinTable", name: "lucia" }],
    ]);
    expect(state.roster.map((e) => [e.name, e.delegation, e.adviser])).toEqual([
      ["Lucía", MEX, false],
      ["Ana", MEX, true],
      ["Ben", BRA, false],
    ]);
    // Ana came first: planned as an adviser, she holds the empty seat; Lucía, its planned head, joins her team.
    expect(state.seats.find((s) => s.delegation === MEX)).toMatchObject({ holder: ana, advisers: [ben] });
    expect(state.roster.map((e) => e.player)).toEqual([ben, ana, null]);
    // A name not on the list is seated by nobody.
    const stranger = play(state, [[playerId("p_x"), { type: "joinTable", name: "Xavier" }]]).state;
    expect(seatOfName(stranger, "Xavier")).toBeUndefined();
  });

  it("draws a free seat for a name without one, then fills teams, and places those already here", () => {
    const start = play(four(), [
      [ana, { type: "joinTable", name: "Ana" }],
      [ana, { type: "claimSeat", delegation: URY }],
      [ben, { type: "joinTable", name: "Ben" }],
    ]).state;
    const names = ["Ben", "Cy", "Dee", "Eve"].map((name) => ({ name }));
    const draws = [0, 0, 0];
    const result = applyLobby(
      start,
      { type: "planRoster", entries: names },
      { actor: "host", at: 0, random: () => draws.shift() ?? 0 },
    );
    if (!result.ok) throw new Error(result.rejection.code);
    const { state } = result.value;
    // Three seats are free (Uruguay is held, Cuba excluded): Ben, Cy and Dee draw them, Eve joins a team.
    expect(state.roster.map((e) => [e.name, e.delegation, e.adviser])).toEqual([
      ["Ben", BRA, false],
      ["Cy", MEX, false],
      ["Dee", PER, false],
      ["Eve", BRA, true],
    ]);
    // Ben was already at the table: he is seated at once.
    expect(seatOfName(state, "Ben")?.delegation).toBe(BRA);
    // Seating everyone at random leaves the listed seats to their students.
    const carl = playerId("p_carl");
    const more = play(state, [
      [carl, { type: "joinTable", name: "Carl" }],
      ["host", { type: "seatEveryone" }],
    ]).state;
    expect(seatOfName(more, "Carl")?.advisers).toContain(carl);
  });

  const luciaAndBen: LobbyCommand = {
    type: "planRoster",
    entries: [
      { name: "Lucía", delegation: MEX },
      { name: "Ben", delegation: BRA },
    ],
  };

  it("keeps a planned seat for its student until the host frees it, and the student still lands in it", () => {
    const planned = play(four(), [
      ["host", luciaAndBen],
      [ana, { type: "joinTable", name: "Ana" }],
    ]).state;
    expect(plannedFor(planned, MEX)?.name).toBe("Lucía");
    // Ana, not on the list, may not take Lucía's seat, nor Ben's; a seat nobody is planned for is hers to take.
    expect(rejectionOf(planned, ana, { type: "claimSeat", delegation: MEX })).toBe("seat/planned");
    expect(rejectionOf(planned, ana, { type: "claimSeat", delegation: BRA })).toBe("seat/planned");
    expect(rejectionOf(planned, ana, { type: "claimSeat", delegation: PER })).toBeUndefined();
    // Lucía arrives: the seat kept for her is hers.
    const lucia = playerId("p_lucia");
    const arrived = play(planned, [[lucia, { type: "joinTable", name: "Lucia" }]]).state;
    expect(seatOfName(arrived, "Lucia")?.delegation).toBe(MEX);
    expect(plannedFor(arrived, MEX)).toBeUndefined();
    // Ben has not come: the host frees his seat, and Ana may take it; only the host may free one.
    expect(rejectionOf(arrived, ana, { type: "freePlanned", delegation: BRA })).toBe("host/only");
    const freed = play(arrived, [
      ["host", { type: "freePlanned", delegation: BRA }],
      [ana, { type: "claimSeat", delegation: BRA }],
    ]).state;
    expect(seatOfName(freed, "Ana")?.delegation).toBe(BRA);
    // Ben comes late after all: his seat is taken, so he joins its team.
    const late = play(freed, [[ben, { type: "joinTable", name: "Ben" }]]).state;
    expect(seatOfName(late, "Ben")).toMatchObject({ delegation: BRA, holder: ana, advisers: [ben] });
  });

  it("gives a seat kept for its player back to them, even when the class list plans it for another", () => {
    // Carl held Mexico before the list, which plans it for Lucía; his phone sleeps past the grace.
    const carl = playerId("p_carl");
    const kept = play(four(), [
      [carl, { type: "joinTable", name: "Carl" }],
      [carl, { type: "claimSeat", delegation: MEX }],
      ["host", luciaAndBen],
      [carl, { type: "stepAway" }],
    ]).state;
    expect(kept.seats.find((s) => s.delegation === MEX)?.keptFor).toBe(carl);
    expect(rejectionOf(kept, carl, { type: "claimSeat", delegation: MEX })).toBeUndefined();
    const withAna = play(kept, [[ana, { type: "joinTable", name: "Ana" }]]).state;
    expect(rejectionOf(withAna, ana, { type: "claimSeat", delegation: MEX })).toBe("seat/kept");
  });

  it("frees every seat still waiting at once (the start of the lesson), and then nothing more", () => {
    const planned = play(four(), [["host", luciaAndBen]]).state;
    const result = applyLobby(planned, { type: "freePlanned" }, ctx("host"));
    if (!result.ok) throw new Error(result.rejection.code);
    expect(result.value.events).toEqual([{ type: "plannedFreed", version: planned.version + 1, indexes: [0, 1] }]);
    expect(plannedFor(result.value.state, MEX)).toBeUndefined();
    expect(plannedFor(result.value.state, BRA)).toBeUndefined();
    const again = applyLobby(result.value.state, { type: "freePlanned" }, ctx("host"));
    expect(again.ok && again.value.events).toEqual([]);
  });

  it("refuses a list with a bad name, a seat that cannot be voiced, a crowded seat, or too many names", () => {
    const code = (entries: { name: string; delegation?: typeof BRA }[]) =>
      rejectionOf(four(), "host", { type: "planRoster", entries });
    expect(code([{ name: "  " }])).toBe("player/name_invalid");
    expect(code([{ name: "Ana", delegation: CUB }])).toBe("seat/excluded");
    expect(code(Array.from({ length: MAX_ADVISERS + 2 }, (_, i) => ({ name: `S${i}`, delegation: BRA })))).toBe(
      "team/full",
    );
    expect(code(Array.from({ length: 61 }, (_, i) => ({ name: `S${i}` })))).toBe("roster/too_long");
    expect(code(Array.from({ length: 30 }, (_, i) => ({ name: `S${i}` })))).toBe("team/full");
    expect(rejectionOf(four(), ana, { type: "planRoster", entries: [] })).toBe("host/only");
  });
});

describe("a student back on a new device", () => {
  const lucia = playerId("p_lucia");
  const again = playerId("p_lucia_again");
  const away = () =>
    play(table(), [
      [lucia, { type: "joinTable", name: "Lucía" }],
      [lucia, { type: "claimSeat", delegation: MEX }],
      [lucia, { type: "stepAway" }],
      [again, { type: "joinTable", name: "lucia" }],
      [ana, { type: "joinTable", name: "Ana" }],
    ]).state;

  it("asks to take back the earlier place of the same name, and the host returns it", () => {
    const asked = play(away(), [[again, { type: "claimPlace", into: lucia }]]).state;
    expect(asked.claims).toEqual([{ from: again, into: lucia }]);
    // Only the host settles it.
    expect(rejectionOf(asked, again, { type: "settleClaim", from: again, accept: true })).toBe("host/only");
    const { state, log } = play(asked, [["host", { type: "settleClaim", from: again, accept: true }]]);
    expect(log.map((e) => e.type)).toEqual(["playerReturned"]);
    // One Lucía at the table, the earlier one, her seat still kept for her to take back on connecting.
    expect(state.players.map((p) => p.id)).toEqual([lucia, ana]);
    expect(state.seats.find((s) => s.delegation === MEX)?.keptFor).toBe(lucia);
    expect(state.claims).toEqual([]);
  });

  it("lets the host return the earlier place to the new player at once, by the same rules", () => {
    const { state } = play(away(), [["host", { type: "returnPlayer", from: again, into: lucia }]]);
    expect(state.players.map((p) => p.id)).toEqual([lucia, ana]);
    expect(state.seats.find((s) => s.delegation === MEX)?.keptFor).toBe(lucia);
    expect(rejectionOf(away(), "host", { type: "returnPlayer", from: ana, into: lucia })).toBe("claim/not_same_name");
    expect(rejectionOf(away(), again, { type: "returnPlayer", from: again, into: lucia })).toBe("host/only");
  });

  it("refuses another name, a place that is not there, and a claim nobody made; a refusal drops it", () => {
    expect(rejectionOf(away(), ana, { type: "claimPlace", into: lucia })).toBe("claim/not_same_name");
    expect(rejectionOf(away(), again, { type: "claimPlace", into: again })).toBe("claim/not_same_name");
    const seatless = play(table(), [
      [lucia, { type: "joinTable", name: "Lucía" }],
      [again, { type: "joinTable", name: "Lucía" }],
    ]).state;
    expect(rejectionOf(seatless, again, { type: "claimPlace", into: lucia })).toBe("claim/nothing_to_take");
    expect(rejectionOf(away(), "host", { type: "settleClaim", from: again, accept: true })).toBe("claim/none");
    const refused = play(away(), [
      [again, { type: "claimPlace", into: lucia }],
      ["host", { type: "settleClaim", from: again, accept: false }],
    ]).state;
    expect(refused.claims).toEqual([]);
    expect(refused.players.map((p) => p.id)).toContain(again);
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
    fc.record({
      type: fc.constant("joinTable" as const),
      name: fc.oneof(fc.string({ maxLength: 50 }), fc.constantFrom("Ana", "Ben")),
    }),
    fc.constant({ type: "leaveTable" as const }),
    fc.record({ type: fc.constant("claimSeat" as const), delegation: fc.constantFrom(BRA, MEX, CUB) }),
    fc.constant({ type: "releaseSeat" as const }),
    fc.constant({ type: "stepAway" as const }),
    fc.record({ type: fc.constant("joinTeam" as const), delegation: fc.constantFrom(BRA, MEX, CUB) }),
    fc.record({ type: fc.constant("handOver" as const), player: fc.constantFrom(...players) }),
    fc.record({ type: fc.constant("claimPlace" as const), into: fc.constantFrom(...players) }),
  );
  const hostCommand: fc.Arbitrary<LobbyCommand> = fc.oneof(
    fc.record({
      type: fc.constantFrom("assignSeat" as const, "assignAdviser" as const),
      player: fc.constantFrom(...players),
      delegation: fc.constantFrom(BRA, MEX),
    }),
    fc.record({
      type: fc.constantFrom("unseatPlayer" as const, "removePlayer" as const),
      player: fc.constantFrom(...players),
    }),
    fc.constant({ type: "seatEveryone" as const }),
    fc.constant({ type: "freePlanned" as const }),
    fc.record({
      type: fc.constant("returnPlayer" as const),
      from: fc.constantFrom(...players),
      into: fc.constantFrom(...players),
    }),
    fc.record({
      type: fc.constant("settleClaim" as const),
      from: fc.constantFrom(...players),
      accept: fc.boolean(),
    }),
    fc.record({ type: fc.constant("freePlanned" as const), delegation: fc.constantFrom(BRA, MEX) }),
    fc.record({
      type: fc.constant("planRoster" as const),
      entries: fc.array(
        fc.record(
          { name: fc.constantFrom("Ana", "ben", "Cy"), delegation: fc.constantFrom(BRA, MEX) },
          { requiredKeys: ["name"] },
        ),
        { maxLength: 4 },
      ),
    }),
  );
  const step = fc.oneof(
    fc.tuple(fc.constantFrom<LobbyActor>(...players), command),
    fc.tuple(fc.constant<LobbyActor>("host"), hostCommand),
  );

  it("folds back to exactly the state that applying the commands produced", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
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
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
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
        // A team has a head; nobody belongs to two seats; teams stay within their size.
        const members = state.seats.flatMap((s) => [...(s.holder ? [s.holder] : []), ...s.advisers]);
        expect(new Set(members).size).toBe(members.length);
        for (const seat of state.seats) {
          if (seat.advisers.length > 0) expect(seat.holder).not.toBeNull();
          expect(seat.advisers.length).toBeLessThanOrEqual(MAX_ADVISERS);
          for (const a of seat.advisers) expect(state.players.some((p) => p.id === a)).toBe(true);
        }
      }),
    );
  });
});

import type { Context } from "./eventSourcing.ts";
import type { DelegationId, PlayerId } from "./ids.ts";
import { exhaustiveSwitchError, ok, type Rejection, type Result, reject } from "./result.ts";

/** The longest display name, in characters after trimming: enough for "Ana María (Brazil team)". */
export const MAX_DISPLAY_NAME_LENGTH = 40;

/** Advisers a head of delegation may have: a team of five fits round one phone or laptop. */
export const MAX_ADVISERS = 4;

/** One chair at the council table. */
export interface Seat {
  /** Whose chair it is, e.g. `BRA`. */
  readonly delegation: DelegationId;
  /** True when the delegation may not take part, e.g. Cuba in the OAS since January 1962. */
  readonly excluded: boolean;
  /** Who voices the delegation (the head, who speaks and votes); null while empty (a bot will voice it). */
  readonly holder: PlayerId | null;
  /** The head's team: they read the seat's card and corridors, write to them, and suggest; they do not vote. */
  readonly advisers: readonly PlayerId[];
  /**
   * The player whose connection was lost for too long: a bot voices the seat meanwhile, nobody else may take
   * it, and it is theirs again when they return (the host may still give it to someone else).
   */
  readonly keptFor?: PlayerId;
}

/** A person in the session. */
export interface Player {
  /** Server-issued id, e.g. `p_3f9a…`. */
  readonly id: PlayerId;
  /** What the table shows, trimmed, 1–40 characters, e.g. "Lucía". */
  readonly name: string;
  /** Set by the host: a muted player may still vote, but not speak, move, write or ask for the floor. */
  readonly muted?: boolean;
}

/** The table before the session opens: who is here and who holds which seat. */
export interface LobbyState {
  /** Number of accepted commands so far; 0 for a new table. */
  readonly version: number;
  /** Every seat in the scenario's order. */
  readonly seats: readonly Seat[];
  /** The people present, in order of arrival. */
  readonly players: readonly Player[];
  /** The host's class list: who is to sit where, matched by name as students join. */
  readonly roster: readonly RosterEntry[];
  /** Whether bots voice the empty seats; when the host turns them off, empty seats are absent. */
  readonly bots: boolean;
  /**
   * Students who came back on a new device (a closed tab, another phone) and say they are an earlier player
   * of the same name: the host confirms before the earlier player's place is theirs. Empty when none waits.
   */
  readonly claims: readonly Claim[];
}

/** "I am Lucía, who held Uruguay": the new player `from` asks to take back the place of `into`. */
export interface Claim {
  readonly from: PlayerId;
  readonly into: PlayerId;
}

/** One student on the host's class list, and the place planned for them. */
export interface RosterEntry {
  /** As the host typed it, trimmed; a student who joins under this name (any case, any accents) takes the place. */
  readonly name: string;
  readonly delegation: DelegationId;
  /** Planned as an adviser in the seat's team rather than its head. */
  readonly adviser: boolean;
  /** The player who joined under this name, once one has. */
  readonly player: PlayerId | null;
  /**
   * Set once the host freed the seat planned for a student who has not come (or the lesson started without
   * them): anyone may then take it. Until then a planned seat waits for its student.
   */
  readonly freed?: true;
}

/** The longest class list the host may paste: a large class, with room for a few guests. */
export const MAX_ROSTER = 60;

export type LobbyCommand =
  | { readonly type: "joinTable"; readonly name: string }
  | { readonly type: "leaveTable" }
  | { readonly type: "claimSeat"; readonly delegation: DelegationId }
  | { readonly type: "releaseSeat" }
  // join the team of a seat someone holds, as an adviser
  | { readonly type: "joinTeam"; readonly delegation: DelegationId }
  // the head gives the seat's voice and vote to one of their advisers, and becomes one
  | { readonly type: "handOver"; readonly player: PlayerId }
  // the server's, for a player whose connection has been lost past the grace: a bot voices the seat, kept for them
  | { readonly type: "stepAway" }
  // the host's: seat a player (swapping with whoever holds that seat), unseat one, or remove one
  | { readonly type: "assignSeat"; readonly player: PlayerId; readonly delegation: DelegationId }
  | { readonly type: "assignAdviser"; readonly player: PlayerId; readonly delegation: DelegationId }
  | { readonly type: "unseatPlayer"; readonly player: PlayerId }
  | { readonly type: "removePlayer"; readonly player: PlayerId }
  | { readonly type: "seatEveryone" }
  // the host's class list: a place for each name (a delegation given, or one drawn at random)
  | {
      readonly type: "planRoster";
      readonly entries: readonly { readonly name: string; readonly delegation?: DelegationId }[];
    }
  | { readonly type: "mutePlayer"; readonly player: PlayerId; readonly muted: boolean }
  | { readonly type: "setBots"; readonly on: boolean }
  // the host's (and the server's, as the lesson starts): the seats planned for students not yet here are free
  // to take; for one delegation, or all of them
  | { readonly type: "freePlanned"; readonly delegation?: DelegationId }
  // a student back on a new device: "I am the earlier player of my name", to be confirmed by the host
  | { readonly type: "claimPlace"; readonly into: PlayerId }
  // the host's: the claim is right (the new player takes the earlier one's place) or it is not
  | { readonly type: "settleClaim"; readonly from: PlayerId; readonly accept: boolean }
  // the host's own: the new player `from` is the earlier player `into` of the same name, without being asked
  | { readonly type: "returnPlayer"; readonly from: PlayerId; readonly into: PlayerId };

/** Facts, in the past tense; `version` is the state version the accepting command produced. */
export type LobbyEvent =
  | { readonly type: "playerJoined"; readonly version: number; readonly player: PlayerId; readonly name: string }
  | { readonly type: "playerLeft"; readonly version: number; readonly player: PlayerId }
  | { readonly type: "playerMuted"; readonly version: number; readonly player: PlayerId; readonly muted: boolean }
  | {
      readonly type: "seatClaimed";
      readonly version: number;
      readonly player: PlayerId;
      readonly delegation: DelegationId;
    }
  | {
      readonly type: "seatReleased";
      readonly version: number;
      readonly player: PlayerId;
      readonly delegation: DelegationId;
      /** Set when the player stepped away (lost connection): the seat is kept for their return. */
      readonly keep?: true;
    }
  | {
      readonly type: "adviserJoined" | "adviserLeft";
      readonly version: number;
      readonly player: PlayerId;
      readonly delegation: DelegationId;
    }
  | {
      readonly type: "rosterPlanned";
      readonly version: number;
      readonly entries: readonly Omit<RosterEntry, "player">[];
    }
  | { readonly type: "rosterMatched"; readonly version: number; readonly index: number; readonly player: PlayerId }
  | { readonly type: "claimMade"; readonly version: number; readonly from: PlayerId; readonly into: PlayerId }
  | { readonly type: "claimRefused"; readonly version: number; readonly from: PlayerId }
  /**
   * The host confirmed the claim: `from` (the new device's player) leaves, and its connection goes on as
   * `into`, the earlier player, with their seat, team and name.
   */
  | { readonly type: "playerReturned"; readonly version: number; readonly from: PlayerId; readonly into: PlayerId }
  /** The places on the class list at these indexes wait no more for their students. */
  | { readonly type: "plannedFreed"; readonly version: number; readonly indexes: readonly number[] }
  | { readonly type: "botsSet"; readonly version: number; readonly on: boolean }
  /** An adviser becomes the head (the head handed over, or left); the previous head is no longer the head. */
  | {
      readonly type: "headChanged";
      readonly version: number;
      readonly player: PlayerId;
      readonly delegation: DelegationId;
    };

export type LobbyRejectionCode =
  | "player/name_invalid"
  | "player/already_joined"
  | "player/not_joined"
  | "seat/unknown"
  | "seat/excluded"
  | "seat/taken"
  | "seat/kept"
  | "seat/planned"
  | "claim/not_same_name"
  | "claim/nothing_to_take"
  | "claim/none"
  | "seat/empty"
  | "team/full"
  | "team/not_adviser"
  | "roster/too_long"
  | "seat/none"
  | "host/only"
  | "host/not_a_player";

/** Who acts: a player, or the host (teacher), who places people but does not sit at the table. */
export type LobbyActor = PlayerId | "host";

/** Who acts, when, and the random source (see `Context`). */
export type CommandContext = Context<LobbyActor>;

const HOST_COMMANDS = [
  "assignSeat",
  "assignAdviser",
  "unseatPlayer",
  "removePlayer",
  "seatEveryone",
  "planRoster",
  "mutePlayer",
  "setBots",
  "freePlanned",
  "settleClaim",
  "returnPlayer",
] as const;

/** The host's commands: placing, muting and removing players. Every other lobby command is a player's own. */
export type HostLobbyCommand = Extract<LobbyCommand, { type: (typeof HOST_COMMANDS)[number] }>;
export const isHostLobbyCommand = (command: LobbyCommand): command is HostLobbyCommand =>
  (HOST_COMMANDS as readonly string[]).includes(command.type);

export type Applied<State, Event> = { readonly state: State; readonly events: readonly Event[] };

export interface SeatDefinition {
  readonly delegation: DelegationId;
  readonly excluded: boolean;
}

export function createLobby(seats: readonly SeatDefinition[]): LobbyState {
  return {
    version: 0,
    seats: seats.map((s) => ({ ...s, holder: null, advisers: [] })),
    players: [],
    roster: [],
    bots: true,
    claims: [],
  };
}

/** The name as the table will show it, or a rejection saying why it cannot be used. */
export function checkDisplayName(raw: string): Result<string, LobbyRejectionCode> {
  const name = raw.trim().replace(/\s+/g, " ");
  if (name.length === 0) return reject("player/name_invalid", "Enter a name so the table knows who you are.");
  if ([...name].length > MAX_DISPLAY_NAME_LENGTH) {
    return reject("player/name_invalid", `A name can have at most ${MAX_DISPLAY_NAME_LENGTH} characters.`);
  }
  return ok(name);
}

/** The seat a player heads. */
export const seatOf = (state: LobbyState, player: PlayerId): Seat | undefined =>
  state.seats.find((s) => s.holder === player);

/** The seat a player belongs to, as its head or one of its advisers. */
export const teamOf = (state: LobbyState, player: PlayerId): Seat | undefined =>
  state.seats.find((s) => s.holder === player || s.advisers.includes(player));

type NewEvent = DistributiveOmit<LobbyEvent, "version">;

/**
 * What takes a player out of the seat they belong to: an adviser leaves the team; a head gives up the seat,
 * and their first adviser, if any, becomes the head, so that a team's seat never falls to a bot. With
 * `keep` (a head whose connection was lost) a team's head becomes one of its advisers instead, and a seat
 * without a team is kept for them.
 */
function vacate(state: LobbyState, player: PlayerId, keep = false): NewEvent[] {
  const seat = teamOf(state, player);
  if (!seat) return [];
  const { delegation } = seat;
  if (seat.holder !== player) return [{ type: "adviserLeft", player, delegation }];
  const [next] = seat.advisers;
  if (!next) return [{ type: "seatReleased", player, delegation, ...(keep ? { keep: true as const } : {}) }];
  return [
    { type: "headChanged", player: next, delegation },
    ...(keep ? [{ type: "adviserJoined" as const, player, delegation }] : []),
  ];
}

const isPresent = (state: LobbyState, player: PlayerId): boolean => state.players.some((p) => p.id === player);

type Decision = Result<readonly DistributiveOmit<LobbyEvent, "version">[], LobbyRejectionCode>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function decide(state: LobbyState, command: LobbyCommand, ctx: CommandContext): Decision {
  const host = ctx.actor === "host";
  if (isHostLobbyCommand(command) !== host) {
    return host
      ? reject("host/not_a_player", "The host places people at the table but does not sit at it.")
      : reject("host/only", "Only the host may seat, unseat or remove another player.");
  }
  if (isHostLobbyCommand(command)) return decideHost(state, command, ctx.random ?? (() => 0));
  const actor = ctx.actor as PlayerId;
  if (command.type === "joinTable") {
    if (isPresent(state, actor)) return reject("player/already_joined", "You are already at the table.");
    const name = checkDisplayName(command.name);
    if (!name.ok) return name;
    const joined: NewEvent = { type: "playerJoined", player: actor, name: name.value };
    return ok([joined, ...placeFromRoster(after(state, [joined]), actor, name.value)]);
  }
  if (!isPresent(state, actor)) return reject("player/not_joined", "Join the table first.");
  switch (command.type) {
    case "leaveTable":
      return ok([...vacate(state, actor), { type: "playerLeft", player: actor }]);
    case "claimSeat": {
      const seat = findSeat(state, command.delegation);
      if (!seat.ok) return seat;
      if (seat.value.holder === actor) return ok([]);
      if (seat.value.holder !== null) {
        return reject("seat/taken", `Someone already holds the seat of ${command.delegation}.`);
      }
      if (seat.value.keptFor !== undefined && seat.value.keptFor !== actor) {
        return reject(
          "seat/kept",
          `The seat of ${command.delegation} is kept for a player who lost their connection; the host may give it to you.`,
        );
      }
      // A seat kept for this very player (their connection was lost) is theirs again whatever the class list plans.
      const planned = seat.value.keptFor === actor ? undefined : plannedFor(state, command.delegation);
      if (planned) {
        return reject(
          "seat/planned",
          `The seat of ${command.delegation} is kept for ${planned.name}, on the class list; the host may free it.`,
        );
      }
      return ok([...vacate(state, actor), { type: "seatClaimed", player: actor, delegation: command.delegation }]);
    }
    case "joinTeam": {
      const seat = findSeat(state, command.delegation);
      if (!seat.ok) return seat;
      return joining(state, actor, seat.value);
    }
    case "releaseSeat":
    case "stepAway": {
      if (!teamOf(state, actor)) return reject("seat/none", "You do not hold a seat.");
      return ok(vacate(state, actor, command.type === "stepAway"));
    }
    case "claimPlace":
      return claimPlace(state, actor, command.into);
    case "handOver": {
      const seat = seatOf(state, actor);
      if (!seat) return reject("seat/none", "Only the head of a delegation hands its seat over.");
      if (!seat.advisers.includes(command.player)) {
        return reject("team/not_adviser", "Hand the seat over to one of your own advisers.");
      }
      return ok([
        { type: "headChanged", player: command.player, delegation: seat.delegation },
        { type: "adviserJoined", player: actor, delegation: seat.delegation },
      ]);
    }
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw exhaustiveSwitchError(command, "lobby command");
  }
}

/**
 * The student the class list keeps a seat's chair for: planned as its head, not yet here, and not freed by the
 * host or the start of the lesson. Nobody else may take it; the host may still seat anyone there.
 */
export const plannedFor = (state: LobbyState, delegation: DelegationId): RosterEntry | undefined =>
  state.roster.find((e) => e.delegation === delegation && e.player === null && !e.adviser && !e.freed);

/**
 * A new player says they are the earlier player `into` (a tab closed, another phone): the same name (any case,
 * any accents), and a place to take back, a seat held or kept for them or a team. The host confirms. Whether
 * `into` is still connected elsewhere is the room's to check: it knows the connections.
 */
function claimPlace(state: LobbyState, from: PlayerId, into: PlayerId): Decision {
  const earlier = state.players.find((p) => p.id === into);
  const self = state.players.find((p) => p.id === from);
  if (!earlier || !self || into === from || rosterKey(earlier.name) !== rosterKey(self.name)) {
    return reject("claim/not_same_name", "Only a player of your own name can be you.");
  }
  if (!teamOf(state, into) && !state.seats.some((s) => s.keptFor === into)) {
    return reject("claim/nothing_to_take", `${earlier.name} holds no seat to take back.`);
  }
  if (state.claims.some((c) => c.from === from && c.into === into)) return ok([]);
  return ok([{ type: "claimMade", from, into }]);
}

/** The host settles a claim: the new player takes the earlier one's place, or the claim is dropped. */
function settleClaim(state: LobbyState, from: PlayerId, accept: boolean): Decision {
  const claim = state.claims.find((c) => c.from === from);
  if (!claim) return reject("claim/none", "Nobody waits for that confirmation.");
  if (!accept) return ok([{ type: "claimRefused", from }]);
  return ok([...vacate(state, from), { type: "playerReturned", from, into: claim.into }]);
}

/** The seat of `delegation`, if there is one and it may be voiced. */
function findSeat(state: LobbyState, delegation: DelegationId): Result<Seat, LobbyRejectionCode> {
  const seat = state.seats.find((s) => s.delegation === delegation);
  if (!seat) return reject("seat/unknown", `There is no seat for ${delegation} at this table.`);
  if (seat.excluded)
    return reject("seat/excluded", `${delegation} is excluded from participation and cannot be voiced.`);
  return ok(seat);
}

/** A player joins the team of a seat someone holds, leaving whatever seat they belonged to. */
function joining(state: LobbyState, player: PlayerId, seat: Seat): Decision {
  if (seat.holder === player || seat.advisers.includes(player)) return ok([]);
  if (seat.holder === null) {
    return reject("seat/empty", `Nobody holds the seat of ${seat.delegation}: take it instead of joining a team.`);
  }
  if (seat.advisers.length >= MAX_ADVISERS) {
    return reject("team/full", `The team of ${seat.delegation} already has ${MAX_ADVISERS} advisers.`);
  }
  return ok([...vacate(state, player), { type: "adviserJoined", player, delegation: seat.delegation }]);
}

/**
 * Every player without a seat gets one of the empty seats, drawn at random (the context's source; without
 * one, the first empty seat in the scenario's order). Once the seats run out, those left join the smallest
 * teams, in the table's order, so that a class of thirty fills a council of twenty.
 */
function seatEveryone(state: LobbyState, random: () => number): Decision {
  // A seat on the class list waits for its student.
  const planned = new Set(
    state.roster.filter((e) => e.player === null && !e.adviser && !e.freed).map((e) => e.delegation),
  );
  const free = state.seats
    .filter((s) => !s.excluded && s.holder === null && s.keptFor === undefined && !planned.has(s.delegation))
    .map((s) => s.delegation);
  // A player whose seat is kept for their return is not waiting for one.
  const waiting = state.players.filter((p) => !teamOf(state, p.id) && !state.seats.some((s) => s.keptFor === p.id));
  const teams = new Map(state.seats.filter((s) => s.holder !== null).map((s) => [s.delegation, s.advisers.length]));
  const events: NewEvent[] = [];
  for (const player of waiting) {
    if (free.length > 0) {
      const [delegation] = free.splice(Math.floor(random() * free.length), 1) as [DelegationId];
      events.push({ type: "seatClaimed", player: player.id, delegation });
      teams.set(delegation, 0);
      continue;
    }
    const smallest = Math.min(...teams.values());
    const team = [...teams].find(([, size]) => size === smallest);
    if (!team || smallest >= MAX_ADVISERS) break;
    events.push({ type: "adviserJoined", player: player.id, delegation: team[0] });
    teams.set(team[0], smallest + 1);
  }
  return ok(events);
}

/** A name (or a delegation) as the class list matches it: the case, the accents and the spacing do not count. */
export const rosterKey = (name: string): string =>
  name.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();

/** The state once `events` (of the command being decided) are applied. */
const after = (state: LobbyState, events: readonly NewEvent[]): LobbyState =>
  events.reduce((s, e) => evolve(s, { ...e, version: state.version + 1 } as LobbyEvent), state);

/**
 * A player whose name is on the class list takes the place planned for them: the seat if nobody holds it
 * (else its team), or the team if planned as an adviser (else the empty seat). Nothing when the name is not
 * on the list, the place is kept for someone, or the team is full.
 */
function placeFromRoster(state: LobbyState, player: PlayerId, name: string): NewEvent[] {
  const key = rosterKey(name);
  const index = state.roster.findIndex((e) => e.player === null && rosterKey(e.name) === key);
  const entry = state.roster[index];
  const seat = entry && state.seats.find((s) => s.delegation === entry.delegation);
  if (!entry || !seat) return [];
  const matched: NewEvent = { type: "rosterMatched", index, player };
  if (seat.holder === null && seat.keptFor === undefined) {
    return [matched, ...vacate(state, player), { type: "seatClaimed", player, delegation: seat.delegation }];
  }
  const joined = joining(state, player, seat);
  return joined.ok ? [matched, ...joined.value] : [matched];
}

/**
 * The host's class list: each name gets the delegation given, or one of the seats nobody holds or is planned
 * for, drawn at random; once the seats run out, the rest join the smallest teams. Replaces any earlier list;
 * students already at the table under a listed name are placed at once.
 */
function planRoster(
  state: LobbyState,
  lines: Extract<LobbyCommand, { type: "planRoster" }>["entries"],
  random: () => number,
): Decision {
  if (lines.length > MAX_ROSTER) return reject("roster/too_long", `A class list has at most ${MAX_ROSTER} names.`);
  const sizes = new Map<DelegationId, number>();
  const entries: Omit<RosterEntry, "player">[] = [];
  const names: string[] = [];
  for (const [i, line] of lines.entries()) {
    const name = checkDisplayName(line.name);
    if (!name.ok) return reject("player/name_invalid", `Line ${i + 1}: ${name.rejection.message}`);
    names.push(name.value);
    if (line.delegation === undefined) continue;
    const seat = findSeat(state, line.delegation);
    if (!seat.ok) return seat;
    const size = sizes.get(line.delegation) ?? 0;
    if (size > MAX_ADVISERS) return reject("team/full", `More than ${MAX_ADVISERS + 1} names for ${line.delegation}.`);
    sizes.set(line.delegation, size + 1);
  }
  const free = state.seats
    .filter((s) => !s.excluded && s.holder === null && s.keptFor === undefined && !sizes.has(s.delegation))
    .map((s) => s.delegation);
  const planned = new Map<DelegationId, number>();
  for (const [i, line] of lines.entries()) {
    let delegation = line.delegation;
    if (delegation === undefined) {
      if (free.length > 0) {
        [delegation] = free.splice(Math.floor(random() * free.length), 1) as [DelegationId];
      } else {
        const open = [...sizes].filter(([, size]) => size <= MAX_ADVISERS);
        const smallest = Math.min(...open.map(([, size]) => size));
        delegation = open.find(([, size]) => size === smallest)?.[0];
        if (delegation === undefined)
          return reject("team/full", "The class list has more names than the table has places.");
      }
      sizes.set(delegation, (sizes.get(delegation) ?? 0) + 1);
    }
    const before = planned.get(delegation) ?? 0;
    planned.set(delegation, before + 1);
    entries.push({ name: names[i] as string, delegation, adviser: before > 0 });
  }
  const events: NewEvent[] = [{ type: "rosterPlanned", entries }];
  for (const player of state.players) {
    const more = placeFromRoster(after(state, events), player.id, player.name);
    events.push(...more);
  }
  return ok(events);
}

/** The host's placing of people: each move is told as the seats released and claimed, as a player's would be. */
function decideHost(state: LobbyState, command: HostLobbyCommand, random: () => number): Decision {
  if (command.type === "seatEveryone") return seatEveryone(state, random);
  if (command.type === "planRoster") return planRoster(state, command.entries, random);
  if (command.type === "setBots") return ok(command.on === state.bots ? [] : [{ type: "botsSet", on: command.on }]);
  if (command.type === "settleClaim") return settleClaim(state, command.from, command.accept);
  if (command.type === "returnPlayer") {
    // The same rules as a student's claim, decided by the host at once.
    const claimed = claimPlace(state, command.from, command.into);
    if (!claimed.ok) return claimed;
    return ok([...vacate(state, command.from), { type: "playerReturned", from: command.from, into: command.into }]);
  }
  if (command.type === "freePlanned") {
    const indexes = state.roster.flatMap((e, i) =>
      plannedFor(state, e.delegation) === e && (command.delegation === undefined || e.delegation === command.delegation)
        ? [i]
        : [],
    );
    return ok(indexes.length === 0 ? [] : [{ type: "plannedFreed", indexes }]);
  }
  const { player } = command;
  if (!isPresent(state, player)) return reject("player/not_joined", "That player is not at the table.");
  const held = seatOf(state, player);
  switch (command.type) {
    case "assignSeat": {
      const found = findSeat(state, command.delegation);
      if (!found.ok) return found;
      const seat = found.value;
      if (seat.holder === player) return ok([]);
      const other = seat.holder;
      const { delegation } = seat;
      // An adviser made head of their own team: the head they replace joins the team.
      if (seat.advisers.includes(player)) {
        return ok([
          { type: "headChanged", player, delegation },
          ...(other ? [{ type: "adviserJoined" as const, player: other, delegation }] : []),
        ]);
      }
      // A taken seat is swapped: its holder takes the player's old seat, or is left without one. Teams stay
      // with their seats.
      if (held && other) {
        return ok([
          { type: "seatReleased", player, delegation: held.delegation },
          { type: "seatReleased", player: other, delegation },
          { type: "seatClaimed", player, delegation },
          { type: "seatClaimed", player: other, delegation: held.delegation },
        ]);
      }
      return ok([
        ...vacate(state, player),
        ...(other ? [{ type: "seatReleased" as const, player: other, delegation }] : []),
        { type: "seatClaimed" as const, player, delegation },
      ]);
    }
    case "assignAdviser": {
      const found = findSeat(state, command.delegation);
      if (!found.ok) return found;
      return joining(state, player, found.value);
    }
    case "unseatPlayer":
      if (!teamOf(state, player)) return reject("seat/none", "That player holds no seat.");
      return ok(vacate(state, player));
    case "removePlayer":
      return ok([...vacate(state, player), { type: "playerLeft", player }]);
    case "mutePlayer": {
      const muted = state.players.find((p) => p.id === player)?.muted ?? false;
      return muted === command.muted ? ok([]) : ok([{ type: "playerMuted", player, muted: command.muted }]);
    }
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw exhaustiveSwitchError(command, "host command");
  }
}

const withoutKeep = ({ keptFor: _kept, ...seat }: Seat): Seat => seat;

/** The seat of `delegation` changed by `change`; the others as they are. */
const changing = (seats: readonly Seat[], delegation: DelegationId, change: (seat: Seat) => Seat): readonly Seat[] =>
  seats.map((s) => (s.delegation === delegation ? change(s) : s));

/** The seats with nothing kept for `player`. */
const forgetting = (seats: readonly Seat[], player: PlayerId): readonly Seat[] =>
  seats.map((s) => (s.keptFor === player ? withoutKeep(s) : s));

/**
 * The seat given to `holder` (or emptied, and kept for `keptFor` when set); whatever was kept for `player`
 * (who claims or leaves a seat) is kept no more.
 */
const withHolder = (
  state: LobbyState,
  delegation: DelegationId,
  holder: PlayerId | null,
  player: PlayerId,
  keptFor?: PlayerId,
): readonly Seat[] =>
  forgetting(state.seats, player).map((s) =>
    s.delegation === delegation ? { ...withoutKeep(s), holder, ...(keptFor ? { keptFor } : {}) } : s,
  );

/** Applies one recorded fact; `fold` replays a log through it. */
export function evolve(state: LobbyState, event: LobbyEvent): LobbyState {
  const next = { ...state, version: event.version };
  switch (event.type) {
    case "playerJoined":
      return { ...next, players: [...state.players, { id: event.player, name: event.name }] };
    case "playerLeft":
      return {
        ...next,
        players: state.players.filter((p) => p.id !== event.player),
        // A claim by or for a player who has left waits no more.
        claims: state.claims.filter((c) => c.from !== event.player && c.into !== event.player),
        // Their name on the class list waits for them again.
        roster: state.roster.map((e) => (e.player === event.player ? { ...e, player: null } : e)),
        seats: forgetting(state.seats, event.player).map((s) =>
          s.advisers.includes(event.player) ? { ...s, advisers: s.advisers.filter((a) => a !== event.player) } : s,
        ),
      };
    case "playerMuted":
      return { ...next, players: state.players.map((p) => (p.id === event.player ? { ...p, muted: event.muted } : p)) };
    case "seatClaimed":
      return { ...next, seats: withHolder(state, event.delegation, event.player, event.player) };
    case "seatReleased":
      return {
        ...next,
        seats: withHolder(state, event.delegation, null, event.player, event.keep ? event.player : undefined),
      };
    case "botsSet":
      return { ...next, bots: event.on };
    case "rosterPlanned":
      return { ...next, roster: event.entries.map((e) => ({ ...e, player: null })) };
    case "rosterMatched":
      return { ...next, roster: state.roster.map((e, i) => (i === event.index ? { ...e, player: event.player } : e)) };
    case "claimMade":
      return {
        ...next,
        claims: [...state.claims.filter((c) => c.from !== event.from), { from: event.from, into: event.into }],
      };
    case "claimRefused":
      return { ...next, claims: state.claims.filter((c) => c.from !== event.from) };
    case "playerReturned": {
      // The new device's player goes; the earlier one, with their place, is theirs now.
      const gone = evolve(state, { type: "playerLeft", version: event.version, player: event.from });
      return { ...gone, claims: gone.claims.filter((c) => c.from !== event.from && c.into !== event.into) };
    }
    case "plannedFreed":
      return {
        ...next,
        roster: state.roster.map((e, i) => (event.indexes.includes(i) ? { ...e, freed: true as const } : e)),
      };
    case "adviserJoined":
      return {
        ...next,
        seats: changing(forgetting(state.seats, event.player), event.delegation, (s) => ({
          ...s,
          advisers: [...s.advisers, event.player],
        })),
      };
    case "adviserLeft":
      return {
        ...next,
        seats: changing(state.seats, event.delegation, (s) => ({
          ...s,
          advisers: s.advisers.filter((a) => a !== event.player),
        })),
      };
    case "headChanged":
      return {
        ...next,
        seats: changing(state.seats, event.delegation, (s) => ({
          ...withoutKeep(s),
          holder: event.player,
          advisers: s.advisers.filter((a) => a !== event.player),
        })),
      };
    /* v8 ignore next 2 -- unreachable: the switch covers every member of the union */
    default:
      throw exhaustiveSwitchError(event, "lobby event");
  }
}

/**
 * Decides a command against the state. An accepted command that changes nothing (claiming the seat
 * you already hold) returns no events and keeps the version.
 */
export function applyLobby(
  state: LobbyState,
  command: LobbyCommand,
  ctx: CommandContext,
): Result<Applied<LobbyState, LobbyEvent>, LobbyRejectionCode> {
  const decision = decide(state, command, ctx);
  if (!decision.ok) return decision;
  if (decision.value.length === 0) return ok({ state, events: [] });
  const version = state.version + 1;
  const events = decision.value.map((e) => ({ ...e, version }) as LobbyEvent);
  return ok({ state: events.reduce(evolve, state), events });
}

export const foldLobby = (initial: LobbyState, events: readonly LobbyEvent[]): LobbyState =>
  events.reduce(evolve, initial);

export type LobbyRejection = Rejection<LobbyRejectionCode>;

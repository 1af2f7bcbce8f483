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
}

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
  | { readonly type: "mutePlayer"; readonly player: PlayerId; readonly muted: boolean };

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
  | "seat/empty"
  | "team/full"
  | "team/not_adviser"
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
  "mutePlayer",
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
  return { version: 0, seats: seats.map((s) => ({ ...s, holder: null, advisers: [] })), players: [] };
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
    return ok([{ type: "playerJoined", player: actor, name: name.value }]);
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
  const free = state.seats
    .filter((s) => !s.excluded && s.holder === null && s.keptFor === undefined)
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

/** The host's placing of people: each move is told as the seats released and claimed, as a player's would be. */
function decideHost(state: LobbyState, command: HostLobbyCommand, random: () => number): Decision {
  if (command.type === "seatEveryone") return seatEveryone(state, random);
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

import type { AskAnswer, CorridorAsk, DelegationId, Result } from "@brink/engine";
import { type RequestReply, WIRE_ERRORS } from "@brink/protocol";
import { type LogReader, LogTail, type Store, type StoredEvent } from "../store.ts";

/** The room clock's timer, as Colyseus gives it: cleared when the room is disposed. */
interface Timer {
  clear(): void;
}

/** Why a bot voted as it did on a question, for the debrief. */
export interface BotReasons {
  readonly question: string;
  readonly delegation: string;
  readonly reasons: readonly string[];
}

/** A move of the table, by a seat (or the host, for the chair's powers). */
export interface ChamberMove<Actor, Command> {
  readonly actor: Actor;
  readonly command: Command;
}

/**
 * A chamber's rules as the room needs them: the engine's pure functions for one council, and its bots. The
 * engine decides; the chamber persists, schedules and publishes.
 */
export interface Procedure<
  State extends { readonly version: number; readonly phase: { readonly name: string } },
  Command extends { readonly type: string },
  Actor extends string,
> {
  /** The chamber's own log, apart from the lobby's: `oas` or `unsc`. */
  readonly log: string;
  create(): State;
  apply(
    state: State,
    command: Command,
    ctx: { readonly actor: Actor; readonly at: number },
  ): Result<{ readonly state: State; readonly events: readonly { readonly type: string; readonly at: number }[] }>;
  fold(events: readonly unknown[]): State;
  /** The next bot move, or null while the table waits for a person (`bots`: whether the host lets bots play). */
  nextBotMove(state: State, humans: ReadonlySet<string>, bots: boolean): ChamberMove<Actor, Command> | null;
  /** Why a bot makes this move, when it is a vote the bots weighed: kept in the log for the record. */
  explain?(state: State, move: ChamberMove<Actor, Command>): BotReasons | null;
  /** The questions a seat may be asked to vote on in the corridors now. */
  askable(state: State): string[];
  /** How the bot voicing `delegation` answers a request for its vote; null without bots. */
  answerAsk(state: State, delegation: DelegationId, ask: CorridorAsk, bots: boolean): AskAnswer | null;
  /** What a bot chair does once a person has kept the table waiting too long, if anything. */
  chairAfterWaiting(state: State, humans: ReadonlySet<string>, bots: boolean): ChamberMove<Actor, Command> | null;
  /** Whether a bot chair's command would end a time for talk: while people hold seats it waits first. */
  closesTalk(state: State, command: Command): boolean;
  /** Milliseconds the speech on the floor has left, or null without a limit or a speech. */
  timeLeft(state: State, now: number): number | null;
}

export interface ChamberDeps<
  State extends { readonly version: number; readonly phase: { readonly name: string } },
  Command extends { readonly type: string },
  Actor extends string,
> {
  readonly store: Store;
  readonly sessionId: string;
  /** The chamber's log as the room read it when it opened: the chamber is rebuilt from it. */
  readonly log: readonly StoredEvent[];
  readonly procedure: Procedure<State, Command, Actor>;
  readonly now: () => number;
  /** Runs `fn` after `ms`; the room runs it in the session's turn, after the change before it is stored. */
  readonly setTimeout: (fn: () => Promise<void>, ms: number) => Timer;
  /** Milliseconds a bot takes before its move, so people can follow the table. */
  readonly botDelayMs: number;
  /** Milliseconds the table waits for a person before a bot chair moves on. */
  readonly patienceMs: number;
  /** Milliseconds a bot chair keeps an agenda item open while people hold seats (the run sheet's minutes). */
  readonly budgetsMs: Readonly<Record<string, number>>;
  /** Those times cut to fit the table as it stands (the roll calls the class makes), when the council says how. */
  readonly fitBudgets?: (
    state: State,
    people: number,
    budgetsMs: Readonly<Record<string, number>>,
  ) => Readonly<Record<string, number>>;
  /** The seats people hold now; bots voice every other seat. */
  readonly humans: () => ReadonlySet<string>;
  /** Whether the host lets bots voice the empty seats now; without them, empty seats are absent. */
  readonly botsOn: () => boolean;
  /** True once the crisis has ended in war: the game is over for everyone, and the table stops. */
  readonly over?: () => boolean;
  /** Called after every accepted command, once it is stored, to publish the change (and tell the crisis). */
  readonly onChange: () => void | Promise<void>;
}

/** The marker that opens a chamber's log when the host starts. */
const STARTED = "sessionStarted";
/** The host's pauses of the whole table, kept in the same log between the procedure's events. */
const PAUSED = "sessionPaused";
const RESUMED = "sessionResumed";
/** A news bulletin the host put before the table: an event of the scenario's timeline, by id. */
const ANNOUNCED = "eventAnnounced";
/** A bot's reasons for the vote logged just before it. */
const EXPLAINED = "botReasons";
const MARKERS = new Set([STARTED, PAUSED, RESUMED, ANNOUNCED, EXPLAINED]);

/** The procedure's own events in a council's log (`oas`, `unsc`), without the room's markers. */
export function procedureEventsOf(logs: LogReader, sessionId: string, log: string): unknown[] {
  return chamberLogUntil(logs.events(sessionId, log)).events;
}

/**
 * A council's log as it stood once `count` of the procedure's events had been written (all of it without a
 * count), with the rest of the command that wrote the last of them, as every screen saw the table then: the
 * events, when the last was written, whether the host had the table paused, the news announced.
 */
export function chamberLogUntil(
  log: readonly StoredEvent[],
  count = Number.POSITIVE_INFINITY,
): { events: { type: string; at: number }[]; at: number; paused: boolean; bulletins: string[] } {
  const events: { type: string; at: number }[] = [];
  const bulletins: string[] = [];
  let paused = false;
  let at = log[0]?.at ?? 0;
  for (const stored of log) {
    // A command's events are written together, at one instant; a marker is written on its own.
    if (events.length >= count && (MARKERS.has(stored.type) || stored.at !== at)) break;
    if (!MARKERS.has(stored.type)) {
      events.push(stored.payload as { type: string; at: number });
      at = stored.at;
    } else if (stored.type === ANNOUNCED) bulletins.push((stored.payload as { event: string }).event);
    else if (stored.type === PAUSED || stored.type === RESUMED) paused = stored.type === PAUSED;
  }
  return { events, at, paused, bulletins };
}

/** The bots' reasons for their votes in a council's log, by question and delegation. */
export function botReasonsOf(logs: LogReader, sessionId: string, log: string): Map<string, Record<string, string[]>> {
  const reasons = new Map<string, Record<string, string[]>>();
  for (const event of logs.events(sessionId, log)) {
    if (event.type !== EXPLAINED) continue;
    const why = event.payload as BotReasons;
    reasons.set(why.question, { ...reasons.get(why.question), [why.delegation]: [...why.reasons] });
  }
  return reasons;
}

/**
 * A council's procedure inside a room: the engine's state, persisted event by event, with bots voicing every
 * seat no person holds. The room delegates to it and projects its state.
 */
export class Chamber<
  State extends { readonly version: number; readonly phase: { readonly name: string } },
  Command extends { readonly type: string },
  Actor extends string,
> {
  readonly #deps: ChamberDeps<State, Command, Actor>;
  /** Where the chamber's log is written: right after what it was rebuilt from and has written since. */
  readonly #tail: LogTail;
  #state: State | null = null;
  #timer: Timer | null = null;
  /** Counts the schedulings: a bot step runs only if no later one replaced it. */
  #turn = 0;
  #paused = false;
  /** When the current agenda item began, on the server's clock, moved on by the time the table stood paused. */
  #phaseSince = 0;
  /** When the host last paused the table. */
  #pausedAt = 0;
  /** The events the host has announced to the table, in order. */
  #bulletins: string[] = [];

  constructor(deps: ChamberDeps<State, Command, Actor>) {
    this.#deps = deps;
    const { log } = deps;
    this.#tail = new LogTail(deps.store, deps.sessionId, deps.procedure.log, log);
    if (log.some((e) => e.type === STARTED)) {
      const { events, bulletins } = chamberLogUntil(log);
      this.#phaseSince = events.findLast((e) => PHASE_CHANGES.has(e.type))?.at ?? (log[0]?.at as number);
      this.#state = deps.procedure.fold(events);
      this.#bulletins = bulletins;
      for (const marker of log.filter((e) => e.type === PAUSED || e.type === RESUMED)) {
        this.#markPause(marker.type === PAUSED, marker.at);
      }
      this.#schedule();
    }
  }

  get state(): State | null {
    return this.#state;
  }

  /** True once the crisis has ended in war: nobody acts at the table any more, bots included. */
  get over(): boolean {
    return this.#deps.over?.() ?? false;
  }

  /** True while the host has paused the table. */
  get paused(): boolean {
    return this.#paused;
  }

  /** The questions still open to a request for a vote in the corridors; none before the start. */
  get askable(): string[] {
    return this.#state ? this.#deps.procedure.askable(this.#state) : [];
  }

  /** The answer of the bot voicing `delegation` to a request, or null when a person holds the seat, or no bot. */
  answerAsk(delegation: DelegationId, ask: CorridorAsk): AskAnswer | null {
    if (!this.#state || this.#deps.humans().has(delegation) || this.over) return null;
    return this.#deps.procedure.answerAsk(this.#state, delegation, ask, this.#deps.botsOn());
  }

  /** The host stops the table (bots, the chair's patience, delegates' acts) or lets it go on. */
  async setPaused(paused: boolean): Promise<RequestReply> {
    if (!this.#state) return { ok: false, code: WIRE_ERRORS.notStarted, message: "The session has not started yet." };
    if (paused === this.#paused) {
      return paused
        ? { ok: false, code: WIRE_ERRORS.paused, message: "The session is already paused." }
        : { ok: false, code: WIRE_ERRORS.notPaused, message: "The session is not paused." };
    }
    const at = this.#deps.now();
    await this.#tail.append([{ type: paused ? PAUSED : RESUMED }], at);
    this.#markPause(paused, at);
    await this.#deps.onChange();
    this.#schedule();
    return { ok: true, version: this.#state.version };
  }

  /** A pause, or the resumption that ends it: the time stood still does not count against the agenda item. */
  #markPause(paused: boolean, at: number): void {
    if (paused) this.#pausedAt = at;
    else if (this.#paused) this.#phaseSince += Math.max(0, at - Math.max(this.#pausedAt, this.#phaseSince));
    this.#paused = paused;
  }

  /** The events announced to the table so far, oldest first. */
  get bulletins(): readonly string[] {
    return this.#bulletins;
  }

  /** The host puts an event of the crisis before the table, once; the caller checks that it exists. */
  async announce(event: string): Promise<RequestReply> {
    if (!this.#state) return { ok: false, code: WIRE_ERRORS.notStarted, message: "The session has not started yet." };
    if (this.#bulletins.includes(event)) {
      return { ok: false, code: "event/already_announced", message: "The table has already heard this news." };
    }
    const bulletin: { type: string; event: string } = { type: ANNOUNCED, event };
    await this.#tail.append([bulletin], this.#deps.now());
    this.#bulletins.push(event);
    await this.#deps.onChange();
    return { ok: true, version: this.#state.version };
  }

  /** The host opens the session; refused once it is open. */
  async start(): Promise<RequestReply> {
    if (this.#state)
      return { ok: false, code: WIRE_ERRORS.alreadyStarted, message: "The session has already started." };
    await this.#tail.append([{ type: STARTED }], this.#deps.now());
    this.#state = this.#deps.procedure.create();
    this.#phaseSince = this.#deps.now();
    await this.#deps.onChange();
    this.#schedule();
    return { ok: true, version: 0 };
  }

  /** A person's command, for the seat they hold or, for the host, with the chair's powers. */
  async act(actor: Actor, command: Command): Promise<RequestReply> {
    if (!this.#state) return { ok: false, code: WIRE_ERRORS.notStarted, message: "The session has not started yet." };
    if (this.#paused && actor !== "host") {
      return { ok: false, code: WIRE_ERRORS.paused, message: "The host has paused the session." };
    }
    if (this.over)
      return { ok: false, code: "session/over", message: "The crisis has ended in war: the game is over." };
    const reply = await this.#apply(actor, command);
    if (reply.ok) this.#schedule();
    return reply;
  }

  /** Someone took or left a seat: the bots look again at who they voice. */
  seatsChanged(): void {
    if (this.#state) this.#schedule();
  }

  /**
   * News reached the bots from beyond the table (the crisis clock, instructions, a word given in the
   * corridors): an idle table looks again at what its bots would do. A move or a wait already timed is left
   * to run, so the news never resets the chair's patience.
   */
  nudge(): void {
    if (this.#state && !this.#timer) this.#schedule();
  }

  dispose(): void {
    this.#turn += 1;
    this.#timer?.clear();
  }

  /**
   * Decide, persist, publish: the log is written before anyone sees the change. A bot's reasons for its vote
   * go into the log with the vote.
   */
  async #apply(actor: Actor, command: Command, why: BotReasons | null = null): Promise<RequestReply> {
    const state = this.#state;
    if (!state) return { ok: false, code: WIRE_ERRORS.notStarted, message: "The session has not started yet." };
    const at = this.#deps.now();
    const result = this.#deps.procedure.apply(state, command, { actor, at });
    if (!result.ok) return { ok: false, ...result.rejection };
    const events = why ? [...result.value.events, { type: EXPLAINED, ...why }] : result.value.events;
    await this.#tail.append(events, at);
    if (result.value.events.some((e) => PHASE_CHANGES.has(e.type))) this.#phaseSince = at;
    this.#state = result.value.state;
    await this.#deps.onChange();
    return { ok: true, version: result.value.state.version };
  }

  /** The next bot move after a short pause; or, while the table waits for a person, the chair's patience. */
  #schedule(): void {
    this.#timer?.clear();
    this.#timer = null;
    // A timer that fired waits for the session's turn; if the table was scheduled again meanwhile (a person
    // acted), that step is stale and does nothing.
    const turn = ++this.#turn;
    const step = (waited: boolean) => (turn === this.#turn ? this.#botStep(waited) : Promise.resolve());
    const state = this.#state;
    if (!state || this.#paused || this.over) return;
    const humans = this.#deps.humans();
    const bots = this.#deps.botsOn();
    const { procedure } = this.#deps;
    const move = procedure.nextBotMove(state, humans, bots);
    const now = this.#deps.now();
    if (move) {
      // While people hold seats a bot chair keeps a debate or the recess open for its time on the run sheet,
      // and for the table's patience at least: any act starts that wait again.
      const budgets = this.#deps.fitBudgets?.(state, humans.size, this.#deps.budgetsMs) ?? this.#deps.budgetsMs;
      const budget = (budgets[state.phase.name] ?? 0) - (now - this.#phaseSince);
      const delay =
        procedure.closesTalk(state, move.command) && humans.size > 0
          ? Math.max(this.#deps.patienceMs, budget)
          : this.#deps.botDelayMs;
      this.#timer = this.#deps.setTimeout(() => step(false), delay);
    } else {
      const waiting = procedure.chairAfterWaiting(state, humans, bots);
      if (!waiting) return;
      // A person's speech (or reply, which has half) is ended when its time runs out; else after the patience.
      const left = waiting.command.type === "endSpeech" ? procedure.timeLeft(state, now) : null;
      const delay = left ?? this.#deps.patienceMs;
      this.#timer = this.#deps.setTimeout(() => step(true), delay);
    }
  }

  /** One bot move, worked out from the table as it is when the timer fires. */
  async #botStep(waitedLongEnough = false): Promise<void> {
    const state = this.#state;
    if (!state || this.#paused || this.over) return;
    const humans = this.#deps.humans();
    const bots = this.#deps.botsOn();
    const { procedure } = this.#deps;
    const move =
      procedure.nextBotMove(state, humans, bots) ??
      (waitedLongEnough ? procedure.chairAfterWaiting(state, humans, bots) : null);
    if (!move) {
      this.#schedule();
      return;
    }
    const reply = await this.#apply(move.actor, move.command, procedure.explain?.(state, move) ?? null);
    // A refused bot move is a bug in the bots: say so once rather than retry it at once forever. The table is
    // then idle, as when no bot has a move: news from beyond it (`nudge`) or a person's act moves it on.
    if (!reply.ok) {
      console.error(`bot move ${move.actor} ${move.command.type} refused: ${reply.code}`);
      this.#timer = null;
      return;
    }
    this.#schedule();
  }
}

/** The events that open a new agenda item (or reopen one): its time on the run sheet starts again. */
const PHASE_CHANGES = new Set(["phaseEntered", "debateReopened"]);

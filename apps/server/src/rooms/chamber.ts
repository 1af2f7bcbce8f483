import {
  applyOas,
  chairAfterWaiting,
  createOasCouncil,
  foldOas,
  nextBotOasMove,
  type OasActor,
  type OasBots,
  type OasCommand,
  type OasEvent,
  type OasPhaseName,
  type OasSetup,
  type OasState,
  TALK_PHASES,
  timeLeft,
} from "@brink/engine";
import { type RequestReply, WIRE_ERRORS } from "@brink/protocol";
import type { Store } from "../store.ts";

/** The room clock's timer, as Colyseus gives it: cleared when the room is disposed. */
interface Timer {
  clear(): void;
}

export interface OasChamberDeps {
  readonly store: Store;
  readonly sessionId: string;
  readonly setup: OasSetup;
  /** Who voices the seats no person holds. */
  readonly bots: OasBots;
  readonly now: () => number;
  readonly setTimeout: (fn: () => void, ms: number) => Timer;
  /** Milliseconds a bot takes before its move, so people can follow the table. */
  readonly botDelayMs: number;
  /** Milliseconds the table waits for a person before a bot chair moves on. */
  readonly patienceMs: number;
  /** Milliseconds a bot chair keeps an agenda item open while people hold seats (the run sheet's minutes). */
  readonly budgetsMs: Partial<Readonly<Record<OasPhaseName, number>>>;
  /** The seats people hold now; bots voice every other seat. */
  readonly humans: () => ReadonlySet<string>;
  /** Whether the host lets bots voice the empty seats now; without them, empty seats are absent. */
  readonly botsOn: () => boolean;
  /** Called after every accepted command, to publish the change. */
  readonly onChange: () => void;
}

const NO_BOTS: OasBots = { mode: "none" };

/** The chamber's own log, apart from the lobby's; it opens with this marker when the host starts. */
const LOG = "oas";
const STARTED = "sessionStarted";
/** The host's pauses of the whole table, kept in the same log between the procedure's events. */
const PAUSED = "sessionPaused";
const RESUMED = "sessionResumed";
/** A news bulletin the host put before the table: an event of the scenario's timeline, by id. */
const ANNOUNCED = "eventAnnounced";
const MARKERS = new Set([STARTED, PAUSED, RESUMED, ANNOUNCED]);

/**
 * The OAS Council's procedure inside a room: the engine's state, persisted event by event, with bots
 * voicing every seat no person holds. The room delegates to it and projects its state.
 */
export class OasChamber {
  readonly #deps: OasChamberDeps;
  #state: OasState | null = null;
  #timer: Timer | null = null;
  #paused = false;
  /** When the current agenda item began, on the server's clock, moved on by the time the table stood paused. */
  #phaseSince = 0;
  /** When the host last paused the table. */
  #pausedAt = 0;
  /** The events the host has announced to the table, in order. */
  #bulletins: string[] = [];

  constructor(deps: OasChamberDeps) {
    this.#deps = deps;
    const log = deps.store.events(deps.sessionId, LOG);
    if (log.some((e) => e.type === STARTED)) {
      const events = log.filter((e) => !MARKERS.has(e.type)).map((e) => e.payload as OasEvent);
      this.#phaseSince =
        events.findLast((e) => e.type === "phaseEntered" || e.type === "debateReopened")?.at ?? (log[0]?.at as number);
      this.#state = foldOas(createOasCouncil(deps.setup), events);
      this.#bulletins = log.filter((e) => e.type === ANNOUNCED).map((e) => (e.payload as { event: string }).event);
      for (const marker of log.filter((e) => e.type === PAUSED || e.type === RESUMED)) {
        this.#markPause(marker.type === PAUSED, marker.at);
      }
      this.#schedule();
    }
  }

  get state(): OasState | null {
    return this.#state;
  }

  /** True while the host has paused the table. */
  get paused(): boolean {
    return this.#paused;
  }

  /** The host stops the table (bots, the chair's patience, delegates' acts) or lets it go on. */
  setPaused(paused: boolean): RequestReply {
    if (!this.#state) return { ok: false, code: WIRE_ERRORS.notStarted, message: "The session has not started yet." };
    if (paused === this.#paused) {
      return paused
        ? { ok: false, code: WIRE_ERRORS.paused, message: "The session is already paused." }
        : { ok: false, code: WIRE_ERRORS.notPaused, message: "The session is not paused." };
    }
    const at = this.#deps.now();
    this.#deps.store.appendEvents(this.#deps.sessionId, LOG, [{ type: paused ? PAUSED : RESUMED }], at);
    this.#markPause(paused, at);
    this.#deps.onChange();
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
  announce(event: string): RequestReply {
    if (!this.#state) return { ok: false, code: WIRE_ERRORS.notStarted, message: "The session has not started yet." };
    if (this.#bulletins.includes(event)) {
      return { ok: false, code: "event/already_announced", message: "The table has already heard this news." };
    }
    const bulletin: { type: string; event: string } = { type: ANNOUNCED, event };
    this.#deps.store.appendEvents(this.#deps.sessionId, LOG, [bulletin], this.#deps.now());
    this.#bulletins.push(event);
    this.#deps.onChange();
    return { ok: true, version: this.#state.version };
  }

  /** The host opens the session; refused once it is open. */
  start(): RequestReply {
    if (this.#state)
      return { ok: false, code: WIRE_ERRORS.alreadyStarted, message: "The session has already started." };
    this.#deps.store.appendEvents(this.#deps.sessionId, LOG, [{ type: STARTED }], this.#deps.now());
    this.#state = createOasCouncil(this.#deps.setup);
    this.#phaseSince = this.#deps.now();
    this.#deps.onChange();
    this.#schedule();
    return { ok: true, version: 0 };
  }

  /** A person's command, for the seat they hold or, for the host, with the chair's powers. */
  act(actor: OasActor, command: OasCommand): RequestReply {
    if (!this.#state) return { ok: false, code: WIRE_ERRORS.notStarted, message: "The session has not started yet." };
    if (this.#paused && actor !== "host") {
      return { ok: false, code: WIRE_ERRORS.paused, message: "The host has paused the session." };
    }
    const reply = this.#apply(actor, command);
    if (reply.ok) this.#schedule();
    return reply;
  }

  /** Someone took or left a seat: the bots look again at who they voice. */
  seatsChanged(): void {
    if (this.#state) this.#schedule();
  }

  dispose(): void {
    this.#timer?.clear();
  }

  /** Decide, persist, publish: the log is written before anyone sees the change. */
  #apply(actor: OasActor, command: OasCommand): RequestReply {
    const state = this.#state;
    if (!state) return { ok: false, code: WIRE_ERRORS.notStarted, message: "The session has not started yet." };
    const at = this.#deps.now();
    const result = applyOas(state, command, { actor, at });
    if (!result.ok) return { ok: false, ...result.rejection };
    this.#deps.store.appendEvents(this.#deps.sessionId, LOG, result.value.events, at);
    if (result.value.events.some((e) => e.type === "phaseEntered" || e.type === "debateReopened"))
      this.#phaseSince = at;
    this.#state = result.value.state;
    this.#deps.onChange();
    return { ok: true, version: result.value.state.version };
  }

  /** The next bot move after a short pause; or, while the table waits for a person, the chair's patience. */
  #schedule(): void {
    this.#timer?.clear();
    this.#timer = null;
    const state = this.#state;
    if (!state || this.#paused) return;
    const humans = this.#deps.humans();
    const bots = this.#bots();
    const move = nextBotOasMove(state, bots, humans);
    const now = this.#deps.now();
    if (move) {
      // While people hold seats a bot chair keeps a debate or the recess open for its time on the run sheet,
      // and for the table's patience at least: any act starts that wait again.
      const budget = (this.#deps.budgetsMs[state.phase.name] ?? 0) - (now - this.#phaseSince);
      const delay =
        closesTalk(state, move.command) && humans.size > 0
          ? Math.max(this.#deps.patienceMs, budget)
          : this.#deps.botDelayMs;
      this.#timer = this.#deps.setTimeout(() => this.#botStep(), delay);
    } else {
      const waiting = chairAfterWaiting(state, humans, bots);
      if (!waiting) return;
      // A person's speech (or reply, which has half) is ended when its time runs out; else after the patience.
      const left = waiting.command.type === "endSpeech" ? timeLeft(state.speakers, now) : null;
      const delay = left ?? this.#deps.patienceMs;
      this.#timer = this.#deps.setTimeout(() => this.#botStep(true), delay);
    }
  }

  #bots(): OasBots {
    return this.#deps.botsOn() ? this.#deps.bots : NO_BOTS;
  }

  /** One bot move, worked out from the table as it is when the timer fires. */
  #botStep(waitedLongEnough = false): void {
    const state = this.#state;
    if (!state || this.#paused) return;
    const humans = this.#deps.humans();
    const bots = this.#bots();
    const move =
      nextBotOasMove(state, bots, humans) ?? (waitedLongEnough ? chairAfterWaiting(state, humans, bots) : null);
    if (!move) {
      this.#schedule();
      return;
    }
    const reply = this.#apply(move.actor, move.command);
    // A refused bot move is a bug in the bots: say so once rather than retry forever.
    if (!reply.ok) {
      console.error(`bot move ${move.actor} ${move.command.type} refused: ${reply.code}`);
      return;
    }
    this.#schedule();
  }
}

/** Phases in which people talk (debates, the corridors of the recess): a bot chair does not rush them. */

/**
 * Whether a command would end a time for talk. While people hold seats a bot chair waits the table's
 * patience before it does, so that they can ask for the floor or move a motion; any act restarts the wait.
 */
const closesTalk = (state: OasState, command: OasCommand): boolean =>
  command.type === "advance" && TALK_PHASES.includes(state.phase.name);

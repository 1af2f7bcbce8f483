import {
  type AppealTerms,
  applyCrisis,
  type Capital,
  type CrisisActor,
  type CrisisCommand,
  type CrisisEvent,
  type CrisisState,
  createCrisis,
  foldCrisis,
  type LiveCrisisPlan,
  type Proposal,
  planSession,
  playLiveCrisis,
  type SessionSettings,
  type VoteResult,
} from "@brink/engine";
import { type RequestReply, WIRE_ERRORS } from "@brink/protocol";
import { historicalSetup, liveCrisisPlan, type Scenario } from "@brink/scenario";
import { SerialQueue } from "./queue.ts";
import { type LogReader, LogTail, StaleLogError, type Store } from "./store.ts";

/** The track's log, shared by the session's councils. */
const LOG = "crisis";
/** The OAS Council's resolution sent on to the Security Council (Charter art. 54), with its paragraphs as voted. */
const OAS_RESOLUTION = "oasResolution";
/** A closed vote of the Security Council whose effect on the crisis has been entered, by its place in the list. */
const UNSC_VOTE = "unscVoteEntered";
const MARKERS = new Set([OAS_RESOLUTION, UNSC_VOTE]);

/** The crisis engine's events in a session's log, without the track's markers. */
export function crisisEventsOf(logs: LogReader, sessionId: string): CrisisEvent[] {
  return logs
    .events(sessionId, LOG)
    .filter((e) => !MARKERS.has(e.type))
    .map((e) => e.payload as CrisisEvent);
}

/**
 * The session's crisis as its log left it by a moment (milliseconds since the epoch; all of it without one): the
 * track's state, the OAS resolution transmitted by then, and how many Security Council votes it had entered.
 */
export function crisisUntil(
  logs: LogReader,
  sessionId: string,
  scenario: Scenario,
  at = Number.POSITIVE_INFINITY,
): { state: CrisisState; oasResolution: OasResolution | null; unscVotesEntered: number } {
  const events: CrisisEvent[] = [];
  let oasResolution: OasResolution | null = null;
  let unscVotesEntered = 0;
  for (const stored of logs.events(sessionId, LOG)) {
    if (stored.at > at) break;
    if (stored.type === OAS_RESOLUTION) oasResolution = (stored.payload as { resolution: OasResolution }).resolution;
    else if (stored.type === UNSC_VOTE) unscVotesEntered += 1;
    else events.push(stored.payload as CrisisEvent);
  }
  const state = foldCrisis(createCrisis(historicalSetup(scenario).crisis.setup), events);
  return { state, oasResolution, unscVotesEntered };
}

/** What a council in the session tells the track about itself. */
export interface TrackedChamber {
  /** Started and not paused by the host: the crisis clock runs only while every started council runs. */
  readonly state: () => "waiting" | "running" | "paused";
  /** For the Security Council: whether a person holds U Thant's seat (then the appeals are theirs to write). */
  readonly secretaryGeneralHeld?: () => boolean;
  /** Called after every change of the track, to publish it. */
  readonly onChange: () => void;
  /** Another process has written the session's log: this one no longer holds the session. */
  readonly lost: () => void;
}

export interface OasResolution {
  readonly adopted: boolean;
  /** The paragraphs as the Council voted them, with each paragraph's fate. */
  readonly paragraphs: readonly { readonly text: string; readonly status: string }[];
}

export interface CrisisTrackDeps {
  readonly store: Store;
  /** The session's logs as the first council to open read them: the track is rebuilt from them. */
  readonly logs: LogReader;
  readonly sessionId: string;
  readonly scenario: Scenario;
  readonly settings: SessionSettings;
  readonly now: () => number;
  /** Game minutes per real second, in place of the lesson's pace (tests, demos). */
  readonly minutesPerSecond?: number;
}

/** Real milliseconds between two moves of the crisis clock: often enough for a ship to be seen to move. */
const TICK_MS = 5_000;

/** The parts of an OAS lesson before its vote on the whole, which settles the quarantine's basis. */
const BEFORE_VOTE: ReadonlySet<string> = new Set([
  "usStatement",
  "convocationDebate",
  "convocationVote",
  "recess",
  "resolutionDebate",
  "voting",
]);

/**
 * How fast the week runs. By default it spans the lesson's playing time (the class period less joining and
 * the debrief, or 45 minutes). A class period with the OAS Council played runs it in two parts that meet at the
 * vote: the days up to the quarantine's hour over the lesson up to its voting, the rest of the week over the
 * explanations and the debrief, so that the week ends with the bell whenever the class votes.
 */
export function crisisRates(
  state: Pick<CrisisState, "quarantineAt" | "endAt">,
  settings: Pick<SessionSettings, "periodMinutes" | "chambers">,
  minutesPerSecond?: number,
): { beforeVote: number; afterVote: number } {
  if (minutesPerSecond !== undefined)
    return { beforeVote: minutesPerSecond / 1000, afterVote: minutesPerSecond / 1000 };
  const sheet = planSession({ periodMinutes: settings.periodMinutes }).runSheet;
  const minutes = (keep: (part: string) => boolean) =>
    sheet.filter((p) => keep(p.part)).reduce((sum, p) => sum + p.minutes, 0) * 60_000;
  const playing = minutes((part) => part !== "joining" && part !== "debrief") || 45 * 60_000;
  const whole = state.endAt / playing;
  if (!settings.chambers.includes("oas") || sheet.length === 0) return { beforeVote: whole, afterVote: whole };
  return {
    beforeVote: state.quarantineAt / minutes((part) => BEFORE_VOTE.has(part)),
    afterVote: (state.endAt - state.quarantineAt) / minutes((part) => part === "explanations" || part === "debrief"),
  };
}

/**
 * The session's crisis track (GAME.md §5), one for both councils: the clock from Kennedy's address to
 * 28 October, compressed into the lesson (a class period's playing time spans the week); the timeline's
 * steps as the clock passes them; U Thant's appeals (the 1962 ones while a bot voices him, a person's own
 * otherwise) and the capitals' answers; the OAS vote's effect on the quarantine; the Security Council's votes.
 * Every change is an event in the session's log before anyone sees it, so a restart plays on from there.
 */
export class CrisisTrack {
  readonly #deps: CrisisTrackDeps;
  readonly #plan: LiveCrisisPlan;
  /**
   * Game minutes per real millisecond while the clock runs: before the OAS vote, and after it. They differ for
   * a class whose OAS Council is played: the clock waits for the vote at the quarantine's hour (`crisisHold`),
   * so the days to that hour span the lesson up to the vote, and the rest of the week its end.
   */
  readonly #rates: { readonly beforeVote: number; readonly afterVote: number };
  readonly #chambers = new Map<string, TrackedChamber>();
  #state: CrisisState;
  #oas: OasResolution | null = null;
  #unscVotesEntered = 0;
  #timer: ReturnType<typeof setInterval> | null = null;
  /** When the clock last moved, on the server's clock; null while it stands. */
  #lastTick: number | null = null;
  /** The fraction of a game minute not yet played. */
  #carry = 0;
  readonly #tickMs: number;
  readonly #tail: LogTail;
  /** Every change of the session goes through here: the track's, and its councils'. */
  readonly queue = new SerialQueue();

  constructor(deps: CrisisTrackDeps) {
    this.#deps = deps;
    const { scenario, settings } = deps;
    this.#plan = liveCrisisPlan(scenario, settings.mode, settings.seed);
    const logged = crisisUntil(deps.logs, deps.sessionId, scenario);
    this.#tail = new LogTail(deps.store, deps.sessionId, LOG, deps.logs.events(deps.sessionId, LOG));
    this.#state = logged.state;
    this.#oas = logged.oasResolution;
    this.#unscVotesEntered = logged.unscVotesEntered;
    this.#rates = crisisRates(this.#state, settings, deps.minutesPerSecond);
    this.#tickMs = deps.minutesPerSecond !== undefined ? 200 : TICK_MS;
  }

  get state(): CrisisState {
    return this.#state;
  }

  /** The OAS Council's resolution as transmitted to the Security Council, once voted. */
  get oasResolution(): OasResolution | null {
    return this.#oas;
  }

  attach(chamber: string, tracked: TrackedChamber): void {
    this.#chambers.set(chamber, tracked);
    this.#timer ??= setInterval(() => {
      // A fault in one session's track must not take down the server and every class on it: said, not thrown.
      this.queue
        .run(() => this.tick())
        .catch((error: unknown) => {
          if (error instanceof StaleLogError) for (const council of this.#chambers.values()) council.lost();
          else console.error(`crisis track of ${this.#deps.sessionId}:`, error);
        });
    }, this.#tickMs);
  }

  /** A council's room closes; the last one out stops the clock. True when no council is left. */
  detach(chamber: string): boolean {
    this.#chambers.delete(chamber);
    if (this.#chambers.size > 0) return false;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }

  /** Whether the clock runs: some council has started, and the host has paused none. */
  #running(): boolean {
    const states = [...this.#chambers.values()].map((c) => c.state());
    return states.includes("running") && !states.includes("paused");
  }

  /** Moves the clock by the real time passed while it ran, and plays what falls due. */
  async tick(): Promise<void> {
    const now = this.#deps.now();
    if (!this.#running() || this.#state.outcome) {
      this.#lastTick = null;
      return;
    }
    if (this.#lastTick === null) {
      this.#lastTick = now;
      // The first moment of play: the steps of Kennedy's address and anything due at minute 0.
      if (this.#state.version > 0) return;
    }
    const rate = this.#state.legitimacy === "pending" ? this.#rates.beforeVote : this.#rates.afterVote;
    const played = (now - this.#lastTick) * rate + this.#carry;
    this.#lastTick = now;
    const minutes = Math.floor(played);
    this.#carry = played - minutes;
    await this.#play(this.#state.minute + minutes);
  }

  async #play(minute: number): Promise<void> {
    const sg = this.#chambers.get("unsc")?.secretaryGeneralHeld?.() ?? false;
    const oasPlayed = this.#deps.settings.chambers.includes("oas");
    const played = playLiveCrisis(
      this.#state,
      this.#plan,
      minute,
      { secretaryGeneralBot: !sg, oasPlayed },
      this.#deps.now(),
    );
    await this.#commit(played.state, played.events);
  }

  async #commit(state: CrisisState, events: readonly CrisisEvent[], markers: { type: string }[] = []): Promise<void> {
    if (events.length === 0 && markers.length === 0) return;
    await this.#tail.append([...events, ...markers], this.#deps.now());
    this.#state = state;
    for (const chamber of this.#chambers.values()) chamber.onChange();
  }

  async #apply(actor: CrisisActor, command: CrisisCommand, markers: { type: string }[] = []): Promise<RequestReply> {
    const result = applyCrisis(this.#state, command, { actor, at: this.#deps.now() });
    if (!result.ok) return { ok: false, ...result.rejection };
    await this.#commit(result.value.state, result.value.events, markers);
    return { ok: true, version: result.value.state.version };
  }

  /** U Thant (a person, or the host for him) sends an appeal to a capital; it answers a day later. */
  async sendAppeal(
    actor: "SG" | "host",
    appeal: { to: Capital; terms: AppealTerms; text: string; proposals: readonly Proposal[] },
  ): Promise<RequestReply> {
    if (!this.#running() && this.#state.version === 0) {
      return { ok: false, code: WIRE_ERRORS.notStarted, message: "The session has not started yet." };
    }
    return this.#apply(actor, { type: "sendAppeal", ...appeal });
  }

  /**
   * The OAS Council has voted the resolution: adopted, the quarantine stands on the hemisphere's decision;
   * not, the United States acts alone. The resolution goes on to the Security Council either way. Once.
   */
  async recordOas(resolution: OasResolution): Promise<void> {
    if (this.#oas) return;
    const marker = { type: OAS_RESOLUTION, resolution };
    // Set before the write, so the councils publish it with the change; taken back if the write is refused.
    this.#oas = resolution;
    try {
      if (this.#state.legitimacy === "pending" && !this.#state.outcome) {
        await this.#apply("system", { type: "recordOasResult", multilateral: resolution.adopted }, [marker]);
      } else await this.#commit(this.#state, [], [marker]);
    } catch (error) {
      this.#oas = null;
      throw error;
    }
  }

  /**
   * The Security Council's votes reach the ships (game rules, as in the simulator): a veto sharpens the
   * crisis, a draft adopted calms it. Each vote once, in order.
   */
  async recordUnscVotes(votes: readonly VoteResult[]): Promise<void> {
    for (const vote of votes.slice(this.#unscVotesEntered)) {
      const marker = { type: UNSC_VOTE, question: vote.question };
      const substantive = vote.question.startsWith("draft-");
      if (this.#state.outcome || !substantive || (vote.vetoedBy.length === 0 && !vote.adopted)) {
        await this.#commit(this.#state, [], [marker]);
        this.#unscVotesEntered += 1;
        continue;
      }
      const text =
        vote.vetoedBy.length > 0
          ? `A veto in the Security Council on ${vote.question}.`
          : `The Security Council adopts ${vote.question}.`;
      await this.#apply("system", { type: "enterIncident", text, tension: vote.vetoedBy.length > 0 ? 5 : -10 }, [
        marker,
      ]);
      this.#unscVotesEntered += 1;
    }
  }
}

/** The tracks of the sessions with a council open in this process, shared by their rooms. */
const tracks = new Map<string, CrisisTrack>();

/** The session's track, created (and rebuilt from its log) for the first council that asks. */
export function trackFor(deps: CrisisTrackDeps): CrisisTrack {
  let track = tracks.get(deps.sessionId);
  if (!track) {
    track = new CrisisTrack(deps);
    tracks.set(deps.sessionId, track);
  }
  return track;
}

/** A council leaves its session's track; the track goes when none is left. */
export function leaveTrack(sessionId: string, chamber: string): void {
  if (tracks.get(sessionId)?.detach(chamber)) tracks.delete(sessionId);
}

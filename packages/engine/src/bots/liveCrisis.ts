import {
  type Appeal,
  type AppealTerms,
  applyCrisis,
  type Capital,
  type CrisisActor,
  type CrisisCommand,
  type CrisisEvent,
  type CrisisState,
} from "../crisis.ts";
import { seededRandom } from "../random.ts";
import type { CrisisStep } from "./crisisScript.ts";
import { openCrisisDecider } from "./openCrisis.ts";

type Answer = "accepted" | "declined" | "conditional";

/** How the crisis track plays in a live session: the timeline's steps, and how the capitals answer appeals. */
export interface LiveCrisisPlan {
  /** The scenario's steps (timeline, the 1962 appeals, the settlement), as the headless simulator plays them. */
  readonly steps: readonly CrisisStep[];
  /** What each capital answered each kind of appeal in 1962. */
  readonly replies: readonly { readonly to: Capital; readonly terms: AppealTerms; readonly answer: Answer }[];
  readonly mode: "historical" | "open";
  /** Seeds open history's draws, one draw per step, so that a session rebuilt after a restart plays on alike. */
  readonly seed: number;
  /** Game minutes a capital takes to answer an appeal (a day, as in 1962). */
  readonly replyAfterMinutes: number;
}

/** Who decides what in this session, at the moment the track is played. */
export interface LiveCrisisSeats {
  /** A bot voices U Thant: the appeals of 1962 are sent on their dates. A person writes their own. */
  readonly secretaryGeneralBot: boolean;
  /** The session plays the OAS Council: its own vote gives the quarantine its basis, not the record's. */
  readonly oasPlayed: boolean;
}

/**
 * A capital's answer to an appeal, however it was written. Historical mode: as the capital answered the same
 * terms in 1962; to terms it never received, its one answer of 1962 if it gave only one kind, else a
 * conditional yes (a game rule). Open history: from the state of the crisis (`openCrisisDecider`).
 */
export function answerAppeal(state: CrisisState, plan: LiveCrisisPlan, appeal: Appeal, index: number): Answer {
  if (plan.mode === "open") {
    const step: CrisisStep = {
      minute: state.minute,
      actor: appeal.to,
      command: { type: "answerAppeal", appeal: appeal.id, answer: "conditional" },
    };
    const decided = openCrisisDecider(seededRandom(plan.seed + 104_729 * (index + 1)))(state, step);
    return decided?.command.type === "answerAppeal" ? decided.command.answer : "conditional";
  }
  const same = plan.replies.find((r) => r.to === appeal.to && r.terms === appeal.terms);
  if (same) return same.answer;
  const kinds = new Set(plan.replies.filter((r) => r.to === appeal.to).map((r) => r.answer));
  const [only] = kinds;
  return kinds.size === 1 && only ? only : "conditional";
}

/**
 * Where the clock waits for the table: while the OAS Council is played and has not voted, the week stops a
 * minute before the quarantine comes into force (24 October, 10:00 EDT). In 1962 the Council voted on the
 * 23rd and Proclamation 3504 was signed after its vote (1962-facts.md §2); a class still debating must not
 * see the ships stopped, nor the week run to its end, on a basis it has not yet decided. Null when it runs on.
 */
export function crisisHold(state: CrisisState, seats: Pick<LiveCrisisSeats, "oasPlayed">): number | null {
  return seats.oasPlayed && state.legitimacy === "pending" ? state.quarantineAt - 1 : null;
}

/**
 * Plays the live track from its present minute up to `target` (or where it waits, `crisisHold`): the timeline's steps fall due as the clock
 * passes them, without the ones this session's people and chambers decide (U Thant's appeals when a person
 * holds his seat, the OAS result when the OAS Council is played); each appeal, whoever sent it, is answered by
 * its capital a day later. Pure: the same track, plan and seats give the same events.
 */
export function playLiveCrisis(
  initial: CrisisState,
  plan: LiveCrisisPlan,
  target: number,
  seats: LiveCrisisSeats,
  at: number,
): { readonly state: CrisisState; readonly events: readonly CrisisEvent[] } {
  const minute = Math.min(target, crisisHold(initial, seats) ?? target);
  let state = initial;
  const events: CrisisEvent[] = [];
  const step = (actor: CrisisActor, command: CrisisCommand): void => {
    const result = applyCrisis(state, command, { actor, at });
    if (!result.ok) return;
    state = result.value.state;
    events.push(...result.value.events);
  };
  const clockTo = (target: number) => {
    while (!state.outcome && state.minute < target) {
      step("system", { type: "advanceClock", minutes: Math.min(1440, target - state.minute) });
    }
  };
  // A step at the present minute was played by the call that brought the clock there, unless none has run yet.
  const fresh = initial.version === 0;
  const from = initial.minute;
  const due = plan.steps
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => (fresh ? s.minute >= from : s.minute > from) && s.minute <= minute)
    .filter(({ s }) => s.command.type !== "answerAppeal")
    .filter(({ s }) => !(s.command.type === "sendAppeal" && !seats.secretaryGeneralBot))
    .filter(({ s }) => !(s.command.type === "recordOasResult" && seats.oasPlayed))
    .sort((a, b) => a.s.minute - b.s.minute);
  let next = 0;
  while (!state.outcome) {
    const scripted = due[next];
    const waiting = state.appeals
      .map((appeal, index) => ({ appeal, index, at: appeal.sentAt + plan.replyAfterMinutes }))
      .filter((a) => a.appeal.reply === null && a.at <= minute)
      .sort((a, b) => a.at - b.at)[0];
    if (waiting && (!scripted || waiting.at <= scripted.s.minute)) {
      clockTo(waiting.at);
      if (state.outcome) break;
      const answer = answerAppeal(state, plan, waiting.appeal, waiting.index);
      step(waiting.appeal.to, { type: "answerAppeal", appeal: waiting.appeal.id, answer });
      continue;
    }
    if (!scripted) break;
    next += 1;
    clockTo(scripted.s.minute);
    if (state.outcome) break;
    const chosen =
      plan.mode === "open"
        ? openCrisisDecider(seededRandom(plan.seed + 7_919 * (scripted.index + 1)))(state, scripted.s)
        : scripted.s;
    if (chosen) step(chosen.actor, chosen.command);
  }
  clockTo(Math.min(minute, state.endAt));
  return { state, events };
}

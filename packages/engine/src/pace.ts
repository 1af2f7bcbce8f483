// Whether the OAS lesson still fits its period: the run sheet gives the voting a fixed slot, but a class that
// divides the question and amends a paragraph makes more roll calls than the slot holds (seven roll calls
// took ~17 minutes in a 9-minute slot). Pure: asked of the table as every screen has it.

import { planSession } from "./planner.ts";

/** Seconds a roll call spends on each seat: a student reads, decides and taps; a bot answers at its pace. */
const PERSON_SECONDS = 8.5;
const BOT_SECONDS = 1.5;
/** Seconds the chair takes to open a roll call and announce its result. */
const ROLL_CALL_OVERHEAD_SECONDS = 12;

/** Minutes a roll call takes at this table: its people answer slower than its bots. */
export function rollCallMinutes(people: number, seats: number): number {
  const bots = Math.max(0, seats - people);
  return (people * PERSON_SECONDS + bots * BOT_SECONDS + ROLL_CALL_OVERHEAD_SECONDS) / 60;
}

/** The questions still to be voted, as the screens see the draft. */
export interface DraftStanding {
  readonly divided: boolean;
  readonly paragraphs: readonly { readonly status: string }[];
  readonly amendments: readonly { readonly status: string }[];
  readonly whole: string;
}

/** Roll calls still to come on the draft: each amendment pending, each paragraph if divided, then the whole. */
export function rollCallsLeft(draft: DraftStanding): number {
  const amendments = draft.amendments.filter((a) => a.status === "pending").length;
  const paragraphs = draft.divided ? draft.paragraphs.filter((p) => p.status === "pending").length : 0;
  return amendments + paragraphs + (draft.whole === "pending" ? 1 : 0);
}

/** What the host may cut to finish on time, most useful first. */
export type PaceCut = "closeDebate" | "shortenSpeeches" | "skipExplanations";

export interface PaceCheck {
  /** Minutes the voting will take at this table. */
  readonly votingMinutes: number;
  /** Minutes the run sheet gives it. */
  readonly plannedMinutes: number;
  readonly rollCalls: number;
  /** Minutes the lesson will run over, 0 when it fits. */
  readonly overBy: number;
  readonly cuts: readonly PaceCut[];
}

/**
 * The time a bot chair keeps each agenda item open, cut to fit the roll calls the class actually makes: the
 * minutes the voting runs over come off the debate on the draft while it lasts. Unchanged while the votes fit.
 * (The explanations of vote come after the votes, when nothing is left to measure: cutting them is the host's,
 * as the pace notice says.)
 */
export function fitBudgets(
  budgetsMs: Readonly<Record<string, number>>,
  pace: PaceCheck | null,
): Readonly<Record<string, number>> {
  if (!pace || pace.overBy === 0) return budgetsMs;
  const debate = budgetsMs.resolutionDebate;
  if (debate === undefined) return budgetsMs;
  return { ...budgetsMs, resolutionDebate: Math.max(0, debate - pace.overBy * 60_000) };
}

/**
 * Whether the voting still to come fits the run sheet of a class period, from the agenda item under way, the
 * draft's standing and how many seats people hold; null without a period or once the voting is over. When it
 * does not fit, the cuts that win the minutes back: close the debate now, shorter speeches, no explanations.
 */
export function checkPace(
  periodMinutes: 45 | 50 | 90 | null,
  phase: string,
  draft: DraftStanding,
  people: number,
  seats: number,
): PaceCheck | null {
  if (periodMinutes === null || !["resolutionDebate", "voting"].includes(phase)) return null;
  const sheet = planSession({ periodMinutes }).runSheet;
  const plannedMinutes = sheet.find((p) => p.part === "voting")?.minutes ?? 0;
  const rollCalls = rollCallsLeft(draft);
  const votingMinutes = Math.ceil(rollCalls * rollCallMinutes(people, seats));
  const overBy = Math.max(0, votingMinutes - plannedMinutes);
  const cuts: PaceCut[] =
    overBy === 0
      ? []
      : [...(phase === "resolutionDebate" ? (["closeDebate", "shortenSpeeches"] as const) : []), "skipExplanations"];
  return { votingMinutes, plannedMinutes, rollCalls, overBy, cuts };
}

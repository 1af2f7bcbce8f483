import type { OasPhaseName } from "./oas.ts";

/** How a session is set up: its pace (a class in a fixed period, or friends at their own speed) and its bots. */
export interface SessionSettings {
  /** The lesson's length in minutes; null for no fixed length (friends online). */
  readonly periodMinutes: 45 | 50 | 90 | null;
  /** How bots voice the empty seats: on their 1962 instructions, or weighing what the table does. */
  readonly mode: SessionMode;
  /** Seeds open history's draws, so that a session rebuilt after a restart plays on as it began. */
  readonly seed: number;
  /** The session's own language, for what it writes for everyone (its record); each screen shows its reader's. */
  readonly language: "en" | "es" | "pt";
  /** The councils the session runs: the OAS Council, the Security Council, or both side by side. */
  readonly chambers: readonly ChamberId[];
}

/** The two councils of the game: `oas` (the OAS Council) and `unsc` (the UN Security Council). */
export type ChamberId = "oas" | "unsc";

export const MODES = ["historical", "open"] as const;
export type SessionMode = (typeof MODES)[number];

/** What a session made before a setting existed is taken to have had. */
export const DEFAULT_SETTINGS: SessionSettings = {
  periodMinutes: null,
  mode: "historical",
  seed: 1,
  language: "en",
  chambers: ["oas"],
};

export const PERIODS = [45, 50, 90] as const;

/** One part of the lesson on the run sheet: what happens, and for how long. */
export interface RunSheetPart {
  /**
   * `joining`, an agenda item of the OAS Council (`convocationDebate`, …), the Security Council's `agenda`
   * (with Cuba's invitation) or one of its meetings (`debate`, numbered), or `debrief`.
   */
  readonly part: "joining" | Exclude<OasPhaseName, "closed"> | "agenda" | "debate" | "debrief";
  /** The Security Council's meeting, for a `debate`: 1022 to 1025. */
  readonly meeting?: number;
  readonly minutes: number;
  /** For a debate, about how many speeches fit at the speaking time. */
  readonly speeches?: number;
}

/** The pacing of a live table, and the run sheet it follows. */
export interface SessionPlan {
  /** Milliseconds a bot waits before each move: time to read a bot's speech. */
  readonly botDelayMs: number;
  /** Seconds the table waits for a silent person before a bot chair moves on. */
  readonly patienceSeconds: number;
  /** Seconds per speech, counted down on every screen; null for no limit. */
  readonly speechSeconds: number | null;
  /** The parts of the lesson in order; empty without a fixed period. */
  readonly runSheet: readonly RunSheetPart[];
  /**
   * Milliseconds a bot chair keeps each item of the agenda open while people hold seats, before it moves
   * on (the host can move on sooner); items not listed are not held open.
   */
  readonly budgetsMs: Readonly<Record<string, number>>;
}

/**
 * Minutes of each part for each period; each row adds up to its period. Voting gets what a divided question
 * takes: each seat answers in turn, about two and a half minutes a roll call for 18 students (a 45-minute class
 * at real pace spent 12.7 minutes on the division's roll call and five questions when it had 6).
 */
const SHEETS: Readonly<Record<(typeof PERIODS)[number], readonly [RunSheetPart["part"], number][]>> = {
  45: [
    ["joining", 8],
    ["usStatement", 2],
    ["convocationDebate", 8],
    ["convocationVote", 3],
    ["recess", 3],
    ["resolutionDebate", 8],
    ["voting", 9],
    ["explanations", 2],
    ["debrief", 2],
  ],
  50: [
    ["joining", 8],
    ["usStatement", 2],
    ["convocationDebate", 9],
    ["convocationVote", 3],
    ["recess", 4],
    ["resolutionDebate", 10],
    ["voting", 9],
    ["explanations", 2],
    ["debrief", 3],
  ],
  90: [
    ["joining", 10],
    ["usStatement", 4],
    ["convocationDebate", 16],
    ["convocationVote", 4],
    ["recess", 10],
    ["resolutionDebate", 22],
    ["voting", 12],
    ["explanations", 4],
    ["debrief", 8],
  ],
};

/** Seconds between one speech and the next: the chair calls the speaker, who comes to the microphone. */
const CHANGEOVER_SECONDS = 15;
/**
 * The agenda items a bot chair keeps open for the people at the table: the debates, the corridors, and the
 * explanations of vote and reservations (a 45-minute class at real pace closed them in six seconds).
 */
export const TALK_PHASES: readonly OasPhaseName[] = ["convocationDebate", "recess", "resolutionDebate", "explanations"];

/**
 * The Security Council's run sheet: the agenda and Cuba's invitation, then four meetings of equal length
 * (1022–1025: the speeches of 23–25 October, the drafts, any vote asked for), and the debrief.
 */
const UNSC_SHEETS: Readonly<
  Record<(typeof PERIODS)[number], { joining: number; agenda: number; meeting: number; debrief: number }>
> = {
  45: { joining: 8, agenda: 3, meeting: 7, debrief: 6 },
  50: { joining: 8, agenda: 3, meeting: 8, debrief: 7 },
  90: { joining: 10, agenda: 4, meeting: 17, debrief: 8 },
};
const UNSC_MEETINGS = [1022, 1023, 1024, 1025];

/**
 * The plan for a session: a class period is cut into a run sheet, the speaking time set so that a debate
 * hears a fair number of speakers, and the bots slowed so that a class can read them. Without a period
 * (friends online) bots move briskly and nothing is held open. Pure.
 */
export function planSession(settings: Pick<SessionSettings, "periodMinutes">, chamber: ChamberId = "oas"): SessionPlan {
  const period = settings.periodMinutes;
  if (period === null)
    return { botDelayMs: 700, patienceSeconds: 30, speechSeconds: null, runSheet: [], budgetsMs: {} };
  const speechSeconds = period >= 90 ? 90 : 60;
  const patienceSeconds = period >= 90 ? 60 : 45;
  if (chamber === "unsc") {
    const sheet = UNSC_SHEETS[period];
    const speeches = Math.floor((sheet.meeting * 60) / (speechSeconds + CHANGEOVER_SECONDS));
    const runSheet: RunSheetPart[] = [
      { part: "joining", minutes: sheet.joining },
      { part: "agenda", minutes: sheet.agenda },
      ...UNSC_MEETINGS.map((meeting): RunSheetPart => ({ part: "debate", meeting, minutes: sheet.meeting, speeches })),
      { part: "debrief", minutes: sheet.debrief },
    ];
    // Every meeting is a `debate` of the engine: a bot President holds each open for its minutes.
    return {
      botDelayMs: 1500,
      patienceSeconds,
      speechSeconds,
      runSheet,
      budgetsMs: { debate: sheet.meeting * 60_000 },
    };
  }
  const runSheet = SHEETS[period].map(
    ([part, minutes]): RunSheetPart =>
      part === "convocationDebate" || part === "resolutionDebate"
        ? { part, minutes, speeches: Math.floor((minutes * 60) / (speechSeconds + CHANGEOVER_SECONDS)) }
        : { part, minutes },
  );
  const budgetsMs = Object.fromEntries(
    runSheet
      .filter((p) => (TALK_PHASES as readonly string[]).includes(p.part))
      .map((p) => [p.part, p.minutes * 60_000]),
  );
  return { botDelayMs: 1500, patienceSeconds, speechSeconds, runSheet, budgetsMs };
}

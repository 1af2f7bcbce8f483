import {
  applyOas,
  applyUnsc,
  type Beyond,
  type CrisisStep,
  createCrisis,
  createOasCouncil,
  createSecurityCouncil,
  decideUnscVote,
  nextHistoricalOasMove,
  nextHistoricalUnscMove,
  nextOpenOasMove,
  nextOpenUnscMove,
  type OasEvent,
  type OasState,
  openCrisisDecider,
  openOasRollCall,
  openVoteOf,
  planOpenUnsc,
  playCrisisUntil,
  type Result,
  seededRandom,
  type UnscEvent,
  type UnscState,
} from "@brink/engine";
import type { SessionRecord } from "@brink/protocol";
import { historicalSetup, instructionArrivals, openUnscProfiles, planOpenOas, type Scenario } from "@brink/scenario";
import { buildRecord } from "./record.ts";

export type SimulatedChambers = "oas" | "unsc" | "both";

export interface SimulationOptions {
  readonly chamber: SimulatedChambers;
  readonly mode: "historical" | "open";
  readonly seed: number;
}

/** Thrown for a simulation that cannot run, with a sentence for the command line. */
export class SimulationError extends Error {}

/**
 * Applies a chamber's bot moves until nothing is left to do, a second apart, adding the events to `log`; a
 * refused move is a bug, and says so.
 */
function drive<State, Actor, Command extends { readonly type: string }, Event extends { readonly at: number }>(
  initial: State,
  next: (state: State) => { readonly actor: Actor; readonly command: Command } | null,
  apply: (
    state: State,
    command: Command,
    ctx: { actor: Actor; at: number },
  ) => Result<{ readonly state: State; readonly events: readonly Event[] }>,
  log: Event[],
  limit = 20_000,
): State {
  let state = initial;
  const start = (log.at(-1)?.at ?? -1000) + 1000;
  for (let step = 0; step < limit; step++) {
    const move = next(state);
    if (!move) return state;
    const result = apply(state, move.command, { actor: move.actor, at: start + step * 1000 });
    if (!result.ok) {
      throw new Error(`bot move ${String(move.actor)} ${move.command.type} refused: ${result.rejection.code}`);
    }
    state = result.value.state;
    log.push(...result.value.events);
  }
  throw new Error(`the session did not end within ${limit} moves`);
}

/**
 * What the Security Council's votes do to the crisis, at the close of its last meeting (game rules, not
 * history: no draft was voted in 1962). A draft adopted calms the track; a veto sharpens it.
 */
function councilEffects(unsc: UnscState | null, steps: readonly CrisisStep[]): CrisisStep[] {
  if (!unsc) return [];
  // The 1025th meeting closed on the evening of 25 October, after that afternoon's Bucharest step.
  const minute = (steps.find((s) => s.command.type === "interceptShip")?.minute ?? 0) + 300;
  return unsc.votes.flatMap((vote): CrisisStep[] => {
    if (vote.vetoedBy.length > 0) {
      const text = `A veto in the Security Council on ${vote.question}.`;
      return [{ minute, actor: "system", command: { type: "enterIncident", text, tension: 5 } }];
    }
    if (vote.adopted) {
      const text = `The Security Council adopts ${vote.question}.`;
      return [{ minute, actor: "system", command: { type: "enterIncident", text, tension: -10 } }];
    }
    return [];
  });
}

/**
 * Runs a whole session headless with a bot in every seat and returns its record. Historical mode replays
 * 1962 from the scenario. Open history draws each session from the seed: the OAS seats weigh the table,
 * sponsors may press their drafts in the Security Council, and the capitals answer from the crisis's state.
 */
export function simulate(scenario: Scenario, options: SimulationOptions): SessionRecord {
  const setup = historicalSetup(scenario);
  const runOas = options.chamber !== "unsc";
  const runUnsc = options.chamber !== "oas";
  const random = seededRandom(options.seed);
  const reasons = new Map<string, Record<string, string[]>>();
  const unscReasons = new Map<string, Record<string, string[]>>();

  // The crisis week runs up to the OAS Council's vote of 23 October: what the table sits under.
  const decide = options.mode === "open" ? openCrisisDecider(random) : undefined;
  const oasStep = setup.crisis.script.steps.find((s) => s.command.type === "recordOasResult");
  const oasMinute = oasStep?.minute ?? 0;
  const prefix = playCrisisUntil(
    createCrisis(setup.crisis.setup),
    setup.crisis.script.steps.filter((s) => s.minute < oasMinute),
    oasMinute - 1,
    0,
    decide,
  );
  const before = prefix.state;

  const oasEvents: OasEvent[] = [];
  const unscEvents: UnscEvent[] = [];
  let oas: OasState | null = null;
  if (runOas && options.mode === "open") {
    const plan = planOpenOas(scenario, random);
    const arrivals = instructionArrivals(scenario);
    const heard = (minute: number): Beyond => ({
      tension: before.tension,
      instructed: arrivals.filter((a) => a.minute <= minute).map((a) => a.delegation),
      pledges: [],
    });
    const play = (initial: OasState, beyond: Beyond) =>
      drive(
        initial,
        (state) => {
          const move = nextOpenOasMove(state, plan, new Set(), beyond);
          const roll = openOasRollCall(state);
          const decision = move?.command.type === "vote" ? openVoteOf(state, plan, move.actor, beyond) : null;
          if (roll && decision) {
            reasons.set(roll.question, {
              ...reasons.get(roll.question),
              [move?.actor as string]: [...decision.reasons],
            });
          }
          return move;
        },
        applyOas,
        oasEvents,
      );
    // The Council sits on 23 October; the instructions that come later reach the seats after it closes.
    oas = play(play(createOasCouncil(setup.oas.setup), heard(oasMinute)), heard(setup.crisis.setup.endAt));
  } else if (runOas) {
    oas = drive(
      createOasCouncil(setup.oas.setup),
      (state) => nextHistoricalOasMove(state, setup.oas.script),
      applyOas,
      oasEvents,
    );
  }
  let unsc: UnscState | null = null;
  if (runUnsc && options.mode === "open") {
    const { profiles, requestChances } = openUnscProfiles(scenario);
    const plan = planOpenUnsc(setup.unsc.script, profiles, requestChances, random);
    unsc = drive(
      createSecurityCouncil(setup.unsc.setup),
      (state) => {
        const move = nextOpenUnscMove(state, plan);
        const profile = plan.profiles.find((p) => p.delegation === move?.actor);
        if (move?.command.type === "vote" && state.phase.name === "voting" && profile) {
          const question = state.phase.rollCall.question;
          const sponsor = state.drafts.find((x) => x.id === question)?.sponsor ?? "";
          const decision = decideUnscVote(profile, sponsor, plan.temperaments[profile.delegation] ?? 0);
          unscReasons.set(question, { ...unscReasons.get(question), [profile.delegation]: [...decision.reasons] });
        }
        return move;
      },
      applyUnsc,
      unscEvents,
    );
  } else if (runUnsc) {
    unsc = drive(
      createSecurityCouncil(setup.unsc.setup),
      (state) => nextHistoricalUnscMove(state, setup.unsc.script),
      applyUnsc,
      unscEvents,
    );
  }

  // The OAS vote gives the quarantine its basis: when the OAS Council is played, its own result counts.
  const oasAdopted = oas ? oas.phase.name === "closed" && oas.phase.outcome === "resolutionAdopted" : true;
  const steps = [
    ...setup.crisis.script.steps.map((s) =>
      s.command.type === "recordOasResult" ? { ...s, command: { ...s.command, multilateral: oasAdopted } } : s,
    ),
    ...councilEffects(unsc, setup.crisis.script.steps),
  ];
  const rest = playCrisisUntil(before, steps, before.endAt, 0, decide);

  return buildRecord({
    sessionId: `sim-${options.mode}-${options.chamber}-${options.seed}`,
    scenario,
    mode: options.mode,
    seed: options.seed,
    oasEvents: oas && oasEvents,
    unscEvents: unsc && unscEvents,
    crisis: rest.state,
    crisisEvents: [...prefix.events, ...rest.events],
    reasons: { oas: reasons, unsc: unscReasons },
  });
}

/** The record as a person reads it in a terminal. */
export function formatRecordText(record: SessionRecord): string {
  const lines = [
    `Brink simulation — ${record.scenario}, ${record.mode} mode, seed ${record.seed}, chambers: ${record.chambers.join(" + ")}`,
    "",
  ];
  for (const vote of record.votes) {
    const { yes, no, abstain, absent } = vote.tally;
    const past = vote.historical
      ? `   1962: ${vote.historical.result}, ${vote.historical.tally === "not recorded" ? "count not recorded" : `${vote.historical.tally.yes}-${vote.historical.tally.no}-${vote.historical.tally.abstain}`}`
      : "";
    const veto = vote.vetoedBy?.length ? `   veto: ${vote.vetoedBy.join(", ")}` : "";
    lines.push(
      `${vote.chamber.toUpperCase()} ${vote.question.padEnd(14)} ${vote.result.padEnd(8)} ${yes}-${no}-${abstain}${absent ? ` (${absent} absent)` : ""}${veto}${past}`,
    );
  }
  for (const change of record.voteChanges) {
    lines.push(
      `${change.chamber.toUpperCase()} ${change.delegation} changes its vote on ${change.question} from ${change.from} to ${change.to}, for the record`,
    );
  }
  for (const draft of record.drafts) {
    lines.push(`UNSC ${draft.id} tabled by ${draft.sponsor}: ${draft.votedOn ? draft.status : "not put to a vote"}`);
  }
  for (const [chamber, outcome] of Object.entries(record.chamberOutcomes))
    lines.push(`${chamber.toUpperCase()} outcome: ${outcome}`);
  lines.push(
    `Appeals: ${record.crisis.appeals.map((a) => `${a.to} ${a.reply ?? "no reply"}`).join(", ") || "none"}`,
    `Crisis: tension ${record.crisis.tension}, DEFCON ${record.crisis.defcon}, quarantine ${record.crisis.legitimacy}`,
    `Outcome: ${record.outcome}`,
  );
  return lines.join("\n");
}

/** Outcomes over many seeds, for a designer to see how often open history ends in war. */
export interface Distribution {
  readonly runs: number;
  readonly firstSeed: number;
  readonly outcomes: Readonly<Record<"peace" | "standoff" | "war", number>>;
  /** How often the OAS resolution as a whole was adopted (when the OAS Council was played). */
  readonly oasResolutionAdopted: number;
  readonly oasArmedForceAmended: number;
  readonly oasDivided: number;
  /** Security Council: sessions with at least one draft put to a vote, and with at least one veto. */
  readonly unscDraftVoted: number;
  readonly unscVetoed: number;
}

export function simulateMany(scenario: Scenario, options: SimulationOptions, runs: number): Distribution {
  const outcomes = { peace: 0, standoff: 0, war: 0 };
  let adopted = 0;
  let amended = 0;
  let divided = 0;
  let voted = 0;
  let vetoed = 0;
  for (let i = 0; i < runs; i++) {
    const record = simulate(scenario, { ...options, seed: options.seed + i });
    outcomes[record.outcome] += 1;
    if (record.chamberOutcomes.oas === "resolutionAdopted") adopted += 1;
    if (record.votes.some((v) => v.question.startsWith("amendment-") && v.result === "adopted")) amended += 1;
    if (record.votes.some((v) => v.question.startsWith("paragraph-"))) divided += 1;
    if (record.votes.some((v) => v.chamber === "unsc")) voted += 1;
    if (record.votes.some((v) => (v.vetoedBy ?? []).length > 0)) vetoed += 1;
  }
  return {
    runs,
    firstSeed: options.seed,
    outcomes,
    oasResolutionAdopted: adopted,
    oasArmedForceAmended: amended,
    oasDivided: divided,
    unscDraftVoted: voted,
    unscVetoed: vetoed,
  };
}

export function formatDistributionText(d: Distribution): string {
  const share = (n: number) => `${n} (${((n / d.runs) * 100).toFixed(1)}%)`;
  return [
    `${d.runs} runs from seed ${d.firstSeed}`,
    `peace ${share(d.outcomes.peace)}, standoff ${share(d.outcomes.standoff)}, war ${share(d.outcomes.war)}`,
    `OAS resolution adopted ${share(d.oasResolutionAdopted)}; question divided ${share(d.oasDivided)}; armed force left to each state ${share(d.oasArmedForceAmended)}`,
    `Security Council: a draft put to a vote ${share(d.unscDraftVoted)}; a veto cast ${share(d.unscVetoed)}`,
  ].join("\n");
}

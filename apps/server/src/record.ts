import {
  type Choice,
  type CorridorMessage,
  type CrisisEvent,
  type CrisisState,
  createCrisis,
  createOasCouncil,
  createSecurityCouncil,
  evolveCrisis,
  evolveLobby,
  evolveOas,
  evolveUnsc,
  foldCrisis,
  type LobbyEvent,
  type OasEvent,
  type OasState,
  playCrisisUntil,
  type SessionSettings,
  type SpeakersList,
  type UnscEvent,
  type UnscState,
  type VoteResult,
} from "@brink/engine";
import { type MinuteEntry, RECORD_FORMAT_VERSION, type RecordVote, type SessionRecord } from "@brink/protocol";
import { historicalSetup, oasSeats, type Scenario, unscSeats } from "@brink/scenario";
import { stringify } from "csv-stringify/sync";
import { crisisEventsOf } from "./crisisTrack.ts";
import { botReasonsOf, procedureEventsOf } from "./rooms/chamber.ts";
import { lobbyFor, OAS_COUNCIL, SECURITY_COUNCIL } from "./rooms/councils.ts";
import { judgementKey, scoresOf } from "./scores.ts";
import type { LogReader, Store } from "./store.ts";

/** What a record is made of: the councils' and the crisis's logs, who sat where, and the bots' reasons. */
export interface RecordInput {
  readonly sessionId: string;
  readonly scenario: Scenario;
  readonly mode: "historical" | "open";
  readonly seed: number;
  /** Each council's log from its start; null for a council the session does not play. */
  readonly oasEvents: readonly OasEvent[] | null;
  readonly unscEvents: readonly UnscEvent[] | null;
  readonly crisis: CrisisState;
  /** The crisis track's events, from the start of the week: the tension curve is drawn from them. */
  readonly crisisEvents: readonly CrisisEvent[];
  /** Live sessions: who sat at each seat (the head first, then the advisers), by council and delegation. */
  readonly people?: ReadonlyMap<string, readonly string[]>;
  /** Live sessions: the class's judgements of objectives the record cannot tell, by `judgementKey`. */
  readonly judgements?: ReadonlyMap<string, boolean>;
  /** Live sessions: who held a seat at a moment (milliseconds since the epoch), by council and delegation. */
  readonly holderAt?: (chamber: "oas" | "unsc", delegation: string, at: number) => string | null;
  /** Live sessions: corridor messages each seat wrote (bots' answers left out), by council and delegation. */
  readonly messages?: ReadonlyMap<string, number>;
  /** Why each bot voted as it did, by question and delegation. */
  readonly reasons?: {
    readonly oas: ReadonlyMap<string, Record<string, string[]>>;
    readonly unsc: ReadonlyMap<string, Record<string, string[]>>;
  };
}

/** A minute as a council's log gives it, before the record places it in time. */
type Minute = Omit<MinuteEntry, "chamber" | "elapsed">;

/** A council read from its log: its state, its minutes in order, and the milliseconds each seat held the floor. */
interface CouncilLog<State> {
  readonly state: State;
  readonly minutes: MinuteEntry[];
  /** The place in the log of the event each minute was read from. */
  readonly acts: number[];
  readonly speaking: ReadonlyMap<string, number>;
}

/**
 * Replays a council's log, noting each act the minutes keep and, whenever the floor passes on, how long
 * its holder had it. A vote's minute carries its place among the council's votes.
 */
function readLog<
  State extends { readonly speakers: SpeakersList; readonly votes: readonly VoteResult[] },
  Event extends { readonly type: string; readonly at: number },
>(
  chamber: "oas" | "unsc",
  initial: State,
  events: readonly Event[],
  evolve: (state: State, event: Event) => State,
  minuteOf: (event: Event, before: State, after: State) => Minute | null,
): CouncilLog<State> {
  let state = initial;
  const minutes: MinuteEntry[] = [];
  const acts: number[] = [];
  const speaking = new Map<string, number>();
  const start = events[0]?.at ?? 0;
  for (const [i, event] of events.entries()) {
    const before = state;
    state = evolve(state, event);
    const held = before.speakers.floor;
    const now = state.speakers.floor;
    if (held && (now?.delegation !== held.delegation || now.since !== held.since)) {
      speaking.set(held.delegation, (speaking.get(held.delegation) ?? 0) + Math.max(0, event.at - held.since));
    }
    const minute =
      event.type === "voteClosed"
        ? { kind: "vote" as const, question: state.votes.at(-1)?.question, vote: state.votes.length - 1 }
        : minuteOf(event, before, state);
    if (!minute) continue;
    minutes.push({ chamber, elapsed: Math.round((event.at - start) / 1000), ...minute });
    acts.push(i);
  }
  return { state, minutes, acts, speaking };
}

/**
 * Where each act of a council's minutes stands in its log: the number of the council's events read up to and
 * including it. The replay stops there, so that its moments are the record's.
 */
export function actsOf(scenario: Scenario, chamber: "oas" | "unsc", events: readonly unknown[]): number[] {
  const read = chamber === "oas" ? readOas(scenario, events as OasEvent[]) : readUnsc(scenario, events as UnscEvent[]);
  return read.acts.map((i) => i + 1);
}

const readOas = (scenario: Scenario, events: readonly OasEvent[]): CouncilLog<OasState> =>
  readLog("oas", createOasCouncil(historicalSetup(scenario).oas.setup), events, evolveOas, oasMinute);

const readUnsc = (scenario: Scenario, events: readonly UnscEvent[]): CouncilLog<UnscState> =>
  readLog("unsc", createSecurityCouncil(historicalSetup(scenario).unsc.setup), events, evolveUnsc, unscMinute);

/** What the OAS Council's minutes keep of one event. */
function oasMinute(event: OasEvent, before: OasState, after: OasState): Minute | null {
  switch (event.type) {
    case "phaseEntered": {
      const { phase } = event;
      if (phase.name === "opening") return { kind: "opened" };
      if (phase.name === "closed") return { kind: "closed", detail: phase.outcome };
      if (phase.name === "convocationVote" || phase.name === "voting") return null;
      return { kind: "phase", detail: phase.name };
    }
    case "debateReopened":
      return { kind: "phase", detail: event.phase };
    case "speechDelivered":
      return { kind: "speech", delegation: event.delegation, text: event.text };
    case "motionMoved":
      return { kind: "motion", delegation: event.motion.mover, detail: event.motion.kind };
    case "motionWithdrawn": {
      const motion = before.motions.find((m) => m.id === event.id);
      return { kind: "motionWithdrawn", delegation: motion?.mover, detail: motion?.kind };
    }
    case "pointOfOrderRaised":
      return { kind: "pointOfOrder", delegation: event.delegation, text: event.text };
    case "pointOfOrderRuled": {
      const point = after.record.find((e) => e.kind === "pointOfOrder" && e.id === event.id);
      return {
        kind: "ruling",
        delegation: point?.kind === "pointOfOrder" ? point.delegation : undefined,
        detail: event.upheld ? "upheld" : "overruled",
      };
    }
    case "amendmentProposed":
      return {
        kind: "amendment",
        delegation: event.amendment.sponsor,
        question: `amendment-${event.amendment.id}`,
        detail: `paragraph-${event.amendment.paragraph}`,
        text: event.amendment.text,
      };
    case "divisionAdopted":
      return { kind: "division" };
    case "explanationEntered":
      return { kind: "explanation", delegation: event.delegation, question: event.question, text: event.text };
    case "reservationEntered":
      return { kind: "reservation", delegation: event.delegation, text: event.text };
    case "voteChangedForRecord":
      return {
        kind: "voteChange",
        delegation: event.delegation,
        question: event.question,
        from: event.from,
        to: event.to,
      };
    case "meetingSuspended":
      return { kind: "suspended" };
    case "meetingResumed":
      return { kind: "resumed" };
    default:
      return null;
  }
}

/** What the Security Council's summary record keeps of one event. */
function unscMinute(event: UnscEvent, before: UnscState): Minute | null {
  const sponsorOf = (draft: string) => before.drafts.find((d) => d.id === draft)?.sponsor;
  switch (event.type) {
    case "phaseEntered": {
      const { phase } = event;
      if (phase.name === "agenda") return { kind: "opened" };
      if (phase.name === "closed") return { kind: "closed", detail: phase.outcome };
      if (phase.name === "suspended") return { kind: "suspended", meeting: phase.meeting };
      if (phase.name === "debate" && before.phase.name === "suspended")
        return { kind: "resumed", meeting: phase.meeting };
      if (phase.name === "debate" && before.phase.name !== "voting") {
        return { kind: "phase", detail: "meeting", meeting: phase.meeting };
      }
      if (phase.name === "invitation") return { kind: "phase", detail: "invitation" };
      return null;
    }
    case "objectionRaised":
      return { kind: "objection", delegation: event.delegation };
    case "agendaAdopted":
      return { kind: "agenda" };
    case "partyInvited":
      return { kind: "invitation" };
    case "speechDelivered":
      return { kind: "speech", delegation: event.speaker, text: event.text };
    case "statementMade":
      return { kind: "statement", delegation: "SG", text: event.text };
    case "draftTabled":
      return {
        kind: "draftTabled",
        delegation: event.draft.sponsor,
        question: event.draft.id,
        text: event.draft.paragraphs.join("\n"),
      };
    case "draftWithdrawn":
      return { kind: "draftWithdrawn", delegation: sponsorOf(event.draft), question: event.draft };
    case "amendmentProposed":
      return {
        kind: "amendment",
        delegation: event.amendment.sponsor,
        question: event.amendment.id,
        detail: event.amendment.draft,
        text: event.amendment.text,
      };
    case "voteRequested":
      return { kind: "voteRequested", delegation: sponsorOf(event.draft), question: event.draft };
    case "adjournmentMoved":
      return { kind: "adjournmentMoved", delegation: event.delegation };
    case "meetingAdjourned":
      return { kind: "meetingAdjourned", meeting: event.meeting };
    default:
      return null;
  }
}

/** A council's votes as the record gives them, each beside the 1962 vote on the same question, if any. */
function toRecordVotes(chamber: "oas" | "unsc", votes: readonly VoteResult[], scenario: Scenario): RecordVote[] {
  return votes.map((vote) => {
    const past = scenario.record.votes.find((v) => v.chamber === chamber && v.question === vote.question);
    return {
      chamber,
      question: vote.question,
      result: vote.adopted ? "adopted" : "rejected",
      tally: vote.tally,
      choices: vote.choices as Record<string, Choice>,
      ...(vote.vetoedBy.length > 0 ? { vetoedBy: [...vote.vetoedBy] } : {}),
      ...(past ? { historical: { result: past.result, tally: past.tally ?? ("not recorded" as const) } } : {}),
    };
  });
}

/** A seat's key in the people and messages maps: `oas:MEX`. */
const seatKey = (chamber: "oas" | "unsc", delegation: string) => `${chamber}:${delegation}`;

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * What each seat did at the table: speeches and their words, proposals (motions and amendments in the OAS;
 * drafts, amendments and objections in the Security Council), corridor messages, and who sat there. Every
 * seat of the council, in its order, so that a quiet one is listed like the others, not singled out.
 */
function contributionsOf(
  input: RecordInput,
  oas: CouncilLog<OasState> | null,
  unsc: CouncilLog<UnscState> | null,
): SessionRecord["contributions"] {
  const { scenario } = input;
  const row = (
    chamber: "oas" | "unsc",
    council: CouncilLog<unknown>,
    delegation: string,
    said: readonly { readonly text: string; readonly at: number }[],
    proposals: number,
  ) => {
    const people = [...(input.people?.get(seatKey(chamber, delegation)) ?? [])];
    return {
      chamber,
      delegation,
      people,
      speeches: said.length,
      words: said.reduce((sum, speech) => sum + wordsIn(speech.text), 0),
      proposals,
      messages: input.messages?.get(seatKey(chamber, delegation)) ?? 0,
      speakingSeconds: Math.round((council.speaking.get(delegation) ?? 0) / 1000),
      ...(input.holderAt && people.length > 0 ? { byPerson: byPerson(people, said, chamber, delegation) } : {}),
    };
  };
  // Each person who held the seat, credited with the speeches given while they held it.
  const byPerson = (
    people: readonly string[],
    said: readonly { readonly text: string; readonly at: number }[],
    chamber: "oas" | "unsc",
    delegation: string,
  ) => {
    const credit = new Map(people.map((name) => [name, { name, speeches: 0, words: 0 }]));
    for (const speech of said) {
      const name = input.holderAt?.(chamber, delegation, speech.at);
      if (!name) continue;
      const entry = credit.get(name) ?? { name, speeches: 0, words: 0 };
      credit.set(name, { name, speeches: entry.speeches + 1, words: entry.words + wordsIn(speech.text) });
    }
    return [...credit.values()];
  };
  return [
    ...(oas
      ? oasSeats(scenario)
          .filter((seat) => !seat.excluded)
          .map(({ id }) =>
            row(
              "oas",
              oas,
              id,
              oas.state.record.flatMap((e) => (e.kind === "speech" && e.delegation === id ? [e] : [])),
              oas.state.record.filter((e) => e.kind === "motion" && e.motion.mover === id).length +
                oas.state.draft.amendments.filter((a) => a.sponsor === id).length,
            ),
          )
      : []),
    ...(unsc
      ? unscSeats(scenario).map(({ id }) =>
          row(
            "unsc",
            unsc,
            id,
            unsc.state.record.flatMap((e) =>
              (e.kind === "speech" && e.speaker === id) || (e.kind === "statement" && id === "SG") ? [e] : [],
            ),
            unsc.state.drafts.filter((d) => d.sponsor === id).length +
              unsc.state.amendments.filter((a) => a.sponsor === id).length +
              unsc.state.record.filter((e) => e.kind === "objection" && e.delegation === id).length,
          ),
        )
      : []),
  ];
}

type CrisisTimeline = NonNullable<SessionRecord["crisis"]["timeline"]>;

/** What the record's timeline keeps of one event of the crisis track, read against the state it made. */
function crisisEntry(event: CrisisEvent, before: CrisisState, after: CrisisState): CrisisTimeline[number] | null {
  const at = { minute: after.minute, tension: after.tension };
  switch (event.type) {
    case "legitimacySet":
      return { ...at, kind: "legitimacy", detail: event.legitimacy };
    case "incidentEntered":
      return { ...at, kind: "incident", text: event.text };
    case "appealSent":
      return { ...at, kind: "appealSent", capital: event.appeal.to, detail: event.appeal.terms };
    case "appealAnswered": {
      const appeal = before.appeals.find((a) => a.id === event.appeal);
      return { ...at, kind: "appealAnswered", ...(appeal ? { capital: appeal.to } : {}), detail: event.answer };
    }
    case "shipOrdered":
    case "shipIntercepted": {
      const ship = before.ships.find((s) => s.id === event.ship);
      return { ...at, kind: "ship", ship: ship?.name ?? null, detail: event.status };
    }
    case "defconSet":
      return { ...at, kind: "defcon", level: event.level };
    case "termAgreed":
      return { ...at, kind: "termAgreed", capital: event.by, detail: event.term };
    default:
      return null;
  }
}

/**
 * The crisis week read from its events: tension where it starts, at each change and where it stands at the
 * track's present minute; and the timeline of what happened.
 */
export function crisisLog(
  initial: CrisisState,
  events: readonly CrisisEvent[],
): { curve: { minute: number; tension: number }[]; timeline: CrisisTimeline } {
  const curve = [{ minute: initial.minute, tension: initial.tension }];
  const timeline: CrisisTimeline = [];
  let state = initial;
  for (const event of events) {
    const next = evolveCrisis(state, event);
    if (next.tension !== state.tension) curve.push({ minute: next.minute, tension: next.tension });
    const entry = crisisEntry(event, state, next);
    if (entry) timeline.push(entry);
    state = next;
  }
  const last = curve.at(-1);
  if (last && last.minute < state.minute) curve.push({ minute: state.minute, tension: state.tension });
  return { curve, timeline };
}

const curves1962 = new WeakMap<Scenario, { minute: number; tension: number }[]>();

/**
 * Tension over the week of 1962 as the game plays it (the scenario's steps and the capitals' answers of 1962,
 * to the week's end): the same for every session of a scenario, so worked out once.
 */
function curve1962(scenario: Scenario): { minute: number; tension: number }[] {
  const known = curves1962.get(scenario);
  if (known) return known;
  const { crisis } = historicalSetup(scenario);
  const initial = createCrisis(crisis.setup);
  const { curve } = crisisLog(initial, playCrisisUntil(initial, crisis.script.steps, initial.endAt, 0).events);
  curves1962.set(scenario, curve);
  return curve;
}

/**
 * The session record (`@brink/protocol`) of a session's councils and crisis: the same for the simulator and
 * for `GET /api/sessions/:id/record`. Pure.
 */
export function buildRecord(input: RecordInput): SessionRecord {
  const { scenario, crisis } = input;
  const setup = historicalSetup(scenario);
  const oasLog = input.oasEvents && readOas(scenario, input.oasEvents);
  const unscLog = input.unscEvents && readUnsc(scenario, input.unscEvents);
  const oas = oasLog?.state ?? null;
  const unsc = unscLog?.state ?? null;
  const week = crisisLog(createCrisis(setup.crisis.setup), input.crisisEvents);
  // The Security Council's votes follow the OAS Council's in `votes`.
  const offset = oas?.votes.length ?? 0;
  const chambers: ("oas" | "unsc")[] = [...(oas ? ["oas" as const] : []), ...(unsc ? ["unsc" as const] : [])];
  const chamberOutcomes: Record<string, string> = {};
  if (oas?.phase.name === "closed") chamberOutcomes.oas = oas.phase.outcome;
  if (unsc?.phase.name === "closed") chamberOutcomes.unsc = unsc.phase.outcome;

  const record: Omit<SessionRecord, "scores"> = {
    formatVersion: RECORD_FORMAT_VERSION,
    sessionId: input.sessionId,
    scenario: scenario.id,
    mode: input.mode,
    seed: input.seed,
    chambers,
    votes: [
      ...(oas
        ? toRecordVotes("oas", oas.votes, scenario).map((vote) => {
            const why = input.reasons?.oas.get(vote.question);
            const motion = oas.record.find((e) => e.kind === "motion" && `motion-${e.motion.id}` === vote.question);
            return {
              ...vote,
              ...(motion?.kind === "motion" ? { motion: motion.motion.kind } : {}),
              ...(why ? { reasons: why } : {}),
            };
          })
        : []),
      ...(unsc
        ? toRecordVotes("unsc", unsc.votes, scenario).map((vote) => {
            const why = input.reasons?.unsc.get(vote.question);
            return {
              ...vote,
              ...(vote.question === "motion-adjourn" ? { motion: "adjourn" } : {}),
              ...(why ? { reasons: why } : {}),
            };
          })
        : []),
    ],
    drafts: (unsc?.drafts ?? []).map((draft) => ({
      chamber: "unsc" as const,
      id: draft.id,
      sponsor: draft.sponsor,
      votedOn: unsc?.votes.some((v) => v.question === draft.id) ?? false,
      status: draft.status,
    })),
    voteChanges: (oas?.record ?? []).flatMap((e) =>
      e.kind === "voteChange"
        ? [{ chamber: "oas" as const, question: e.question, delegation: e.delegation, from: e.from, to: e.to }]
        : [],
    ),
    reservations: (oas?.record ?? []).flatMap((e) =>
      e.kind === "reservation" ? [{ chamber: "oas" as const, delegation: e.delegation, text: e.text }] : [],
    ),
    speeches: [
      ...(oas?.record ?? []).flatMap((e) =>
        e.kind === "speech" ? [{ chamber: "oas" as const, speaker: e.delegation as string, text: e.text }] : [],
      ),
      ...(unsc?.record ?? []).flatMap((e) =>
        e.kind === "speech" ? [{ chamber: "unsc" as const, speaker: e.speaker as string, text: e.text }] : [],
      ),
    ],
    chamberOutcomes,
    crisis: {
      tension: crisis.tension,
      defcon: crisis.defcon,
      legitimacy: crisis.legitimacy,
      appeals: crisis.appeals.map((a) => ({ id: a.id, to: a.to, terms: a.terms, reply: a.reply?.answer ?? null })),
      incidents: crisis.incidents.map((i) => ({ text: i.text, tension: i.tension })),
      agreed: { ...crisis.agreed },
      tensionCurve: week.curve,
      tensionCurve1962: curve1962(scenario),
      timeline: week.timeline,
    },
    contributions: contributionsOf(input, oasLog, unscLog),
    minutes: [
      ...(oasLog?.minutes ?? []),
      ...(unscLog?.minutes ?? []).map((m) => (m.vote === undefined ? m : { ...m, vote: m.vote + offset })),
    ],
    outcome: crisis.outcome ?? "standoff",
    ended: crisis.outcome !== null || crisis.minute >= crisis.endAt,
  };
  return { ...record, scores: scoresOf(record, scenario, input.judgements) };
}

/** Where the class's judgements of objectives are kept: a log of the session's own, beside the councils'. */
export const JUDGEMENTS_LOG = "judgements";

/** A judgement entered by the host, as the log keeps it. */
interface Judgement {
  readonly chamber: string;
  readonly delegation: string;
  readonly objective: number;
  readonly met: boolean | null;
}

/** Appends the class's judgement of an objective to the session's log: the last word on it counts. */
export async function enterJudgement(store: Store, sessionId: string, judgement: Judgement, at: number): Promise<void> {
  await store.appendEvents(sessionId, JUDGEMENTS_LOG, [{ type: "objectiveJudged", ...judgement }], at);
}

/** The class's judgements now in force, by `judgementKey`: the last entered for each objective, none if taken back. */
function judgementsOf(logs: LogReader, sessionId: string): Map<string, boolean> {
  const judgements = new Map<string, boolean>();
  for (const { payload } of logs.events(sessionId, JUDGEMENTS_LOG)) {
    const { chamber, delegation, objective, met } = payload as Judgement;
    const key = judgementKey(chamber, delegation, objective);
    if (met === null) judgements.delete(key);
    else judgements.set(key, met);
  }
  return judgements;
}

/**
 * The record of a live session, folded from its logs as read from the store: everything accepted so far, whether the
 * session's rooms run or not, with each bot's reasons for its votes as it gave them. A council not yet started
 * has no votes.
 */
export function liveRecord(
  logs: LogReader,
  scenario: Scenario,
  session: { readonly id: string; readonly settings: SessionSettings },
): SessionRecord {
  const setup = historicalSetup(scenario);
  const { chambers, mode, seed } = session.settings;
  const oasEvents = chambers.includes("oas") ? procedureEventsOf(logs, session.id, "oas") : null;
  const unscEvents = chambers.includes("unsc") ? procedureEventsOf(logs, session.id, "unsc") : null;
  const crisisEvents = crisisEventsOf(logs, session.id);
  const people = new Map<string, string[]>();
  const messages = new Map<string, number>();
  const holders = new Map<string, { from: number; name: string | null }[]>();
  for (const chamber of chambers) {
    const seats = (chamber === "oas" ? OAS_COUNCIL : SECURITY_COUNCIL).table(scenario);
    // The lobby's log replayed once: who holds each seat now, and who held it from when (a change at each
    // event that moved a seat's holder).
    let lobby = lobbyFor(seats);
    for (const stored of logs.events(session.id, `${chamber}-lobby`)) {
      const after = evolveLobby(lobby, stored.payload as LobbyEvent);
      after.seats.forEach((seat, i) => {
        if (seat.holder === lobby.seats[i]?.holder) return;
        const name = after.players.find((p) => p.id === seat.holder)?.name ?? null;
        const key = seatKey(chamber, seat.delegation);
        holders.set(key, [...(holders.get(key) ?? []), { from: stored.at, name }]);
      });
      lobby = after;
    }
    const nameOf = (id: string | null | undefined) => lobby.players.find((p) => p.id === id)?.name ?? [];
    for (const seat of lobby.seats) {
      const sitting = [nameOf(seat.holder ?? seat.keptFor), ...seat.advisers.map(nameOf)].flat();
      if (sitting.length > 0) people.set(seatKey(chamber, seat.delegation), sitting);
    }
    // What people wrote: a bot's answer to a request is not a contribution.
    for (const { payload } of logs.events(session.id, `${chamber}-corridor`)) {
      const message = payload as CorridorMessage;
      if (message.reply) continue;
      const key = seatKey(chamber, message.from);
      messages.set(key, (messages.get(key) ?? 0) + 1);
    }
  }
  return buildRecord({
    sessionId: session.id,
    scenario,
    mode,
    seed,
    oasEvents: oasEvents as OasEvent[] | null,
    unscEvents: unscEvents as UnscEvent[] | null,
    crisis: foldCrisis(createCrisis(setup.crisis.setup), crisisEvents),
    crisisEvents,
    people,
    messages,
    judgements: judgementsOf(logs, session.id),
    holderAt: (chamber, delegation, at) =>
      holders.get(seatKey(chamber, delegation))?.findLast((h) => h.from <= at)?.name ?? null,
    reasons: { oas: botReasonsOf(logs, session.id, "oas"), unsc: botReasonsOf(logs, session.id, "unsc") },
  });
}

/**
 * The columns of the record as CSV: one row per delegation's choice on each vote, then the vote changes, the
 * reservations and the minutes. Columns are only ever added at the end.
 */
export const RECORD_CSV_COLUMNS = [
  "kind",
  "vote",
  "chamber",
  "question",
  "motion",
  "result",
  "yes",
  "no",
  "abstain",
  "absent",
  "vetoed_by",
  "result_1962",
  "tally_1962",
  "delegation",
  "choice",
  "reasons",
  "from",
  "to",
  "text",
  "elapsed",
  "act",
  "detail",
  "meeting",
] as const;

type CsvRow = Partial<Record<(typeof RECORD_CSV_COLUMNS)[number], string | number>>;

/**
 * The record as a spreadsheet reads it: a `choice` row for every delegation on every vote (with the vote's
 * number, result and count, the 1962 result and count, and a bot's reasons), a `voteChange` row for each
 * change for the record, a `reservation` row for each reservation, and a `minute` row for each act of the
 * minutes (its seconds, kind, who, question, detail, meeting and words). The JSON record keeps the rest (the
 * drafts, the crisis, the scores).
 */
export function recordCsv(record: SessionRecord): string {
  const rows: CsvRow[] = record.votes.flatMap((vote, i) =>
    Object.entries(vote.choices).map(([delegation, choice]) => ({
      kind: "choice",
      vote: i + 1,
      chamber: vote.chamber,
      question: vote.question,
      motion: vote.motion ?? "",
      result: vote.result,
      ...vote.tally,
      vetoed_by: (vote.vetoedBy ?? []).join(" "),
      result_1962: vote.historical?.result ?? "",
      tally_1962: !vote.historical
        ? ""
        : vote.historical.tally === "not recorded"
          ? "not recorded"
          : `${vote.historical.tally.yes}-${vote.historical.tally.no}-${vote.historical.tally.abstain}-${vote.historical.tally.absent}`,
      delegation,
      choice,
      reasons: (vote.reasons?.[delegation] ?? []).join(" / "),
    })),
  );
  for (const change of record.voteChanges) {
    rows.push({ kind: "voteChange", ...change });
  }
  for (const reservation of record.reservations) {
    rows.push({ kind: "reservation", ...reservation });
  }
  // The minutes, act by act; a vote's act names its row number in `vote`, as the choice rows do.
  for (const m of record.minutes ?? []) {
    rows.push({
      kind: "minute",
      chamber: m.chamber,
      elapsed: m.elapsed,
      act: m.kind,
      ...(m.vote !== undefined ? { vote: m.vote + 1 } : {}),
      ...(m.delegation !== undefined ? { delegation: m.delegation } : {}),
      ...(m.question !== undefined ? { question: m.question } : {}),
      ...(m.detail !== undefined ? { detail: m.detail } : {}),
      ...(m.meeting !== undefined ? { meeting: m.meeting } : {}),
      ...(m.from !== undefined ? { from: m.from } : {}),
      ...(m.to !== undefined ? { to: m.to } : {}),
      ...(m.text !== undefined ? { text: m.text } : {}),
    });
  }
  return stringify(rows, { header: true, columns: [...RECORD_CSV_COLUMNS] });
}

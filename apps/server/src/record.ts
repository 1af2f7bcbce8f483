import {
  type Choice,
  type CorridorMessage,
  type CrisisEvent,
  type CrisisState,
  createCrisis,
  createLobby,
  createOasCouncil,
  createSecurityCouncil,
  delegationId,
  evolveCrisis,
  foldCrisis,
  foldLobby,
  foldOas,
  foldUnsc,
  type LobbyEvent,
  type OasEvent,
  type OasState,
  type SessionSettings,
  type UnscEvent,
  type UnscState,
  type VoteResult,
} from "@brink/engine";
import { RECORD_FORMAT_VERSION, type RecordVote, type SessionRecord } from "@brink/protocol";
import { historicalSetup, oasSeats, type Scenario, unscSeats } from "@brink/scenario";
import { stringify } from "csv-stringify/sync";
import { crisisEventsOf } from "./crisisTrack.ts";
import { botReasonsOf, procedureEventsOf } from "./rooms/chamber.ts";
import type { Store } from "./store.ts";

/** What a record is made of: the councils' and the crisis's states, and, from the simulator, the bots' reasons. */
export interface RecordInput {
  readonly sessionId: string;
  readonly scenario: Scenario;
  readonly mode: "historical" | "open";
  readonly seed: number;
  /** Null for a council the session does not play, or has not started. */
  readonly oas: OasState | null;
  readonly unsc: UnscState | null;
  readonly crisis: CrisisState;
  /** The crisis track's events, from the start of the week: the tension curve is drawn from them. */
  readonly crisisEvents: readonly CrisisEvent[];
  /** Live sessions: who sat at each seat (the head first, then the advisers), by council and delegation. */
  readonly people?: ReadonlyMap<string, readonly string[]>;
  /** Live sessions: corridor messages each seat wrote (bots' answers left out), by council and delegation. */
  readonly messages?: ReadonlyMap<string, number>;
  /** Why each bot voted as it did, by question and delegation. */
  readonly reasons?: {
    readonly oas: ReadonlyMap<string, Record<string, string[]>>;
    readonly unsc: ReadonlyMap<string, Record<string, string[]>>;
  };
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
function contributionsOf(input: RecordInput): SessionRecord["contributions"] {
  const { scenario, oas, unsc } = input;
  const row = (chamber: "oas" | "unsc", delegation: string, said: readonly string[], proposals: number) => ({
    chamber,
    delegation,
    people: [...(input.people?.get(seatKey(chamber, delegation)) ?? [])],
    speeches: said.length,
    words: said.reduce((sum, text) => sum + wordsIn(text), 0),
    proposals,
    messages: input.messages?.get(seatKey(chamber, delegation)) ?? 0,
  });
  return [
    ...(oas
      ? oasSeats(scenario)
          .filter((seat) => !seat.excluded)
          .map(({ id }) =>
            row(
              "oas",
              id,
              oas.record.flatMap((e) => (e.kind === "speech" && e.delegation === id ? [e.text] : [])),
              oas.record.filter((e) => e.kind === "motion" && e.motion.mover === id).length +
                oas.draft.amendments.filter((a) => a.sponsor === id).length,
            ),
          )
      : []),
    ...(unsc
      ? unscSeats(scenario).map(({ id }) =>
          row(
            "unsc",
            id,
            unsc.record.flatMap((e) =>
              (e.kind === "speech" && e.speaker === id) || (e.kind === "statement" && id === "SG") ? [e.text] : [],
            ),
            unsc.drafts.filter((d) => d.sponsor === id).length +
              unsc.amendments.filter((a) => a.sponsor === id).length +
              unsc.record.filter((e) => e.kind === "objection" && e.delegation === id).length,
          ),
        )
      : []),
  ];
}

/**
 * Tension over the week: where it starts, each change as the track's events made it, and where it stands
 * at the track's present minute.
 */
export function tensionCurve(
  initial: CrisisState,
  events: readonly CrisisEvent[],
): { minute: number; tension: number }[] {
  const curve = [{ minute: initial.minute, tension: initial.tension }];
  let state = initial;
  for (const event of events) {
    const next = evolveCrisis(state, event);
    if (next.tension !== state.tension) curve.push({ minute: next.minute, tension: next.tension });
    state = next;
  }
  const last = curve.at(-1);
  if (last && last.minute < state.minute) curve.push({ minute: state.minute, tension: state.tension });
  return curve;
}

/**
 * The session record (`@brink/protocol`) of a session's councils and crisis: the same for the simulator and
 * for `GET /api/sessions/:id/record`. Pure.
 */
export function buildRecord(input: RecordInput): SessionRecord {
  const { scenario, oas, unsc, crisis } = input;
  const chambers: ("oas" | "unsc")[] = [...(oas ? ["oas" as const] : []), ...(unsc ? ["unsc" as const] : [])];
  const chamberOutcomes: Record<string, string> = {};
  if (oas?.phase.name === "closed") chamberOutcomes.oas = oas.phase.outcome;
  if (unsc?.phase.name === "closed") chamberOutcomes.unsc = unsc.phase.outcome;

  return {
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
      tensionCurve: tensionCurve(createCrisis(historicalSetup(scenario).crisis.setup), input.crisisEvents),
    },
    contributions: contributionsOf(input),
    outcome: crisis.outcome ?? "standoff",
    ended: crisis.outcome !== null || crisis.minute >= crisis.endAt,
  };
}

/**
 * The record of a live session, folded from its logs in the store: everything accepted so far, whether the
 * session's rooms run or not, with each bot's reasons for its votes as it gave them. A council not yet started
 * has no votes.
 */
export function liveRecord(
  store: Store,
  scenario: Scenario,
  session: { readonly id: string; readonly settings: SessionSettings },
): SessionRecord {
  const setup = historicalSetup(scenario);
  const { chambers, mode, seed } = session.settings;
  const oasEvents = chambers.includes("oas") ? procedureEventsOf(store, session.id, "oas") : null;
  const unscEvents = chambers.includes("unsc") ? procedureEventsOf(store, session.id, "unsc") : null;
  const crisisEvents = crisisEventsOf(store, session.id);
  const people = new Map<string, string[]>();
  const messages = new Map<string, number>();
  for (const chamber of chambers) {
    const seats = chamber === "oas" ? oasSeats(scenario) : unscSeats(scenario).map((s) => ({ ...s, excluded: false }));
    const lobby = foldLobby(
      createLobby(seats.map((seat) => ({ delegation: delegationId(seat.id), excluded: seat.excluded }))),
      store.events(session.id, `${chamber}-lobby`).map((e) => e.payload as LobbyEvent),
    );
    const nameOf = (id: string | null | undefined) => lobby.players.find((p) => p.id === id)?.name ?? [];
    for (const seat of lobby.seats) {
      const sitting = [nameOf(seat.holder ?? seat.keptFor), ...seat.advisers.map(nameOf)].flat();
      if (sitting.length > 0) people.set(seatKey(chamber, seat.delegation), sitting);
    }
    // What people wrote: a bot's answer to a request is not a contribution.
    for (const { payload } of store.events(session.id, `${chamber}-corridor`)) {
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
    oas: oasEvents && foldOas(createOasCouncil(setup.oas.setup), oasEvents as OasEvent[]),
    unsc: unscEvents && foldUnsc(createSecurityCouncil(setup.unsc.setup), unscEvents as UnscEvent[]),
    crisis: foldCrisis(createCrisis(setup.crisis.setup), crisisEvents),
    crisisEvents,
    people,
    messages,
    reasons: { oas: botReasonsOf(store, session.id, "oas"), unsc: botReasonsOf(store, session.id, "unsc") },
  });
}

/** The columns of the record as CSV: one row per delegation's choice on each vote, then the vote changes and reservations. */
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
] as const;

type CsvRow = Partial<Record<(typeof RECORD_CSV_COLUMNS)[number], string | number>>;

/**
 * The record as a spreadsheet reads it: a `choice` row for every delegation on every vote (with the vote's
 * number, result and count, the 1962 result and count, and a bot's reasons), a `voteChange` row for each
 * change for the record and a `reservation` row for each reservation. The JSON record keeps the rest
 * (speeches, the drafts, the crisis).
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
  return stringify(rows, { header: true, columns: [...RECORD_CSV_COLUMNS] });
}

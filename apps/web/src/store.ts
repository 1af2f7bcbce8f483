import { checkDisplayName, type SessionMode } from "@brink/engine";
import type { JoinTarget } from "@brink/protocol";
import {
  type AllowedMessage,
  type AllowedWire,
  type CardMessage,
  CLOSE_CODES,
  type ClientRequest,
  type ClientRequestType,
  type CorridorMessageWire,
  type CorridorUpdate,
  isJoinCode,
  normalizeJoinCode,
  type RequestReply,
  SERVER_MESSAGES,
  unpackAllowed,
  type YouMessage,
} from "@brink/protocol";
import type { Room } from "@colyseus/sdk";
import { createStore, type StoreApi } from "zustand/vanilla";
import { ApiError, connect, createSession, findSession } from "./api.ts";
import { rememberHosted } from "./hosted.ts";
import { currentLanguage } from "./i18n.ts";
import { learnNames } from "./names.ts";
import { findTicket, forgetTickets, keepTicket } from "./seatKeys.ts";

/** One chair, as the page shows it. */
export interface SeatView {
  /** e.g. `BRA` */
  readonly delegation: string;
  readonly names: { readonly en: string; readonly es: string; readonly pt: string };
  readonly excluded: boolean;
  /** `member`; in the Security Council also `permanent` (a veto), `invitee` (Cuba) or `secretaryGeneral`. */
  readonly standing: string;
  /** "" while empty */
  readonly holderId: string;
  readonly holderName: string;
  /** The player a bot keeps the seat for while their connection is lost, and their name; "" when not kept. */
  readonly keptFor: string;
  readonly keptForName: string;
  /** The student the class list keeps this empty seat for, by name; "" for none. */
  readonly plannedFor: string;
  /** The head's team, in the order they joined. */
  readonly advisers: readonly { readonly id: string; readonly name: string }[];
}

export interface RosterEntryView {
  readonly name: string;
  readonly delegation: string;
  readonly adviser: boolean;
  readonly joined: boolean;
  /** The planned seat waits for this student: nobody else may take it until the host frees it or the start. */
  readonly held: boolean;
  /** Where the student who joined under this name sits now (a delegation), "" for nowhere. */
  readonly at: string;
}

export interface PlayerView {
  readonly id: string;
  readonly name: string;
  readonly connected: boolean;
  /** Muted by the host: may vote, not speak or write. */
  readonly muted: boolean;
}

/** A closed vote, as the tally board shows it. */
export interface VoteView {
  readonly question: string;
  readonly result: string;
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly absent: number;
  /** The permanent members whose "no" vetoed it (Security Council). */
  readonly vetoedBy: readonly string[];
}

/** An entry of the minutes: a speech, a motion moved, a point of order, an explanation, a reservation. */
export interface EntryView {
  /** `speech`, `motion`, `pointOfOrder`, `explanation`, `reservation` or `voteChange` */
  readonly kind: string;
  readonly delegation: string;
  readonly text: string;
  /** A motion's kind, or the question explained or changed. */
  readonly subject: string;
  /** A point of order's id. */
  readonly id: string;
  /** A point of order's ruling (`upheld`, `overruled`, "" pending), or a changed vote's new choice. */
  readonly detail: string;
}

export interface ParagraphView {
  readonly number: number;
  readonly text: string;
  /** `pending`, `adopted` or `rejected` */
  readonly status: string;
}

export interface AmendmentView {
  readonly id: string;
  /** The OAS paragraph it changes; 0 in the Security Council. */
  readonly paragraph: number;
  /** The Security Council draft it adds a paragraph to; "" in the OAS. */
  readonly draft: string;
  readonly sponsor: string;
  readonly text: string;
  /** `pending`, `adopted`, `rejected` or `withdrawn` */
  readonly status: string;
}

/** A draft resolution tabled in the Security Council. */
export interface DraftView {
  /** e.g. `draft-usa` */
  readonly id: string;
  readonly sponsor: string;
  readonly paragraphs: readonly string[];
  /** `tabled`, `withdrawn`, `adopted` or `rejected` */
  readonly status: string;
  readonly voteRequested: boolean;
}

export interface MotionView {
  readonly id: string;
  /** `suspend`, `adjourn`, `closeDebate` or `divide` */
  readonly kind: string;
  readonly mover: string;
}

/** The chamber's procedure as the server publishes it; `phase` is `lobby` until the host starts. */
export interface ProcedureView {
  readonly phase: string;
  /** The agenda item the chair's "next" would open; "" when it cannot move on. */
  readonly nextPhase: string;
  /** The events of the crisis the host has announced, by the scenario's id, oldest first. */
  readonly bulletins: readonly string[];
  /** The questions still to be voted that a seat may ask another to vote on, e.g. `paragraph-2`. */
  readonly askable: readonly string[];
  readonly outcome: string;
  readonly floor: string;
  readonly queue: readonly string[];
  readonly question: string;
  /** Yes votes the open question needs; 0 when none is open. */
  readonly needed: number;
  readonly called: string;
  readonly choices: Readonly<Record<string, string>>;
  readonly votes: readonly VoteView[];
  /** When the speaker on the floor was given it, in server milliseconds; 0 when nobody has it. */
  readonly floorSince: number;
  /** Seconds per speech; 0 for no limit. */
  readonly timeLimit: number;
  /** Seconds the speaker on the floor has in all (a reply has half); 0 for no limit. */
  readonly floorSeconds: number;
  readonly motions: readonly MotionView[];
  /** The kind of the motion being voted on now; "" when none. */
  readonly motionKind: string;
  readonly suspended: boolean;
  /** True while the host has paused the whole table. */
  readonly paused: boolean;
  readonly paragraphs: readonly ParagraphView[];
  readonly amendments: readonly AmendmentView[];
  readonly divided: boolean;
  readonly whole: string;
  readonly minutes: readonly EntryView[];
  /** Security Council: the meeting in progress or next (1022–1025); 0 in the OAS. */
  readonly meeting: number;
  /** Security Council: whether Cuba has been invited to take part. */
  readonly invited: boolean;
  /** Security Council: members objecting to adopting the agenda or the invitation without a vote. */
  readonly objections: readonly string[];
  /** Security Council: the drafts tabled. */
  readonly drafts: readonly DraftView[];
}

/** The session's crisis track, the same in both councils. */
export interface CrisisView {
  /** Game minutes since Kennedy's address, 22 October 1962, 19:00 EDT. */
  readonly minute: number;
  readonly quarantineAt: number;
  readonly endAt: number;
  readonly defcon: number;
  /** `pending`, `multilateral` or `unilateral` */
  readonly legitimacy: string;
  readonly tension: number;
  /** `peace`, `standoff`, `war`, or "" while it goes on */
  readonly outcome: string;
  readonly ships: readonly {
    readonly id: string;
    readonly name: string;
    readonly distanceNm: number;
    readonly status: string;
  }[];
  readonly appeals: readonly {
    readonly id: string;
    readonly to: string;
    readonly terms: string;
    readonly text: string;
    readonly sentAt: number;
    /** Ideas of 1962 it puts: `nonAggression`, `verificationAtSea`. */
    readonly proposals: readonly string[];
    readonly reply: string;
    readonly repliedAt: number;
  }[];
  readonly incidents: readonly { readonly text: string; readonly tension: number; readonly minute: number }[];
  readonly agreed: readonly string[];
  /** The OAS resolution as transmitted to the Security Council: `adopted`, `rejected`, or "" before the vote. */
  readonly oasResolution: string;
  readonly oasParagraphs: readonly { readonly text: string; readonly status: string }[];
}

const NO_CRISIS: CrisisView = {
  minute: 0,
  quarantineAt: 0,
  endAt: 0,
  defcon: 3,
  legitimacy: "pending",
  tension: 0,
  outcome: "",
  ships: [],
  appeals: [],
  incidents: [],
  agreed: [],
  oasResolution: "",
  oasParagraphs: [],
};

/** The two councils: the OAS Council (`oas`) and the UN Security Council (`unsc`). */
export type ChamberId = "oas" | "unsc";

/** Something to say to screen readers; `n` changes so the same sentence can be said twice. */
export interface Announcement {
  readonly key: string;
  readonly params: Record<string, string>;
  readonly n: number;
}

export interface TableStore {
  /** `idle` on the landing page; `connected` at the table. */
  readonly status: "idle" | "connecting" | "connected" | "reconnecting" | "left";
  readonly sessionId: string | null;
  readonly joinCode: string;
  /** The council of this room. */
  readonly chamber: ChamberId;
  /** Every council the session runs: two for a class in two groups, side by side. */
  readonly chambers: readonly ChamberId[];
  /** A session of two councils asks which one to join before a student joins: the code and name kept meanwhile. */
  readonly choosing: { readonly code: string; readonly name: string } | null;
  readonly role: YouMessage["role"];
  readonly playerId: string | null;
  readonly seats: readonly SeatView[];
  readonly players: readonly PlayerView[];
  /** The host's class list and the place planned for each name. */
  readonly roster: readonly RosterEntryView[];
  /** Students back on a new device who say they are an earlier player of their name, for the host to confirm. */
  readonly claims: readonly { readonly from: string; readonly into: string }[];
  readonly hostConnected: boolean;
  /** The class period the session is planned for; null for no fixed length. */
  readonly periodMinutes: 45 | 50 | 90 | null;
  /** How bots voice the empty seats: as in 1962, or weighing the table. */
  readonly mode: SessionMode;
  /** The session's own language, chosen when it was created: the projector speaks it. */
  readonly language: "en" | "es" | "pt";
  /** Whether bots voice the empty seats (the host may turn them off). */
  readonly bots: boolean;
  /** The request in flight, e.g. `claimSeat`; controls wait for it. */
  readonly pending: ClientRequestType | "create" | "join" | null;
  /** The last refusal or failure, as a code the page translates, with the server's sentence beside it. */
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly announcement: Announcement | null;
  readonly procedure: ProcedureView;
  readonly crisis: CrisisView;
  /** The commands (and motions) the server would accept from this connection now. */
  readonly allowed: Readonly<AllowedMessage>;
  /** The server's clock minus this device's, in milliseconds, so that timers agree on every screen. */
  readonly clockSkew: number;
  /** A replayed moment, on the server's clock: timers stand still there. Null at a live table. */
  readonly replayAt: number | null;
  /** The secret side of this seat's role card, as the server sent it to this connection alone. */
  readonly card: CardMessage | null;
  /** The corridor messages this connection may read (its seat's; the host's: all), in order. */
  readonly corridor: readonly CorridorMessageWire[];
  /** The presiding delegation, e.g. `COL`. */
  readonly chair: string;
  /** What the join form holds, kept here so that it survives the form being unmounted by a failed join. */
  readonly draft: { readonly code: string; readonly name: string };
}

const initial: TableStore = {
  status: "idle",
  sessionId: null,
  joinCode: "",
  chamber: "oas",
  chambers: ["oas"],
  choosing: null,
  role: "observer",
  playerId: null,
  seats: [],
  players: [],
  roster: [],
  claims: [],
  hostConnected: false,
  periodMinutes: null,
  mode: "historical",
  language: "en",
  bots: true,
  pending: null,
  error: null,
  announcement: null,
  procedure: {
    phase: "lobby",
    nextPhase: "",
    bulletins: [],
    askable: [],
    outcome: "",
    floor: "",
    queue: [],
    question: "",
    needed: 0,
    called: "",
    choices: {},
    votes: [],
    floorSince: 0,
    timeLimit: 0,
    floorSeconds: 0,
    motions: [],
    motionKind: "",
    suspended: false,
    paused: false,
    paragraphs: [],
    amendments: [],
    divided: false,
    whole: "pending",
    minutes: [],
    meeting: 0,
    invited: false,
    objections: [],
    drafts: [],
  },
  crisis: NO_CRISIS,
  allowed: { commands: [], motions: [] },
  clockSkew: 0,
  replayAt: null,
  card: null,
  corridor: [],
  chair: "",
  // The code of the link or QR code; else the table this device last joined, for a student whose tab was closed.
  draft: firstDraft(new URLSearchParams(window.location.search).get("code")),
};

/**
 * The join form as the page opens: the link's code, else the code of the table this device last joined. Not
 * the name: on a laptop two students share, the second would come back as the first by tapping Join; typing
 * her own name is what brings a student back to her seat.
 */
function firstDraft(linked: string | null): TableStore["draft"] {
  return { code: linked ?? findTicket()?.joinCode ?? "", name: "" };
}

export const tableStore = createStore<TableStore>(() => initial);
const set = tableStore.setState;
const get = tableStore.getState;

/**
 * A table apart from the one this tab plays at: a moment of a finished session, replayed from its log and
 * shown on the chamber view (`replayAt` freezes its timers there).
 */
export const replayStore = (): StoreApi<TableStore> =>
  createStore<TableStore>(() => ({ ...initial, status: "connected" }));

/** Shows a replayed moment: the table as the server folded it from the log, its clocks stopped at `at`. */
export function showReplay(store: StoreApi<TableStore>, state: Record<string, unknown>, at: number): void {
  mirror(store, state as unknown as SyncedState);
  store.setState({ replayAt: at, announcement: null });
}

/** What a reload needs to come back to the same table as the same person; kept per browser tab. */
interface Saved {
  joinCode: string;
  sessionId: string;
  /** The council joined, in a session of two. */
  chamber?: ChamberId;
  hostKey?: string;
  resumeKey?: string;
  /** The name a player joined under: their ticket on this device is kept under it (`seatKeys.ts`). */
  name?: string;
}
const SAVED_KEY = "brink.table";
const saved = (): Saved | null => {
  try {
    return JSON.parse(sessionStorage.getItem(SAVED_KEY) ?? "null") as Saved | null;
  } catch {
    return null;
  }
};
const save = (value: Saved | null): void => {
  if (value) sessionStorage.setItem(SAVED_KEY, JSON.stringify(value));
  else sessionStorage.removeItem(SAVED_KEY);
};

let room: Room | null = null;
let announcements = 0;

const fail = (code: string, message = code): void => set({ error: { code, message }, pending: null });
const failWith = (e: unknown): void =>
  e instanceof ApiError ? fail(e.code, e.message) : fail("network", e instanceof Error ? e.message : String(e));

interface SyncedSeat {
  delegation: string;
  nameEn: string;
  nameEs: string;
  namePt: string;
  excluded: boolean;
  standing: string;
  holderId: string;
  holderName: string;
  keptFor: string;
  plannedFor: string;
  advisers: string[];
}
interface SyncedState extends ProcedureView {
  chamber: string;
  crisis?: CrisisView;
  joinCode: string;
  seats: SyncedSeat[];
  players: Record<string, PlayerView>;
  roster: RosterEntryView[];
  claims: { from: string; into: string }[];
  hostConnected: boolean;
  periodMinutes: number;
  mode: string;
  language: string;
  bots: boolean;
  chair: string;
}

const sameSeat = (a: SeatView, b: SeatView): boolean =>
  a.delegation === b.delegation &&
  a.excluded === b.excluded &&
  a.standing === b.standing &&
  a.holderId === b.holderId &&
  a.holderName === b.holderName &&
  a.keptFor === b.keptFor &&
  a.keptForName === b.keptForName &&
  a.plannedFor === b.plannedFor &&
  a.advisers.map((x) => `${x.id}:${x.name}`).join() === b.advisers.map((x) => `${x.id}:${x.name}`).join() &&
  a.names.en === b.names.en &&
  a.names.es === b.names.es &&
  a.names.pt === b.names.pt;

/** Mirrors a patch into a store, keeping unchanged seats identical so their components do not re-render. */
function mirror(store: StoreApi<TableStore>, state: SyncedState): void {
  const get = store.getState;
  const set = store.setState;
  const before = get().seats;
  const seats = state.seats.map((s, i): SeatView => {
    const next: SeatView = {
      delegation: s.delegation,
      names: { en: s.nameEn, es: s.nameEs, pt: s.namePt },
      excluded: s.excluded,
      standing: s.standing,
      holderId: s.holderId,
      holderName: s.holderName,
      keptFor: s.keptFor,
      keptForName: state.players[s.keptFor]?.name ?? "",
      plannedFor: s.plannedFor ?? "",
      advisers: s.advisers.map((id) => ({ id, name: state.players[id]?.name ?? "" })),
    };
    const previous = before[i];
    return previous && sameSeat(previous, next) ? previous : next;
  });
  if (seats.some((s, i) => s !== before[i])) learnNames(seats);
  const changed =
    before.length > 0 ? seats.find((s, i) => s !== before[i] && s.holderId !== before[i]?.holderId) : null;
  const previous = get().procedure;
  const closed = state.votes.length > previous.votes.length ? state.votes.at(-1) : undefined;
  const announcement: Announcement | null = closed
    ? {
        key: closed.result === "adopted" ? "announce.adopted" : "announce.rejected",
        params: { question: closed.question, yes: `${closed.yes}`, no: `${closed.no}`, abstain: `${closed.abstain}` },
        n: ++announcements,
      }
    : changed
      ? {
          key: changed.holderId ? "announce.taken" : changed.keptFor ? "announce.kept" : "announce.freed",
          params: { name: changed.holderName || changed.keptForName, delegation: changed.delegation },
          n: ++announcements,
        }
      : calledNow(previous.called, state.called)
        ? { key: "announce.yourVote", params: { delegation: state.called }, n: ++announcements }
        : state.floor && state.floor !== previous.floor
          ? { key: "announce.floor", params: { delegation: state.floor }, n: ++announcements }
          : get().announcement;
  // A capital's answer to an appeal, U Thant's new appeal, or the end of the crisis, is read out in both councils.
  const crisis = state.crisis;
  const track = get().crisis;
  const answered = crisis?.appeals.find((a, i) => a.reply !== "" && track.appeals[i]?.reply === "");
  const crisisNews: Announcement | null =
    crisis?.outcome && !track.outcome
      ? { key: "announce.crisisOutcome", params: { outcome: crisis.outcome }, n: ++announcements }
      : answered && track.minute > 0
        ? { key: "announce.reply", params: { capital: answered.to, answer: answered.reply }, n: ++announcements }
        : crisis && track.minute > 0 && crisis.appeals.length > track.appeals.length
          ? { key: "announce.appeal", params: { capital: crisis.appeals.at(-1)?.to ?? "" }, n: ++announcements }
          : null;
  const procedure: ProcedureView = {
    phase: state.phase,
    nextPhase: state.nextPhase,
    outcome: state.outcome,
    floor: state.floor,
    queue: state.queue,
    question: state.question,
    needed: state.needed,
    called: state.called,
    choices: state.choices,
    votes: state.votes.length === previous.votes.length ? previous.votes : state.votes,
    floorSince: state.floorSince,
    timeLimit: state.timeLimit,
    floorSeconds: state.floorSeconds,
    motions: state.motions,
    motionKind: state.motionKind,
    suspended: state.suspended,
    paused: state.paused,
    paragraphs: state.paragraphs,
    amendments: state.amendments,
    divided: state.divided,
    whole: state.whole,
    minutes: state.minutes,
    meeting: state.meeting,
    invited: state.invited,
    objections: state.objections,
    drafts: state.drafts,
    // Kept when unchanged, so that the news panel renders only when news arrives.
    bulletins:
      state.bulletins.join() === get().procedure.bulletins.join() ? get().procedure.bulletins : state.bulletins,
    askable: state.askable.join() === get().procedure.askable.join() ? get().procedure.askable : state.askable,
  };
  set({
    joinCode: state.joinCode,
    chamber: state.chamber === "unsc" ? "unsc" : "oas",
    seats,
    players: Object.values(state.players),
    // A new array only when the list changed, so that the host's list does not re-render on every patch.
    roster: JSON.stringify(state.roster) === JSON.stringify(get().roster) ? get().roster : [...state.roster],
    claims:
      JSON.stringify(state.claims ?? []) === JSON.stringify(get().claims) ? get().claims : [...(state.claims ?? [])],
    hostConnected: state.hostConnected,
    chair: state.chair,
    periodMinutes: state.periodMinutes === 0 ? null : (state.periodMinutes as 45 | 50 | 90),
    mode: state.mode === "open" ? "open" : "historical",
    language: state.language === "es" || state.language === "pt" ? state.language : "en",
    bots: state.bots,
    announcement: crisisNews ?? announcement,
    procedure,
    // A new object only when the track changed, so that its panel renders only then.
    crisis: state.crisis && JSON.stringify(state.crisis) !== JSON.stringify(get().crisis) ? state.crisis : get().crisis,
  });
}

function bind(joined: Room, joinCode: string, target: JoinTarget): void {
  room = joined;
  set({ status: "connected", joinCode, chamber: target.chamber, chambers: target.chambers, error: null });
  joined.onStateChange((state: { toJSON(): unknown }) => mirror(tableStore, state.toJSON() as SyncedState));
  joined.onMessage(SERVER_MESSAGES.you, (you: YouMessage) => {
    set({
      role: you.role,
      playerId: you.playerId,
      sessionId: you.sessionId,
      clockSkew: you.serverTime - Date.now(),
    });
    const current = saved();
    save({
      joinCode,
      sessionId: you.sessionId,
      chamber: target.chamber,
      ...(current?.hostKey ? { hostKey: current.hostKey } : {}),
      ...(you.resumeKey ? { resumeKey: you.resumeKey } : current?.resumeKey ? { resumeKey: current.resumeKey } : {}),
      ...(current?.name ? { name: current.name } : {}),
    });
    // A new player's ticket outlives the tab: typing the same code and name again brings them back.
    if (you.resumeKey && current?.name && !current.hostKey) {
      keepTicket({
        joinCode,
        sessionId: you.sessionId,
        name: current.name,
        resumeKey: you.resumeKey,
        ...(target.chamber ? { chamber: target.chamber } : {}),
      });
    }
  });
  joined.onMessage(SERVER_MESSAGES.allowed, (wire: AllowedWire) => set({ allowed: unpackAllowed(wire) }));
  joined.onMessage(SERVER_MESSAGES.card, (card: CardMessage) => set({ card }));
  joined.onMessage(SERVER_MESSAGES.corridor, (update: CorridorUpdate) => {
    const { corridor } = get();
    const incoming = update.replace ? [] : update.messages.filter((m) => m.to === mySeat());
    const from = incoming.at(-1)?.from;
    set({
      corridor: update.replace ? update.messages : [...corridor, ...update.messages],
      ...(from
        ? {
            announcement: {
              key: "announce.corridor",
              params: { delegation: from },
              n: ++announcements,
            },
          }
        : {}),
    });
  });
  joined.onMessage(SERVER_MESSAGES.error, (reply: { code: string; message: string }) =>
    fail(reply.code, reply.message),
  );
  joined.onDrop(() => set({ status: "reconnecting" }));
  joined.onReconnect(() => set({ status: "connected" }));
  joined.onLeave((code: number) => {
    room = null;
    // 4000 is a consented leave. Anything else (the server restarted, reconnection ran out) while we
    // still hold a ticket to this table: try to come back as the same host or player.
    if (code === CLOSE_CODES.sessionDeleted) {
      const gone = saved()?.sessionId;
      if (gone) forgetTickets(gone);
      save(null);
      set({ status: "left", pending: null });
      fail("session/deleted");
    } else if (code !== 4000 && saved()) void comeBack();
    else set({ status: "left", pending: null });
  });
}

/** Retries resuming the saved table with a growing pause, as a server restart takes a few seconds. */
async function comeBack(): Promise<void> {
  set({ status: "reconnecting", pending: null });
  for (let attempt = 0; attempt < 12; attempt++) {
    await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** attempt, 5000)));
    if (await resumeSaved(false)) return;
    if (!saved()) return;
  }
  set({ status: "left" });
}

/** Refusals that only say a second tap arrived after the first: the first stands, and nothing is shown. */
const REPEATED: ReadonlySet<string> = new Set(["vote/already_cast"]);

async function request<T extends ClientRequestType>(type: T, payload: ClientRequest<T>): Promise<boolean> {
  if (!room || get().status !== "connected") {
    fail("network", "Not connected to the table.");
    return false;
  }
  // A double tap: the same request is on its way already, and the screen's buttons wait for its answer.
  if (get().pending === type) return false;
  set({ pending: type, error: null });
  try {
    const reply = (await room.request(type, payload)) as RequestReply;
    if (!reply.ok && REPEATED.has(reply.code)) {
      set({ pending: null });
      return false;
    }
    if (!reply.ok) {
      fail(reply.code, reply.message);
      return false;
    }
    set({ pending: null });
    return true;
  } catch (e) {
    failWith(e);
    return false;
  }
}

/** The host creates a session and sits at its table as host. */
export async function hostNewSession(
  periodMinutes: 45 | 50 | 90 | null,
  mode: SessionMode,
  chambers: readonly ChamberId[] = ["oas"],
): Promise<void> {
  set({ pending: "create", error: null, status: "connecting" });
  try {
    const created = await createSession({ periodMinutes, mode, language: currentLanguage(), chambers: [...chambers] });
    save({ joinCode: created.joinCode, sessionId: created.sessionId, hostKey: created.hostKey });
    rememberHosted({ ...created, createdAt: Date.now() });
    const target = await findSession(created.joinCode);
    bind(await connect(target, { hostKey: created.hostKey }), created.joinCode, target);
    set({ pending: null });
  } catch (e) {
    set({ status: "idle" });
    failWith(e);
  }
}

/**
 * A student joins with the code from the projector and a name; checked here first, then by the server. In a
 * session of two councils, the student first says which (`chamber`); a student coming back goes where they were.
 */
export async function joinSession(rawCode: string, rawName: string, chamber?: ChamberId): Promise<void> {
  const joinCode = normalizeJoinCode(rawCode);
  if (!isJoinCode(joinCode)) return fail("codeFormat");
  const name = checkDisplayName(rawName);
  if (!name.ok) return fail(name.rejection.code, name.rejection.message);
  set({ pending: "join", error: null, status: "connecting" });
  try {
    const previous = saved();
    // This tab's own table, else a ticket this device kept under the same code and name (a closed tab).
    const ticket = findTicket({ joinCode, name: name.value });
    const back = previous?.joinCode === joinCode ? previous.chamber : ticket?.chamber;
    const target = await findSession(joinCode, chamber ?? back);
    if (target.chambers.length > 1 && !chamber && !back) {
      set({ status: "idle", pending: null, choosing: { code: joinCode, name: name.value }, chambers: target.chambers });
      return;
    }
    const resumeKey =
      previous?.sessionId === target.sessionId && previous.chamber === back && previous.resumeKey
        ? previous.resumeKey
        : findTicket({
            sessionId: target.sessionId,
            name: name.value,
            ...(target.chambers.length > 1 && target.chamber ? { chamber: target.chamber } : {}),
          })?.resumeKey;
    save({
      joinCode,
      sessionId: target.sessionId,
      chamber: target.chamber,
      name: name.value,
      ...(resumeKey ? { resumeKey } : {}),
    });
    const joined = await connect(target, resumeKey ? { resumeKey } : {});
    bind(joined, joinCode, target);
    set({ choosing: null });
    // A resumed player is already at the table; the server says so in its `you` message.
    await waitForYou();
    if (get().role !== "player") {
      const reply = (await joined.request("joinTable", { name: name.value })) as RequestReply;
      if (!reply.ok) {
        await leave();
        return fail(reply.code, reply.message);
      }
    }
    set({ pending: null });
  } catch (e) {
    set({ status: "idle" });
    failWith(e);
  }
}

/**
 * The projector: watches the table as an observer, with no name and no seat, so it shows only what every
 * seat may see. A reload finds the same table again.
 */
export async function watchSession(rawCode: string, chamber?: ChamberId): Promise<void> {
  const joinCode = normalizeJoinCode(rawCode);
  if (!isJoinCode(joinCode)) return fail("codeFormat");
  set({ pending: "join", error: null, status: "connecting" });
  try {
    const target = await findSession(joinCode, chamber);
    save({ joinCode, sessionId: target.sessionId, chamber: target.chamber });
    bind(await connect(target, {}), joinCode, target);
    set({ pending: null });
  } catch (e) {
    set({ status: "idle" });
    failWith(e);
  }
}

/** After a reload or a lost server: back to the same table, as host or as the same player. */
export async function resumeSaved(forgetOnFailure = true): Promise<boolean> {
  const previous = saved();
  if (!previous) return false;
  if (forgetOnFailure) set({ status: "connecting" });
  try {
    const target = await findSession(previous.joinCode, previous.chamber);
    const options = {
      ...(previous.hostKey ? { hostKey: previous.hostKey } : {}),
      ...(previous.resumeKey ? { resumeKey: previous.resumeKey } : {}),
    };
    bind(await connect(target, options), previous.joinCode, target);
    return true;
  } catch (e) {
    // A session that no longer exists is forgotten; a server that is not back yet is tried again.
    if (forgetOnFailure || (e instanceof ApiError && e.code === "session/not_found")) {
      save(null);
      set((s) => ({ ...initial, draft: s.draft }));
    }
    return false;
  }
}

const waitForYou = (): Promise<void> =>
  new Promise((resolve) => {
    if (get().sessionId) return resolve();
    const stop = tableStore.subscribe((s) => {
      if (s.sessionId) {
        stop();
        resolve();
      }
    });
  });

export const claimSeat = (delegation: string): Promise<boolean> => request("claimSeat", { delegation });
export const startSession = (): Promise<boolean> => request("startSession", {});
export const pauseSession = (): Promise<boolean> => request("pauseSession", {});
export const resumeSession = (): Promise<boolean> => request("resumeSession", {});
/** A command of the chamber's procedure: this seat's own, or the chair's powers for the host and the chair. */
export type Command = ClientRequest<"act">["command"];
export const act = (command: Command): Promise<boolean> => request("act", { command });
export const joinTeam = (delegation: string): Promise<boolean> => request("joinTeam", { delegation });
export const handOver = (player: string): Promise<boolean> => request("handOver", { player });
export const assignAdviser = (player: string, delegation: string): Promise<boolean> =>
  request("assignAdviser", { player, delegation });
export const planRoster = (entries: readonly { name: string; delegation?: string }[]): Promise<boolean> =>
  request("planRoster", { entries: [...entries] });
/** A student back on a new device: "I am the earlier player of my name" (the host confirms). */
export const claimPlace = (into: string): Promise<boolean> => request("claimPlace", { into });
/** The host's own: this new player is the earlier one of the same name; their place is theirs again. */
export const returnPlayer = (from: string, into: string): Promise<boolean> => request("returnPlayer", { from, into });
/** The host's answer to such a claim: the place is theirs again, or not. */
export const settleClaim = (from: string, accept: boolean): Promise<boolean> =>
  request("settleClaim", { from, accept });
/** The host's: the seat planned for a student who has not come (one delegation's, or all) may be taken. */
export const freePlanned = (delegation?: string): Promise<boolean> =>
  request("freePlanned", delegation === undefined ? {} : { delegation });
export const setBots = (on: boolean): Promise<boolean> => request("setBots", { on });
/** The host takes a place at the table too, under a name, to play a seat (friends online). */
export const joinTableAs = (name: string): Promise<boolean> => request("joinTable", { name });
export const injectEvent = (event: string): Promise<boolean> => request("injectEvent", { event });
/** U Thant's appeal to a capital (his seat's, or the host's for him). */
export const sendAppeal = (appeal: ClientRequest<"sendAppeal">): Promise<boolean> => request("sendAppeal", appeal);
export const releaseSeat = (): Promise<boolean> => request("releaseSeat", {});
export const sendCorridor = (to: string, text: string, ask?: CorridorAskView): Promise<boolean> =>
  request("sendMessage", ask ? { to, text, ask } : { to, text });

/** A request for a vote sent along the corridor, with the asker's own vote offered in return, if any. */
export type CorridorAskView = NonNullable<CorridorMessageWire["ask"]>;

/** The seat a player heads or advises, if any. */
export const teamSeatOf = (seats: readonly SeatView[], playerId: string | null): SeatView | undefined =>
  playerId === null
    ? undefined
    : seats.find((s) => s.holderId === playerId || s.advisers.some((a) => a.id === playerId));

/** The delegation this connection's player holds or advises, if any. */
const mySeat = (): string | undefined => teamSeatOf(get().seats, get().playerId)?.delegation;

/** Whether the roll call has just reached the seat this screen's player voices. */
const calledNow = (before: string, now: string): boolean => now !== "" && now !== before && now === mySeat();
/** The host's: seat a player (a taken seat is swapped), unseat one, remove one from the table. */
export const assignSeat = (player: string, delegation: string): Promise<boolean> =>
  request("assignSeat", { player, delegation });
export const unseatPlayer = (player: string): Promise<boolean> => request("unseatPlayer", { player });
export const removePlayer = (player: string): Promise<boolean> => request("removePlayer", { player });
export const seatEveryone = (): Promise<boolean> => request("seatEveryone", {});
export const mutePlayer = (player: string, muted: boolean): Promise<boolean> =>
  request("mutePlayer", { player, muted });

/**
 * Goes to the session's other council. The host (two groups side by side) leaves this room as it stands and
 * joins the other with the same host key; a seat the host plays here is kept for them, voiced by a bot. A
 * student (one council after the other) leaves this table and joins the other under the same name.
 */
export async function switchChamber(chamber: ChamberId): Promise<void> {
  const previous = saved();
  if (!previous || chamber === get().chamber) return;
  if (!previous.hostKey) {
    const name = get().players.find((p) => p.id === get().playerId)?.name;
    await leave();
    if (name) await joinSession(previous.joinCode, name, chamber);
    return;
  }
  const current = room;
  room = null;
  set({ status: "connecting", pending: null, error: null });
  // A consented leave gives up a player's seat: a host who plays one leaves as if the connection dropped.
  if (current) await current.leave(get().playerId === null).catch(() => undefined);
  save({ joinCode: previous.joinCode, sessionId: previous.sessionId, chamber, hostKey: previous.hostKey });
  set((s) => ({ ...initial, draft: s.draft, status: "connecting" }));
  await resumeSaved();
}

export async function leave(): Promise<void> {
  const current = room;
  // A consented leave gives up the place: the ticket would bring back a player no longer at the table.
  const left = saved();
  if (left?.sessionId && !left.hostKey) forgetTickets(left.sessionId);
  save(null);
  room = null;
  if (current) await current.leave(true).catch(() => undefined);
  set((s) => ({ ...initial, draft: s.draft }));
}

export const dismissError = (): void => set({ error: null });

/** The student changes their mind before choosing a council: back to the join form. */
export const cancelChoice = (): void => set({ choosing: null });

export const editDraft = (change: Partial<TableStore["draft"]>): void =>
  set((s) => ({ draft: { ...s.draft, ...change } }));

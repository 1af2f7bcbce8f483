import {
  type CrisisState,
  type LobbyState,
  plannedFor,
  type SessionSettings,
  type SpeakersList,
  teamOf,
  type VoteResult,
} from "@brink/engine";
import type { OasResolution } from "../crisisTrack.ts";
import type { TableSeat } from "./councils.ts";
import {
  AppealState,
  ClaimState,
  type CouncilState,
  CrisisTrackState,
  EntryState,
  IncidentState,
  PlayerState,
  RosterEntryState,
  SeatState,
  ShipState,
  TransmittedParagraphState,
  VoteState,
} from "./state.ts";

/**
 * What both chambers publish alike: the floor and the speakers' list, the open roll call, the votes closed,
 * and the minutes; and the table around them: the seats, the lobby, the crisis track. Each helper writes only what changed, so an unchanged field sends nothing.
 */

/** The floor, the list (replies first) and the speaking time, as the table's timers show them. */
export function projectSpeakers(state: CouncilState, speakers: SpeakersList): void {
  state.floor = speakers.floor?.delegation ?? "";
  const queue = [...speakers.replies, ...speakers.queue];
  if (queue.join() !== [...state.queue].join()) {
    state.queue.clear();
    for (const d of queue) state.queue.push(d);
  }
  const { floor, timeLimitSeconds } = speakers;
  state.floorSince = floor?.since ?? 0;
  state.timeLimit = timeLimitSeconds ?? 0;
  state.floorSeconds =
    floor && timeLimitSeconds !== null
      ? floor.kind === "reply"
        ? Math.floor(timeLimitSeconds / 2)
        : timeLimitSeconds
      : 0;
}

/** The open roll call: its question, the votes it needs, who is called, the answers so far; or none. */
export function projectRollCall(
  state: CouncilState,
  roll: {
    readonly question: string;
    readonly needed: number;
    readonly called: string | undefined | null;
    readonly choices: Readonly<Record<string, string>>;
  } | null,
): void {
  state.question = roll?.question ?? "";
  state.needed = roll?.needed ?? 0;
  state.called = roll?.called ?? "";
  const choices = roll?.choices ?? {};
  for (const key of [...state.choices.keys()]) if (!(key in choices)) state.choices.delete(key);
  for (const [d, c] of Object.entries(choices)) if (state.choices.get(d) !== c) state.choices.set(d, c);
}

/** Appends the votes closed since the last projection, with any permanent member's veto. */
export function projectList(synced: CouncilState["votes"], votes: readonly VoteResult[]): void {
  for (const vote of votes.slice(synced.length)) {
    synced.push(
      new VoteState({
        question: vote.question,
        result: vote.adopted ? "adopted" : "rejected",
        ...vote.tally,
        vetoedBy: [...vote.vetoedBy],
      }),
    );
  }
}

type EntryFields = Pick<EntryState, "kind" | "delegation" | "text" | "subject" | "id" | "detail">;

/** The minutes, entry by entry; an entry already published changes only in its detail (a ruling). */
export function projectMinutes(state: CouncilState, entries: readonly EntryFields[]): void {
  entries.forEach((next, i) => {
    const synced = state.minutes[i];
    if (!synced) state.minutes.push(new EntryState(next));
    else if (synced.detail !== next.detail) synced.detail = next.detail;
  });
}

/** The table's fixed parts, set once: the council, the session's code and settings, the chairs, who presides. */
export function setUpTable(
  state: CouncilState,
  session: { readonly joinCode: string; readonly settings: SessionSettings },
  chamber: "oas" | "unsc",
  seats: readonly TableSeat[],
  chair: string,
): void {
  state.chamber = chamber;
  state.joinCode = session.joinCode;
  state.periodMinutes = session.settings.periodMinutes ?? 0;
  state.mode = session.settings.mode;
  state.language = session.settings.language;
  state.phase = "lobby";
  state.chair = chair;
  for (const member of seats) {
    state.seats.push(
      new SeatState({
        delegation: member.id,
        nameEn: member.name.en,
        nameEs: member.name.es,
        namePt: member.name.pt,
        excluded: member.excluded,
        standing: member.standing,
        holderId: "",
        holderName: "",
        keptFor: "",
        plannedFor: "",
      }),
    );
  }
  state.crisis = new CrisisTrackState();
}

/** The lobby: who holds each seat and advises it, the players (not yet their presence), the class list. */
export function projectLobby(state: CouncilState, lobby: LobbyState): void {
  state.version = lobby.version;
  state.bots = lobby.bots;
  const names = new Map(lobby.players.map((p) => [p.id as string, p.name]));
  lobby.seats.forEach((seat, i) => {
    const synced = state.seats[i];
    if (!synced) return;
    synced.holderId = seat.holder ?? "";
    synced.holderName = seat.holder ? (names.get(seat.holder) ?? "") : "";
    synced.keptFor = seat.keptFor ?? "";
    synced.plannedFor = seat.holder || seat.keptFor ? "" : (plannedFor(lobby, seat.delegation)?.name ?? "");
    if (synced.advisers.join() !== seat.advisers.join()) {
      synced.advisers.splice(0, synced.advisers.length, ...seat.advisers);
    }
  });
  for (const id of [...state.players.keys()]) if (!names.has(id)) state.players.delete(id);
  for (const player of lobby.players) {
    const existing = state.players.get(player.id);
    const muted = player.muted ?? false;
    if (existing) Object.assign(existing, { name: player.name, muted });
    else state.players.set(player.id, new PlayerState({ id: player.id, name: player.name, connected: false, muted }));
  }
  const roster = lobby.roster.map((e) => ({
    name: e.name,
    delegation: e.delegation as string,
    adviser: e.adviser,
    joined: e.player !== null,
    held: plannedFor(lobby, e.delegation) === e,
    at: e.player === null ? "" : (teamOf(lobby, e.player)?.delegation ?? ""),
  }));
  if (JSON.stringify(roster) !== JSON.stringify(state.roster.toJSON())) {
    state.roster.splice(0, state.roster.length, ...roster.map((e) => new RosterEntryState(e)));
  }
  const claims = lobby.claims.map((c) => ({ from: c.from as string, into: c.into as string }));
  if (JSON.stringify(claims) !== JSON.stringify(state.claims.toJSON())) {
    state.claims.splice(0, state.claims.length, ...claims.map((c) => new ClaimState(c)));
  }
}

/** What the room keeps of a started chamber beside its procedure: the host's pause, the news, what may be asked. */
export function projectTable(
  state: CouncilState,
  phase: string,
  table: { readonly paused: boolean; readonly bulletins: readonly string[]; readonly askable: readonly string[] },
): void {
  state.phase = phase;
  state.paused = table.paused;
  if (table.bulletins.join() !== [...state.bulletins].join()) {
    state.bulletins.splice(0, state.bulletins.length, ...table.bulletins);
  }
  if (table.askable.join() !== [...state.askable].join()) {
    state.askable.splice(0, state.askable.length, ...table.askable);
  }
}

/** The session's crisis track: the clock, the ships, the appeals, the incidents, the OAS vote transmitted. */
export function projectCrisis(synced: CrisisTrackState, track: CrisisState, oas: OasResolution | null): void {
  Object.assign(synced, {
    minute: track.minute,
    quarantineAt: track.quarantineAt,
    endAt: track.endAt,
    defcon: track.defcon,
    legitimacy: track.legitimacy,
    tension: track.tension,
    outcome: track.outcome ?? "",
  });
  track.ships.forEach((ship, i) => {
    const fields = {
      id: ship.id,
      name: ship.name ?? "",
      distanceNm: Math.round(ship.distanceNm),
      status: ship.status,
    };
    const existing = synced.ships[i];
    if (existing) Object.assign(existing, fields);
    else synced.ships.push(new ShipState(fields));
  });
  track.appeals.forEach((appeal, i) => {
    const fields = {
      id: appeal.id,
      to: appeal.to,
      terms: appeal.terms,
      text: appeal.text,
      sentAt: appeal.sentAt,
      reply: appeal.reply?.answer ?? "",
      repliedAt: appeal.reply?.at ?? 0,
    };
    const existing = synced.appeals[i];
    if (existing) Object.assign(existing, fields);
    else synced.appeals.push(new AppealState({ ...fields, proposals: [...(appeal.proposals ?? [])] }));
  });
  for (const incident of track.incidents.slice(synced.incidents.length)) {
    synced.incidents.push(new IncidentState({ ...incident }));
  }
  const agreed = Object.keys(track.agreed);
  if (agreed.join() !== [...synced.agreed].join()) synced.agreed.splice(0, synced.agreed.length, ...agreed);
  synced.oasResolution = oas ? (oas.adopted ? "adopted" : "rejected") : "";
  if (oas && synced.oasParagraphs.length === 0) {
    for (const p of oas.paragraphs) synced.oasParagraphs.push(new TransmittedParagraphState({ ...p }));
  }
}

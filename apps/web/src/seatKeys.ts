import { rosterKey } from "@brink/engine";

/**
 * The tickets this device holds to tables it joined as a player, kept in local storage (the device's, not the
 * tab's): a phone discards or closes a tab, and the student who types the same code and name again comes back
 * as the same player, in the same seat, instead of arriving as a stranger while a bot votes for them. A ticket
 * is used only under the name it was issued to, so two students sharing one laptop stay two players.
 */
export interface SeatTicket {
  readonly joinCode: string;
  readonly sessionId: string;
  /** The name joined under, as typed. */
  readonly name: string;
  /** The council joined, in a session of two. */
  readonly chamber?: "oas" | "unsc";
  readonly resumeKey: string;
  /** Milliseconds since the epoch, on this device's clock: the newest is offered first. */
  readonly savedAt: number;
}

const KEY = "brink.seats";
/** A week of lessons, a table each: the oldest go first. */
const MAX = 20;
/** A ticket older than this is for a lesson long over (the server forgets join codes after a day). */
const MAX_AGE_MS = 2 * 24 * 3600 * 1000;

function read(): SeatTicket[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    if (!Array.isArray(list)) return [];
    const now = Date.now();
    return (list as SeatTicket[]).filter((t) => typeof t?.resumeKey === "string" && now - t.savedAt < MAX_AGE_MS);
  } catch {
    return [];
  }
}

function write(list: readonly SeatTicket[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(list.slice(0, MAX)));
  } catch {
    // Storage full or refused (private browsing): the tab's own ticket still brings a reload back.
  }
}

/** Keeps the ticket of a player at a table, replacing any earlier one for the same table and name. */
export function keepTicket(ticket: Omit<SeatTicket, "savedAt">): void {
  const name = rosterKey(ticket.name);
  write([
    { ...ticket, savedAt: Date.now() },
    ...read().filter((t) => !(t.sessionId === ticket.sessionId && rosterKey(t.name) === name)),
  ]);
}

/**
 * The newest ticket that matches all that is given: a table (by code or session), a name (any case, any
 * accents), a council. With nothing given, the newest: its code fills the join form of a student whose tab
 * was closed.
 */
export function findTicket(
  match: { joinCode?: string; sessionId?: string; name?: string; chamber?: string } = {},
): SeatTicket | undefined {
  const name = match.name === undefined ? undefined : rosterKey(match.name);
  return read().find(
    (t) =>
      (match.joinCode === undefined || t.joinCode === match.joinCode) &&
      (match.sessionId === undefined || t.sessionId === match.sessionId) &&
      (name === undefined || rosterKey(t.name) === name) &&
      (match.chamber === undefined || t.chamber === match.chamber),
  );
}

/** Forgets the tickets of a table: the player left it, or it was deleted. */
export function forgetTickets(sessionId: string): void {
  write(read().filter((t) => t.sessionId !== sessionId));
}

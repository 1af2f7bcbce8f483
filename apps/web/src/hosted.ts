/**
 * The sessions this browser hosts: kept in local storage (the device's, not the tab's), so that the teacher
 * finds the debrief of a lesson in another tab, or the next day, with its host key. Nothing leaves the browser
 * but the key sent to the server when a record is asked for.
 */
export interface HostedSession {
  readonly sessionId: string;
  readonly joinCode: string;
  readonly hostKey: string;
  /** Milliseconds since the epoch, on this device's clock. */
  readonly createdAt: number;
}

const KEY = "brink.hosted";
/** Enough for a school year of lessons; the oldest go first. */
const MAX = 200;

export function hostedSessions(): HostedSession[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(list) ? (list as HostedSession[]) : [];
  } catch {
    return [];
  }
}

export const hostedSession = (sessionId: string): HostedSession | undefined =>
  hostedSessions().find((s) => s.sessionId === sessionId);

function store(list: readonly HostedSession[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Storage full or refused (private browsing): the session still runs; only the list is lost.
  }
}

/** Remembers a session this browser created, newest first. */
export function rememberHosted(session: HostedSession): void {
  store([session, ...hostedSessions().filter((s) => s.sessionId !== session.sessionId)].slice(0, MAX));
}

/** Forgets a session, with its host key: once deleted, or when the teacher no longer wants it listed. */
export function forgetHosted(sessionId: string): void {
  store(hostedSessions().filter((s) => s.sessionId !== sessionId));
}

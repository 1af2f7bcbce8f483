import {
  type CreatedSession,
  type CreateSessionRequest,
  type HttpError,
  type JoinTarget,
  type JudgementRequest,
  PROTOCOL_VERSION,
  type ReplayView,
  type RoomJoinOptions,
  type ServerInfo,
  type SessionRecord,
} from "@brink/protocol";
import type { Client, Room } from "@colyseus/sdk";

/** A failure the interface can name: a code from the server (`session/not_found`) or `network`. */
export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

// Production: the game server serves this page, so it is the same origin. Development: Vite serves the
// page on another port, and the game server is on PORT (2567 unless set; vite.config.ts passes it in).
const serverUrl = import.meta.env.DEV
  ? `http://localhost:${import.meta.env.VITE_BRINK_PORT ?? "2567"}`
  : window.location.origin;
/**
 * The Colyseus client and its schema decoder, loaded on the first connection: the landing page a whole class
 * opens at once does not carry them.
 */
let colyseus: Promise<Client> | undefined;
const colyseusClient = (): Promise<Client> => {
  colyseus ??= import("@colyseus/sdk").then(({ Client }) => new Client(serverUrl));
  return colyseus;
};

/** Starts loading the Colyseus client before the first connection needs it. */
export const preloadConnection = (): Promise<unknown> => colyseusClient().catch(() => undefined);

/** A call to the HTTP API: its JSON answer (or its text), or an `ApiError` with the server's code. */
async function call(path: string, init: RequestInit, as: "json" | "text" = "json"): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, init);
  } catch {
    throw new ApiError("network", "The server cannot be reached.");
  }
  if (response.ok && as === "text") return response.text();
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    // The server answers every failure as `{ error: { code, message } }`; anything else came from elsewhere.
    const error = (data as Partial<HttpError> | undefined)?.error;
    throw typeof error?.code === "string"
      ? new ApiError(error.code, error.message ?? error.code)
      : new ApiError("network", `HTTP ${response.status}`);
  }
  return data;
}

const post = (path: string, body: unknown): Promise<unknown> =>
  call(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/** The session's record, for its host: read with the host key. */
export const getRecord = async (sessionId: string, hostKey: string): Promise<SessionRecord> =>
  (await call(`/sessions/${encodeURIComponent(sessionId)}/record`, {
    headers: { authorization: `Bearer ${hostKey}` },
    cache: "no-store",
  })) as SessionRecord;

/** Deletes a session and its record for good, with its host key. */
export const deleteSession = async (sessionId: string, hostKey: string): Promise<void> => {
  await call(
    `/sessions/${encodeURIComponent(sessionId)}`,
    { method: "DELETE", headers: { authorization: `Bearer ${hostKey}` } },
    "text",
  );
};

/** The same record as CSV, a row per delegation's choice on each vote. */
export const getRecordCsv = async (sessionId: string, hostKey: string): Promise<string> =>
  (await call(
    `/sessions/${encodeURIComponent(sessionId)}/record.csv`,
    { headers: { authorization: `Bearer ${hostKey}` }, cache: "no-store" },
    "text",
  )) as string;

/** The printed record (an acta, a summary record) as a page of HTML, in the session's language. */
export const getRecordHtml = async (sessionId: string, hostKey: string): Promise<string> =>
  (await call(
    `/sessions/${encodeURIComponent(sessionId)}/record.html`,
    { headers: { authorization: `Bearer ${hostKey}` }, cache: "no-store" },
    "text",
  )) as string;

/** A council's table just after the `minute`-th act of its minutes, for the debrief's replay. */
export const getReplay = async (
  sessionId: string,
  hostKey: string,
  chamber: "oas" | "unsc",
  minute: number,
): Promise<ReplayView> =>
  (await call(`/sessions/${encodeURIComponent(sessionId)}/replay/${chamber}?minute=${minute}`, {
    headers: { authorization: `Bearer ${hostKey}` },
    cache: "no-store",
  })) as ReplayView;

/** Enters the class's judgement of an objective the record cannot tell, with the host key. */
export const judgeObjective = async (
  sessionId: string,
  hostKey: string,
  judgement: JudgementRequest,
): Promise<void> => {
  await call(
    `/sessions/${encodeURIComponent(sessionId)}/judgements`,
    {
      method: "PUT",
      headers: { authorization: `Bearer ${hostKey}`, "content-type": "application/json" },
      body: JSON.stringify(judgement),
    },
    "text",
  );
};

export async function getServerInfo(): Promise<ServerInfo> {
  try {
    return (await (await fetch("/api/info")).json()) as ServerInfo;
  } catch {
    throw new ApiError("network", "The server cannot be reached.");
  }
}

// The server's answers are typed by @brink/protocol and checked by its tests; the page does not ship
// zod to parse them again.
export const createSession = async (request: CreateSessionRequest): Promise<CreatedSession> =>
  (await post("/sessions", request)) as CreatedSession;

/** Where to connect for a join code: the council named, or the session's first. */
export const findSession = async (joinCode: string, chamber?: "oas" | "unsc"): Promise<JoinTarget> =>
  (await post("/join", chamber ? { joinCode, chamber } : { joinCode })) as JoinTarget;

export async function connect(target: JoinTarget, options: Omit<RoomJoinOptions, "protocolVersion">): Promise<Room> {
  try {
    const room = await (await colyseusClient()).joinById(target.roomId, {
      ...options,
      protocolVersion: PROTOCOL_VERSION,
    });
    // A dropped connection is tried again for about 3 s (0.2 + 0.4 + 0.8 + 1.6), enough for a network's hiccup.
    // Past that the room is likely gone with its process (a crash, a deploy): the page then finds the table
    // again by its code and takes back its seat with its key (store.ts, `comeBack`), on whichever process holds
    // the table now. The SDK's own 15 tries would have kept the class waiting almost a minute.
    room.reconnection.maxRetries = 4;
    return room;
  } catch (e) {
    // The server refuses a join with a code as the message, e.g. `host/key_invalid`.
    const message = e instanceof Error ? e.message : String(e);
    throw new ApiError(/^[a-z_]+\/[a-z_]+$/.test(message) ? message : "network", message);
  }
}

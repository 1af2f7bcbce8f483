import {
  type CreatedSession,
  createdSession,
  httpError,
  type JoinTarget,
  joinTarget,
  PROTOCOL_VERSION,
  type RoomJoinOptions,
  type ServerInfo,
  serverInfo,
} from "@brink/protocol";
import { Client, type Room } from "@colyseus/sdk";

/** A failure the interface can name: a code from the server (`session/not_found`) or `network`. */
export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

// Production: the game server serves this page, so it is the same origin. Development: Vite serves the
// page on another port, and the game server is on 2567.
const serverUrl = import.meta.env.DEV ? "http://localhost:2567" : window.location.origin;
const colyseus = new Client(serverUrl);

async function post(path: string, body: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError("network", "The server cannot be reached.");
  }
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = httpError.safeParse(data);
    throw parsed.success
      ? new ApiError(parsed.data.error.code, parsed.data.error.message)
      : new ApiError("network", `HTTP ${response.status}`);
  }
  return data;
}

export async function getServerInfo(): Promise<ServerInfo> {
  try {
    return serverInfo.parse(await (await fetch("/api/info")).json());
  } catch {
    throw new ApiError("network", "The server cannot be reached.");
  }
}

export const createSession = async (): Promise<CreatedSession> => createdSession.parse(await post("/sessions", {}));

export const findSession = async (joinCode: string): Promise<JoinTarget> =>
  joinTarget.parse(await post("/join", { joinCode }));

export async function connect(target: JoinTarget, options: Omit<RoomJoinOptions, "protocolVersion">): Promise<Room> {
  try {
    return await colyseus.joinById(target.roomId, { ...options, protocolVersion: PROTOCOL_VERSION });
  } catch (e) {
    // The server refuses a join with a code as the message, e.g. `host/key_invalid`.
    const message = e instanceof Error ? e.message : String(e);
    throw new ApiError(/^[a-z_]+\/[a-z_]+$/.test(message) ? message : "network", message);
  }
}

import {
  type AllowedWire,
  type CreatedSession,
  type CreateSessionRequest,
  createdSession,
  type JoinTarget,
  joinTarget,
  PROTOCOL_VERSION,
  SERVER_MESSAGES,
  unpackAllowed,
} from "@brink/protocol";
import { Client, type Room } from "@colyseus/sdk";
import { untilState } from "./watch.ts";

/** Where a test's clients reach Brink: one server process, or a whole school's proxy (`Cluster`). */
export interface Endpoint {
  readonly url: string;
  post(path: string, body: unknown): Promise<{ status: number; body: unknown }>;
}

export interface SeatJson {
  delegation: string;
  excluded: boolean;
  holderId: string;
  holderName: string;
  keptFor: string;
  advisers: string[];
}
export interface StateJson {
  joinCode: string;
  version: number;
  seats: SeatJson[];
  players: Record<string, { id: string; name: string; connected: boolean }>;
  hostConnected: boolean;
}

/** An OAS roll call as the synced state shows it: who is called, the choices so far, the votes closed. */
export interface Roll {
  phase: string;
  called: string;
  choices: Record<string, string>;
  votes: { question: string; yes: number; no: number; abstain: number; absent: number }[];
}
export const roll = (state: unknown) => state as Roll;

/** A real SDK connection to a council room, recording every message it is sent. */
export class Seat {
  readonly room: Room;
  readonly messages: { type: string | number; payload: unknown }[] = [];

  constructor(room: Room) {
    this.room = room;
    room.onMessage("*", (type, payload) => {
      this.messages.push({ type, payload });
    });
  }

  get state(): StateJson {
    return (this.room.state as { toJSON(): StateJson }).toJSON();
  }

  seat(delegation: string): SeatJson | undefined {
    return this.state.seats.find((s) => s.delegation === delegation);
  }

  /** The commands the server last told this connection it may use; undefined before it told any. */
  get allowedCommands(): string[] | undefined {
    const wire = this.messages.filter((m) => m.type === SERVER_MESSAGES.allowed).at(-1)?.payload as
      | AllowedWire
      | undefined;
    return wire && unpackAllowed(wire).commands;
  }

  /** The last `you` message: who the server says this connection is. */
  get you(): { role: string; playerId: string | null; sessionId: string; resumeKey?: string } | undefined {
    const you = this.messages.filter((m) => m.type === "you").at(-1);
    return you?.payload as ReturnType<() => Seat["you"]>;
  }

  request(type: string, payload?: unknown): Promise<{ ok: boolean; code?: string; version?: number }> {
    return this.room.request(type, payload);
  }

  /** Waits until the synced state satisfies `check` — on patches, never on a sleep. */
  async until(check: (state: StateJson) => boolean, timeout = 5_000): Promise<StateJson> {
    // Made here, so that a timeout names the test's line that waited, not the timer's.
    const failure = new Error("state never matched");
    await untilState(
      this.room,
      () => check(this.state),
      timeout,
      () => {
        failure.message = `state never matched; last: ${JSON.stringify(this.state)}`;
        return failure;
      },
    );
    return this.state;
  }

  /** Waits for a message of `type` received after index `since` (default: from now on). */
  untilMessage(type: string, since = this.messages.length, timeout = 5_000): Promise<unknown> {
    const seen = since;
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const poll = () => {
        const found = this.messages.slice(seen).find((m) => m.type === type);
        if (found) return resolve(found.payload);
        if (Date.now() - started > timeout) return reject(new Error(`no ${type} message`));
        setTimeout(poll, 10);
      };
      poll();
    });
  }
}

export async function createSessionOn(
  server: Endpoint,
  settings: CreateSessionRequest = {},
): Promise<CreatedSession & JoinTarget> {
  const created = createdSession.parse((await server.post("/api/sessions", settings)).body);
  const target = joinTarget.parse((await server.post("/api/join", { joinCode: created.joinCode })).body);
  return { ...created, ...target };
}

export async function connect(
  server: Endpoint,
  roomId: string,
  options: { hostKey?: string; resumeKey?: string; protocolVersion?: number } = {},
): Promise<Seat> {
  const room = await new Client(server.url).joinById(roomId, { protocolVersion: PROTOCOL_VERSION, ...options });
  const seat = new Seat(room);
  await seat.untilMessage("you", 0);
  return seat;
}

/** Connects and joins the table under `name`. */
export async function player(server: Endpoint, roomId: string, name: string): Promise<Seat> {
  const seat = await connect(server, roomId);
  const reply = await seat.request("joinTable", { name });
  if (!reply.ok) throw new Error(`joinTable refused: ${reply.code}`);
  await seat.until((s) => Object.values(s.players).some((p) => p.name === name));
  return seat;
}

/** What a page keeps to come back to its table as the same host or player. */
export type Key = { hostKey: string } | { resumeKey: string };

/**
 * A page at the table, doing what the web app's store does when its connection is lost: a few quick tries on
 * the same socket address (`maxRetries` 4, as `api.ts` sets it), and past them (`comeBack`) it finds the table
 * again by its code, through the proxy, and joins with its key, trying again while the table is rebuilt.
 */
export class Page {
  seat: Seat;
  /** Resolves when the page is back at the table after its last loss; `lost` counts the losses. */
  back: Promise<void> = Promise.resolve();
  lost = 0;
  readonly #endpoint: Endpoint;
  readonly #joinCode: string;
  readonly #key: Key;

  constructor(endpoint: Endpoint, joinCode: string, key: Key, seat: Seat) {
    this.#endpoint = endpoint;
    this.#joinCode = joinCode;
    this.#key = key;
    this.seat = seat;
    this.#watch();
  }

  /** Resolves once the page has lost its connection `times` times in all, and is back after the last. */
  async returned(times: number, timeout = 20_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (this.lost < times) {
      if (Date.now() > deadline) throw new Error(`the page lost its connection ${this.lost} times, not ${times}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await this.back;
  }

  #watch(): void {
    this.seat.room.reconnection.maxRetries = 4;
    this.seat.room.onLeave((code) => {
      if (code === 4000) return;
      this.lost += 1;
      this.back = this.#comeBack();
    });
  }

  async #comeBack(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** attempt, 2000)));
      try {
        const target = joinTarget.parse((await this.#endpoint.post("/api/join", { joinCode: this.#joinCode })).body);
        this.seat = await connect(this.#endpoint, target.roomId, this.#key);
        this.#watch();
        return;
      } catch (error) {
        if (attempt >= 20) throw error;
      }
    }
  }
}

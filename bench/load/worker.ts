// A load process of the server-load benchmark, forked by `bench/load.ts`: it opens its share of the
// classrooms on one Brink server and plays a lesson in each until the deadline. A classroom is 25 real
// @colyseus/sdk clients: the teacher (who chairs, bots off), the projector, 20 students each voicing a
// voting seat, and 3 advisers on delegations' teams. The lesson, at `pace` ms of thought before each act:
// speeches (ask for the floor, given it, speak, yield), then a motion to close the debate put to a roll
// call, which fails, and again. Latency is a command's send to the first patch its sender receives after it.
import { PROTOCOL_VERSION } from "@brink/protocol";
import { untilState } from "../../tests/support/watch.ts";
import { postJson, reportAndExit, schoolAddress } from "../servers.ts";

// Counts what each client receives, by Colyseus's message codes, before the SDK is loaded (it takes the
// global WebSocket when it loads).
const ROOM_STATE_PATCH = 15;
const received = { patches: 0, patchBytes: 0, frames: 0, bytes: 0 };
const Native = globalThis.WebSocket;
globalThis.WebSocket = class extends Native {
  constructor(...args: ConstructorParameters<typeof Native>) {
    super(...args);
    this.addEventListener("message", (event: MessageEvent) => {
      const data = event.data as ArrayBuffer;
      const size = data.byteLength ?? 0;
      received.frames += 1;
      received.bytes += size;
      if (size > 0 && new Uint8Array(data)[0] === ROOM_STATE_PATCH) {
        received.patches += 1;
        received.patchBytes += size;
      }
    });
  }
};
const { Client } = await import("@colyseus/sdk");
type Room = Awaited<ReturnType<InstanceType<typeof Client>["joinById"]>>;

/** The parts of the council's synced state the lesson watches. */
interface Table {
  seats: { length: number; toJSON(): unknown };
  phase: string;
  floor: string;
  called: string;
  choices: { size: number };
  votes: { length: number };
}
const table = (room: Room): Table => room.state as Table;

export interface LoadSetup {
  url: string;
  rooms: number[];
  pace: number;
}
export interface LoadResult {
  latencies: number[];
  commands: number;
  errors: string[];
  cpuMicros: number;
  elapsedMs: number;
  patches: number;
  patchBytes: number;
  bytes: number;
  clients: number;
}

const SPEECH =
  "Our government asks the Council to weigh the evidence before it with care, to hear every member, and to act within the Charter of the Organization and the treaty of Rio.";
const errors: string[] = [];
const latencies: number[] = [];
let commands = 0;
let counting = false;
let stopAt = Number.POSITIVE_INFINITY;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends a request and times it to the first patch its sender receives after sending. */
async function act(room: Room, type: string, payload: unknown): Promise<void> {
  const sent = performance.now();
  let patched = 0;
  const listener = () => {
    patched ||= performance.now();
  };
  room.onStateChange(listener);
  const reply = (await room.request(type, payload)) as { ok: boolean; code?: string };
  queueMicrotask(() => room.onStateChange.remove(listener));
  if (!reply.ok) {
    errors.push(`${type}: ${reply.code}`);
    return;
  }
  if (!counting) return;
  commands += 1;
  latencies.push((patched || performance.now()) - sent);
}

const command = (room: Room, type: string, fields: object = {}) => act(room, "act", { command: { type, ...fields } });

const until = (room: Room, check: () => boolean, timeout = 120_000) =>
  untilState(room, check, timeout, () => new Error("a classroom stalled"));

class Classroom {
  readonly #url: string;
  readonly #address: string;
  readonly #pace: number;
  host!: Room;
  readonly students: { room: Room; delegation: string }[] = [];
  readonly others: Room[] = [];

  constructor(url: string, address: string, pace: number) {
    this.#url = url;
    this.#address = address;
    this.#pace = pace;
  }

  get clients(): number {
    return 1 + this.students.length + this.others.length;
  }

  async open(): Promise<void> {
    const created = (await postJson(`${this.#url}/api/sessions`, {}, this.#address)).body as {
      joinCode: string;
      hostKey: string;
    };
    const target = (await postJson(`${this.#url}/api/join`, { joinCode: created.joinCode }, this.#address)).body as {
      roomId: string;
    };
    const join = async (hostKey?: string) => {
      const room = await new Client(this.#url).joinById(target.roomId, {
        protocolVersion: PROTOCOL_VERSION,
        ...(hostKey ? { hostKey } : {}),
      });
      room.onMessage("*", () => {});
      room.onLeave((code) => {
        if (code !== 1000 && code !== 4000) errors.push(`disconnected (${code})`);
      });
      return room;
    };
    this.host = await join(created.hostKey);
    this.others.push(await join(created.hostKey)); // the projector
    await until(this.host, () => table(this.host).seats?.length > 0);
    const seats = (table(this.host).seats.toJSON() as { delegation: string; excluded: boolean }[]).filter(
      (s) => !s.excluded,
    );
    await act(this.host, "setBots", { on: false });
    for (const [i, seat] of seats.entries()) {
      const room = await join();
      await act(room, "joinTable", { name: `Student ${i + 1}` });
      await act(room, "claimSeat", { delegation: seat.delegation });
      this.students.push({ room, delegation: seat.delegation });
    }
    for (let i = 0; i < 3; i++) {
      const room = await join();
      await act(room, "joinTable", { name: `Adviser ${i + 1}` });
      await act(room, "joinTeam", { delegation: seats[i * 5]?.delegation });
      this.others.push(room);
    }
    await act(this.host, "startSession", {});
    for (const type of ["advance", "endSpeech", "advance"]) await command(this.host, type);
    await until(this.host, () => table(this.host).phase === "convocationDebate");
  }

  /** One round of the lesson: three speeches, then a motion to close the debate, voted by roll call. */
  async round(r: number): Promise<void> {
    const pace = () => sleep(this.#pace * (0.5 + Math.random()));
    for (let s = 0; s < 3; s++) {
      const speaker = this.students[(r * 3 + s) % this.students.length] as { room: Room; delegation: string };
      await pace();
      await command(speaker.room, "requestFloor");
      await pace();
      await command(this.host, "giveFloor");
      await until(this.host, () => table(this.host).floor === speaker.delegation);
      await pace();
      await command(speaker.room, "speak", { text: SPEECH });
      await pace();
      await command(speaker.room, "yieldFloor");
    }
    const mover = this.students[(r * 7) % this.students.length] as { room: Room };
    await pace();
    await command(mover.room, "move", { kind: "closeDebate" });
    await pace();
    await command(this.host, "putMotion");
    const votes = table(this.host).votes.length;
    // Each student votes when called, after a moment's thought: five for closure, the rest against.
    await Promise.all(
      this.students.map(async ({ room, delegation }) => {
        await until(room, () => table(room).called === delegation);
        await pace();
        await command(room, "vote", { choice: table(room).choices.size < 5 ? "yes" : "no" });
      }),
    );
    await until(this.host, () => table(this.host).called === "");
    await pace();
    await command(this.host, "closeVote");
    await until(this.host, () => table(this.host).votes.length > votes);
  }

  async play(): Promise<void> {
    for (let r = 0; performance.now() < stopAt; r++) await this.round(r);
  }

  async close(): Promise<void> {
    await Promise.all([this.host, ...this.students.map((s) => s.room), ...this.others].map((room) => room.leave()));
  }
}

let classrooms: Classroom[] = [];
process.on("message", async (message: { type: string; setup?: LoadSetup; seconds?: number }) => {
  if (message.type === "setup" && message.setup) {
    const { url, rooms, pace } = message.setup;
    classrooms = rooms.map((room) => new Classroom(url, schoolAddress(room), pace));
    for (const classroom of classrooms) await classroom.open();
    process.send?.({ type: "ready" });
  }
  if (message.type === "go" && message.seconds) {
    const startCpu = process.cpuUsage();
    const started = performance.now();
    stopAt = started + message.seconds * 1000;
    const before = { ...received };
    counting = true;
    // Each classroom finishes the round it is in: a roll call is never cut off.
    await Promise.all(classrooms.map((classroom) => classroom.play()));
    counting = false;
    const cpu = process.cpuUsage(startCpu);
    const result: LoadResult = {
      latencies,
      commands,
      errors,
      cpuMicros: cpu.user + cpu.system,
      elapsedMs: performance.now() - started,
      patches: received.patches - before.patches,
      patchBytes: received.patchBytes - before.patchBytes,
      bytes: received.bytes - before.bytes,
      clients: classrooms.reduce((sum, c) => sum + c.clients, 0),
    };
    await Promise.all(classrooms.map((classroom) => classroom.close()));
    reportAndExit({ type: "done", result });
  }
});
process.send?.({ type: "started" });

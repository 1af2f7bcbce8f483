// A load process of the roll-call benchmark, forked by `bench/rollcall.ts`: it opens its share of the rooms
// on one server, plays one roll call in each to warm up, then, on "go", plays roll call after roll call in
// every room until the deadline. Each seat answers only once it has seen the previous answer applied; a
// vote's latency runs from its sender's send to the moment the last of the room's 21 clients has it.

import { reportAndExit, schoolAddress } from "../servers.ts";
import { VOTERS } from "./shared.ts";
import { BrinkTable, FloorTable, PeerTable, type Table, type View } from "./tables.ts";

export type System = "brink" | "floor" | "peer";

export interface WorkerSetup {
  system: System;
  url: string;
  /** The rooms this process plays, by their index in the whole run (which also picks a source address). */
  rooms: number[];
}
export interface WorkerResult {
  latencies: number[];
  votes: number;
  rollCalls: number;
  cpuMicros: number;
  elapsedMs: number;
}

const CLIENTS = VOTERS + 1;

/** One room's roll calls, driven by what its clients see. */
class Run {
  readonly table: Table;
  readonly latencies: number[] = [];
  #votes = 0;
  #counting = false;
  readonly #last = new Map<number, View>();
  #playing = false;
  readonly #voted = new Set<string>();
  readonly #sent = new Map<string, number>();
  readonly #seen = new Map<string, number>();
  #done: (() => void) | undefined;

  constructor(table: Table) {
    this.table = table;
  }

  get votes(): number {
    return this.#votes;
  }

  onView = (client: number, view: View): void => {
    const now = performance.now();
    const last = this.#last.get(client);
    const from = last && last.rc === view.rc ? last.n : 0;
    this.#last.set(client, view);
    for (let n = from + 1; n <= view.n; n++) {
      const key = `${view.rc}:${n}`;
      const seen = (this.#seen.get(key) ?? 0) + 1;
      this.#seen.set(key, seen);
      if (seen < CLIENTS) continue;
      this.#seen.delete(key);
      const sent = this.#sent.get(key);
      this.#sent.delete(key);
      if (sent !== undefined && this.#counting) {
        this.latencies.push(now - sent);
        this.#votes += 1;
      }
      if (n === VOTERS) this.#done?.();
    }
    this.#answer(client, view);
  };

  /** The seat answers if this view calls it, once per turn, while a roll call is being played. */
  #answer(client: number, view: View): void {
    const turn = `${view.rc}:${view.n + 1}`;
    if (this.#playing && view.calledMe && client < VOTERS && view.n < VOTERS && !this.#voted.has(turn)) {
      this.#voted.add(turn);
      this.#sent.set(turn, performance.now());
      this.table.vote(client, view.n);
    }
  }

  /** Plays roll call `k` to its close. */
  async rollCall(k: number): Promise<void> {
    const finished = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`roll call ${k} stalled`)), 60_000);
      this.#done = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    this.#playing = true;
    await this.table.begin(k);
    // A seat called before the roll call was being played (the floor's and the peer's open at once) answers now.
    for (const [client, view] of this.#last) this.#answer(client, view);
    await finished;
    this.#playing = false;
    this.#voted.clear();
    await this.table.end(k);
  }

  count(on: boolean): void {
    this.#counting = on;
  }
}

function tableFor(setup: WorkerSetup, room: number): Table {
  const localAddress = schoolAddress(room);
  if (setup.system === "brink") return new BrinkTable(setup.url, localAddress);
  if (setup.system === "peer") return new PeerTable(setup.url, localAddress);
  return new FloorTable(setup.url.replace(/^http/, "ws"), `room-${room}`);
}

let runs: Run[] = [];
process.on("message", async (message: { type: string; setup?: WorkerSetup; until?: number }) => {
  if (message.type === "setup" && message.setup) {
    const setup = message.setup;
    runs = setup.rooms.map((room) => new Run(tableFor(setup, room)));
    for (const run of runs) await run.table.open(run.onView);
    // One roll call in every room warms the server and the clients up; it is not counted.
    await Promise.all(runs.map((run) => run.rollCall(0)));
    process.send?.({ type: "ready" });
  }
  if (message.type === "go" && message.until) {
    const deadline = message.until;
    const startCpu = process.cpuUsage();
    const started = performance.now();
    let rollCalls = 0;
    await Promise.all(
      runs.map(async (run) => {
        run.count(true);
        for (let k = 1; Date.now() < deadline; k++) {
          await run.rollCall(k);
          rollCalls += 1;
        }
        run.count(false);
      }),
    );
    const cpu = process.cpuUsage(startCpu);
    const result: WorkerResult = {
      latencies: runs.flatMap((run) => run.latencies),
      votes: runs.reduce((sum, run) => sum + run.votes, 0),
      rollCalls,
      cpuMicros: cpu.user + cpu.system,
      elapsedMs: performance.now() - started,
    };
    await Promise.all(runs.map((run) => run.table.close()));
    reportAndExit({ type: "done", result });
  }
});
process.send?.({ type: "started" });

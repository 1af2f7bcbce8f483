// The roll-call benchmark: R rooms × 21 clients, each seat answering only once it has seen the previous
// answer applied, against Brink, the floor (a bare `ws` server, rollcall/floor.ts) and the peer (a minimal
// boardgame.io 0.50 game, rollcall/peer.ts), all in one run. Not a test: it reports, it never fails on time.
// Run alone: `node bench/rollcall.ts [--rooms 1,10,50] [--seconds 10] [--systems floor,peer,brink]`.
import { parseArgs } from "node:util";
import type { System, WorkerResult } from "./rollcall/worker.ts";
import { LoadProcess, MeteredServer, percentile } from "./servers.ts";

export interface RollCallRow {
  system: System;
  rooms: number;
  votes: number;
  p50: number;
  p99: number;
  votesPerSecond: number;
  serverCpuPerVoteMicros: number;
  serverCpuShare: number;
  clientCpuShare: number;
  bytesPerClientPerVote: number;
  peakMemory: number;
}

const SCRIPTS: Record<System, string> = {
  brink: "apps/server/src/main.ts",
  floor: "bench/rollcall/floor.ts",
  peer: "bench/rollcall/peer.ts",
};
const CLIENTS = 21;

export async function rollCall(system: System, rooms: number, seconds: number): Promise<RollCallRow> {
  // A person may send ten requests a second; the benchmark's seats answer as fast as they are called, so the
  // limit is raised for it, and the server, not the limit, bounds the figures.
  const server = await MeteredServer.start(SCRIPTS[system], { BRINK_MESSAGES_PER_SECOND: "100000" });
  // The load shares the machine's two cores with the server: two processes at most.
  const processes = Math.min(rooms, 2);
  const workers = Array.from({ length: processes }, () => new LoadProcess<WorkerResult>("bench/rollcall/worker.ts"));
  try {
    await Promise.all(workers.map((w) => w.next("started")));
    workers.forEach((worker, i) => {
      const share = Array.from({ length: rooms }, (_, r) => r).filter((r) => r % processes === i);
      worker.send({ type: "setup", setup: { system, url: server.url, rooms: share } });
    });
    await Promise.all(workers.map((w) => w.next("ready")));
    const before = await server.read();
    const until = Date.now() + seconds * 1000;
    for (const worker of workers) worker.send({ type: "go", until });
    const results = (await Promise.all(workers.map((w) => w.next("done")))).map((m) => m.result as WorkerResult);
    const after = await server.read();
    const latencies = results.flatMap((r) => r.latencies);
    const votes = results.reduce((sum, r) => sum + r.votes, 0);
    const elapsedMs = Math.max(...results.map((r) => r.elapsedMs));
    const serverCpu = after.cpuMicros - before.cpuMicros;
    return {
      system,
      rooms,
      votes,
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      votesPerSecond: (votes / elapsedMs) * 1000,
      serverCpuPerVoteMicros: serverCpu / votes,
      serverCpuShare: serverCpu / 1000 / elapsedMs,
      clientCpuShare: results.reduce((sum, r) => sum + r.cpuMicros, 0) / 1000 / elapsedMs,
      bytesPerClientPerVote: (after.bytesWritten - before.bytesWritten) / votes / CLIENTS,
      peakMemory: after.maxRss,
    };
  } finally {
    for (const worker of workers) worker.kill();
    await server.stop();
  }
}

const NAMES: Record<System, string> = {
  brink: "Brink",
  floor: "floor (bare ws)",
  peer: "peer (boardgame.io 0.50)",
};

export function rollCallTable(rows: readonly RollCallRow[]): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  const lines = [
    "| server | rooms | votes | p50 ms | p99 ms | votes/s | server CPU µs/vote | server CPU | load CPU | bytes/client/vote | peak memory MB |",
    "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ...rows.map(
      (r) =>
        `| ${NAMES[r.system]} | ${r.rooms} | ${r.votes} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.votesPerSecond.toFixed(0)} | ${r.serverCpuPerVoteMicros.toFixed(0)} | ${(r.serverCpuShare * 100).toFixed(0)} % | ${(r.clientCpuShare * 100).toFixed(0)} % | ${r.bytesPerClientPerVote.toFixed(1)} | ${mb(r.peakMemory)} |`,
    ),
  ];
  return lines.join("\n");
}

/** The goals at the largest R, as ratios to the floor and the peer measured in the same run. */
export function rollCallGoals(rows: readonly RollCallRow[]): string {
  const rooms = Math.max(...rows.map((r) => r.rooms));
  const at = (system: System) => rows.find((r) => r.system === system && r.rooms === rooms);
  const brink = at("brink");
  const floor = at("floor");
  const peer = at("peer");
  if (!brink || !floor || !peer) return "";
  const check = (ok: boolean) => (ok ? "met" : "**not met**");
  const p99 = brink.p99 / floor.p99;
  const throughput = brink.votesPerSecond / peer.votesPerSecond;
  const cpu = brink.serverCpuPerVoteMicros / floor.serverCpuPerVoteMicros;
  return [
    `| goal at R = ${rooms} | measured | |`,
    "|---|--:|---|",
    `| Brink's p99 ≤ 2.2× the floor's | ${p99.toFixed(2)}× | ${check(p99 <= 2.2)} |`,
    `| Brink's votes/s ≥ 1.6× boardgame.io's | ${throughput.toFixed(2)}× | ${check(throughput >= 1.6)} |`,
    `| Brink's server CPU per vote ≤ 1.4× the floor's | ${cpu.toFixed(2)}× | ${check(cpu <= 1.4)} |`,
    `| ≤ 48 bytes per client per vote | ${brink.bytesPerClientPerVote.toFixed(1)} | ${check(brink.bytesPerClientPerVote <= 48)} |`,
  ].join("\n");
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      rooms: { type: "string", default: "1,10,50" },
      seconds: { type: "string", default: "10" },
      systems: { type: "string", default: "floor,peer,brink" },
    },
  });
  const rows: RollCallRow[] = [];
  for (const rooms of values.rooms.split(",").map(Number)) {
    for (const system of values.systems.split(",") as System[]) {
      rows.push(await rollCall(system, rooms, Number(values.seconds)));
      console.info(rollCallTable(rows.slice(-1)).split("\n").at(-1));
    }
  }
  console.info(`\n${rollCallTable(rows)}\n\n${rollCallGoals(rows)}`);
}

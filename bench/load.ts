// The server-load benchmark: N classrooms × 25 real @colyseus/sdk clients on one Brink server, the clients
// in separate load processes, each classroom playing a lesson (load/worker.ts). Not a test: it reports.
// Run alone: `node bench/load.ts [--rooms 1,10,50,100] [--seconds 20] [--pace 500]`.
import { parseArgs } from "node:util";
import type { LoadResult } from "./load/worker.ts";
import { LoadProcess, MeteredServer, type MeterReading, percentile } from "./servers.ts";

/** What any run of the lesson gives: the load side's figures. */
export interface LessonFigures {
  rooms: number;
  clients: number;
  commands: number;
  errors: number;
  firstErrors: string[];
  p50: number;
  p99: number;
  commandsPerSecond: number;
  clientCpuShare: number;
}

export interface LoadRow extends LessonFigures {
  serverCpuShare: number;
  serverCpuPerCommandMicros: number;
  memoryPerRoom: number;
  heapPerRoom: number;
  peakMemory: number;
  bytesPerPatch: number;
  patchesPerSecond: number;
  bytesPerClientPerSecond: number;
}

/** Load processes: as many as the machine has cores, and never more than the rooms. */
const PROCESSES = 2;

/** What the load processes measured of a lesson, with the time it took. */
export interface Lessons {
  results: LoadResult[];
  elapsedMs: number;
  latencies: number[];
  commands: number;
  errors: string[];
  clients: number;
}

/**
 * Plays the lesson in `rooms` classrooms against the server at `url` (one process, or a proxy before several)
 * from the load processes; `measure` runs once every classroom is open, just before the window, and its
 * second half just after.
 */
export async function playLessons(
  url: string,
  rooms: number,
  seconds: number,
  pace: number,
  measure: { open(): Promise<void>; before(): Promise<void>; after(): Promise<void> },
): Promise<Lessons> {
  const processes = Math.min(rooms, PROCESSES);
  const workers = Array.from({ length: processes }, () => new LoadProcess<LoadResult>("bench/load/worker.ts"));
  try {
    await Promise.all(workers.map((w) => w.next("started")));
    await measure.open();
    workers.forEach((worker, i) => {
      const share = Array.from({ length: rooms }, (_, r) => r).filter((r) => r % processes === i);
      worker.send({ type: "setup", setup: { url, rooms: share, pace } });
    });
    await Promise.all(workers.map((w) => w.next("ready")));
    await measure.before();
    for (const worker of workers) worker.send({ type: "go", seconds });
    const results = (await Promise.all(workers.map((w) => w.next("done")))).map((m) => m.result as LoadResult);
    await measure.after();
    return {
      results,
      elapsedMs: Math.max(...results.map((r) => r.elapsedMs)),
      latencies: results.flatMap((r) => r.latencies),
      commands: results.reduce((sum, r) => sum + r.commands, 0),
      errors: results.flatMap((r) => r.errors),
      clients: results.reduce((sum, r) => sum + r.clients, 0),
    };
  } finally {
    for (const worker of workers) worker.kill();
  }
}

/** The load side's figures of a run of the lesson. */
export function lessonFigures(rooms: number, played: Lessons): LessonFigures {
  const { results, elapsedMs, latencies, commands, errors, clients } = played;
  return {
    rooms,
    clients,
    commands,
    errors: errors.length,
    firstErrors: [...new Set(errors)].slice(0, 5),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    commandsPerSecond: (commands / elapsedMs) * 1000,
    clientCpuShare: results.reduce((sum, r) => sum + r.cpuMicros, 0) / 1000 / elapsedMs,
  };
}

export async function load(rooms: number, seconds: number, pace: number): Promise<LoadRow> {
  const server = await MeteredServer.start("apps/server/src/main.ts");
  try {
    let idle!: MeterReading;
    let before!: MeterReading;
    let after!: MeterReading;
    const played = await playLessons(server.url, rooms, seconds, pace, {
      open: async () => {
        idle = await server.read(true);
      },
      before: async () => {
        before = await server.read();
      },
      after: async () => {
        after = await server.read();
      },
    });
    const held = await server.read(true);
    const { results, elapsedMs, commands, clients } = played;
    const patches = results.reduce((sum, r) => sum + r.patches, 0);
    const serverCpu = after.cpuMicros - before.cpuMicros;
    return {
      ...lessonFigures(rooms, played),
      serverCpuShare: serverCpu / 1000 / elapsedMs,
      serverCpuPerCommandMicros: serverCpu / commands,
      memoryPerRoom: (held.rss - idle.rss) / rooms,
      heapPerRoom: (held.heapUsed - idle.heapUsed) / rooms,
      peakMemory: held.maxRss,
      bytesPerPatch: results.reduce((sum, r) => sum + r.patchBytes, 0) / patches,
      patchesPerSecond: (patches / elapsedMs) * 1000,
      bytesPerClientPerSecond: (after.bytesWritten - before.bytesWritten) / clients / (elapsedMs / 1000),
    };
  } finally {
    await server.stop();
  }
}

export function loadTable(rows: readonly LoadRow[]): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
  return [
    "| rooms | clients | commands | errors | p50 ms | p99 ms | commands/s | server CPU | server CPU µs/command | load CPU | memory/room MB (RSS) | live heap/room MB | peak memory MB | bytes/patch | patches/s received | bytes/client/s sent |",
    "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ...rows.map(
      (r) =>
        `| ${r.rooms} | ${r.clients} | ${r.commands} | ${r.errors} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.commandsPerSecond.toFixed(0)} | ${(r.serverCpuShare * 100).toFixed(0)} % | ${r.serverCpuPerCommandMicros.toFixed(0)} | ${(r.clientCpuShare * 100).toFixed(0)} % | ${mb(r.memoryPerRoom)} | ${mb(r.heapPerRoom)} | ${(r.peakMemory / 1024 / 1024).toFixed(0)} | ${r.bytesPerPatch.toFixed(0)} | ${r.patchesPerSecond.toFixed(0)} | ${r.bytesPerClientPerSecond.toFixed(0)} |`,
    ),
  ].join("\n");
}

/** The issue's goals at the largest N: p99 ≤ 100 ms with no errors, ≤ 2 MB per room. */
export function loadGoals(rows: readonly LoadRow[]): string {
  const row = rows.reduce((a, b) => (b.rooms > a.rooms ? b : a));
  const check = (ok: boolean) => (ok ? "met" : "**not met**");
  const mb = row.memoryPerRoom / 1024 / 1024;
  return [
    `| goal at ${row.rooms} rooms × 25 clients | measured | |`,
    "|---|--:|---|",
    `| p99 command → patch ≤ 100 ms | ${row.p99.toFixed(1)} ms | ${check(row.p99 <= 100)} |`,
    `| zero errors | ${row.errors}${row.firstErrors.length ? ` (${row.firstErrors.join("; ")})` : ""} | ${check(row.errors === 0)} |`,
    `| ≤ 2 MB per room | ${mb.toFixed(2)} MB | ${check(mb <= 2)} |`,
  ].join("\n");
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      rooms: { type: "string", default: "1,10,50,100" },
      seconds: { type: "string", default: "20" },
      pace: { type: "string", default: "500" },
    },
  });
  const rows: LoadRow[] = [];
  for (const rooms of values.rooms.split(",").map(Number)) {
    rows.push(await load(rooms, Number(values.seconds), Number(values.pace)));
    console.info(loadTable(rows.slice(-1)).split("\n").at(-1));
  }
  console.info(`\n${loadTable(rows)}\n\n${loadGoals(rows)}`);
}

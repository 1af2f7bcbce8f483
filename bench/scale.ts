// The scale-out benchmark: a whole school as the README runs it (nginx with the shipped configuration, a real
// redis-server, Brink processes sharing one data folder; tests/support/cluster.ts starts them), measured with
// 1, 2 and 3 processes, then a process killed under a school's classes. Not a test: it reports.
// Run alone: `node bench/scale.ts` (20-s windows), or in the report: `node bench/report.ts --only scale`.
import { readFileSync } from "node:fs";
import { Cluster } from "../tests/support/cluster.ts";
import { connect, createSessionOn, type Endpoint, Page, player } from "../tests/support/table.ts";
import { type LessonFigures, lessonFigures, playLessons } from "./load.ts";
import { percentile, postJson, schoolAddress } from "./servers.ts";

/** CPU time a process has used, in microseconds, from `/proc` (user and system; Linux counts in ticks of 10 ms). */
function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

export interface ScaleRow extends LessonFigures {
  processes: number;
  pace: number;
  /** Each process's share of a core over the window, in process order. */
  serverCpuShares: number[];
}

/** The lesson of the server-load benchmark in `rooms` classrooms, through nginx, on `processes` processes. */
export async function scale(processes: number, rooms: number, seconds: number, pace: number): Promise<ScaleRow> {
  const cluster = await Cluster.start({ BRINK_MESSAGES_PER_SECOND: "1000" }, processes);
  try {
    let before: number[] = [];
    let after: number[] = [];
    const cpu = () => cluster.processes.map((p) => cpuMicros(p.pid));
    const played = await playLessons(cluster.url, rooms, seconds, pace, {
      open: async () => undefined,
      before: async () => {
        before = cpu();
      },
      after: async () => {
        after = cpu();
      },
    });
    return {
      ...lessonFigures(rooms, played),
      processes,
      pace,
      serverCpuShares: after.map((micros, k) => (micros - (before[k] ?? 0)) / 1000 / played.elapsedMs),
    };
  } finally {
    await cluster.stop();
  }
}

export function scaleTable(rows: readonly ScaleRow[]): string {
  const pct = (share: number) => `${(share * 100).toFixed(0)} %`;
  return [
    "| processes | thought before each act | rooms | clients | commands | errors | p50 ms | p99 ms | commands/s | × 1 process | servers' CPU (each) | load CPU |",
    "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ...rows.map((r) => {
      const one = rows.find((o) => o.processes === 1 && o.pace === r.pace && o.rooms === r.rooms);
      const ratio = one ? (r.commandsPerSecond / one.commandsPerSecond).toFixed(2) : "";
      const total = r.serverCpuShares.reduce((a, b) => a + b, 0);
      return `| ${r.processes} | ${r.pace} ms | ${r.rooms} | ${r.clients} | ${r.commands} | ${r.errors}${r.firstErrors.length ? ` (${r.firstErrors.join("; ")})` : ""} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.commandsPerSecond.toFixed(0)} | ${ratio} | ${pct(total)} (${r.serverCpuShares.map(pct).join(", ")}) | ${pct(r.clientCpuShare)} |`;
    }),
  ].join("\n");
}

export interface Recovery {
  rooms: number;
  clients: number;
  /** Rooms and clients on the process killed. */
  lostRooms: number;
  lostClients: number;
  /** Milliseconds from the kill to each of those clients back in its seat. */
  p50: number;
  max: number;
  /** Clients of the other processes that lost their connection (none should). */
  disturbed: number;
}

const VOTING = ["ARG", "BOL", "BRA", "CHL", "COL", "CRI", "DOM", "ECU", "SLV", "GTM"];

/** A classroom's endpoint: the school's proxy, its requests from the classroom's own address. */
const classroom = (url: string, room: number): Endpoint => ({
  url,
  post: (path, body) => postJson(`${url}${path}`, body, schoolAddress(room)),
});

/**
 * `rooms` classrooms on three processes, each a teacher and ten students seated; the process holding the most
 * is killed (`kill -9`), and every page of its classes comes back as the web app's does (a few tries, then by
 * the code, with its key) to its seat on another process.
 */
export async function recovery(rooms: number): Promise<Recovery> {
  const cluster = await Cluster.start({ BRINK_MESSAGES_PER_SECOND: "1000" }, 3);
  try {
    const classes: { roomId: string; pages: { page: Page; delegation: string | null; name: string }[] }[] = [];
    for (let room = 0; room < rooms; room++) {
      const endpoint = classroom(cluster.url, room);
      const { roomId, hostKey, joinCode } = await createSessionOn(endpoint);
      const host = await connect(endpoint, roomId, { hostKey });
      const pages: { page: Page; delegation: string | null; name: string }[] = [
        { page: new Page(endpoint, joinCode, { hostKey }, host), delegation: null, name: "" },
      ];
      for (const [i, delegation] of VOTING.entries()) {
        const name = `Student ${i + 1}`;
        const seat = await player(endpoint, roomId, name);
        await seat.request("claimSeat", { delegation });
        await seat.until((s) => s.seats.some((x) => x.delegation === delegation && x.holderName === name), 30_000);
        pages.push({
          page: new Page(endpoint, joinCode, { resumeKey: seat.you?.resumeKey ?? "" }, seat),
          delegation,
          name,
        });
      }
      classes.push({ roomId, pages });
    }
    // A connection younger than 5 s is not tried again on its address (the SDK's rule): a class's are older.
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    const owners = await Promise.all(classes.map((c) => cluster.owner(c.roomId)));
    const counts = cluster.processes.map((p) => owners.filter((o) => o === p).length);
    const victim = cluster.processes[counts.indexOf(Math.max(...counts))];
    if (!victim) throw new Error("no process holds a room");
    const lost = classes.filter((_, i) => owners[i] === victim);
    const kept = classes.filter((_, i) => owners[i] !== victim);
    const killedAt = Date.now();
    await victim.crash();
    const times = await Promise.all(
      lost.flatMap((c) =>
        c.pages.map(async ({ page, delegation, name }) => {
          await page.returned(1, 120_000);
          if (delegation)
            await page.seat.until(
              (s) => s.seats.some((x) => x.delegation === delegation && x.holderName === name && x.keptFor === ""),
              60_000,
            );
          return Date.now() - killedAt;
        }),
      ),
    );
    const disturbed = kept.flatMap((c) => c.pages).filter(({ page }) => page.lost > 0).length;
    for (const c of classes) for (const { page } of c.pages) await page.seat.room.leave().catch(() => undefined);
    return {
      rooms,
      clients: classes.reduce((sum, c) => sum + c.pages.length, 0),
      lostRooms: lost.length,
      lostClients: times.length,
      p50: percentile(times, 0.5),
      max: Math.max(...times),
      disturbed,
    };
  } finally {
    await cluster.stop();
  }
}

export function recoveryTable(r: Recovery): string {
  return [
    "| classrooms | clients | on the process killed | kill → half its clients back in their seats | kill → every one back | other processes' clients disturbed |",
    "|--:|--:|--:|--:|--:|--:|",
    `| ${r.rooms} | ${r.clients} | ${r.lostRooms} classrooms, ${r.lostClients} clients | ${(r.p50 / 1000).toFixed(2)} s | ${(r.max / 1000).toFixed(2)} s | ${r.disturbed} |`,
  ].join("\n");
}

/** Every row of the scale-out table: 100 classrooms at a class's pace, then 50 with no thought, on 1–3 processes. */
export async function scaleRows(seconds: number, log: (line: string) => void = () => undefined): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  for (const [pace, rooms] of [
    [500, 100],
    [0, 50],
  ] as const) {
    for (const processes of [1, 2, 3]) {
      log(`scale-out: ${processes} process(es), ${rooms} classrooms, ${pace} ms of thought`);
      rows.push(await scale(processes, rooms, seconds, pace));
    }
  }
  return rows;
}

if (import.meta.main) {
  const rows = await scaleRows(20, console.info);
  console.info(`\n${scaleTable(rows)}\n\n${recoveryTable(await recovery(20))}`);
}

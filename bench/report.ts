// `pnpm bench`: every benchmark in one run, written as a Markdown report (bench/report.md by default) with
// the machine it ran on. Figures are set beside baselines measured in the same run; nothing here fails on
// time. Options: `--out <file>`, `--seconds <n>` (each roll-call window; the load's is twice it),
// `--only engine,rollcall,load,scale,client`.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { client, clientTable } from "./client.ts";
import { load, loadGoals, loadTable } from "./load.ts";
import type { System } from "./rollcall/worker.ts";
import { type RollCallRow, rollCall, rollCallGoals, rollCallTable } from "./rollcall.ts";
import { recovery, recoveryTable, scaleRows, scaleTable } from "./scale.ts";
import { root } from "./servers.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: join(root, "bench/report.md") },
    seconds: { type: "string", default: "10" },
    only: { type: "string", default: "engine,rollcall,load,scale,client" },
  },
});
const only = new Set(values.only.split(","));
const seconds = Number(values.seconds);
const sections: string[] = [];
const log = (line: string) => console.info(`[bench] ${line}`);

const commit = (() => {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
})();
const cpu = cpus()[0]?.model ?? "unknown";
sections.push(
  "# Brink benchmarks",
  "",
  `Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on commit ${commit}: ${cpus().length} × ${cpu}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB, Node ${process.version}, ${process.platform}. The server and the load clients share these cores: each table gives both sides' CPU, so a reader can tell which bounds the figures (100 % is one core).`,
);

if (only.has("engine")) {
  log("engine and simulator");
  const run = (script: string) => execFileSync(process.execPath, [script], { cwd: root, encoding: "utf8" }).trim();
  sections.push("", "## Engine and simulator", "", "```", run("bench/engine.ts"), "", run("bench/simulate.ts"), "```");
}

if (only.has("rollcall")) {
  const rows: RollCallRow[] = [];
  for (const rooms of [1, 10, 50]) {
    for (const system of ["floor", "peer", "brink"] as System[]) {
      log(`roll call: ${system}, ${rooms} room(s)`);
      rows.push(await rollCall(system, rooms, seconds));
    }
  }
  sections.push(
    "",
    "## Roll call: Brink beside a bare WebSocket floor and boardgame.io",
    "",
    `R rooms × 21 clients (20 voters and one more screen) for ${seconds} s after one warm-up roll call per room. Each seat answers only once it has seen the previous answer applied; a vote's latency runs from its sender's send to the last of the room's 21 clients having it. A roll call is a motion to close the debate, moved, put, answered by the 20 voting seats and closed (Brink); the floor and the peer close theirs with one message. Server CPU and bytes are read inside each server (bytes its sockets wrote, framing included, per client per vote, the chair's steps included).`,
    "",
    rollCallTable(rows),
    "",
    rollCallGoals(rows),
  );
}

if (only.has("load")) {
  const rows = [];
  for (const rooms of [1, 10, 50, 100]) {
    log(`server load: ${rooms} classroom(s)`);
    rows.push(await load(rooms, seconds * 2, 500));
  }
  sections.push(
    "",
    "## Server load: classrooms of 25 playing a lesson",
    "",
    `N classrooms × 25 real @colyseus/sdk clients in two load processes: the teacher (chairing, bots off), the projector, 20 students each voicing a voting seat, 3 advisers. Each plays rounds of three speeches (ask, given the floor, speak, yield) and a motion to close the debate put to a roll call, with half a second (0.25–0.75 s) of thought before each act: several times a real class's pace. ${seconds * 2} s, each classroom finishing its round. Latency: a command's send to the first patch its sender receives. Memory per room: the server's growth over its idle size, divided by N (the first room also pays for loading the scenario).`,
    "",
    loadTable(rows),
    "",
    loadGoals(rows),
  );
}

if (only.has("scale")) {
  const rows = await scaleRows(seconds * 2, log);
  log("scale-out: a process killed under twenty classrooms");
  const recovered = await recovery(20);
  sections.push(
    "",
    "## Scale-out: one school's address, 1 to 3 processes",
    "",
    `The lesson of the server-load benchmark through nginx (the shipped configuration) on 1, 2 and 3 Brink processes sharing a redis-server and one SQLite file, ${seconds * 2} s: 100 classrooms at a class's pace (0.25–0.75 s of thought before each act), then 50 with none, each client acting as soon as its last act is answered. The processes and the load share this machine's cores, and nginx and Redis run on them too: each row gives every process's CPU and the load's.`,
    "",
    scaleTable(rows),
    "",
    "A process killed outright (`kill -9`) under twenty classrooms, each a teacher and ten seated students on three processes: the one holding the most classrooms dies; each page tries its connection for about three seconds, then finds its table again by its code and takes back its seat with its key, as the web app does.",
    "",
    recoveryTable(recovered),
  );
}

if (only.has("client")) {
  log("client, in Chromium");
  sections.push(
    "",
    "## Client: what a student's phone loads, and how soon it is seated",
    "",
    clientTable(await client(10)),
  );
}

writeFileSync(values.out, `${sections.join("\n")}\n`);
log(`report written to ${values.out}`);

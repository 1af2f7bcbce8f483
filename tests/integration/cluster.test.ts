import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Cluster } from "../support/cluster.ts";
import { type Machine, Network } from "../support/machines.ts";
import { PostgresServer } from "../support/postgres.ts";
import { connect, createSessionOn, Page, player, type Roll, roll, type Seat } from "../support/table.ts";

// A whole school on this machine (README, "Running for a whole school"): three Brink processes sharing Redis and
// one data folder, behind nginx with the shipped configuration. Every client goes through nginx.

const root = fileURLToPath(new URL("../..", import.meta.url));
const clusters: Cluster[] = [];
const school = async (env: Record<string, string> = {}) => {
  const cluster = await Cluster.start(env);
  clusters.push(cluster);
  return cluster;
};
// The last started first: a cluster may use the Redis of one started before it.
afterEach(async () => {
  for (const cluster of clusters.splice(0).reverse()) await cluster.stop();
});

const VOTERS = { ARG: "Ana", BRA: "Bea", CHL: "Caio" } as const;

/** The seats' holders as one client sees them. */
const holders = (seat: Seat) => seat.state.seats.map((s) => `${s.delegation}:${s.holderName}`).join(" ");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for `check` to hold, up to 30 s; `state` says, if it never does, how things stood. */
async function until(check: () => boolean | Promise<boolean>, state: () => unknown = () => ""): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(50)) {
    if (await check()) return;
  }
  throw new Error(`never came true: ${JSON.stringify(state())}`);
}

/** Each page's losses and the address its socket reached, for a failure's message. */
const where = (pages: Page[]) =>
  pages.map((page) => ({
    lost: page.lost,
    url: (page.seat.room.connection as unknown as { transport?: { ws?: { url?: string } } }).transport?.ws?.url,
  }));

/** A session at its roll call through the proxy: the host chairs (bots off), three players, one vote cast. */
async function toRollCall(cluster: Cluster) {
  const { roomId, hostKey, joinCode } = await createSessionOn(cluster);
  const host = new Page(cluster, joinCode, { hostKey }, await connect(cluster, roomId, { hostKey }));
  const seats: Record<string, Page> = {};
  for (const [delegation, name] of Object.entries(VOTERS)) {
    const seat = await player(cluster, roomId, name);
    expect(await seat.request("claimSeat", { delegation })).toMatchObject({ ok: true });
    seats[delegation] = new Page(cluster, joinCode, { resumeKey: seat.you?.resumeKey ?? "" }, seat);
  }
  // A connection younger than 5 s is not tried again on its address (the SDK's rule): a class's are older.
  await sleep(5_500);
  expect(await host.seat.request("setBots", { on: false })).toMatchObject({ ok: true });
  expect(await host.seat.request("startSession", {})).toMatchObject({ ok: true });
  for (const type of ["advance", "endSpeech", "advance", "advance"]) {
    expect(await host.seat.request("act", { command: { type } })).toMatchObject({ ok: true });
  }
  const first = roll(
    await host.seat.until((s) => Object.keys(VOTERS).includes((s as unknown as Roll).called), 30_000),
  ).called;
  expect(await seats[first]?.seat.request("act", { command: { type: "vote", choice: "no" } })).toMatchObject({
    ok: true,
  });
  return { roomId, host, seats, first, pages: [host, ...Object.values(seats)] };
}

/** The two players not yet called vote yes when called, and the chair closes the roll call. */
async function finishRollCall(host: Page, seats: Record<string, Page>): Promise<Roll> {
  for (let i = 0; i < 2; i++) {
    const called = roll(
      await host.seat.until((s) => Object.keys(VOTERS).includes((s as unknown as Roll).called), 30_000),
    );
    expect(called.choices[called.called]).toBeUndefined();
    expect(await seats[called.called]?.seat.request("act", { command: { type: "vote", choice: "yes" } })).toMatchObject(
      { ok: true },
    );
    await host.seat.until((s) => (s as unknown as Roll).choices[called.called] === "yes");
  }
  await host.seat.until((s) => (s as unknown as Roll).called === "", 30_000);
  expect(await host.seat.request("act", { command: { type: "closeVote" } })).toMatchObject({ ok: true });
  return roll(await host.seat.until((s) => (s as unknown as Roll).votes.length === 1));
}

describe("a whole school behind one address", () => {
  it("places sessions made through any process across the processes, and every client of one sees the same table", async () => {
    const cluster = await school();
    // Sessions made through each process directly and through the proxy, all joined through the proxy.
    const made: { roomId: string; joinCode: string; hostKey: string }[] = [];
    for (const server of cluster.processes) made.push(await createSessionOn(server));
    for (let i = 0; i < 9; i++) made.push(await createSessionOn(cluster));
    for (const session of made) {
      expect((await cluster.post("/api/join", { joinCode: session.joinCode })).body).toMatchObject({
        roomId: session.roomId,
      });
    }
    // The host's screen tells students the school's address, never a process's own port.
    const info = (await (await fetch(`${cluster.url}/api/info`)).json()) as { lanUrls: string[] };
    expect(info.lanUrls).toEqual([cluster.url]);
    const owners = await Promise.all(made.map((session) => cluster.owner(session.roomId)));
    expect(owners.every((owner) => owner !== undefined)).toBe(true);
    // Twelve sessions ranked over three processes: that all land on one would be a 1-in-177,000 chance.
    expect(new Set(owners).size).toBeGreaterThan(1);

    // One session's clients: each matchmaking request may reach any process; every socket reaches the owner.
    const [first] = made;
    if (!first) throw new Error("no session");
    const host = await connect(cluster, first.roomId, { hostKey: first.hostKey });
    const seats: Seat[] = [host];
    for (const [delegation, name] of Object.entries(VOTERS)) {
      const seat = await player(cluster, first.roomId, name);
      expect(await seat.request("claimSeat", { delegation })).toMatchObject({ ok: true });
      seats.push(seat);
    }
    const table = "ARG:Ana BRA:Bea CHL:Caio";
    // Each waits for every seat it was told of (a name in the players' list can arrive before its seat's patch).
    for (const seat of seats) await seat.until(() => table.split(" ").every((pair) => holders(seat).includes(pair)));
    const seen = seats.map(holders);
    for (const view of seen) expect(view).toBe(seen[0]);
    for (const pair of table.split(" ")) expect(seen[0]).toContain(pair);
    for (const seat of seats) await seat.room.leave();
  }, 60_000);

  it("keeps both councils of a session on one process, which their shared crisis track needs", async () => {
    const cluster = await school();
    for (let i = 0; i < 4; i++) {
      const { joinCode, sessionId } = (await cluster.post("/api/sessions", { chambers: ["oas", "unsc"] })).body as {
        joinCode: string;
        sessionId: string;
      };
      for (const chamber of ["unsc", "oas"]) {
        expect((await cluster.post("/api/join", { joinCode, chamber })).status).toBe(200);
      }
      const [oas, unsc] = await Promise.all([cluster.owner(`oas-${sessionId}`), cluster.owner(`unsc-${sessionId}`)]);
      expect(oas).toBeDefined();
      expect(unsc).toBe(oas);
    }
  }, 60_000);

  it("restarts every process in turn during a game: the open roll call finishes first, and the game plays on", async () => {
    const cluster = await school({ BRINK_PATIENCE_SECONDS: "1", BRINK_DRAIN_SECONDS: "30" });
    const { roomId, host, seats, pages } = await toRollCall(cluster);
    const owner = await cluster.owner(roomId);
    if (!owner) throw new Error("the room has no owner");

    // A deploy stops the owner: it stops taking classes at once, and keeps this one until its vote closes.
    const stopped = owner.stop(40_000);
    await until(async () => (await fetch(`${owner.url}/readyz`)).status === 503);
    expect(pages.every((page) => page.lost === 0)).toBe(true);
    const closed = await finishRollCall(host, seats);
    expect(closed.votes[0]).toMatchObject({ question: "convocation", yes: 2, no: 1, abstain: 0, absent: 17 });
    // Then the table is handed on: every page comes back, on another process, to the vote as it closed.
    await stopped;
    await until(
      () => pages.every((page) => page.lost === 1),
      () => where(pages),
    );
    await Promise.all(pages.map((page) => page.back));
    expect(await cluster.owner(roomId)).not.toBe(owner);
    expect(roll(host.seat.state).votes).toEqual(closed.votes);
    await owner.start();

    // The rest of the processes, one after the other, each started again before the next stops: the table
    // moves whenever its process stops, and the host's next step is taken wherever it is.
    let steps = 0;
    let moves = 0;
    for (const server of cluster.processes.filter((p) => p !== owner)) {
      const holding = (await cluster.owner(roomId)) === server;
      if (holding) moves += 1;
      await server.stop(40_000);
      if (holding)
        await until(
          () => pages.every((page) => page.lost === 1 + moves),
          () => where(pages),
        );
      await Promise.all(pages.map((page) => page.back));
      await server.start();
      // The host turns the bots on, then off again: each a step of the log, taken wherever the table is.
      steps += 1;
      const on = steps === 1;
      expect(await host.seat.request("setBots", { on })).toMatchObject({ ok: true });
      for (const page of pages) await page.seat.until((s) => (s as unknown as { bots: boolean }).bots === on);
    }
    expect(steps).toBe(2);
    // The table had gone to one of these two, so it moved at least once more (twice when the first of them
    // handed it to the second).
    expect(moves).toBeGreaterThanOrEqual(1);
    expect(roll(host.seat.state).votes).toEqual(closed.votes);
    for (const [delegation, page] of Object.entries(seats)) {
      expect(page.seat.seat(delegation)?.holderName).toBe(VOTERS[delegation as keyof typeof VOTERS]);
    }
    for (const page of pages) await page.seat.room.leave();
  }, 180_000);

  it("ships a systemd unit that systemd accepts, running the server as `npm start` does, one port per instance", () => {
    const unit = readFileSync(join(root, "deploy/systemd/brink@.service"), "utf8");
    const packageJson = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: { serve: string } };
    expect(unit).toContain(`ExecStart=/usr/bin/env ${packageJson.scripts.serve}\n`);
    expect(unit).toMatch(/^Environment=PORT=%i$/m);
    expect(unit).toMatch(/^EnvironmentFile=\/etc\/brink\/brink\.env$/m);
    // Draining takes up to BRINK_DRAIN_SECONDS (60): systemd must wait longer before it kills.
    expect(Number(/^TimeoutStopSec=(\d+)$/m.exec(unit)?.[1])).toBeGreaterThan(60);
    const dir = mkdtempSync(join(tmpdir(), "brink-unit-"));
    copyFileSync(join(root, "deploy/systemd/brink@.service"), join(dir, "brink@2571.service"));
    const verified = spawnSync("systemd-analyze", ["verify", "./brink@2571.service"], { cwd: dir, encoding: "utf8" });
    expect(verified.error).toBeUndefined();
    expect(`${verified.stdout}${verified.stderr}`).toBe("");
    expect(verified.status).toBe(0);
  });
});

// The same crash with the log in one SQLite file the processes share (one machine), and in PostgreSQL (several).
let postgres: PostgresServer | undefined;
afterAll(() => postgres?.stop());
describe.each([
  { name: "one SQLite file", storage: () => ({}) },
  {
    name: "PostgreSQL",
    storage: () => {
      if (!postgres) throw new Error("no PostgreSQL server");
      return { DATABASE_URL: postgres.database() };
    },
  },
])("a whole school keeping its log in $name", ({ name, storage }) => {
  beforeAll(async () => {
    if (name === "PostgreSQL") postgres ??= await PostgresServer.start();
  }, 60_000);

  it("loses no vote when the process holding a roll call is killed: the clients come back through the proxy to another", async () => {
    const cluster = await school({ BRINK_PATIENCE_SECONDS: "1", ...storage() });
    const { roomId, host, seats, first, pages } = await toRollCall(cluster);
    const owner = await cluster.owner(roomId);
    if (!owner) throw new Error("the room has no owner");
    const killedAt = Date.now();
    await owner.crash();
    await until(() => pages.every((page) => page.lost === 1));
    await Promise.all(pages.map((page) => page.back));
    console.info(`kill -9 → all ${pages.length} clients back in their seats: ${Date.now() - killedAt} ms`);
    const rebuiltOn = await cluster.owner(roomId);
    expect(rebuiltOn).toBeDefined();
    expect(rebuiltOn).not.toBe(owner);

    // The accepted vote is there, the players in their seats, and the roll call goes on to its end.
    expect(roll(host.seat.state).phase).toBe("convocationVote");
    expect(roll(host.seat.state).choices[first]).toBe("no");
    for (const [delegation, page] of Object.entries(seats)) {
      expect(page.seat.seat(delegation)?.holderName).toBe(VOTERS[delegation as keyof typeof VOTERS]);
    }
    const closed = await finishRollCall(host, seats);
    expect(closed.votes[0]).toMatchObject({ question: "convocation", yes: 2, no: 1, abstain: 0, absent: 17 });
    for (const page of pages) await page.seat.room.leave();
  }, 120_000);
});

// A school (or district) on two machines (README, "Several machines"): each machine its own address, nginx and
// two Brink processes; one Redis and one PostgreSQL server, on a third, that both reach over the network.
describe("a school on two machines", () => {
  let network: Network | undefined;
  let database: PostgresServer | undefined;
  beforeAll(async () => {
    network = Network.start(2);
    database = await PostgresServer.start({ address: network.gateway, subnet: network.subnet });
  }, 60_000);
  afterAll(async () => {
    await database?.stop();
    network?.stop();
  });

  it("spreads sessions over both machines, sends each socket to its table's machine, and loses no vote to a crash", async () => {
    if (!network || !database) throw new Error("no network");
    const [a, b] = network.machines as [Machine, Machine];
    const env = { DATABASE_URL: database.database(network.gateway), BRINK_PATIENCE_SECONDS: "1" };
    const one = await Cluster.start(env, 2, { machine: a, redisHost: network.gateway });
    clusters.push(one);
    const two = await Cluster.start(env, 2, { machine: b, redis: { host: network.gateway, port: one.redisPort } });
    clusters.push(two);
    const ownerOf = async (roomId: string) => (await one.owner(roomId)) ?? (await two.owner(roomId));

    // Twenty sessions made through either machine's address: the four processes of both machines share them.
    const made = [];
    for (let i = 0; i < 20; i++) made.push(await createSessionOn(i % 2 === 0 ? one : two));
    const owners = await Promise.all(made.map((session) => ownerOf(session.roomId)));
    expect(owners.every((owner) => owner !== undefined)).toBe(true);
    expect(owners.some((owner) => owner && one.processes.includes(owner))).toBe(true);
    expect(owners.some((owner) => owner && two.processes.includes(owner))).toBe(true);

    // A table on the second machine, its host arriving through the first's address: the socket goes to the second.
    const index = owners.findIndex((owner) => owner && two.processes.includes(owner));
    const away = made[index];
    if (!away) throw new Error("no session on the second machine");
    const host = await connect(one, away.roomId, { hostKey: away.hostKey });
    expect(where([new Page(one, away.joinCode, { hostKey: away.hostKey }, host)])[0]?.url).toContain(`//${two.host}:`);
    const ana = await player(two, away.roomId, "Ana");
    expect(await ana.request("claimSeat", { delegation: "ARG" })).toMatchObject({ ok: true });
    await host.until((s) => s.seats.some((x) => x.delegation === "ARG" && x.holderName === "Ana"));
    for (const seat of [host, ana]) await seat.room.leave();

    // A roll call through the first machine's address, its process killed: every vote there, wherever it goes on.
    const { roomId, host: chair, seats, first, pages } = await toRollCall(one);
    const owner = await ownerOf(roomId);
    if (!owner) throw new Error("the room has no owner");
    await owner.crash();
    await until(
      () => pages.every((page) => page.lost === 1),
      () => where(pages),
    );
    await Promise.all(pages.map((page) => page.back));
    const rebuiltOn = await ownerOf(roomId);
    expect(rebuiltOn).toBeDefined();
    expect(rebuiltOn).not.toBe(owner);
    expect(roll(chair.seat.state).choices[first]).toBe("no");
    const closed = await finishRollCall(chair, seats);
    expect(closed.votes[0]).toMatchObject({ question: "convocation", yes: 2, no: 1, abstain: 0, absent: 17 });
    for (const page of pages) await page.seat.room.leave();
  }, 180_000);
});

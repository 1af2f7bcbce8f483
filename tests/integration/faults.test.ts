import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@colyseus/sdk";
import { afterEach, describe, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";
import { connect, createSessionOn, player, type Roll, roll, type Seat } from "../support/table.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const servers: ServerProcess[] = [];
const serve = async (server: ServerProcess) => {
  servers.push(server);
  return server.start();
};
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});

describe("a server killed outright", () => {
  it("loses no accepted vote: kill -9 just after a vote is accepted, and the roll call goes on from there", async () => {
    const server = await serve(new ServerProcess({ BRINK_PATIENCE_SECONDS: "1" }));
    const { roomId, hostKey, joinCode } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const people = { ARG: "Ana", BRA: "Bea", CHL: "Caio" } as const;
    const seats: Record<string, Seat> = {};
    for (const [delegation, name] of Object.entries(people)) {
      seats[delegation] = await player(server, roomId, name);
      expect(await seats[delegation]?.request("claimSeat", { delegation })).toMatchObject({ ok: true });
    }
    const keys = Object.fromEntries(Object.entries(seats).map(([d, seat]) => [d, seat.you?.resumeKey ?? ""]));
    // Bots off: the host chairs, and the roll call records every empty seat absent and waits for the three.
    expect(await host.request("setBots", { on: false })).toMatchObject({ ok: true });
    expect(await host.request("startSession", {})).toMatchObject({ ok: true });
    for (const type of ["advance", "endSpeech", "advance", "advance"]) {
      expect(await host.request("act", { command: { type } })).toMatchObject({ ok: true });
    }
    // The chair's patience (a second) passes each empty seat: the roll call takes some seconds to reach ours.
    const first = roll(await host.until((s) => ["ARG", "BRA", "CHL"].includes((s as unknown as Roll).called), 30_000));
    const firstSeat = seats[first.called] as Seat;
    // These connections die with the server; their pages would reload with their keys, as below.
    for (const seat of [host, ...Object.values(seats)]) seat.room.reconnection.enabled = false;
    expect(await firstSeat.request("act", { command: { type: "vote", choice: "no" } })).toMatchObject({ ok: true });
    // The vote was accepted: the process dies at once, with no chance to flush or close anything.
    await server.crash();
    await server.start();
    // The students' pages find the table again by its code, which brings its room back from the log.
    expect((await server.post("/api/join", { joinCode })).body).toMatchObject({ roomId });

    const again = await connect(server, roomId, { hostKey });
    expect(roll(again.state).phase).toBe("convocationVote");
    expect(roll(again.state).choices[first.called]).toBe("no");
    const back: Record<string, Seat> = {};
    for (const [delegation, resumeKey] of Object.entries(keys))
      back[delegation] = await connect(server, roomId, { resumeKey });
    // The two who had not voted vote when called, and the chair closes the roll call.
    for (let i = 0; i < 2; i++) {
      const called = roll(
        await again.until((s) => ["ARG", "BRA", "CHL"].includes((s as unknown as Roll).called), 30_000),
      );
      expect(called.choices[called.called]).toBeUndefined();
      const seat = back[called.called] as Seat;
      expect(await seat.request("act", { command: { type: "vote", choice: "yes" } })).toMatchObject({ ok: true });
      await again.until((s) => (s as unknown as Roll).choices[called.called] === "yes");
    }
    await again.until((s) => (s as unknown as Roll).called === "", 30_000);
    expect(await again.request("act", { command: { type: "closeVote" } })).toMatchObject({ ok: true });
    const closed = roll(await again.until((s) => (s as unknown as Roll).votes.length === 1));
    expect(closed.votes[0]).toMatchObject({ question: "convocation", yes: 2, no: 1, abstain: 0, absent: 17 });
    for (const seat of [again, ...Object.values(back)]) await seat.room.leave();
  }, 120_000);
});

describe("storage that cannot be written", () => {
  it("refuses new actions with a typed error when the disk is full, keeps every accepted one, and says so", async () => {
    // 384 KB for any file the server writes: the data file and its write-ahead log fill up after some dozens
    // of actions, as a full disk would.
    // Ana acts faster than a person may (the limit per connection is raised) to fill the disk in a moment.
    const server = new ServerProcess({ BRINK_MESSAGES_PER_SECOND: "1000" });
    server.fileSizeLimitKb = 384;
    await serve(server);
    const { roomId, hostKey, joinCode } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const ana = await player(server, roomId, "Ana");
    const bea = await player(server, roomId, "Bea");
    let accepted = 0;
    let refused: { ok: boolean; code?: string; message?: string } | undefined;
    for (let i = 0; i < 400 && !refused; i++) {
      const reply = (await ana.request(
        i % 2 === 0 ? "claimSeat" : "releaseSeat",
        i % 2 === 0 ? { delegation: "BRA" } : {},
      )) as {
        ok: boolean;
        code?: string;
        message?: string;
      };
      if (reply.ok) accepted += 1;
      else refused = reply;
    }
    expect(refused).toMatchObject({ ok: false, code: "storage/unavailable" });
    expect(refused?.message).toMatch(/cannot save .*(full|read-only|error).*Nothing was changed/);
    expect(accepted).toBeGreaterThan(5);
    // The refused act changed nothing: Brazil is as the last accepted act left it.
    const holdsBrazil = accepted % 2 === 1;
    await host.until((s) => (s.seats.find((x) => x.delegation === "BRA")?.holderName === "Ana") === holdsBrazil);
    // The host's screen is told, and the server reports it at its health check.
    await host.untilMessage("error", 0);
    expect(host.messages.find((m) => m.type === "error")?.payload).toMatchObject({ code: "storage/unavailable" });
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      ok: false,
      storage: { message: expect.stringMatching(/cannot save/) },
    });
    // Creating a session is refused the same way, with a typed body.
    const created = await server.post("/api/sessions", {});
    expect(created).toMatchObject({ status: 503, body: { error: { code: "storage/unavailable" } } });
    // Bea, at the same table, keeps her connection, and her own act is refused the same way, never lost quietly.
    expect(await bea.request("claimSeat", { delegation: "CHL" })).toMatchObject({ code: "storage/unavailable" });
    expect(server.output).toMatch(/cannot save/);

    // With room on the disk again (the server restarted on the same data), every accepted act is there.
    await server.stop();
    const roomy = await serve(new ServerProcess({}, server.dataDir));
    expect((await fetch(`${roomy.url}/healthz`)).status).toBe(200);
    expect((await roomy.post("/api/join", { joinCode })).body).toMatchObject({ roomId });
    const again = await connect(roomy, roomId, { hostKey });
    expect(again.seat("BRA")?.holderName === "Ana").toBe(holdsBrazil);
    expect(again.seat("CHL")?.holderName).toBe("");
    expect(Object.values(again.state.players).map((p) => p.name)).toEqual(["Ana", "Bea"]);
    await again.room.leave();
  }, 60_000);

  it("will not start on a data file or folder it cannot write to, and says what to do", () => {
    // As root, permissions do not bind: the server is started as `nobody` then.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const start = (dataDir: string) =>
      spawnSync(process.execPath, ["apps/server/src/main.ts"], {
        cwd: root,
        env: { ...process.env, PORT: "0", BRINK_DATA_DIR: dataDir },
        encoding: "utf8",
        timeout: 30_000,
        ...asNobody,
      });

    // A data file made read-only after a first run.
    const dir = mkdtempSync(join(tmpdir(), "brink-ro-"));
    const first = spawnSync(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const { SqliteStore } = await import("./apps/server/src/store.ts"); await new SqliteStore(${JSON.stringify(join(dir, "brink.sqlite"))}).close();`,
      ],
      { cwd: root, encoding: "utf8", input: "" },
    );
    expect(first.status, first.stderr).toBe(0);
    if ("uid" in asNobody) {
      for (const file of ["", "brink.sqlite"]) chownSync(join(dir, file), 65534, 65534);
    }
    chmodSync(join(dir, "brink.sqlite"), 0o444);
    const readOnlyFile = start(dir);
    expect(readOnlyFile.status).toBe(1);
    expect(readOnlyFile.stderr).toMatch(/cannot open its data file .*brink\.sqlite for writing/);
    expect(readOnlyFile.stderr).toMatch(/read-only/);

    // A data folder no one may write to.
    const locked = mkdtempSync(join(tmpdir(), "brink-ro-"));
    chmodSync(locked, 0o555);
    const readOnlyFolder = start(join(locked, "data"));
    expect(readOnlyFolder.status).toBe(1);
    expect(readOnlyFolder.stderr).toMatch(/cannot open its data file .* for writing .*set BRINK_DATA_DIR/);
  });
});

describe("a client gone for a while", () => {
  it("returns to its seat after 20 seconds offline, through the same connection's reconnection", async () => {
    // The default minute of grace; nothing shortened.
    const server = await serve(new ServerProcess());
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const ana = await player(server, roomId, "Ana");
    expect(await ana.request("claimSeat", { delegation: "MEX" })).toMatchObject({ ok: true });
    const anaId = ana.you?.playerId ?? "";
    const token = ana.room.reconnectionToken;
    ana.room.reconnection.enabled = false;
    // The phone loses the network: no goodbye is sent.
    await ana.room.leave(false);
    await host.until((s) => s.players[anaId]?.connected === false);
    await new Promise((r) => setTimeout(r, 20_000));
    expect(host.seat("MEX")).toMatchObject({ holderId: anaId, holderName: "Ana" });

    const room = await new Client(server.url).reconnect(token);
    room.onMessage("*", () => {});
    await host.until((s) => s.players[anaId]?.connected === true);
    expect(host.seat("MEX")).toMatchObject({ holderId: anaId, holderName: "Ana" });
    expect((await room.request("act", { command: { type: "requestFloor" } })) as { code?: string }).toMatchObject({
      code: "session/not_started",
    });
    // The token served once; replayed, it seats no one.
    await expect(new Client(server.url).reconnect(token)).rejects.toThrow();
    expect(host.seat("MEX")?.holderId).toBe(anaId);
    await room.leave();
    await host.room.leave();
  }, 60_000);
});

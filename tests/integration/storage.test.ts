import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_SETTINGS } from "@brink/engine";
import {
  createSession,
  LogTail,
  PostgresStore,
  SqliteStore,
  StaleLogError,
  StorageError,
  type Store,
} from "@brink/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresServer } from "../support/postgres.ts";

// One storage suite, run against both engines: SQLite in a file (the default) and PostgreSQL (DATABASE_URL),
// a real server started here. What a room, the record and the API ask of the store holds alike for both.

let postgres: PostgresServer;
beforeAll(async () => {
  postgres = await PostgresServer.start();
}, 60_000);
afterAll(() => postgres?.stop());

interface Engine {
  name: string;
  /** Somewhere new to keep a store: a file, or a database. */
  fresh(): string;
  open(where: string): Promise<Store>;
  /** Marks the storage as written by a later Brink, whose schema has `version` steps. */
  setSchemaVersion(where: string, version: number): Promise<void>;
}

const sqlite: Engine = {
  name: "SQLite",
  fresh: () => join(mkdtempSync(join(tmpdir(), "brink-store-")), "brink.sqlite"),
  open: async (path) => new SqliteStore(path),
  setSchemaVersion: async (path, version) => {
    const { DatabaseSync } = await import("node:sqlite");
    const raw = new DatabaseSync(path);
    raw.exec(`PRAGMA user_version = ${version}`);
    raw.close();
  },
};
const postgresql: Engine = {
  name: "PostgreSQL",
  fresh: () => postgres.database(),
  open: (url) => PostgresStore.open(url),
  setSchemaVersion: async (url, version) => {
    postgres.sql(new URL(url).pathname.slice(1), `UPDATE brink_schema SET version = ${version}`);
  },
};

/** One log of a session, as a room or the record reads it. */
const eventsOf = async (store: Store, sessionId: string, log: string) =>
  (await store.read(sessionId)).events(sessionId, log);

const session = (id: string, joinCode: string) => ({
  id,
  joinCode,
  hostKeyHash: `hash-${id}`,
  scenario: "october-1962",
  createdAt: 1_700_000_000_000,
  settings: DEFAULT_SETTINGS,
});

describe.each([sqlite, postgresql])("the store in $name", (engine) => {
  const open = async () => {
    const where = engine.fresh();
    return { where, store: await engine.open(where) };
  };

  it("keeps sessions, events and resume keys where a new process reads them back", async () => {
    const { where, store: first } = await open();
    expect(await first.insertSession(session("s_1", "ABC234"))).toBe(true);
    await first.appendEvents("s_1", "oas", [{ type: "playerJoined" }, { type: "seatClaimed" }], 10);
    await first.appendEvents("s_1", "oas", [{ type: "seatReleased" }], 1_700_000_000_020);
    await first.rememberPlayer("s_1", "resume-hash", "p_1");
    await first.close();

    const second = await engine.open(where);
    expect(await second.sessionByJoinCode("ABC234")).toEqual(session("s_1", "ABC234"));
    expect((await eventsOf(second, "s_1", "oas")).map((e) => [e.seq, e.type, e.at])).toEqual([
      [1, "playerJoined", 10],
      [2, "seatClaimed", 10],
      [3, "seatReleased", 1_700_000_000_020],
    ]);
    expect((await eventsOf(second, "s_1", "oas"))[1]?.payload).toEqual({ type: "seatClaimed" });
    expect(await second.playerByResumeKey("s_1", "resume-hash")).toBe("p_1");
    expect(await second.playerByResumeKey("s_1", "guess")).toBeUndefined();
    await second.close();
  });

  it("keeps each log apart, and reads all of a session's logs at once", async () => {
    const { store } = await open();
    await store.insertSession(session("s_1", "ABC234"));
    await store.insertSession(session("s_2", "DEF567"));
    await store.appendEvents("s_1", "oas", [{ type: "a" }], 1);
    await store.appendEvents("s_1", "unsc", [{ type: "b" }, { type: "c" }], 2);
    await store.appendEvents("s_2", "oas", [{ type: "d" }], 3);
    expect((await eventsOf(store, "s_1", "oas")).map((e) => e.type)).toEqual(["a"]);
    expect((await eventsOf(store, "s_1", "unsc")).map((e) => e.seq)).toEqual([1, 2]);
    const logs = await store.read("s_1");
    expect(logs.events("s_1", "unsc").map((e) => e.type)).toEqual(["b", "c"]);
    expect(logs.events("s_1", "oas").map((e) => e.type)).toEqual(["a"]);
    expect(logs.events("s_1", "crisis")).toEqual([]);
    expect(() => logs.events("s_2", "oas")).toThrow();
    await store.close();
  });

  it("numbers every event of two writers of one log at once, without a gap or a twin", async () => {
    const { where, store: one } = await open();
    const two = await engine.open(where);
    await one.insertSession(session("s_1", "ABC234"));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? one : two).appendEvents("s_1", "judgements", [{ type: `j${i}` }, { type: `k${i}` }], i),
      ),
    );
    const stored = await eventsOf(one, "s_1", "judgements");
    expect(stored.map((e) => e.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // Each append's two events stay side by side.
    for (let i = 0; i < 40; i += 2) expect(stored[i + 1]?.type.slice(1)).toBe(stored[i]?.type.slice(1));
    await one.close();
    await two.close();
  });

  it("refuses a writer's append once another process has written its log, and writes nothing of it", async () => {
    const { where, store: one } = await open();
    const two = await engine.open(where);
    await one.insertSession(session("s_1", "ABC234"));
    await one.appendEvents("s_1", "oas", [{ type: "started" }], 1);
    // Both processes rebuild the session from the same read; the second then writes first.
    const stale = new LogTail(one, "s_1", "oas", (await one.read("s_1")).events("s_1", "oas"));
    const taker = new LogTail(two, "s_1", "oas", (await two.read("s_1")).events("s_1", "oas"));
    await taker.append([{ type: "taken" }], 2);
    await expect(stale.append([{ type: "forked" }, { type: "forked" }], 3)).rejects.toBeInstanceOf(StaleLogError);
    await taker.append([{ type: "after" }], 4);
    expect((await eventsOf(one, "s_1", "oas")).map((e) => [e.seq, e.type])).toEqual([
      [1, "started"],
      [2, "taken"],
      [3, "after"],
    ]);
    // Two writers at the same end at once: one lands, the other is refused.
    const read = (await one.read("s_1")).events("s_1", "oas");
    const results = await Promise.allSettled([
      new LogTail(one, "s_1", "oas", read).append([{ type: "a" }], 5),
      new LogTail(two, "s_1", "oas", read).append([{ type: "b" }], 5),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")?.reason).toBeInstanceOf(StaleLogError);
    expect((await eventsOf(two, "s_1", "oas")).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    await one.close();
    await two.close();
  });

  it("refuses a second session with a join code already in use", async () => {
    const { store } = await open();
    expect(await store.insertSession(session("s_1", "ABC234"))).toBe(true);
    expect(await store.insertSession(session("s_2", "ABC234"))).toBe(false);
    expect(await store.sessionById("s_2")).toBeUndefined();
    await store.close();
  });

  it("writes all of a command's events or none", async () => {
    const { store } = await open();
    await store.insertSession(session("s_1", "ABC234"));
    const circular: { type: string; self?: unknown } = { type: "broken" };
    circular.self = circular;
    await expect(store.appendEvents("s_1", "oas", [{ type: "fine" }, circular], 1)).rejects.toThrow();
    expect(await eventsOf(store, "s_1", "oas")).toEqual([]);
    await store.close();
  });

  it("deletes one session with its events and resume keys, and leaves the others whole", async () => {
    const { store } = await open();
    for (const [id, code] of [
      ["s_1", "ABC234"],
      ["s_2", "DEF567"],
    ] as const) {
      await store.insertSession(session(id, code));
      await store.appendEvents(id, "oas", [{ type: "playerJoined" }], 10);
      await store.rememberPlayer(id, `resume-${id}`, "p_1");
    }
    await store.deleteSession("s_1");
    expect(await store.sessionById("s_1")).toBeUndefined();
    expect(await store.sessionByJoinCode("ABC234")).toBeUndefined();
    expect(await eventsOf(store, "s_1", "oas")).toEqual([]);
    expect(await store.playerByResumeKey("s_1", "resume-s_1")).toBeUndefined();
    expect((await store.sessionById("s_2"))?.joinCode).toBe("DEF567");
    expect(await eventsOf(store, "s_2", "oas")).toHaveLength(1);
    expect(await store.playerByResumeKey("s_2", "resume-s_2")).toBe("p_1");
    // The freed code may be given to a new session.
    expect(await store.insertSession(session("s_3", "ABC234"))).toBe(true);
    await store.close();
  });

  it("keeps how the host set each session up", async () => {
    const { where, store } = await open();
    const settings = { periodMinutes: 50, mode: "open", seed: 7, language: "es", chambers: ["oas", "unsc"] } as const;
    const created = await createSession(store, 9, settings);
    await store.close();
    const again = await engine.open(where);
    expect((await again.sessionById(created.sessionId))?.settings).toEqual(settings);
    await again.close();
  });

  it("brings a new storage to the current schema, and refuses one a newer Brink has written", async () => {
    const { where, store } = await open();
    await store.insertSession(session("s_1", "ABC234"));
    await store.close();
    // Opened again, nothing is migrated twice and nothing is lost.
    const again = await engine.open(where);
    expect(await again.sessionById("s_1")).toBeDefined();
    await again.close();
    await engine.setSchemaVersion(where, 99);
    await expect(engine.open(where)).rejects.toThrow(/newer Brink/);
  });
});

describe("the store in PostgreSQL, when the database goes away", () => {
  it("refuses writes with a StorageError that changes nothing, says so, and writes again once it is back", async () => {
    const own = await PostgresServer.start();
    try {
      const url = own.database();
      const store = await PostgresStore.open(url);
      await store.insertSession(session("s_1", "ABC234"));
      await store.appendEvents("s_1", "oas", [{ type: "a" }], 1);
      await own.stop();
      const refused = await store.appendEvents("s_1", "oas", [{ type: "b" }], 2).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(StorageError);
      expect((refused as StorageError).message).toMatch(/cannot save to its database postgres:\/\/.*cannot be reached/);
      expect(store.health).toMatchObject({ ok: false, fault: "io" });
      await own.restart();
      await store.appendEvents("s_1", "oas", [{ type: "c" }], 3);
      expect(store.health).toEqual({ ok: true });
      expect((await eventsOf(store, "s_1", "oas")).map((e) => e.type)).toEqual(["a", "c"]);
      await store.close();
    } finally {
      await own.stop();
    }
  }, 60_000);
});

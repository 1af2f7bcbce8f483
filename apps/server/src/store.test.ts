import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { DEFAULT_SETTINGS } from "@brink/engine";
import { JOIN_CODE_ALPHABET } from "@brink/protocol";
import { describe, expect, it } from "vitest";
import { hashSecret, secretMatches } from "./secrets.ts";
import { createSession } from "./sessions.ts";
import { Store } from "./store.ts";

const session = (id: string, joinCode: string) => ({
  id,
  joinCode,
  hostKeyHash: hashSecret(`key-${id}`),
  scenario: "october-1962",
  createdAt: 1,
  settings: DEFAULT_SETTINGS,
});

describe("the store", () => {
  it("deletes one session with its events and resume keys, and leaves the others whole", () => {
    const store = new Store(":memory:");
    for (const [id, code] of [
      ["s_1", "ABC234"],
      ["s_2", "DEF567"],
    ] as const) {
      store.insertSession(session(id, code));
      store.appendEvents(id, "oas", [{ type: "playerJoined" }], 10);
      store.rememberPlayer(id, hashSecret(`resume-${id}`), "p_1");
    }
    store.deleteSession("s_1");
    expect(store.sessionById("s_1")).toBeUndefined();
    expect(store.sessionByJoinCode("ABC234")).toBeUndefined();
    expect(store.events("s_1", "oas")).toEqual([]);
    expect(store.playerByResumeKey("s_1", hashSecret("resume-s_1"))).toBeUndefined();
    expect(store.sessionById("s_2")?.joinCode).toBe("DEF567");
    expect(store.events("s_2", "oas")).toHaveLength(1);
    expect(store.playerByResumeKey("s_2", hashSecret("resume-s_2"))).toBe("p_1");
    // The freed code may be given to a new session.
    expect(store.insertSession(session("s_3", "ABC234"))).toBe(true);
    store.close();
  });

  it("keeps sessions, events and resume keys in a file that a new process reads back", () => {
    const path = join(mkdtempSync(join(tmpdir(), "brink-store-")), "brink.sqlite");
    const first = new Store(path);
    first.insertSession(session("s_1", "ABC234"));
    first.appendEvents("s_1", "oas", [{ type: "playerJoined" }, { type: "seatClaimed" }], 10);
    first.appendEvents("s_1", "oas", [{ type: "seatReleased" }], 20);
    first.rememberPlayer("s_1", hashSecret("resume"), "p_1");
    first.close();

    const second = new Store(path);
    expect(second.sessionByJoinCode("ABC234")?.id).toBe("s_1");
    expect(second.events("s_1", "oas").map((e) => [e.seq, e.type, e.at])).toEqual([
      [1, "playerJoined", 10],
      [2, "seatClaimed", 10],
      [3, "seatReleased", 20],
    ]);
    expect(second.playerByResumeKey("s_1", hashSecret("resume"))).toBe("p_1");
    expect(second.playerByResumeKey("s_1", hashSecret("guess"))).toBeUndefined();
    second.close();
  });

  it("keeps each session's settings, and brings a file of the first schema up to date without losing it", () => {
    const path = join(mkdtempSync(join(tmpdir(), "brink-store-")), "brink.sqlite");
    // A file as the first Brink wrote it: no settings column, schema version 0.
    const old = new DatabaseSync(path);
    old.exec(`CREATE TABLE sessions (id TEXT PRIMARY KEY, join_code TEXT NOT NULL UNIQUE,
      host_key_hash TEXT NOT NULL, scenario TEXT NOT NULL, created_at INTEGER NOT NULL);
      INSERT INTO sessions VALUES ('s_old', 'OLD234', 'h', 'october-1962', 5);`);
    old.close();

    const store = new Store(path);
    expect(store.sessionById("s_old")).toMatchObject({ joinCode: "OLD234", settings: DEFAULT_SETTINGS });
    const created = createSession(store, 9, {
      periodMinutes: 50,
      mode: "open",
      seed: 7,
      language: "es",
      chambers: ["oas", "unsc"],
    });
    store.close();
    const again = new Store(path);
    expect(again.sessionById(created.sessionId)?.settings).toEqual({
      periodMinutes: 50,
      mode: "open",
      seed: 7,
      language: "es",
      chambers: ["oas", "unsc"],
    });
    again.close();
    const raw = new DatabaseSync(path);
    expect(raw.prepare("PRAGMA user_version").get()).toEqual({ user_version: 1 });
    // A file from a newer Brink is refused, not rewritten.
    raw.exec("PRAGMA user_version = 99");
    raw.close();
    expect(() => new Store(path)).toThrow(/newer Brink/);
  });

  it("refuses a second session with a join code already in use", () => {
    const store = new Store(":memory:");
    expect(store.insertSession(session("s_1", "ABC234"))).toBe(true);
    expect(store.insertSession(session("s_2", "ABC234"))).toBe(false);
    expect(store.sessionById("s_2")).toBeUndefined();
  });

  it("keeps each chamber's log apart", () => {
    const store = new Store(":memory:");
    store.insertSession(session("s_1", "ABC234"));
    store.appendEvents("s_1", "oas", [{ type: "a" }], 1);
    store.appendEvents("s_1", "unsc", [{ type: "b" }], 1);
    expect(store.events("s_1", "oas").map((e) => e.type)).toEqual(["a"]);
    expect(store.events("s_1", "unsc").map((e) => e.seq)).toEqual([1]);
  });

  it("writes all of a command's events or none", () => {
    const store = new Store(":memory:");
    store.insertSession(session("s_1", "ABC234"));
    const circular: { type: string; self?: unknown } = { type: "broken" };
    circular.self = circular;
    expect(() => store.appendEvents("s_1", "oas", [{ type: "fine" }, circular], 1)).toThrow();
    expect(store.events("s_1", "oas")).toEqual([]);
  });
});

describe("sessions and secrets", () => {
  it("creates sessions with distinct codes from the look-alike-free alphabet", () => {
    const store = new Store(":memory:");
    const codes = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const created = createSession(store, i);
      expect([...created.joinCode].every((c) => JOIN_CODE_ALPHABET.includes(c))).toBe(true);
      codes.add(created.joinCode);
    }
    expect(codes.size).toBe(200);
  });

  it("stores the host key only as a hash that matches the key and nothing else", () => {
    const store = new Store(":memory:");
    const created = createSession(store, 0);
    const stored = store.sessionById(created.sessionId);
    expect(stored?.hostKeyHash).not.toContain(created.hostKey);
    expect(secretMatches(created.hostKey, stored?.hostKeyHash ?? "")).toBe(true);
    expect(secretMatches(`${created.hostKey}x`, stored?.hostKeyHash ?? "")).toBe(false);
  });
});

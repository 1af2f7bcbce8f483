import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { DEFAULT_SETTINGS } from "@brink/engine";
import { JOIN_CODE_ALPHABET } from "@brink/protocol";
import { describe, expect, it } from "vitest";
import { secretMatches } from "./secrets.ts";
import { createSession } from "./sessions.ts";
import { SqliteStore } from "./store.ts";

describe("the store in a SQLite file", () => {
  it("keeps each session's settings, and brings a file of the first schema up to date without losing it", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "brink-store-")), "brink.sqlite");
    // A file as the first Brink wrote it: no settings column, schema version 0.
    const old = new DatabaseSync(path);
    old.exec(`CREATE TABLE sessions (id TEXT PRIMARY KEY, join_code TEXT NOT NULL UNIQUE,
      host_key_hash TEXT NOT NULL, scenario TEXT NOT NULL, created_at INTEGER NOT NULL);
      INSERT INTO sessions VALUES ('s_old', 'OLD234', 'h', 'october-1962', 5);`);
    old.close();

    const store = new SqliteStore(path);
    expect(await store.sessionById("s_old")).toMatchObject({ joinCode: "OLD234", settings: DEFAULT_SETTINGS });
    const created = await createSession(store, 9, {
      periodMinutes: 50,
      mode: "open",
      seed: 7,
      language: "es",
      chambers: ["oas", "unsc"],
    });
    await store.close();
    const again = new SqliteStore(path);
    expect((await again.sessionById(created.sessionId))?.settings).toEqual({
      periodMinutes: 50,
      mode: "open",
      seed: 7,
      language: "es",
      chambers: ["oas", "unsc"],
    });
    await again.close();
    const raw = new DatabaseSync(path);
    expect(raw.prepare("PRAGMA user_version").get()).toEqual({ user_version: 1 });
    // A file from a newer Brink is refused, not rewritten.
    raw.exec("PRAGMA user_version = 99");
    raw.close();
    expect(() => new SqliteStore(path)).toThrow(/newer Brink/);
  });
});

describe("sessions and secrets", () => {
  it("creates sessions with distinct codes from the look-alike-free alphabet", async () => {
    const store = new SqliteStore(":memory:");
    const codes = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const created = await createSession(store, i);
      expect([...created.joinCode].every((c) => JOIN_CODE_ALPHABET.includes(c))).toBe(true);
      codes.add(created.joinCode);
    }
    expect(codes.size).toBe(200);
  });

  it("stores the host key only as a hash that matches the key and nothing else", async () => {
    const store = new SqliteStore(":memory:");
    const created = await createSession(store, 0);
    const stored = await store.sessionById(created.sessionId);
    expect(stored?.hostKeyHash).not.toContain(created.hostKey);
    expect(secretMatches(created.hostKey, stored?.hostKeyHash ?? "")).toBe(true);
    expect(secretMatches(`${created.hostKey}x`, stored?.hostKeyHash ?? "")).toBe(false);
  });
});

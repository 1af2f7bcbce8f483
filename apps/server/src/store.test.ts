import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
});

describe("the store", () => {
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

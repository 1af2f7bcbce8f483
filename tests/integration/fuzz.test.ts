import { clientRequests, sessionRecord } from "@brink/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";
import { connect, createSessionOn, player, type Seat } from "../support/table.ts";

/**
 * Random and malformed messages against both rooms over real sockets, for a bounded time: wrong types, huge
 * strings, deep objects, unknown message types, raw bytes that are no message at all, and valid commands out
 * of turn. The server must stay up, answer every request with a typed reply, keep the engine's invariants, and
 * the players beside the fuzzers must notice nothing. `BRINK_FUZZ_SECONDS` sets the time per room (default 8);
 * `BRINK_FUZZ_SEED` replays a run.
 */
const SECONDS = Number(process.env.BRINK_FUZZ_SECONDS ?? 8);
const SEED = Number(process.env.BRINK_FUZZ_SEED ?? Date.now() % 1_000_000);

const server = new ServerProcess({ BRINK_BOT_DELAY_MS: "20", BRINK_PATIENCE_SECONDS: "1" });
beforeAll(() => server.start());
afterAll(() => server.stop());

/** A small seeded generator (mulberry32), so that a failing run can be replayed from its seed. */
function randomFrom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof randomFrom>;

const TYPES = Object.keys(clientRequests);
/** Text no screen may be hurt by: markup, a bidi override, control characters, a lone surrogate. */
const HOSTILE = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "\u202Eevil\u202C",
  "\u0000\u0007\u001b[2J",
  "\ud800",
  "'; DROP TABLE events; --",
  "{{t}}",
  "",
  " ",
];

/** A value of any shape: the fuzzer's vocabulary. */
function anyValue(random: Random, depth = 0): unknown {
  switch (random.int(depth > 3 ? 6 : 10)) {
    case 0:
      return random.pick([0, -1, 1.5, Number.MAX_SAFE_INTEGER, -0, 1e308, 2 ** 53 + 1]);
    case 1:
      return random.pick([true, false, null]);
    case 2:
      return random.pick(HOSTILE);
    case 3:
      return "x".repeat(random.pick([1, 200, 5_000, 100_000]));
    case 4:
      return random.pick(["BRA", "MEX", "CUB", "SG", "USA", "COL", "ZZZ", "p_x", "paragraph-2", "whole", "yes"]);
    case 5:
      return random.pick(TYPES);
    case 6:
      return Array.from({ length: random.int(5) }, () => anyValue(random, depth + 1));
    default: {
      const keys = ["type", "command", "choice", "delegation", "player", "name", "text", "kind", "__proto__", "on"];
      return Object.fromEntries(
        Array.from({ length: random.int(4) }, () => [random.pick(keys), anyValue(random, depth + 1)]),
      );
    }
  }
}

/** A payload: mostly of a request's own shape with a field wrong, sometimes anything at all. */
function anyPayload(random: Random): unknown {
  switch (random.int(8)) {
    case 0: {
      // An object nested far deeper than any message.
      let deep: unknown = {};
      for (let i = 0; i < 500; i += 1) deep = { a: deep };
      return deep;
    }
    case 1:
      return Array.from({ length: 5_000 }, (_, i) => i);
    case 2:
      return {
        command: {
          type: random.pick(["vote", "speak", "move", "advance", "requestFloor", "yield", "raisePointOfOrder", "x"]),
          choice: random.pick(["yes", "no", "abstain", "maybe"]),
          text: anyValue(random),
          kind: anyValue(random),
        },
      };
    case 3:
      return { name: anyValue(random) };
    case 4:
      return { delegation: anyValue(random) };
    default:
      return anyValue(random);
  }
}

/**
 * A payload the server reads whole: under its 256 KB frame (several 100 KB strings in one array would be past
 * it, and a frame past it closes the socket by design; the raw fuzzer sends those). One 100 KB string stays.
 */
function readable(payload: unknown): unknown {
  return JSON.stringify(payload).length > 200_000 ? "x".repeat(100_000) : payload;
}

/** Bytes that are no Colyseus message, or one cut short. */
function anyBytes(random: Random): Uint8Array {
  const bytes = new Uint8Array(random.pick([1, 2, 7, 64, 4_096, 300_000]));
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = random.int(256);
  // Now and then a message frame's first byte (ROOM_DATA 13, ROOM_DATA_BYTES 17, ROOM_REQUEST 21) before garbage.
  if (random.int(2) === 0) bytes[0] = random.pick([13, 17, 21, 10, 14]);
  // Never LEAVE_ROOM (12 in the low five bits): that frame is no garbage but a client's own leaving.
  if (((bytes[0] ?? 0) & 31) === 12) bytes[0] = 13;
  return bytes;
}

const TYPED = /^[a-z_]+\/[a-z_]+$/;

interface Table {
  phase: string;
  version: number;
  floor: string;
  queue: string[];
  choices: Record<string, string>;
  votes: { yes: number; no: number; abstain: number; absent: number }[];
  minutes: { kind: string }[];
  seats: { delegation: string; standing: string; excluded: boolean; holderName: string; keptFor: string }[];
}
const tableOf = (seat: Seat) => seat.state as unknown as Table;

/** The engine's invariants as any screen can check them: what breaks them, in words; none when they hold. */
function brokenInvariants(state: Table): string[] {
  const seats = new Set(state.seats.map((s) => s.delegation));
  const voters = state.seats.filter((s) => !s.excluded && (s.standing === "member" || s.standing === "permanent"));
  const broken: string[] = [];
  if (state.floor && !seats.has(state.floor)) broken.push(`the floor is held by ${state.floor}`);
  for (const d of state.queue) if (!seats.has(d)) broken.push(`${d} is on the speakers' list`);
  for (const [d, choice] of Object.entries(state.choices)) {
    if (!seats.has(d) || !["yes", "no", "abstain", "absent"].includes(choice)) broken.push(`ballot ${d}: ${choice}`);
  }
  for (const [i, vote] of state.votes.entries()) {
    const counted = vote.yes + vote.no + vote.abstain + vote.absent;
    if (counted !== voters.length) broken.push(`vote ${i} counts ${counted} of ${voters.length} voters`);
  }
  return broken;
}

/** A connection the fuzzer drives (`raw`: with bytes alone); every reply and error it hears is kept. */
async function fuzz(seat: Seat, random: Random, until: number, raw: boolean) {
  const replies: { ok: boolean; code?: string; message?: string }[] = [];
  let sent = 0;
  while (Date.now() < until && seat.room.connection.isOpen) {
    const roll = random.int(10);
    if (raw) {
      seat.room.connection.send(anyBytes(random));
    } else if (roll < 6) {
      const type =
        random.int(5) === 0
          ? random.pick(["", "act ", "__proto__", "constructor", "x".repeat(60)])
          : random.pick(TYPES);
      // A request the server never answers is a failure of its own: it must reply, if only to refuse.
      const silence = new Promise<(typeof replies)[number]>((resolve) =>
        setTimeout(() => resolve({ ok: false, code: `NO REPLY to ${type}` }), 5_000),
      );
      // A request of a type no room knows is answered by Colyseus itself, with its own `no_handler` error.
      const reply = seat.room.request(type, readable(anyPayload(random))).catch((e: unknown) => {
        const said = String(e);
        return !TYPES.includes(type) && said.startsWith("no_handler:")
          ? { ok: false, code: "colyseus/no_handler", message: said }
          : { ok: false, code: `FAILED ${type}: ${said}` };
      });
      replies.push((await Promise.race([reply, silence])) as (typeof replies)[number]);
    } else {
      seat.room.send(
        random.int(4) === 0 ? random.int(1000) : random.pick([...TYPES, "nope", ""]),
        readable(anyPayload(random)),
      );
      sent += 1;
    }
    // Some 30 messages a second: past the rate limit's 10, well under the connection's cap of 100.
    await new Promise((r) => setTimeout(r, 30));
  }
  return { replies, sent };
}

describe.each([
  ["oas", "the OAS Council"],
  ["unsc", "the Security Council"],
] as const)("fuzzing %s", (chamber, council) => {
  it(`keeps ${council} up, typed and whole for the players beside the fuzzers (seed ${SEED})`, {
    timeout: 120_000,
  }, async () => {
    const random = randomFrom(SEED + (chamber === "oas" ? 0 : 1));
    const { roomId, hostKey, sessionId } = await createSessionOn(server, { chambers: [chamber] });
    const host = await connect(server, roomId, { hostKey });
    // Seats that vote, not the chair's: a person in the chair would hold the table until they move.
    const chair = (host.state as unknown as { chair: string }).chair;
    const free = tableOf(host).seats.filter(
      (s) => !s.excluded && s.standing !== "secretaryGeneral" && s.standing !== "invitee" && s.delegation !== chair,
    );
    const [bystanderSeat, fuzzerSeat, rawSeat] = free.map((s) => s.delegation);
    const bea = await player(server, roomId, "Bea");
    expect(await bea.request("claimSeat", { delegation: bystanderSeat })).toMatchObject({ ok: true });
    const seated = await player(server, roomId, "Fuzz");
    expect(await seated.request("claimSeat", { delegation: fuzzerSeat })).toMatchObject({ ok: true });
    const observer = await connect(server, roomId);
    // A seated player whose client sends bytes that are no message, or a frame past the size the server reads.
    const raw = await player(server, roomId, "Raw");
    expect(await raw.request("claimSeat", { delegation: rawSeat })).toMatchObject({ ok: true });
    // Bea's screen: every version it is shown, and every error it hears.
    const versions: number[] = [];
    bea.room.onStateChange(() => versions.push(tableOf(bea).version));
    const beaErrors = () => bea.messages.filter((m) => m.type === "error");
    expect(await host.request("startSession", {})).toMatchObject({ ok: true });

    // The table goes on meanwhile: the invariants hold at every patch Bea sees.
    const broken: string[] = [];
    bea.room.onStateChange(() => broken.push(...brokenInvariants(tableOf(bea))));
    const until = Date.now() + SECONDS * 1000;
    const [a, b] = await Promise.all([
      fuzz(seated, random, until, false),
      fuzz(observer, random, until, false),
      fuzz(raw, random, until, true),
    ]);

    // Every request had a reply, typed when refused; unknown `send`s were answered with typed errors.
    for (const reply of [...a.replies, ...b.replies]) {
      if (!reply.ok) {
        expect(reply.code, JSON.stringify(reply)).toMatch(TYPED);
        expect(typeof reply.message).toBe("string");
      }
    }
    expect(a.replies.length + b.replies.length).toBeGreaterThan(SECONDS * 10);
    expect(a.replies.some((r) => r.code === "message/rate_limited")).toBe(true);
    const errors = [...seated.messages, ...observer.messages].filter((m) => m.type === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect((error.payload as { code: string }).code).toMatch(TYPED);
    // The fuzzers who spoke the protocol kept their connections; the fuzzer's seat is its own to lose.
    expect(seated.room.connection.isOpen && observer.room.connection.isOpen).toBe(true);

    // Bea noticed nothing: connected, her seat hers, no error, every version in order.
    expect(bea.room.connection.isOpen).toBe(true);
    expect(beaErrors()).toEqual([]);
    expect(tableOf(bea).seats.find((s) => s.delegation === bystanderSeat)?.holderName).toBe("Bea");
    expect(versions).toEqual([...versions].sort((x, y) => x - y));
    expect(host.room.connection.isOpen).toBe(true);
    // The client that sent garbage lost its connection, not its seat: it is kept for it to come back to.
    expect(raw.room.connection.isOpen).toBe(false);
    const kept = tableOf(bea).seats.find((s) => s.delegation === rawSeat);
    expect(kept?.holderName === "Raw" || kept?.keptFor !== "").toBe(true);

    // The server is up, the table plays on after the storm (or has ended), and the record reads. The fuzzer
    // leaves first: it may have claimed the chair, and a person in the chair holds the table until they move.
    expect((await fetch(`${server.url}/healthz`)).ok).toBe(true);
    await seated.room.leave();
    const acts = tableOf(host).minutes.length;
    await host.until(
      (s) => (s as unknown as Table).minutes.length > acts || (s as unknown as Table).phase === "closed",
      30_000,
    );
    expect([...broken, ...brokenInvariants(tableOf(host))]).toEqual([]);
    const record = await fetch(`${server.url}/api/sessions/${sessionId}/record`, {
      headers: { authorization: `Bearer ${hostKey}` },
    });
    expect(sessionRecord.safeParse(await record.json()).success).toBe(true);
    const page = await fetch(`${server.url}/api/sessions/${sessionId}/record.html`, {
      headers: { authorization: `Bearer ${hostKey}` },
    });
    expect(await page.text()).not.toMatch(/<script|onerror=/i);
    for (const seat of [host, bea, observer]) await seat.room.leave();
  });
});

it("refuses a 100 KB speech with a typed reply; a frame past what the server reads costs the connection, not the seat", async () => {
  const { roomId, hostKey } = await createSessionOn(server);
  const host = await connect(server, roomId, { hostKey });
  const ana = await player(server, roomId, "Ana");
  expect(await ana.request("claimSeat", { delegation: "MEX" })).toMatchObject({ ok: true });
  const speech = `${"<script>alert(1)</script>\u202E".repeat(3_500)}`.slice(0, 100_000);
  for (const type of ["speak", "explainVote", "enterReservation"]) {
    expect(await ana.request("act", { command: { type, text: speech, question: "whole" } })).toMatchObject({
      ok: false,
      code: "message/invalid",
    });
  }
  expect(await ana.request("sendMessage", { to: "BRA", text: speech })).toMatchObject({ code: "message/invalid" });
  expect(ana.room.connection.isOpen).toBe(true);
  // 300 KB in one frame: the socket closes; Mexico is still Ana's, kept for her to come back.
  ana.room.connection.send(new Uint8Array(300_000).fill(13));
  await host.until((s) => Object.values(s.players).some((p) => p.name === "Ana" && !p.connected));
  expect(host.seat("MEX")?.holderName).toBe("Ana");
  await host.room.leave();
});

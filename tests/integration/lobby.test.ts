import { JOIN_CODE_ALPHABET } from "@brink/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";
import { connect, createSessionOn, player, type Seat } from "../support/table.ts";

const server = new ServerProcess();
beforeAll(() => server.start());
afterAll(() => server.stop());

describe("the HTTP API", () => {
  it("serves a health check and a readiness check, each naming the process", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    const health = (await response.json()) as { ok: boolean; process: string };
    expect(health).toEqual({ ok: true, process: expect.any(String) });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, process: health.process });
  });

  it("creates a session with a 6-character join code free of look-alikes, and a host key", async () => {
    const { status, body } = await server.post("/api/sessions", {});
    expect(status).toBe(201);
    const created = body as { sessionId: string; joinCode: string; hostKey: string };
    expect(created.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(created.joinCode).not.toMatch(/[IO01L]/);
    expect(created.hostKey.length).toBeGreaterThanOrEqual(32);
    expect(created.sessionId).not.toBe(created.joinCode);
  });

  it("finds a session by its code as people type it: lower case, with a dash or spaces", async () => {
    const created = (await server.post("/api/sessions", {})).body as { joinCode: string; sessionId: string };
    const typed = ` ${created.joinCode.slice(0, 3).toLowerCase()}-${created.joinCode.slice(3)} `;
    const { status, body } = await server.post("/api/join", { joinCode: typed });
    expect(status).toBe(200);
    expect(body).toMatchObject({ sessionId: created.sessionId, roomName: "oas_council" });
  });

  it("answers a wrong join code with a typed 404", async () => {
    const { status, body } = await server.post("/api/join", { joinCode: "ZZZZZZ" });
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: "session/not_found", message: expect.any(String) } });
  });

  it("answers malformed and oversized bodies with a typed 400", async () => {
    expect(await server.post("/api/join", "{not json", true)).toMatchObject({
      status: 400,
      body: { error: { code: "message/invalid" } },
    });
    expect(await server.post("/api/join", { joinCode: 42 })).toMatchObject({ status: 400 });
    expect(await server.post("/api/join", { joinCode: "x".repeat(100_000) })).toMatchObject({
      status: 413,
      body: { error: { code: "message/invalid" } },
    });
  });
});

describe("joining the OAS Council room", () => {
  it("shows every connection the 21 seats, with Cuba excluded", async () => {
    const { roomId } = await createSessionOn(server);
    const observer = await connect(server, roomId);
    expect(observer.state.seats).toHaveLength(21);
    expect(observer.state.seats.filter((s) => s.excluded).map((s) => s.delegation)).toEqual(["CUB"]);
    expect(observer.you).toMatchObject({ role: "observer", playerId: null });
    await observer.room.leave();
  });

  it("lets the host in with the host key, and refuses a wrong key", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    expect(host.you?.role).toBe("host");
    await host.until((s) => s.hostConnected);
    await expect(connect(server, roomId, { hostKey: "not-the-key" })).rejects.toThrow("host/key_invalid");
    await host.room.leave();
  });

  it("refuses a client that speaks another protocol version", async () => {
    const { roomId } = await createSessionOn(server);
    await expect(connect(server, roomId, { protocolVersion: 999 })).rejects.toThrow("protocol/version_mismatch");
  });

  it("never sends the host key or another player's resume key to anyone", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const ana = await player(server, roomId, "Ana");
    const ben = await player(server, roomId, "Ben");
    await ben.request("claimSeat", { delegation: "PER" });
    await ana.until((s) => s.seats.some((seat) => seat.holderName === "Ben"));
    const anaKey = ana.you?.resumeKey ?? "";
    const benKey = ben.you?.resumeKey ?? "";
    expect(anaKey.length).toBeGreaterThan(20);
    for (const seat of [host, ana, ben]) {
      expect(JSON.stringify(seat.state)).not.toContain(hostKey);
      expect(JSON.stringify(seat.state)).not.toContain(anaKey);
    }
    expect(JSON.stringify(ben.messages)).not.toContain(anaKey);
    expect(JSON.stringify(ana.messages)).not.toContain(benKey);
    expect(JSON.stringify([...ana.messages, ...ben.messages])).not.toContain(hostKey);
    for (const seat of [host, ana, ben]) await seat.room.leave();
  });
});

describe("the secret side of a role card", () => {
  it("goes to the seat's holder alone, and follows them when they move", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const watcher = await connect(server, roomId);
    const ana = await player(server, roomId, "Ana");
    const ben = await player(server, roomId, "Ben");
    const card = (seat: Seat) =>
      seat.messages.filter((m) => m.type === "card").at(-1)?.payload as
        | { delegation: string | null; objectives: { text: { en: string }; points: number }[] }
        | undefined;
    await ana.request("claimSeat", { delegation: "BOL" });
    await ben.request("claimSeat", { delegation: "MEX" });
    await expect.poll(() => card(ana)?.delegation).toBe("BOL");
    await expect.poll(() => card(ben)?.delegation).toBe("MEX");
    // Bolivia's objective to abstain on armed force is Ana's to read, and no one else's.
    const bolivia =
      card(ana)
        ?.objectives.map((o) => o.text.en)
        .join(" ") ?? "";
    expect(bolivia).toContain("Abstain on any paragraph that authorises armed force");
    for (const other of [host, watcher, ben]) {
      expect(JSON.stringify(other.messages)).not.toContain("Abstain on any paragraph that authorises armed force");
      expect(JSON.stringify(other.state)).not.toContain("Abstain on any paragraph");
    }
    // Giving up the seat takes the card away; the next holder gets it.
    await ana.request("releaseSeat", {});
    await expect.poll(() => card(ana)?.delegation).toBeNull();
    await ben.request("claimSeat", { delegation: "BOL" });
    await expect.poll(() => card(ben)?.delegation).toBe("BOL");
    for (const seat of [host, watcher, ana, ben]) await seat.room.leave();
  });
});

describe("corridor messages", () => {
  it("reach the two seats and the host only, are refused when they cannot be sent, and survive a reload", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const watcher = await connect(server, roomId);
    const ana = await player(server, roomId, "Ana");
    const ben = await player(server, roomId, "Ben");
    const carl = await player(server, roomId, "Carl");
    expect(await ana.request("sendMessage", { to: "MEX", text: "Before you hold a seat?" })).toMatchObject({
      ok: false,
      code: "seat/none",
    });
    await ana.request("claimSeat", { delegation: "BRA" });
    await ben.request("claimSeat", { delegation: "MEX" });
    await carl.request("claimSeat", { delegation: "PER" });
    const secret = "Will Mexico abstain on paragraph 2 if we move the division?";
    expect(await ana.request("sendMessage", { to: "MEX", text: secret })).toMatchObject({ ok: true });
    for (const [to, code] of [
      ["CUB", "seat/excluded"],
      ["ZZZ", "seat/unknown"],
    ] as const) {
      expect(await ana.request("sendMessage", { to, text: "hello" })).toMatchObject({ ok: false, code });
    }
    expect(await ana.request("sendMessage", { to: "MEX", text: "x".repeat(1001) })).toMatchObject({
      ok: false,
      code: "text/invalid",
    });
    expect(await ana.request("sendMessage", { to: "MEX" })).toMatchObject({ ok: false, code: "message/invalid" });
    const readers = [ana, ben, host];
    for (const reader of readers) {
      await expect.poll(() => JSON.stringify(reader.messages)).toContain(secret);
    }
    await ben.request("sendMessage", { to: "BRA", text: "Only if the amendment on armed force comes first." });
    await expect.poll(() => JSON.stringify(ana.messages)).toContain("Only if the amendment");
    for (const other of [carl, watcher]) {
      expect(JSON.stringify(other.messages)).not.toContain(secret);
      expect(JSON.stringify(other.state)).not.toContain(secret);
    }
    // A reload (the connection drops without leaving): Ben comes back with his resume key to the whole exchange.
    const benKey = ben.you?.resumeKey as string;
    await ben.room.leave(false);
    const again = await connect(server, roomId, { resumeKey: benKey });
    await expect
      .poll(() => {
        const update = again.messages.filter((m) => m.type === "corridor").at(-1)?.payload as
          | { messages: { from: string; to: string }[]; replace: boolean }
          | undefined;
        return update?.replace ? update.messages.map((m) => `${m.from}>${m.to}`) : [];
      })
      .toEqual(["BRA>MEX", "MEX>BRA"]);
    for (const seat of [host, watcher, ana, carl, again]) await seat.room.leave();
  });
});

describe("taking seats", () => {
  it("seats two students and shows every connection who holds what", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const ana = await player(server, roomId, "Ana");
    const ben = await player(server, roomId, "Ben");

    expect(await ana.request("claimSeat", { delegation: "BRA" })).toMatchObject({ ok: true });
    expect(await ben.request("claimSeat", { delegation: "MEX" })).toMatchObject({ ok: true });
    const seated = (s: { seats: { delegation: string; holderName: string }[] }) =>
      s.seats.find((x) => x.delegation === "BRA")?.holderName === "Ana" &&
      s.seats.find((x) => x.delegation === "MEX")?.holderName === "Ben";
    for (const seat of [host, ana, ben]) await seat.until(seated);
    expect(host.seat("BRA")?.holderId).toBe(ana.you?.playerId);
    for (const seat of [host, ana, ben]) await seat.room.leave();
  });

  it("lets the host seat, swap, unseat and remove players, and no one else", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const ana = await player(server, roomId, "Ana");
    const ben = await player(server, roomId, "Ben");
    const anaId = ana.you?.playerId as string;
    const benId = ben.you?.playerId as string;
    await ana.request("claimSeat", { delegation: "BRA" });

    expect(await ben.request("assignSeat", { player: anaId, delegation: "MEX" })).toMatchObject({
      ok: false,
      code: "host/only",
    });
    expect(await host.request("assignSeat", { player: benId, delegation: "CUB" })).toMatchObject({
      ok: false,
      code: "seat/excluded",
    });
    expect(await host.request("assignSeat", { player: "p_nobody", delegation: "MEX" })).toMatchObject({
      ok: false,
      code: "player/not_joined",
    });
    expect(await host.request("assignSeat", { player: benId })).toMatchObject({ ok: false, code: "message/invalid" });
    // Ben is seated at Mexico, then swapped into Brazil: Ana takes Mexico.
    expect(await host.request("assignSeat", { player: benId, delegation: "MEX" })).toMatchObject({ ok: true });
    expect(await host.request("assignSeat", { player: benId, delegation: "BRA" })).toMatchObject({ ok: true });
    const holders = (s: { seats: { delegation: string; holderName: string }[] }) =>
      ["BRA", "MEX"].map((d) => s.seats.find((x) => x.delegation === d)?.holderName).join();
    await ana.until((s) => holders(s) === "Ben,Ana");
    expect(await host.request("unseatPlayer", { player: anaId })).toMatchObject({ ok: true });
    await ben.until((s) => holders(s) === "Ben,");
    // A removed player leaves the table: an observer now, whose resume key no longer brings them back.
    const resumeKey = ben.you?.resumeKey as string;
    expect(await host.request("removePlayer", { player: benId })).toMatchObject({ ok: true });
    await expect.poll(() => ben.you).toMatchObject({ role: "observer", playerId: null });
    await ana.until((s) => holders(s) === "," && !(benId in s.players));
    expect(await ben.request("claimSeat", { delegation: "BRA" })).toMatchObject({
      ok: false,
      code: "player/not_joined",
    });
    const back = await connect(server, roomId, { resumeKey });
    expect(back.you).toMatchObject({ role: "observer", playerId: null });
    for (const seat of [host, ana, ben, back]) await seat.room.leave();
  });

  it("lets the host seat everyone without a seat at random, and no one else", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const ana = await player(server, roomId, "Ana");
    const ben = await player(server, roomId, "Ben");
    await ana.request("claimSeat", { delegation: "BRA" });
    expect(await ana.request("seatEveryone", {})).toMatchObject({ ok: false, code: "host/only" });
    expect(await host.request("seatEveryone", {})).toMatchObject({ ok: true });
    const seated = await host.until((s) => s.seats.filter((x) => x.holderId !== "").length === 2);
    // Ana keeps Brazil; Ben has some other seat that takes part.
    expect(seated.seats.find((x) => x.delegation === "BRA")?.holderName).toBe("Ana");
    const bens = seated.seats.find((x) => x.holderName === "Ben");
    expect(bens?.excluded).toBe(false);
    for (const seat of [host, ana, ben]) await seat.room.leave();
  });

  it("lets the host mute a player, who may then vote but not ask for the floor or write, and unmute them", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const ana = await player(server, roomId, "Ana");
    const anaId = ana.you?.playerId as string;
    await ana.request("claimSeat", { delegation: "BRA" });
    expect(await ana.request("mutePlayer", { player: anaId, muted: true })).toMatchObject({
      ok: false,
      code: "host/only",
    });
    expect(await host.request("mutePlayer", { player: anaId, muted: true })).toMatchObject({ ok: true });
    await host.request("startSession", {});
    await ana.until((s) => (s as unknown as { phase: string }).phase === "usStatement", 10_000);
    expect(Object.values(ana.state.players).find((p) => p.name === "Ana")).toMatchObject({ muted: true });
    expect(await ana.request("act", { command: { type: "requestFloor" } })).toMatchObject({
      ok: false,
      code: "player/muted",
    });
    expect(await ana.request("sendMessage", { to: "MEX", text: "psst" })).toMatchObject({
      ok: false,
      code: "player/muted",
    });
    const allowed = () => ana.allowedCommands ?? [];
    expect(allowed()).not.toContain("requestFloor");
    await ana.until((s) => (s as unknown as { phase: string }).phase === "convocationDebate", 10_000);
    expect(allowed()).not.toContain("requestFloor");
    expect(await host.request("mutePlayer", { player: anaId, muted: false })).toMatchObject({ ok: true });
    await expect.poll(allowed).toContain("requestFloor");
    expect(await ana.request("act", { command: { type: "requestFloor" } })).toMatchObject({ ok: true });
    for (const seat of [host, ana]) await seat.room.leave();
  });

  it("refuses a taken seat, Cuba's seat and an unknown one with typed replies that change nothing", async () => {
    const { roomId } = await createSessionOn(server);
    const ana = await player(server, roomId, "Ana");
    const ben = await player(server, roomId, "Ben");
    await ana.request("claimSeat", { delegation: "URY" });
    await ben.until((s) => s.seats.some((x) => x.delegation === "URY" && x.holderName === "Ana"));
    const version = ben.state.version;

    expect(await ben.request("claimSeat", { delegation: "URY" })).toMatchObject({ ok: false, code: "seat/taken" });
    expect(await ben.request("claimSeat", { delegation: "CUB" })).toMatchObject({ ok: false, code: "seat/excluded" });
    expect(await ben.request("claimSeat", { delegation: "FRA" })).toMatchObject({ ok: false, code: "seat/unknown" });
    expect(await ben.request("releaseSeat", {})).toMatchObject({ ok: false, code: "seat/none" });

    // A later accepted command proves the refusals were processed and left the version alone.
    expect(await ben.request("claimSeat", { delegation: "ARG" })).toMatchObject({ ok: true, version: version + 1 });
    expect(ben.seat("URY")?.holderName).toBe("Ana");
    for (const seat of [ana, ben]) await seat.room.leave();
  });

  it("frees a player's seat when they leave the session", async () => {
    const { roomId } = await createSessionOn(server);
    const observer = await connect(server, roomId);
    const ana = await player(server, roomId, "Ana");
    await ana.request("claimSeat", { delegation: "CHL" });
    await observer.until((s) => s.seats.some((x) => x.delegation === "CHL" && x.holderName === "Ana"));
    await ana.room.leave();
    await observer.until((s) => s.seats.every((x) => x.holderId === "") && Object.keys(s.players).length === 0);
    await observer.room.leave();
  });

  it("does not let an observer act: it must join the table first", async () => {
    const { roomId } = await createSessionOn(server);
    const observer = await connect(server, roomId);
    expect(await observer.request("claimSeat", { delegation: "BRA" })).toMatchObject({
      ok: false,
      code: "player/not_joined",
    });
    await observer.room.leave();
  });
});

describe("bad input", () => {
  it("refuses empty, blank and 5,000-character names with a clear reply", async () => {
    const { roomId } = await createSessionOn(server);
    const seat = await connect(server, roomId);
    for (const name of ["", "    ", "x".repeat(5000)]) {
      expect(await seat.request("joinTable", { name })).toMatchObject({ ok: false, code: "player/name_invalid" });
    }
    expect(await seat.request("joinTable", { name: "y".repeat(50_000) })).toMatchObject({
      ok: false,
      code: "message/invalid",
    });
    expect(seat.state.players).toEqual({});
    expect(seat.state.version).toBe(0);
    await seat.room.leave();
  });

  it("answers malformed payloads, forged fields and unknown types without dropping the connection", async () => {
    const { roomId } = await createSessionOn(server);
    const ana = await player(server, roomId, "Ana");
    const ben = await player(server, roomId, "Ben");
    await ben.request("claimSeat", { delegation: "VEN" });
    const benId = ben.you?.playerId;

    for (const payload of [undefined, null, 42, "BRA", [], { delegation: 42 }, { delegation: "brazil" }]) {
      expect(await ana.request("claimSeat", payload)).toMatchObject({ ok: false, code: "message/invalid" });
    }
    // A client cannot act for another seat: there is no field to name one, and an extra field is refused.
    expect(await ana.request("releaseSeat", { player: benId })).toMatchObject({ ok: false, code: "message/invalid" });
    expect(await ana.request("claimSeat", { delegation: "BRA", player: benId })).toMatchObject({
      ok: false,
      code: "message/invalid",
    });
    await expect(ana.request("launchMissiles", {})).rejects.toThrow();

    // Fire-and-forget messages: an unknown type and a bad payload are answered, not punished.
    const before = ana.messages.length;
    ana.room.send("launchMissiles", { now: true });
    expect(await ana.untilMessage("error", before)).toMatchObject({ code: "message/unknown" });
    const mark = ana.messages.length;
    ana.room.send("claimSeat", { delegation: 7 });
    expect(await ana.untilMessage("error", mark)).toMatchObject({ code: "message/invalid" });

    expect(ana.seat("VEN")?.holderName).toBe("Ben");
    expect(await ana.request("claimSeat", { delegation: "BRA" })).toMatchObject({ ok: true });
    expect(ana.room.connection.isOpen).toBe(true);
    for (const seat of [ana, ben]) await seat.room.leave();
  });

  it("answers a flood with rate-limit replies and keeps the seat and the connection", async () => {
    const { roomId } = await createSessionOn(server);
    const ana = await player(server, roomId, "Ana");
    await ana.request("claimSeat", { delegation: "PAN" });
    const replies = await Promise.all(
      Array.from({ length: 60 }, (_, i) => ana.request("claimSeat", { delegation: i % 2 ? "PRY" : "PAN" })),
    );
    const limited = replies.filter((r) => r.code === "message/rate_limited").length;
    expect(limited).toBeGreaterThan(0);
    expect(replies.every((r) => r.ok || r.code === "message/rate_limited")).toBe(true);
    await ana.until((s) => s.seats.filter((x) => x.holderName === "Ana").length === 1);
    expect(ana.room.connection.isOpen).toBe(true);
    expect(server.output).not.toMatch(/TypeError|ReferenceError|Unhandled/);
    await ana.room.leave();
  });
});

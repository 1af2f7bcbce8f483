import { PROTOCOL_VERSION } from "@brink/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";
import { connect, createSessionOn, player } from "../support/table.ts";

const server = new ServerProcess();
beforeAll(() => server.start());
afterAll(() => server.stop());

const EVIL = "https://evil.example";

describe("headers", () => {
  it("tell the browser to run only the page's own scripts, never frame it, and keep host links to itself", async () => {
    for (const path of ["/", "/api/info", "/healthz"]) {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("referrer-policy"), path).toBe("no-referrer");
      expect(response.headers.get("x-powered-by"), path).toBeNull();
    }
    // Answers that may carry a host key or a record are never kept in a cache.
    const created = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("cache-control")).toBe("no-store");
  });
});

describe("other sites' pages", () => {
  it("cannot read the matchmaker's answers: only this server's pages and this machine's are named", async () => {
    const ask = (origin: string) =>
      fetch(`${server.url}/matchmake/joinById/anything`, {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST" },
      });
    const evil = await ask(EVIL);
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    expect(evil.headers.get("access-control-allow-credentials")).toBeNull();
    const own = await ask(server.url);
    expect(own.headers.get("access-control-allow-origin")).toBe(server.url);
    // The web app's development server, on this machine.
    const dev = await ask("http://localhost:5173");
    expect(dev.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
  });

  it("cannot create or delete sessions through a teacher's browser, and the API names no origin", async () => {
    const before = await fetch(`${server.url}/api/info`, { headers: { origin: EVIL } });
    expect(before.headers.get("access-control-allow-origin")).toBeNull();
    // A form on another site posts as text/plain, which needs no preflight: refused by its Origin.
    const forged = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { origin: EVIL, "content-type": "text/plain" },
      body: "{}",
    });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ error: { code: "origin/forbidden" } });
    const { sessionId, hostKey } = await createSessionOn(server);
    const deleted = await fetch(`${server.url}/api/sessions/${sessionId}`, {
      method: "DELETE",
      headers: { origin: EVIL, authorization: `Bearer ${hostKey}` },
    });
    expect(deleted.status).toBe(403);
    const record = await fetch(`${server.url}/api/sessions/${sessionId}/record`, {
      headers: { authorization: `Bearer ${hostKey}` },
    });
    expect(record.status).toBe(200);
    // The page this server serves posts with its own origin, and is let through.
    const own = await fetch(`${server.url}/api/sessions`, {
      method: "POST",
      headers: { origin: server.url, "content-type": "application/json" },
      body: "{}",
    });
    expect(own.status).toBe(201);
  });
});

describe("seats", () => {
  it("cannot open a second room of a council through the matchmaker: the one open is joined by its code", async () => {
    const { sessionId, roomId } = await createSessionOn(server);
    for (const method of ["create", "joinOrCreate"]) {
      const response = await fetch(`${server.url}/matchmake/${method}/oas_council`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ sessionId, protocolVersion: PROTOCOL_VERSION }),
      });
      expect(response.ok).toBe(false);
      expect(JSON.stringify(await response.json())).toContain("room/already_open");
    }
    // The council's one room still answers its clients.
    const host = await connect(server, roomId);
    expect(host.you?.role).toBe("observer");
    await host.room.leave();
  });

  it("cannot be acted for by anyone but their holder, however the request is dressed", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const ana = await player(server, roomId, "Ana");
    const bea = await player(server, roomId, "Bea");
    expect(await ana.request("claimSeat", { delegation: "ARG" })).toMatchObject({ ok: true });
    expect(await bea.request("claimSeat", { delegation: "BRA" })).toMatchObject({ ok: true });
    // Naming another seat, player or role beside the command changes nothing: such a request is not read.
    for (const extra of [{ delegation: "ARG" }, { actor: "ARG" }, { player: ana.you?.playerId }, { role: "host" }]) {
      expect(await bea.request("act", { command: { type: "requestFloor" }, ...extra })).toMatchObject({
        ok: false,
        code: "message/invalid",
      });
      expect(await bea.request("act", { command: { type: "requestFloor", ...extra } })).toMatchObject({
        ok: false,
        code: "message/invalid",
      });
    }
    // Taking Ana's seat, or placing players, is refused; so are the host's powers claimed in the join options.
    expect(await bea.request("claimSeat", { delegation: "ARG" })).toMatchObject({ ok: false, code: "seat/taken" });
    expect(await bea.request("assignSeat", { player: ana.you?.playerId ?? "", delegation: "CHL" })).toMatchObject({
      ok: false,
      code: "host/only",
    });
    await expect(connect(server, roomId, { hostKey: `${hostKey}x` })).rejects.toThrow("host/key_invalid");
    expect(host.seat("ARG")?.holderName).toBe("Ana");
    expect(host.seat("BRA")?.holderName).toBe("Bea");
    for (const seat of [host, ana, bea]) await seat.room.leave();
  });
});

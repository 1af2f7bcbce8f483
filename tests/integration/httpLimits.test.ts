import { PROTOCOL_VERSION } from "@brink/protocol";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";

const server = new ServerProcess();
beforeAll(() => server.start());
afterAll(() => server.stop());

it("answers a burst of session creations past the budget with a typed 429, and keeps serving", async () => {
  const replies = await Promise.all(Array.from({ length: 30 }, () => server.post("/api/sessions", {})));
  const created = replies.filter((r) => r.status === 201).length;
  const refused = replies.filter((r) => r.status === 429);
  expect(created).toBeGreaterThanOrEqual(20);
  expect(refused.length).toBeGreaterThan(0);
  expect(refused[0]?.body).toEqual({ error: { code: "message/rate_limited", message: expect.any(String) } });
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
});

it("lets a whole class join at once from one address", async () => {
  const replies = await Promise.all(Array.from({ length: 60 }, () => server.post("/api/join", { joinCode: "ZZZZZZ" })));
  expect(replies.every((r) => r.status === 404)).toBe(true);
});

it("tells the host where students can reach it", async () => {
  const info = (await (await fetch(`${server.url}/api/info`)).json()) as { protocolVersion: number; lanUrls: string[] };
  expect(info.protocolVersion).toBe(PROTOCOL_VERSION);
  for (const url of info.lanUrls) expect(url).toMatch(new RegExp(`^http://[0-9.]+:${server.port}$`));
});

import { sessionRecord } from "@brink/protocol";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";
import { createSessionOn } from "../support/table.ts";

const server = new ServerProcess();
beforeAll(() => server.start());
afterAll(() => server.stop());

it("takes the class's judgement of an objective the record cannot tell, from the host alone, and scores it", async () => {
  const { sessionId, hostKey } = await createSessionOn(server);
  const judge = (body: unknown, key: string | null = hostKey) =>
    fetch(`${server.url}/api/sessions/${sessionId}/judgements`, {
      method: "PUT",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify(body),
    });
  const argentina = async () => {
    const response = await fetch(`${server.url}/api/sessions/${sessionId}/record`, {
      headers: { authorization: `Bearer ${hostKey}` },
    });
    return sessionRecord.parse(await response.json()).scores?.find((s) => s.delegation === "ARG");
  };
  // Argentina's second objective, an offer of ships, is for the class to judge.
  expect((await argentina())?.objectives[1]).toMatchObject({ judged: true, met: null });
  const offer = { chamber: "oas", delegation: "ARG", objective: 1, met: true };

  expect((await judge(offer, null)).status).toBe(401);
  expect((await judge(offer, `${hostKey}x`)).status).toBe(401);
  const malformed = await judge({ ...offer, met: "yes", extra: 1 });
  expect(malformed.status).toBe(400);
  expect(await malformed.json()).toMatchObject({ error: { code: "message/invalid" } });
  const unknown = await judge({ ...offer, delegation: "ZZZ" });
  expect(unknown.status).toBe(404);
  expect(await unknown.json()).toMatchObject({ error: { code: "judgement/unknown" } });
  expect((await judge({ ...offer, chamber: "unsc", delegation: "USA" })).status).toBe(404);
  const told = await judge({ ...offer, objective: 0 });
  expect(told.status).toBe(409);
  expect(await told.json()).toMatchObject({ error: { code: "judgement/told_by_record" } });
  // None of the refusals changed anything.
  expect((await argentina())?.objectives[1]).toMatchObject({ met: null });

  expect((await judge(offer)).status).toBe(204);
  const judged = await argentina();
  expect(judged?.objectives[1]).toMatchObject({ judged: true, met: true, judgedByClass: true });
  expect(judged?.points).toBe(2);
  // The last word counts; null takes the judgement back.
  expect((await judge({ ...offer, met: false })).status).toBe(204);
  expect((await argentina())?.objectives[1]).toMatchObject({ met: false, judgedByClass: true });
  expect((await judge({ ...offer, met: null })).status).toBe(204);
  expect((await argentina())?.objectives[1]).toEqual(expect.objectContaining({ met: null }));
  expect((await argentina())?.objectives[1]?.judgedByClass).toBeUndefined();
});

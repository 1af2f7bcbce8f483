import { type ReplayView, sessionRecord } from "@brink/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";
import { connect, createSessionOn, player, type Seat } from "../support/table.ts";

// Bots move at once and the table waits one second for a person, so whole sessions run in a test.
const server = new ServerProcess({ BRINK_BOT_DELAY_MS: "0", BRINK_PATIENCE_SECONDS: "1" });
beforeAll(() => server.start());
afterAll(() => server.stop());

/** What a council's table shows, apart from the crisis clock and who is connected now. */
const TABLE = [
  "phase",
  "outcome",
  "floor",
  "queue",
  "question",
  "called",
  "choices",
  "votes",
  "minutes",
  "motions",
  "paragraphs",
  "amendments",
  "divided",
  "whole",
  "meeting",
  "invited",
  "drafts",
] as const;
const tableOf = (state: Record<string, unknown>): string =>
  JSON.stringify(Object.fromEntries(TABLE.map((key) => [key, state[key]])));

/** Every table the connection is shown from now on, one per patch. */
function watch(seat: Seat): Set<string> {
  const seen = new Set<string>();
  seat.room.onStateChange((state: { toJSON(): Record<string, unknown> }) => {
    seen.add(tableOf(state.toJSON()));
  });
  return seen;
}

async function replay(sessionId: string, key: string | null, chamber: string, minute: string | number) {
  const response = await fetch(`${server.url}/api/sessions/${sessionId}/replay/${chamber}?minute=${minute}`, {
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });
  return { status: response.status, body: (await response.json()) as ReplayView & { error?: { code: string } } };
}

async function recordOf(sessionId: string, hostKey: string) {
  const response = await fetch(`${server.url}/api/sessions/${sessionId}/record`, {
    headers: { authorization: `Bearer ${hostKey}` },
  });
  return sessionRecord.parse(await response.json());
}

describe("the replay of a session on the chamber view", { timeout: 90_000 }, () => {
  it("shows the OAS Council at each act of its minutes as every screen showed it then", async () => {
    const { roomId, hostKey, sessionId } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    // Inés holds Mexico's seat and says nothing: the table waits a second for her each time, then moves on.
    const ines = await player(server, roomId, "Inés");
    await ines.request("claimSeat", { delegation: "MEX" });
    const seen = watch(host);
    // Before the start there is nothing to replay.
    expect((await replay(sessionId, hostKey, "oas", 0)).body.error?.code).toBe("replay/none");
    await host.request("startSession", {});
    // Uruguay's change of vote for the record comes once the Council has closed: the last act of the minutes.
    await host.until(
      (s) => (s as unknown as { minutes: { kind: string }[] }).minutes.some((e) => e.kind === "voteChange"),
      60_000,
    );
    const minutes = (await recordOf(sessionId, hostKey)).minutes ?? [];
    expect(minutes.length).toBeGreaterThan(20);

    const views: ReplayView[] = [];
    for (let n = 0; n < minutes.length; n += 1) {
      const { status, body } = await replay(sessionId, hostKey, "oas", n);
      expect(status).toBe(200);
      views.push(body);
    }
    for (const [n, view] of views.entries()) {
      const act = minutes[n];
      const state = view.state as Record<string, unknown> & {
        votes: unknown[];
        minutes: { kind: string; delegation: string; text: string }[];
        seats: { delegation: string; holderName: string }[];
        players: Record<string, { name: string; connected: boolean }>;
      };
      expect(view).toMatchObject({ chamber: "oas", minute: n, minutes: minutes.length });
      // Each moment is a table some screen was shown, never one made up between two patches.
      expect(seen.has(tableOf(state)), `moment ${n} (${act?.kind}) was never on a screen`).toBe(true);
      // A vote's moment has that vote on the board, and no later one.
      if (act?.kind === "vote") expect(state.votes.length).toBe((act.vote ?? -1) + 1);
      // A speech's moment has that speech in the minutes.
      if (act?.kind === "speech") {
        expect(state.minutes.filter((e) => e.kind === "speech").at(-1)).toMatchObject({ text: act.text });
      }
      // Inés held Mexico's seat all along; nobody is shown connected in a replay, though she was.
      expect(state.seats.find((s) => s.delegation === "MEX")?.holderName).toBe("Inés");
      expect(Object.values(state.players)).toEqual([expect.objectContaining({ name: "Inés", connected: false })]);
    }
    // Time moves forward through the moments; the first has no vote, the last is the closed Council.
    expect(views.map((v) => v.at)).toEqual(views.map((v) => v.at).sort((a, b) => a - b));
    const [first] = views as [ReplayView];
    expect((first.state as { votes: unknown[] }).votes).toEqual([]);
    expect(views.at(-1)?.state).toMatchObject({ phase: "closed", outcome: "resolutionAdopted" });
    // By the end the resolution has gone on to the Security Council, on the crisis track.
    expect(views.at(-1)?.state).toMatchObject({ crisis: { oasResolution: "adopted" } });
    expect((first.state as { crisis: { oasResolution: string } }).crisis.oasResolution).toBe("");

    // Refused, typed, for anyone without the host key and for moments that do not exist.
    expect((await replay(sessionId, null, "oas", 0)).status).toBe(401);
    expect((await replay(sessionId, `${hostKey}x`, "oas", 0)).status).toBe(401);
    for (const bad of ["", "-1", "1.5", "x", "9999999"]) {
      expect(await replay(sessionId, hostKey, "oas", bad)).toMatchObject({
        status: 400,
        body: { error: { code: "message/invalid" } },
      });
    }
    expect(await replay(sessionId, hostKey, "oas", minutes.length)).toMatchObject({
      status: 404,
      body: { error: { code: "replay/out_of_range" } },
    });
    for (const chamber of ["unsc", "lobby"]) {
      expect(await replay(sessionId, hostKey, chamber, 0)).toMatchObject({
        status: 404,
        body: { error: { code: "replay/none" } },
      });
    }
    for (const seat of [host, ines]) await seat.room.leave();
  });

  it("shows the Security Council at each act of its minutes, meeting by meeting", async () => {
    const { roomId, hostKey, sessionId } = await createSessionOn(server, { chambers: ["unsc"] });
    const host = await connect(server, roomId, { hostKey });
    const seen = watch(host);
    await host.request("startSession", {});
    await host.until((s) => (s as unknown as { phase: string }).phase === "closed", 60_000);
    const minutes = (await recordOf(sessionId, hostKey)).minutes ?? [];
    expect(minutes.length).toBeGreaterThan(10);
    const meetings: number[] = [];
    for (let n = 0; n < minutes.length; n += 1) {
      const { status, body } = await replay(sessionId, hostKey, "unsc", n);
      expect(status).toBe(200);
      const state = body.state as Record<string, unknown> & { meeting: number };
      expect(seen.has(tableOf(state)), `moment ${n} (${minutes[n]?.kind}) was never on a screen`).toBe(true);
      meetings.push(state.meeting);
    }
    // The meetings of 23, 24 and 25 October follow one another.
    expect(meetings).toEqual([...meetings].sort((a, b) => a - b));
    expect(new Set(meetings).size).toBeGreaterThan(1);
    expect((await replay(sessionId, hostKey, "oas", 0)).body.error?.code).toBe("replay/none");
    await host.room.leave();
  });
});

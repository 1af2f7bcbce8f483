import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { fileURLToPath } from "node:url";
import { CLOSE_CODES, createdSession, joinTarget, type SessionRecord, sessionRecord } from "@brink/protocol";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";
import { connect, createSessionOn, player, type Seat } from "../support/table.ts";

// Bots move at once and the table waits one second for a person, so whole sessions run in a test.
const server = new ServerProcess({ BRINK_BOT_DELAY_MS: "0", BRINK_PATIENCE_SECONDS: "1" });
beforeAll(() => server.start());
afterAll(() => server.stop());

interface Procedure {
  phase: string;
  outcome: string;
  called: string;
  question: string;
  needed: number;
  votes: { question: string; result: string; yes: number; no: number; abstain: number; absent: number }[];
  floor: string;
  queue: string[];
  minutes: { kind: string; delegation: string; text: string; subject: string; id: string; detail: string }[];
  motions: { id: string; kind: string; mover: string }[];
  paragraphs: { number: number; text: string; status: string }[];
  amendments: { id: string; paragraph: number; sponsor: string; text: string; status: string }[];
  divided: boolean;
  whole: string;
}
const procedure = (s: unknown) => s as Procedure;

/** The votes, vote changes and reservations of a record, read back from its CSV export. */
function fromCsv(text: string): Pick<SessionRecord, "votes" | "voteChanges" | "reservations" | "minutes"> {
  const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  const votes: SessionRecord["votes"] = [];
  for (const row of rows.filter((r) => r.kind === "choice")) {
    const n = Number(row.vote) - 1;
    const [yes, no, abstain, absent] = (row.tally_1962 ?? "").split("-").map(Number);
    votes[n] ??= {
      chamber: row.chamber as "oas" | "unsc",
      question: row.question ?? "",
      ...(row.motion ? { motion: row.motion } : {}),
      result: row.result as "adopted" | "rejected",
      tally: { yes: Number(row.yes), no: Number(row.no), abstain: Number(row.abstain), absent: Number(row.absent) },
      choices: {},
      ...(row.vetoed_by ? { vetoedBy: row.vetoed_by.split(" ") } : {}),
      ...(row.result_1962
        ? {
            historical: {
              result: row.result_1962 as "adopted" | "rejected",
              tally:
                row.tally_1962 === "not recorded"
                  ? ("not recorded" as const)
                  : { yes: yes ?? 0, no: no ?? 0, abstain: abstain ?? 0, absent: absent ?? 0 },
            },
          }
        : {}),
    };
    const vote = votes[n];
    vote.choices[row.delegation ?? ""] = row.choice as "yes" | "no" | "abstain" | "absent";
    if (row.reasons) vote.reasons = { ...vote.reasons, [row.delegation ?? ""]: row.reasons.split(" / ") };
  }
  return {
    votes,
    voteChanges: rows
      .filter((r) => r.kind === "voteChange")
      .map((r) => ({
        chamber: r.chamber as "oas",
        question: r.question ?? "",
        delegation: r.delegation ?? "",
        from: r.from as "yes",
        to: r.to as "yes",
      })),
    reservations: rows
      .filter((r) => r.kind === "reservation")
      .map((r) => ({ chamber: r.chamber as "oas", delegation: r.delegation ?? "", text: r.text ?? "" })),
    minutes: rows
      .filter((r) => r.kind === "minute")
      .map((r) => ({
        chamber: r.chamber as "oas",
        elapsed: Number(r.elapsed),
        kind: r.act as "speech",
        ...(r.vote ? { vote: Number(r.vote) - 1 } : {}),
        ...(r.delegation ? { delegation: r.delegation } : {}),
        ...(r.question ? { question: r.question } : {}),
        ...(r.detail ? { detail: r.detail } : {}),
        ...(r.meeting ? { meeting: Number(r.meeting) } : {}),
        ...(r.from ? { from: r.from as "yes" } : {}),
        ...(r.to ? { to: r.to as "yes" } : {}),
        ...(r.text ? { text: r.text } : {}),
      })),
  };
}

/** The host's record of a session, as JSON and as CSV. */
async function recordsOf(sessionId: string, hostKey: string) {
  const headers = { authorization: `Bearer ${hostKey}` };
  const json = sessionRecord.parse(
    await (await fetch(`${server.url}/api/sessions/${sessionId}/record`, { headers })).json(),
  );
  const csv = await fetch(`${server.url}/api/sessions/${sessionId}/record.csv`, { headers });
  expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
  return { json, csv: fromCsv(await csv.text()) };
}
const speeches = (s: unknown) => procedure(s).minutes.filter((e) => e.kind === "speech");
/** The commands the server last told this connection it may use. */
const allowed = (seat: Seat): string[] => seat.allowedCommands ?? [];

// A whole session is some 200 bot moves, one per room tick at the least, plus a wait for each silent person.
describe("a live OAS Council session", { timeout: 90_000 }, () => {
  it("is started by the host only, and refuses acts before it starts", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const ana = await player(server, roomId, "Ana");
    await ana.request("claimSeat", { delegation: "BRA" });
    expect(await ana.request("act", { command: { type: "requestFloor" } })).toMatchObject({
      ok: false,
      code: "session/not_started",
    });
    expect(await ana.request("startSession", {})).toMatchObject({ ok: false, code: "host/only" });
    const host = await connect(server, roomId, { hostKey });
    expect(await host.request("startSession", {})).toMatchObject({ ok: true });
    expect(await host.request("startSession", {})).toMatchObject({ ok: false, code: "session/already_started" });
    expect(await ana.request("act", { command: { type: "vote", choice: "maybe" } })).toMatchObject({
      ok: false,
      code: "message/invalid",
    });
    for (const seat of [host, ana]) await seat.room.leave();
  });

  it("plays 1962 to the end with a bot in every seat", async () => {
    const { roomId, hostKey, sessionId } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    await host.request("startSession", {});
    const end = procedure(await host.until((s) => procedure(s).phase === "closed", 45_000));
    expect(end.outcome).toBe("resolutionAdopted");
    expect(end.votes.map((v) => v.question)).toEqual([
      "convocation",
      "motion-m1",
      "paragraph-1",
      "paragraph-2",
      "paragraph-3",
      "paragraph-4",
      "whole",
    ]);
    expect(end.votes.at(-1)).toMatchObject({ result: "adopted", yes: 19, no: 0, abstain: 1, absent: 0 });
    // Every speech reaches the screens, the United States' statement first.
    expect(speeches(end)[0]?.delegation).toBe("USA");
    expect(speeches(end).length).toBeGreaterThan(5);
    // The draft as the projector shows it: divided on Brazil's motion, each paragraph adopted.
    expect(end.divided).toBe(true);
    expect(end.paragraphs.map((p) => p.status)).toEqual(["adopted", "adopted", "adopted", "adopted"]);
    expect(end.whole).toBe("adopted");
    expect(end.minutes.filter((e) => e.kind === "motion")).toEqual([
      expect.objectContaining({ delegation: "BRA", subject: "divide" }),
    ]);
    expect(end.minutes.filter((e) => e.kind === "reservation").length).toBeGreaterThan(0);
    // The host's record: every vote, delegation by delegation, as the simulator replays 1962.
    const recordOf = (key?: string) =>
      fetch(
        `${server.url}/api/sessions/${sessionId}/record`,
        key ? { headers: { authorization: `Bearer ${key}` } } : {},
      );
    const simulated = sessionRecord.parse(
      JSON.parse(
        spawnSync(
          process.execPath,
          ["apps/server/src/cli.ts", "simulate", "--chamber", "oas", "--mode", "historical", "--format", "json"],
          { cwd: fileURLToPath(new URL("../..", import.meta.url)), encoding: "utf8" },
        ).stdout,
      ),
    );
    // Uruguay's change of vote for the record comes once the Council has closed.
    await expect
      .poll(async () => sessionRecord.parse(await (await recordOf(hostKey)).json()).voteChanges)
      .toEqual(simulated.voteChanges);
    const record = sessionRecord.parse(await (await recordOf(hostKey)).json());
    expect(record).toMatchObject({ sessionId, mode: "historical", chambers: ["oas"] });
    expect(record.votes).toEqual(simulated.votes);
    expect(record.votes.find((v) => v.question === "paragraph-2")?.choices).toMatchObject({
      BOL: "abstain",
      BRA: "abstain",
      MEX: "abstain",
    });
    expect(record.reservations).toEqual(simulated.reservations);
    // What each seat did, every seat listed: Brazil moved the division; bots sat everywhere.
    expect(record.contributions).toHaveLength(20);
    expect(record.contributions?.find((c) => c.delegation === "BRA")).toMatchObject({ proposals: 1, people: [] });
    expect(record.contributions?.reduce((n, c) => n + c.speeches, 0)).toBe(record.speeches.length);
    // The minutes: the same acts in the same order as the simulator's, and the floor's time counted.
    const acts = (r: SessionRecord) => (r.minutes ?? []).map(({ elapsed: _, ...act }) => act);
    expect(acts(record)).toEqual(acts(simulated));
    expect(record.contributions?.find((c) => c.delegation === "USA")?.speakingSeconds).toBeGreaterThanOrEqual(0);
    // The CSV export carries the same votes, changes and reservations.
    const { json, csv } = await recordsOf(sessionId, hostKey);
    expect(csv).toEqual({
      votes: json.votes,
      voteChanges: json.voteChanges,
      reservations: json.reservations,
      minutes: json.minutes,
    });
    // The printed record: a page of its own in the session's language, or another asked for, running no script.
    const printed = (query: string, key?: string) =>
      fetch(
        `${server.url}/api/sessions/${sessionId}/record.html${query}`,
        key ? { headers: { authorization: `Bearer ${key}` } } : {},
      );
    const page = await printed("", hostKey);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    const text = await page.text();
    expect(text).toContain('<html lang="en">');
    expect(text).toContain("The Council adopted the resolution as a whole, by 19 votes to 0, with 1 abstention.");
    expect(await (await printed("?lang=pt", hostKey)).text()).toContain("Ata da sessão de 23 de outubro de 1962");
    for (const key of [undefined, `${hostKey}x`]) {
      const refused = await recordOf(key);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ error: { code: "host/key_invalid" } });
      expect((await printed("", key)).status).toBe(401);
    }
    const unknown = await fetch(`${server.url}/api/sessions/s_nosuch/record`, {
      headers: { authorization: `Bearer ${hostKey}` },
    });
    expect(unknown.status).toBe(404);
    await host.room.leave();
  });

  it("plays open history with the simulator's bots: the same seed, the same votes", async () => {
    expect(await server.post("/api/sessions", { mode: "fiction" })).toMatchObject({ status: 400 });
    const { roomId, hostKey, sessionId } = await createSessionOn(server, { mode: "open", seed: 5 });
    const host = await connect(server, roomId, { hostKey });
    expect((host.state as unknown as { mode: string }).mode).toBe("open");
    await host.request("startSession", {});
    const end = procedure(await host.until((s) => procedure(s).phase === "closed", 45_000));
    const run = spawnSync(
      process.execPath,
      ["apps/server/src/cli.ts", "simulate", "--chamber", "oas", "--mode", "open", "--seed", "5", "--format", "json"],
      { cwd: fileURLToPath(new URL("../..", import.meta.url)), encoding: "utf8" },
    );
    const simulated = sessionRecord.parse(JSON.parse(run.stdout));
    expect(end.votes.map(({ question, result, yes, no, abstain }) => ({ question, result, yes, no, abstain }))).toEqual(
      simulated.votes.map(({ question, result, tally: { yes, no, abstain } }) => ({
        question,
        result,
        yes,
        no,
        abstain,
      })),
    );
    // The host's record keeps each bot's reasons for its votes, as the simulator does.
    const response = await fetch(`${server.url}/api/sessions/${sessionId}/record`, {
      headers: { authorization: `Bearer ${hostKey}` },
    });
    const record = sessionRecord.parse(await response.json());
    expect(record.votes.map((v) => v.choices)).toEqual(simulated.votes.map((v) => v.choices));
    expect(record.votes.map((v) => v.reasons)).toEqual(simulated.votes.map((v) => v.reasons));
    expect(record.votes.find((v) => v.question === "convocation")?.reasons?.URY).toEqual([
      "no instructions from its capital: it can only abstain",
    ]);
    // The CSV export carries each bot's reasons too.
    const { json, csv } = await recordsOf(sessionId, hostKey);
    expect(csv.votes).toEqual(json.votes);
    expect(csv.minutes).toEqual(json.minutes);
    await host.room.leave();
  });

  it("waits for a person called to vote, takes their vote, and plays on to the end", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const mex = await player(server, roomId, "Inés");
    await mex.request("claimSeat", { delegation: "MEX" });
    await host.request("startSession", {});
    const called = await mex.until(
      (s) => procedure(s).called === "MEX" && procedure(s).question === "convocation",
      45_000,
    );
    // Rio Treaty art. 16: an absolute majority of the 20 members entitled to vote.
    expect(procedure(called).needed).toBe(11);
    expect(await mex.request("act", { command: { type: "vote", choice: "no" } })).toMatchObject({ ok: true });
    expect(await mex.request("act", { command: { type: "vote", choice: "yes" } })).toMatchObject({ ok: false });
    // Later roll calls: a person who does not answer is recorded absent by the bot chair after the wait.
    const end = procedure(await host.until((s) => procedure(s).phase === "closed", 60_000));
    const convocation = end.votes.find((v) => v.question === "convocation");
    expect(convocation).toMatchObject({ result: "adopted", no: 1 });
    expect(end.votes.find((v) => v.question === "whole")).toMatchObject({ absent: 1 });
    for (const seat of [host, mex]) await seat.room.leave();
  });

  it("keeps the session across a server restart and plays on from where it was", async () => {
    const { roomId, hostKey, joinCode } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const mex = await player(server, roomId, "Inés");
    await mex.request("claimSeat", { delegation: "MEX" });
    // The host's news of the crisis: refused before the start, from a delegate, unknown or twice.
    expect(await host.request("injectEvent", { event: "quarantine" })).toMatchObject({ code: "session/not_started" });
    await host.request("startSession", {});
    expect(await mex.request("injectEvent", { event: "quarantine" })).toMatchObject({ code: "host/only" });
    expect(await host.request("injectEvent", { event: "moon-landing" })).toMatchObject({ code: "event/unknown" });
    expect(await host.request("injectEvent", { event: "quarantine" })).toMatchObject({ ok: true });
    expect(await host.request("injectEvent", { event: "quarantine" })).toMatchObject({
      code: "event/already_announced",
    });
    await mex.until((s) => (s as unknown as { bulletins: string[] }).bulletins.includes("quarantine"));
    await host.until((s) => procedure(s).called === "MEX", 45_000);
    await server.restart();
    await server.post("/api/join", { joinCode });
    const again = await connect(server, roomId, { hostKey });
    const resumed = procedure(again.state);
    expect(resumed.phase).toBe("convocationVote");
    expect(resumed.called).toBe("MEX");
    expect((again.state as unknown as { bulletins: string[] }).bulletins).toEqual(["quarantine"]);
    const end = procedure(await again.until((s) => procedure(s).phase === "closed", 60_000));
    expect(end.outcome).toBe("resolutionAdopted");
    await again.room.leave();
  });
  it("tells each connection what it may do, and takes a delegate's motion and amendment", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const watcher = await connect(server, roomId);
    const bra = await player(server, roomId, "Caio");
    await bra.request("claimSeat", { delegation: "BRA" });
    await host.untilMessage("allowed", 0);
    expect(allowed(host)).toEqual(["startSession"]);
    await host.request("startSession", {});
    await bra.until((s) => procedure(s).phase === "resolutionDebate", 45_000);
    // Brazil is a person now: no bot moves the division for it, and the chair waits for the table.
    await expect.poll(() => allowed(bra)).toEqual(expect.arrayContaining(["move", "proposeAmendment"]));
    expect(allowed(bra)).not.toContain("advance");
    expect(allowed(host)).toContain("advance");
    expect(allowed(watcher)).toEqual([]);
    expect(await watcher.request("act", { command: { type: "move", kind: "divide" } })).toMatchObject({
      ok: false,
      code: "seat/none",
    });
    expect(await bra.request("act", { command: { type: "advance" } })).toMatchObject({ ok: false, code: "chair/only" });
    expect(await bra.request("act", { command: { type: "move", kind: "divide" } })).toMatchObject({ ok: true });
    const text = "Recommends that each member state decide for itself the measures it takes, armed force included.";
    expect(
      await bra.request("act", { command: { type: "proposeAmendment", paragraph: 2, text, addresses: "armedForce" } }),
    ).toMatchObject({ ok: true });
    const moved = procedure(await watcher.until((s) => procedure(s).amendments.length === 1));
    expect(moved.amendments[0]).toMatchObject({ paragraph: 2, sponsor: "BRA", text, status: "pending" });
    expect(moved.minutes.some((e) => e.kind === "motion" && e.delegation === "BRA" && e.subject === "divide")).toBe(
      true,
    );
    // Brazil's player leaves the seat to its bot; the chair puts the motion, and once the question is divided
    // the amendment is voted before paragraph 2.
    await bra.request("releaseSeat", {});
    const end = procedure(await watcher.until((s) => procedure(s).phase === "closed", 60_000));
    expect(end.divided).toBe(true);
    const questions = end.votes.map((v) => v.question);
    expect(questions.indexOf(`amendment-${moved.amendments[0]?.id}`)).toBe(questions.indexOf("paragraph-2") - 1);
    expect(["adopted", "rejected"]).toContain(end.amendments[0]?.status);
    for (const seat of [host, watcher, bra]) await seat.room.leave();
  });
  it("stops for the host's pause, even across a restart, and plays on when resumed", async () => {
    const { roomId, hostKey, joinCode } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const mex = await player(server, roomId, "Inés");
    await mex.request("claimSeat", { delegation: "MEX" });
    expect(await host.request("pauseSession", {})).toMatchObject({ ok: false, code: "session/not_started" });
    await host.request("startSession", {});
    await host.until((s) => procedure(s).phase === "convocationDebate", 10_000);
    expect(await mex.request("pauseSession", {})).toMatchObject({ ok: false, code: "host/only" });
    expect(await host.request("pauseSession", {})).toMatchObject({ ok: true });
    expect(await host.request("pauseSession", {})).toMatchObject({ ok: false, code: "session/paused" });
    const paused = await mex.until((s) => (s as unknown as { paused: boolean }).paused);
    expect(await mex.request("act", { command: { type: "requestFloor" } })).toMatchObject({
      ok: false,
      code: "session/paused",
    });
    await expect.poll(() => allowed(mex)).toEqual([]);
    expect(allowed(host)).toContain("resumeSession");
    // Bots move at once on this server: had they not stopped, the table would be far along by now.
    const table = (s: unknown) => {
      const { phase, floor, queue, minutes, votes } = procedure(s);
      return { phase, floor, queue, minutes: minutes.length, votes: votes.length };
    };
    await new Promise((r) => setTimeout(r, 500));
    expect(table(host.state)).toEqual(table(paused));
    await server.restart();
    await server.post("/api/join", { joinCode });
    const again = await connect(server, roomId, { hostKey });
    expect((again.state as unknown as { paused: boolean }).paused).toBe(true);
    expect(await again.request("resumeSession", {})).toMatchObject({ ok: true });
    const end = procedure(await again.until((s) => procedure(s).phase === "closed", 60_000));
    expect(end.outcome).toBe("resolutionAdopted");
    await again.room.leave();
  });
  it("paces a session planned for a class period, and refuses a period it does not know", async () => {
    expect(await server.post("/api/sessions", { periodMinutes: 30 })).toMatchObject({
      status: 400,
      body: { error: { code: "message/invalid" } },
    });
    expect(await server.post("/api/sessions", { chambers: ["oas", "oas"] })).toMatchObject({ status: 400 });
    expect(await server.post("/api/sessions", { chambers: ["wto"] })).toMatchObject({ status: 400 });
    expect(await server.post("/api/sessions", { language: "fr" })).toMatchObject({ status: 400 });
    const created = createdSession.parse(
      (
        await server.post("/api/sessions", {
          scenario: "october-1962",
          chambers: ["oas"],
          periodMinutes: 45,
          language: "es",
        })
      ).body,
    );
    const target = joinTarget.parse((await server.post("/api/join", { joinCode: created.joinCode })).body);
    const host = await connect(server, target.roomId, { hostKey: created.hostKey });
    expect(host.state as unknown as { periodMinutes: number; language: string }).toMatchObject({
      periodMinutes: 45,
      language: "es",
    });
    await host.request("startSession", {});
    // A 45-minute lesson gives each speech a minute, counted on every screen.
    const started = await host.until((s) => procedure(s).phase !== "lobby");
    expect((started as unknown as { timeLimit: number }).timeLimit).toBe(60);
    await host.room.leave();
  });
  it("with the bots off, leaves the empty seats silent and absent, and the chair to the host", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const mex = await player(server, roomId, "Inés");
    await mex.request("claimSeat", { delegation: "MEX" });
    expect(await mex.request("setBots", { on: false })).toMatchObject({ ok: false, code: "host/only" });
    expect(await host.request("setBots", { on: false })).toMatchObject({ ok: true });
    await mex.until((s) => (s as unknown as { bots: boolean }).bots === false);
    await host.request("startSession", {});
    // Nobody chairs but the host: the table stays at the opening, well past the bot chair's patience.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(procedure(host.state).phase).toBe("opening");
    // The chair's "next" is named by the engine: after the opening comes the United States' statement.
    expect((host.state as unknown as { nextPhase: string }).nextPhase).toBe("usStatement");
    for (const command of ["advance", "endSpeech", "advance", "advance"]) {
      expect(await host.request("act", { command: { type: command } })).toMatchObject({ ok: true });
    }
    // The roll call records each empty seat absent and stops at Mexico, the one person at the table.
    await mex.until((s) => procedure(s).called === "MEX", 5_000);
    await mex.request("act", { command: { type: "vote", choice: "yes" } });
    const called = procedure(await host.until((s) => procedure(s).called === "", 5_000));
    expect(called.phase).toBe("convocationVote");
    expect(await host.request("act", { command: { type: "closeVote" } })).toMatchObject({ ok: true });
    const end = procedure(await host.until((s) => procedure(s).votes.length === 1));
    expect(end.votes[0]).toMatchObject({ question: "convocation", result: "rejected", yes: 1, absent: 19 });
    for (const seat of [host, mex]) await seat.room.leave();
  });

  it("lets the host take a vote not yet begun back to its debate", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const arg = await player(server, roomId, "Ana");
    await arg.request("claimSeat", { delegation: "ARG" });
    await host.request("startSession", {});
    // Argentina is called first: until it answers, the roll call has not begun.
    await host.until((s) => procedure(s).phase === "convocationVote" && procedure(s).called === "ARG", 20_000);
    await expect.poll(() => allowed(host)).toContain("reopenDebate");
    expect(allowed(arg)).not.toContain("reopenDebate");
    expect(await arg.request("act", { command: { type: "reopenDebate" } })).toMatchObject({ code: "host/only" });
    expect(await host.request("act", { command: { type: "reopenDebate" } })).toMatchObject({ ok: true });
    await arg.until((s) => procedure(s).phase === "convocationDebate");
    // The bot chair closes the reopened debate after its patience, and the vote comes round again.
    await arg.until((s) => procedure(s).phase === "convocationVote", 10_000);
    expect(await arg.request("act", { command: { type: "vote", choice: "yes" } })).toMatchObject({ ok: true });
    expect(await host.request("act", { command: { type: "reopenDebate" } })).toMatchObject({ code: "phase/wrong" });
    for (const seat of [host, arg]) await seat.room.leave();
  });

  it("lets the host alone end the session where it stands", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const mex = await player(server, roomId, "Inés");
    await mex.request("claimSeat", { delegation: "MEX" });
    await host.request("startSession", {});
    await host.until((s) => procedure(s).phase === "convocationDebate", 10_000);
    expect(await mex.request("act", { command: { type: "closeSession" } })).toMatchObject({
      ok: false,
      code: "host/only",
    });
    expect(await host.request("act", { command: { type: "closeSession" } })).toMatchObject({ ok: true });
    const end = procedure(await mex.until((s) => procedure(s).phase === "closed"));
    expect(end.outcome).toBe("endedByHost");
    expect(await mex.request("act", { command: { type: "requestFloor" } })).toMatchObject({
      ok: false,
      code: "session/closed",
    });
    for (const seat of [host, mex]) await seat.room.leave();
  });
});

describe("a person speaking in a live OAS Council session", { timeout: 90_000 }, () => {
  // Bots leave a person time to ask for the floor.
  const slow = new ServerProcess({ BRINK_BOT_DELAY_MS: "150", BRINK_PATIENCE_SECONDS: "1" });
  beforeAll(() => slow.start());
  afterAll(() => slow.stop());

  it("asks for the floor, is given it, speaks, and every screen shows the speech", async () => {
    const { roomId, hostKey, sessionId } = await createSessionOn(slow);
    const host = await connect(slow, roomId, { hostKey });
    const mex = await player(slow, roomId, "Inés");
    await mex.request("claimSeat", { delegation: "MEX" });
    await host.request("startSession", {});
    await mex.until((s) => procedure(s).phase === "usStatement", 10_000);
    expect(await mex.request("act", { command: { type: "speak", text: "Out of turn." } })).toMatchObject({
      ok: false,
      code: "floor/not_yours",
    });
    // The United States presents its case alone: the speakers' list opens with the debate on convocation.
    expect(await mex.request("act", { command: { type: "requestFloor" } })).toMatchObject({ code: "phase/wrong" });
    await mex.until((s) => procedure(s).phase === "convocationDebate", 45_000);
    expect(await mex.request("act", { command: { type: "requestFloor" } })).toMatchObject({ ok: true });
    await mex.until((s) => procedure(s).floor === "MEX", 45_000);
    expect(await mex.request("act", { command: { type: "speak", text: "x".repeat(5000) } })).toMatchObject({
      ok: false,
      code: "text/invalid",
    });
    const words = "Mexico will vote for the convocation, and asks that force be the last resort.";
    expect(await mex.request("act", { command: { type: "speak", text: words } })).toMatchObject({ ok: true });
    expect(await mex.request("act", { command: { type: "yieldFloor" } })).toMatchObject({ ok: true });
    // The host sees the speech, and the floor passed on once Mexico yielded (two patches, perhaps apart).
    const seen = procedure(
      await host.until((s) => procedure(s).floor !== "MEX" && speeches(s).some((x) => x.delegation === "MEX")),
    );
    expect(speeches(seen).find((x) => x.delegation === "MEX")?.text).toBe(words);
    // Inés gives up the seat and Lucía takes it: the record credits the speech to Inés, who gave it.
    expect(await mex.request("releaseSeat", {})).toMatchObject({ ok: true });
    const lucia = await player(slow, roomId, "Lucía");
    expect(await lucia.request("claimSeat", { delegation: "MEX" })).toMatchObject({ ok: true });
    const response = await fetch(`${slow.url}/api/sessions/${sessionId}/record`, {
      headers: { authorization: `Bearer ${hostKey}` },
    });
    const mexico = sessionRecord.parse(await response.json()).contributions?.find((c) => c.delegation === "MEX");
    expect(mexico).toMatchObject({ people: ["Lucía"], speeches: 1, words: 14 });
    expect(mexico?.byPerson).toEqual([
      { name: "Lucía", speeches: 0, words: 0 },
      { name: "Inés", speeches: 1, words: 14 },
    ]);
    for (const seat of [host, mex, lucia]) await seat.room.leave();
  });
});

interface CorridorMessage {
  id: string;
  from: string;
  to: string;
  text: string;
  ask?: { question: string; choice: string; offer?: { question: string; choice: string } };
  reply?: { message: string; answer: string; reason: string };
}
/** Every corridor message this connection has been sent, in order. */
const corridor = (seat: Seat): CorridorMessage[] =>
  seat.messages
    .filter((m) => m.type === "corridor")
    .flatMap((m) => (m.payload as { messages: CorridorMessage[] }).messages);

describe("requests for a vote in the corridors", { timeout: 90_000 }, () => {
  it("are answered at once by the bot asked, moved by an offer it wants, and the word given is kept", async () => {
    // Seed 12: Paraguay's bot leans to a yes on the convocation, a little too far to abstain on request alone.
    const { roomId, hostKey, sessionId } = await createSessionOn(server, { mode: "open", seed: 12 });
    const host = await connect(server, roomId, { hostKey });
    const ana = await player(server, roomId, "Ana");
    await ana.request("claimSeat", { delegation: "BRA" });
    const abstain = { question: "convocation", choice: "abstain" };
    // Nothing is open to a vote before the start.
    expect(await ana.request("sendMessage", { to: "PRY", text: "", ask: abstain })).toMatchObject({
      ok: false,
      code: "ask/closed",
    });
    await host.request("startSession", {});
    // Paused, the crisis clock stands still while the corridors talk.
    await host.request("pauseSession", {});
    await ana.until((s) => (s as unknown as { askable: string[] }).askable.includes("convocation"));
    for (const [payload, code] of [
      [{ to: "BRA", text: "", ask: abstain }, "ask/self"],
      [{ to: "PRY", text: "", ask: { question: "paragraph-9", choice: "yes" } }, "ask/closed"],
      [{ to: "PRY", text: "", ask: { ...abstain, offer: { question: "minutes", choice: "yes" } } }, "ask/closed"],
      [{ to: "PRY", text: "", ask: { question: "convocation", choice: "maybe" } }, "message/invalid"],
      [{ to: "PRY", text: "" }, "text/invalid"],
    ] as const) {
      expect(await ana.request("sendMessage", payload)).toMatchObject({ ok: false, code });
    }
    expect(
      await ana.request("sendMessage", { to: "PRY", text: "Abstain with us on the convocation?", ask: abstain }),
    ).toMatchObject({ ok: true });
    await expect.poll(() => corridor(ana).length).toBe(2);
    expect(corridor(ana)[1]).toMatchObject({
      from: "PRY",
      to: "BRA",
      text: "",
      reply: { message: corridor(ana)[0]?.id, answer: "declined", reason: "tooFar" },
    });
    // With Brazil's yes on the whole offered in return, a vote Paraguay wants, it agrees.
    const offer = { question: "whole", choice: "yes" };
    expect(await ana.request("sendMessage", { to: "PRY", text: "", ask: { ...abstain, offer } })).toMatchObject({
      ok: true,
    });
    await expect.poll(() => corridor(ana).length).toBe(4);
    expect(corridor(ana)[3]?.reply).toMatchObject({ answer: "agreed", reason: "persuadedByOffer" });
    await expect.poll(() => corridor(host).length).toBe(4);
    await host.request("resumeSession", {});
    const voted = await host.until((s) => {
      const p = procedure(s) as Procedure & { choices: Record<string, string> };
      return p.question === "convocation" && p.choices.PRY !== undefined;
    }, 45_000);
    expect((procedure(voted) as Procedure & { choices: Record<string, string> }).choices.PRY).toBe("abstain");
    // The record credits Ana's two requests to Brazil, and none of the bot's answers to Paraguay.
    const { json } = await recordsOf(sessionId, hostKey);
    const seat = (id: string) => json.contributions?.find((c) => c.chamber === "oas" && c.delegation === id);
    expect(seat("BRA")).toMatchObject({ people: ["Ana"], messages: 2 });
    expect(seat("PRY")).toMatchObject({ people: [], messages: 0 });
    expect(json.contributions?.map((c) => c.delegation)).not.toContain("CUB");
    for (const seat of [host, ana]) await seat.room.leave();
  });

  it("are declined by a bot of the 1962 replay, which keeps to its instructions", async () => {
    const { roomId, hostKey } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const ana = await player(server, roomId, "Ana");
    await ana.request("claimSeat", { delegation: "BRA" });
    await host.request("startSession", {});
    await host.request("pauseSession", {});
    await ana.until((s) => (s as unknown as { askable: string[] }).askable.includes("whole"));
    const ask = { question: "whole", choice: "no" };
    expect(await ana.request("sendMessage", { to: "HTI", text: "", ask })).toMatchObject({ ok: true });
    await expect.poll(() => corridor(ana)[1]?.reply).toMatchObject({ answer: "declined", reason: "instructed1962" });
    for (const seat of [host, ana]) await seat.room.leave();
  });
});

describe("deleting a session", { timeout: 60_000 }, () => {
  it("closes its rooms and removes its events, players and record from storage for good", async () => {
    const { roomId, hostKey, sessionId, joinCode } = await createSessionOn(server);
    const host = await connect(server, roomId, { hostKey });
    const ana = await player(server, roomId, "Ana");
    await ana.request("claimSeat", { delegation: "MEX" });
    await host.request("startSession", {});
    await host.request("pauseSession", {});
    const secret = "A word in the corridors that must not outlive the session";
    expect(await ana.request("sendMessage", { to: "BRA", text: secret })).toMatchObject({ ok: true });
    const remove = (key?: string) =>
      fetch(`${server.url}/api/sessions/${sessionId}`, {
        method: "DELETE",
        headers: key ? { authorization: `Bearer ${key}` } : {},
      });
    for (const key of [undefined, `${hostKey}x`]) {
      const refused = await remove(key);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ error: { code: "host/key_invalid" } });
    }
    const left = new Promise<number>((resolve) => ana.room.onLeave((code) => resolve(code)));
    expect((await remove(hostKey)).status).toBe(204);
    // Every connection of the session is closed, with a code that says why.
    expect(await left).toBe(CLOSE_CODES.sessionDeleted);
    await expect.poll(() => host.room.connection.isOpen).toBe(false);
    // Nothing of it can be read or joined any more.
    const record = await fetch(`${server.url}/api/sessions/${sessionId}/record`, {
      headers: { authorization: `Bearer ${hostKey}` },
    });
    expect(record.status).toBe(404);
    expect(await server.post("/api/join", { joinCode })).toMatchObject({ status: 404 });
    expect((await remove(hostKey)).status).toBe(404);
    // The database holds no row of it, and its files no trace of the corridor's words.
    const path = join(server.dataDir, "brink.sqlite");
    const db = new DatabaseSync(path, { readOnly: true });
    for (const table of ["events", "players"]) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE session_id = ?`).get(sessionId)).toEqual({ n: 0 });
    }
    expect(db.prepare("SELECT COUNT(*) AS n FROM sessions WHERE id = ?").get(sessionId)).toEqual({ n: 0 });
    db.close();
    for (const file of [path, `${path}-wal`]) {
      if (existsSync(file)) expect(readFileSync(file).includes(secret)).toBe(false);
    }
  });
});

import { joinTarget } from "@brink/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";
import { connect, createSessionOn, player, type Seat } from "../support/table.ts";

// Bots move at once and the table waits one second for a person, so whole sessions run in a test.
const server = new ServerProcess({ BRINK_BOT_DELAY_MS: "0", BRINK_PATIENCE_SECONDS: "1" });
beforeAll(() => server.start());
afterAll(() => server.stop());

interface Council {
  chamber: string;
  phase: string;
  outcome: string;
  chair: string;
  meeting: number;
  invited: boolean;
  question: string;
  needed: number;
  called: string;
  floor: string;
  seats: { delegation: string; standing: string }[];
  votes: { question: string; result: string; yes: number; no: number; abstain: number; vetoedBy: string[] }[];
  drafts: { id: string; sponsor: string; paragraphs: string[]; status: string; voteRequested: boolean }[];
  minutes: { kind: string; delegation: string; text: string; subject: string }[];
}
const council = (s: unknown) => s as Council;

const unscSession = () => createSessionOn(server, { chambers: ["unsc"] });

describe("a live Security Council session", { timeout: 90_000 }, () => {
  it("plays 23–25 October 1962 with a bot in every seat: speeches, drafts, U Thant, no vote, adjourned", async () => {
    const { roomId, hostKey, roomName } = await unscSession();
    expect(roomName).toBe("security_council");
    const host = await connect(server, roomId, { hostKey });
    const table = council(host.state);
    expect(table.chamber).toBe("unsc");
    expect(table.chair).toBe("USSR");
    // Eleven members, the five permanent ones marked; Cuba invited to speak; the Secretary-General's seat.
    expect(table.seats.map((s) => s.delegation)).toEqual([
      ...["USA", "USSR", "GBR", "FRA", "ROC", "CHL", "GHA", "IRL", "ROU", "UAR", "VEN"],
      ...["CUB", "SG"],
    ]);
    expect(table.seats.filter((s) => s.standing === "permanent").map((s) => s.delegation)).toEqual([
      ...["USA", "USSR", "GBR", "FRA", "ROC"],
    ]);
    expect(table.seats.find((s) => s.delegation === "SG")?.standing).toBe("secretaryGeneral");
    await host.request("startSession", {});
    const end = council(await host.until((s) => council(s).phase === "closed", 60_000));
    expect(end.outcome).toBe("adjourned");
    expect(end.invited).toBe(true);
    expect(end.votes).toEqual([]);
    expect(end.drafts.map((d) => [d.sponsor, d.status])).toEqual([
      ["USA", "tabled"],
      ["USSR", "tabled"],
      ["UAR", "tabled"],
    ]);
    const speakers = end.minutes.filter((e) => e.kind === "speech").map((e) => e.delegation);
    expect(speakers.slice(0, 3)).toEqual(["USA", "CUB", "USSR"]);
    expect(end.minutes.some((e) => e.kind === "statement" && e.delegation === "SG")).toBe(true);
    expect(end.minutes.filter((e) => e.kind === "meetingAdjourned").map((e) => e.subject)).toEqual([
      ...["1022", "1023", "1024", "1025"],
    ]);
    await host.room.leave();
  });

  it("puts a sponsor's draft to the vote, and a permanent member's no vetoes it", async () => {
    const { roomId, hostKey } = await unscSession();
    const ana = await player(server, roomId, "Ana");
    expect(await ana.request("claimSeat", { delegation: "USA" })).toMatchObject({ ok: true });
    const host = await connect(server, roomId, { hostKey });
    await host.request("startSession", {});
    await ana.until((s) => council(s).phase === "debate", 10_000);
    // An OAS command is not a command of this council: a typed refusal, nothing changes, the seat stays.
    expect(await ana.request("act", { command: { type: "move", kind: "divide" } })).toMatchObject({
      ok: false,
      code: "message/invalid",
    });
    const paragraphs = ["Calls for the withdrawal of the missiles under the eyes of UN observers."];
    expect(await ana.request("act", { command: { type: "tableDraft", paragraphs } })).toMatchObject({ ok: true });
    expect(await ana.request("act", { command: { type: "requestVote", draft: "draft-usa" } })).toMatchObject({
      ok: true,
    });
    // The bot President puts it at once; the roll call reaches the United States first.
    const voting = council(await ana.until((s) => council(s).question === "draft-usa", 10_000));
    expect(voting.needed).toBe(7);
    expect(voting.called).toBe("USA");
    expect(await ana.request("act", { command: { type: "vote", choice: "yes" } })).toMatchObject({ ok: true });
    const decided = council(await ana.until((s) => council(s).votes.length === 1, 10_000));
    const [vote] = decided.votes;
    expect(vote).toMatchObject({ question: "draft-usa", result: "rejected", vetoedBy: ["USSR"] });
    expect(vote?.yes).toBeGreaterThanOrEqual(7);
    expect(decided.drafts.find((d) => d.id === "draft-usa")?.status).toBe("rejected");
    for (const seat of [host, ana]) await seat.room.leave();
  });

  it("gives U Thant's seat statements and no vote, and Cuba the floor only once invited", async () => {
    const { roomId, hostKey } = await unscSession();
    const thant = await player(server, roomId, "Thant");
    const cuba = await player(server, roomId, "Mario");
    await thant.request("claimSeat", { delegation: "SG" });
    await cuba.request("claimSeat", { delegation: "CUB" });
    const host = await connect(server, roomId, { hostKey });
    await host.request("pauseSession", {});
    await host.request("startSession", {});
    await host.until((s) => council(s).phase === "agenda");
    await host.request("resumeSession", {});
    // Before the invitation Cuba has no voice at the table.
    expect(await cuba.request("act", { command: { type: "requestFloor" } })).toMatchObject({
      ok: false,
      code: "seat/not_invited",
    });
    await cuba.until((s) => council(s).phase === "debate", 10_000);
    expect(await cuba.request("act", { command: { type: "requestFloor" } })).toMatchObject({ ok: true });
    const text = "The Secretary-General asks every party to give the Council's work time.";
    expect(await thant.request("act", { command: { type: "makeStatement", text } })).toMatchObject({ ok: true });
    expect(await thant.request("act", { command: { type: "tableDraft", paragraphs: ["x"] } })).toMatchObject({
      ok: false,
      code: "sg/only",
    });
    const after = council(await host.until((s) => council(s).minutes.some((e) => e.kind === "statement")));
    expect(after.minutes.find((e) => e.kind === "statement")).toMatchObject({ delegation: "SG", text });
    // The commands each seat is told it may use match its standing.
    const allowed = (seat: Seat) => seat.allowedCommands ?? [];
    expect(allowed(thant)).toContain("makeStatement");
    expect(allowed(thant)).not.toContain("requestFloor");
    for (const seat of [host, thant, cuba]) await seat.room.leave();
  });

  it("runs both councils of one session side by side, each joined by its own choice", async () => {
    const { joinCode, hostKey, chamber, chambers } = await createSessionOn(server, { chambers: ["oas", "unsc"] });
    expect(chamber).toBe("oas");
    expect(chambers).toEqual(["oas", "unsc"]);
    const unsc = joinTarget.parse((await server.post("/api/join", { joinCode, chamber: "unsc" })).body);
    expect(unsc).toMatchObject({ roomName: "security_council", chamber: "unsc" });
    const oasHost = await connect(server, (await createTarget(joinCode, "oas")).roomId, { hostKey });
    const unscHost = await connect(server, unsc.roomId, { hostKey });
    expect(council(oasHost.state).chamber).toBe("oas");
    expect(council(unscHost.state).chamber).toBe("unsc");
    // Each room has its own table: a seat taken in one is not taken in the other.
    const ana = await player(server, unsc.roomId, "Ana");
    await ana.request("claimSeat", { delegation: "USA" });
    expect(council(oasHost.state).seats.length).toBe(21);
    expect(await server.post("/api/join", { joinCode, chamber: "wto" })).toMatchObject({ status: 400 });
    const only = await createSessionOn(server, { chambers: ["oas"] });
    expect(await server.post("/api/join", { joinCode: only.joinCode, chamber: "unsc" })).toMatchObject({
      status: 404,
      body: { error: { code: "chamber/not_in_session" } },
    });
    for (const seat of [oasHost, unscHost, ana]) await seat.room.leave();
  });
});

const createTarget = async (joinCode: string, chamber: "oas" | "unsc") =>
  joinTarget.parse((await server.post("/api/join", { joinCode, chamber })).body);

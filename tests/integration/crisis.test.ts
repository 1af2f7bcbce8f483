import { joinTarget } from "@brink/protocol";
import { instructionArrivals, loadOctober1962 } from "@brink/scenario";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerProcess } from "../support/server.ts";
import { connect, createSessionOn, player, type Seat } from "../support/table.ts";

// Bots move at once, the table waits a second for a person, and the crisis clock runs ten game hours a second:
// the week of the crisis passes in some fifteen seconds.
const server = new ServerProcess({
  BRINK_BOT_DELAY_MS: "0",
  BRINK_PATIENCE_SECONDS: "1",
  BRINK_CRISIS_MINUTES_PER_SECOND: "600",
});
beforeAll(() => server.start());
afterAll(() => server.stop());

interface Crisis {
  minute: number;
  endAt: number;
  defcon: number;
  legitimacy: string;
  tension: number;
  outcome: string;
  ships: { id: string; status: string; distanceNm: number }[];
  appeals: { id: string; to: string; terms: string; text: string; reply: string; proposals: string[] }[];
  incidents: { text: string; tension: number }[];
  agreed: string[];
  oasResolution: string;
  oasParagraphs: { text: string; status: string }[];
}
const crisis = (s: unknown) => (s as { crisis: Crisis }).crisis;

async function bothCouncils(settings: object = {}): Promise<{ oas: Seat; unsc: Seat; unscRoom: string }> {
  const { joinCode, hostKey, roomId } = await createSessionOn(server, { chambers: ["oas", "unsc"], ...settings });
  const unsc = joinTarget.parse((await server.post("/api/join", { joinCode, chamber: "unsc" })).body);
  return {
    oas: await connect(server, roomId, { hostKey }),
    unsc: await connect(server, unsc.roomId, { hostKey }),
    unscRoom: unsc.roomId,
  };
}

describe("the crisis track of a session", { timeout: 90_000 }, () => {
  it("carries the OAS vote to the Security Council and plays 1962's appeals and answers to peace", async () => {
    const { oas, unsc } = await bothCouncils();
    // Nothing moves before a council opens.
    expect(crisis(unsc.state)).toMatchObject({ minute: 0, legitimacy: "pending", outcome: "" });
    await oas.request("startSession", {});
    await unsc.request("startSession", {});
    // The OAS Council adopts the resolution: the quarantine is the hemisphere's, and the resolution is
    // transmitted to the Security Council with its paragraphs as voted.
    const transmitted = crisis(await unsc.until((s) => crisis(s).oasResolution !== "", 30_000));
    expect(transmitted.oasResolution).toBe("adopted");
    expect(transmitted.oasParagraphs).toHaveLength(4);
    expect(transmitted.oasParagraphs.every((p) => p.status === "adopted")).toBe(true);
    // The other council hears it on its own next patch.
    await oas.until((s) => crisis(s).legitimacy === "multilateral");
    // With a bot for U Thant, his appeals of 1962 go out and the capitals answer as they did.
    const end = crisis(await unsc.until((s) => crisis(s).outcome !== "", 60_000));
    expect(end.outcome).toBe("peace");
    const answered = end.appeals.map((a) => [a.terms, a.to, a.reply]);
    expect(answered).toContainEqual(["suspendShipmentsAndQuarantine", "MOS", "accepted"]);
    expect(answered).toContainEqual(["suspendShipmentsAndQuarantine", "WAS", "declined"]);
    expect(answered).toContainEqual(["shipsStayAway", "MOS", "accepted"]);
    expect(end.agreed.sort()).toEqual(["noInvasionPledge", "verification", "withdrawal"]);
    expect(end.ships.find((s) => s.id === "bucharest")?.status).toBe("passed");
    // Both councils show the same track.
    await oas.until((s) => crisis(s).outcome === "peace" && crisis(s).minute === end.minute);
    for (const seat of [oas, unsc]) await seat.room.leave();
  });

  it("lets a person as U Thant write an appeal, which the capital answers a day later in both councils", async () => {
    const { oas, unsc, unscRoom } = await bothCouncils();
    const thant = await player(server, unscRoom, "Thant");
    await thant.request("claimSeat", { delegation: "SG" });
    const delegate = await player(server, unscRoom, "Adlai");
    await delegate.request("claimSeat", { delegation: "USA" });
    const text = "I ask Havana to suspend work on the sites while the parties talk.";
    const appeal = { to: "HAV", terms: "suspendConstruction", text };
    // Before the session opens there is no clock to send it on; only U Thant's seat (or the host) may send.
    expect(await thant.request("sendAppeal", appeal)).toMatchObject({ ok: false, code: "session/not_started" });
    await unsc.request("startSession", {});
    expect(await delegate.request("sendAppeal", appeal)).toMatchObject({ ok: false, code: "sg/only" });
    expect(await thant.request("sendAppeal", { ...appeal, to: "PAR" })).toMatchObject({
      ok: false,
      code: "message/invalid",
    });
    expect(await thant.request("sendAppeal", appeal)).toMatchObject({ ok: true });
    const sent = crisis(await oas.until((s) => crisis(s).appeals.length > 0, 10_000)).appeals;
    expect(sent).toEqual([expect.objectContaining({ to: "HAV", terms: "suspendConstruction", text, reply: "" })]);
    // Havana answers as it answered the same appeal in 1962: on conditions.
    const reply = crisis(await oas.until((s) => crisis(s).appeals[0]?.reply !== "", 20_000)).appeals[0];
    expect(reply?.reply).toBe("conditional");
    await unsc.until((s) => crisis(s).appeals[0]?.reply === "conditional");
    // The 1962 appeals are U Thant's to write now: none went out by themselves.
    expect(crisis(unsc.state).appeals).toHaveLength(1);
    for (const seat of [oas, unsc, thant, delegate]) await seat.room.leave();
  });

  it("binds Moscow to withdraw when it accepts an appeal that puts Dorticós's non-aggression idea", async () => {
    const { joinCode, hostKey } = await createSessionOn(server, { chambers: ["unsc"] });
    const target = joinTarget.parse((await server.post("/api/join", { joinCode })).body);
    const host = await connect(server, target.roomId, { hostKey });
    await host.request("startSession", {});
    // The host may send an appeal for U Thant when nobody holds his seat.
    const text = "If Washington pledges not to attack Cuba, the weapons have no purpose: take them home.";
    const appeal = { to: "MOS", terms: "own", text, proposals: ["nonAggression"] };
    expect(await host.request("sendAppeal", appeal)).toMatchObject({ ok: true });
    const answered = crisis(
      await host.until((s) => crisis(s).appeals.some((a) => a.text === text && a.reply !== ""), 20_000),
    );
    expect(answered.appeals.find((a) => a.text === text)).toMatchObject({
      reply: "accepted",
      proposals: ["nonAggression"],
    });
    expect(answered.agreed).toContain("withdrawal");
    await host.room.leave();
  });

  // Seeds found by playing the open-history track headless (`playLiveCrisis`): 2 ends in war, 1 in a standoff.
  // With the bots off the Council casts no vote, so nothing but the seed moves the track, whatever the timing.
  it("ends in war for everyone when tension reaches its limit: no table acts any more", async () => {
    const { roomId, hostKey } = await createSessionOn(server, { chambers: ["unsc"], mode: "open", seed: 2 });
    const host = await connect(server, roomId, { hostKey });
    const ana = await player(server, roomId, "Ana");
    await ana.request("claimSeat", { delegation: "IRL" });
    await host.request("setBots", { on: false });
    await host.request("startSession", {});
    const end = crisis(await host.until((s) => crisis(s).outcome !== "", 60_000));
    expect(end.outcome).toBe("war");
    expect(end.tension).toBe(100);
    expect(await ana.request("act", { command: { type: "requestFloor" } })).toMatchObject({
      ok: false,
      code: "session/over",
    });
    expect(await host.request("act", { command: { type: "proceed" } })).toMatchObject({
      ok: false,
      code: "session/over",
    });
    for (const seat of [host, ana]) await seat.room.leave();
  });

  it("ends in a standoff when 28 October closes with nothing settled", async () => {
    const { roomId, hostKey } = await createSessionOn(server, { chambers: ["unsc"], mode: "open", seed: 1 });
    const host = await connect(server, roomId, { hostKey });
    await host.request("setBots", { on: false });
    await host.request("startSession", {});
    const end = crisis(await host.until((s) => crisis(s).outcome !== "", 60_000));
    expect(end.outcome).toBe("standoff");
    expect(end.minute).toBe(end.endAt);
    await host.room.leave();
  });

  it("stops the crisis clock while the host has paused a council", async () => {
    const { oas, unsc } = await bothCouncils();
    await unsc.request("startSession", {});
    await unsc.until((s) => crisis(s).minute > 0, 10_000);
    await unsc.request("pauseSession", {});
    const stopped = crisis(unsc.state).minute;
    await new Promise((r) => setTimeout(r, 1_000));
    expect(crisis(unsc.state).minute - stopped).toBeLessThan(200);
    const still = crisis(unsc.state).minute;
    await new Promise((r) => setTimeout(r, 1_000));
    expect(crisis(unsc.state).minute).toBe(still);
    await unsc.request("resumeSession", {});
    await unsc.until((s) => crisis(s).minute > still, 10_000);
    for (const seat of [oas, unsc]) await seat.room.leave();
  });

  it("brings Uruguay's bot its instructions on the crisis clock, and only then does it change its vote", async () => {
    const [uruguay] = instructionArrivals(loadOctober1962());
    expect(uruguay).toMatchObject({ delegation: "URY" });
    const { oas, unsc } = await bothCouncils({ mode: "open", seed: 3 });
    // The Security Council's pause holds the crisis clock at its start while the OAS Council votes.
    await unsc.request("startSession", {});
    await unsc.request("pauseSession", {});
    await oas.request("startSession", {});
    const minutes = (s: unknown) => (s as { minutes: { kind: string; delegation: string; detail: string }[] }).minutes;
    const closed = await oas.until((s) => (s as unknown as { phase: string }).phase === "closed", 45_000);
    expect(crisis(closed).minute).toBeLessThan(uruguay?.minute ?? 0);
    await unsc.request("resumeSession", {});
    const changed = await oas.until(
      (s) => minutes(s).some((e) => e.kind === "voteChange" && e.delegation === "URY"),
      20_000,
    );
    // Never before the instructions were due: the change waited for the clock.
    expect(crisis(changed).minute).toBeGreaterThanOrEqual(uruguay?.minute ?? Number.POSITIVE_INFINITY);
    expect(minutes(changed).find((e) => e.kind === "voteChange")?.detail).toBe("yes");
    for (const seat of [oas, unsc]) await seat.room.leave();
  });
});

describe("a Security Council and its crisis across a server restart", { timeout: 90_000 }, () => {
  it("keeps the Council's procedure, U Thant's appeal and the crisis clock, and plays on", async () => {
    const { roomId, joinCode, hostKey } = await createSessionOn(server, { chambers: ["unsc"] });
    const host = await connect(server, roomId, { hostKey });
    const thant = await player(server, roomId, "Thant");
    await thant.request("claimSeat", { delegation: "SG" });
    await host.request("startSession", {});
    await host.until((s) => (s as unknown as { phase: string }).phase === "debate", 10_000);
    const text = "Both sides: give the talks two weeks.";
    expect(await thant.request("sendAppeal", { to: "WAS", terms: "own", text })).toMatchObject({ ok: true });
    const before = crisis(await host.until((s) => crisis(s).appeals.length === 1));
    const resumeKey = thant.you?.resumeKey;

    await server.restart();

    const target = joinTarget.parse((await server.post("/api/join", { joinCode })).body);
    expect(target.roomId).toBe(roomId);
    const again = await connect(server, roomId, { hostKey });
    const kept = crisis(again.state);
    expect(kept.appeals).toEqual([expect.objectContaining({ to: "WAS", text })]);
    expect(kept.minute).toBeGreaterThanOrEqual(before.minute);
    expect(again.seat("SG")?.holderName).toBe("Thant");
    // The clock plays on from where it stood, and Washington answers the appeal it was sent.
    const back = await connect(server, roomId, { resumeKey: resumeKey ?? "" });
    const answered = crisis(await again.until((s) => crisis(s).appeals[0]?.reply !== "", 20_000));
    expect(answered.appeals[0]?.reply).toBe("conditional");
    for (const seat of [again, back]) await seat.room.leave();
  });
});

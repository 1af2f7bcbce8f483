import { describe, expect, it } from "vitest";
import { type DelegationId, delegationId } from "./ids.ts";
import type { Result } from "./result.ts";
import {
  emptySpeakersList,
  endSpeech,
  giveFloorToNext,
  requestFloor,
  requestReply,
  type SpeakersList,
  setTimeLimit,
  timeLeft,
  withdrawRequest,
  yieldFloor,
} from "./speakers.ts";

const [ARG, GTM, MEX] = ["ARG", "GTM", "MEX"].map(delegationId) as [DelegationId, DelegationId, DelegationId];

const must = (result: Result<SpeakersList>): SpeakersList => {
  if (!result.ok) throw new Error(result.rejection.code);
  return result.value;
};
const code = (result: Result<SpeakersList>) => (result.ok ? undefined : result.rejection.code);

describe("the speakers' list", () => {
  it("gives the floor in the order delegations asked", () => {
    let list = must(requestFloor(emptySpeakersList(), ARG));
    list = must(requestFloor(list, GTM));
    list = must(giveFloorToNext(list, 0));
    expect(list.floor).toEqual({ delegation: ARG, since: 0, kind: "speech" });
    list = must(giveFloorToNext(must(yieldFloor(list, ARG)), 5));
    expect(list.floor?.delegation).toBe(GTM);
    expect(list.spoken).toEqual([ARG, GTM]);
  });

  it("refuses a second request from a delegation already listed or speaking", () => {
    const list = must(requestFloor(emptySpeakersList(), ARG));
    expect(code(requestFloor(list, ARG))).toBe("floor/already_requested");
    expect(code(requestFloor(must(giveFloorToNext(list, 0)), ARG))).toBe("floor/already_requested");
  });

  it("lets a delegation withdraw, and refuses withdrawing what was never asked", () => {
    const list = must(withdrawRequest(must(requestFloor(emptySpeakersList(), ARG)), ARG));
    expect(list.queue).toEqual([]);
    expect(code(withdrawRequest(list, ARG))).toBe("floor/not_requested");
  });

  it("says so when nobody is waiting", () => {
    expect(code(giveFloorToNext(emptySpeakersList(), 0))).toBe("floor/nobody_waiting");
  });

  it("hears a reply before the next name on the list", () => {
    let list = must(requestFloor(must(requestFloor(emptySpeakersList(), ARG)), GTM));
    list = must(giveFloorToNext(list, 0));
    list = must(requestReply(list, MEX));
    list = must(giveFloorToNext(must(yieldFloor(list, ARG)), 1));
    expect(list.floor).toMatchObject({ delegation: MEX, kind: "reply" });
  });

  it("refuses a reply to nobody, and a speaker replying to itself", () => {
    expect(code(requestReply(emptySpeakersList(), ARG))).toBe("floor/reply_not_allowed");
    const speaking = must(giveFloorToNext(must(requestFloor(emptySpeakersList(), ARG)), 0));
    expect(code(requestReply(speaking, ARG))).toBe("floor/reply_not_allowed");
    expect(code(requestReply(must(requestReply(speaking, GTM)), GTM))).toBe("floor/already_requested");
  });

  it("lets only the speaker yield, and the chair end any speech", () => {
    const speaking = must(giveFloorToNext(must(requestFloor(emptySpeakersList(), ARG)), 0));
    expect(code(yieldFloor(speaking, GTM))).toBe("floor/not_yours");
    expect(must(endSpeech(speaking)).floor).toBeNull();
    expect(code(endSpeech(emptySpeakersList()))).toBe("floor/empty");
  });

  it("counts down the time limit, with half the time for a reply", () => {
    let list = must(setTimeLimit(emptySpeakersList(), 120));
    list = must(giveFloorToNext(must(requestFloor(list, ARG)), 1_000));
    expect(timeLeft(list, 31_000)).toBe(90_000);
    expect(timeLeft(list, 500_000)).toBe(0);
    list = must(giveFloorToNext(must(requestReply(list, GTM)), 600_000));
    expect(timeLeft(list, 600_000)).toBe(60_000);
    expect(timeLeft(emptySpeakersList(), 0)).toBeNull();
  });

  it("accepts time limits from 15 seconds to 30 minutes, or none", () => {
    expect(code(setTimeLimit(emptySpeakersList(), 14))).toBe("floor/invalid_time_limit");
    expect(code(setTimeLimit(emptySpeakersList(), 1801))).toBe("floor/invalid_time_limit");
    expect(code(setTimeLimit(emptySpeakersList(), 90.5))).toBe("floor/invalid_time_limit");
    expect(must(setTimeLimit(emptySpeakersList(), null)).timeLimitSeconds).toBeNull();
  });
});

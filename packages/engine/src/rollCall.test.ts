import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { delegationId } from "./ids.ts";
import { answer, calledNext, closeRollCall, openRollCall, type RollCall } from "./rollCall.ts";
import type { Choice } from "./voting.ts";

const order = ["ARG", "BOL", "BRA"].map(delegationId);
const [ARG, BOL, BRA] = order as [
  ReturnType<typeof delegationId>,
  ReturnType<typeof delegationId>,
  ReturnType<typeof delegationId>,
];
const rule = { kind: "absoluteMajority", entitled: 3 } as const;

function answered(rollCall: RollCall, ...choices: Choice[]): RollCall {
  return choices.reduce((rc, choice) => {
    const next = calledNext(rc);
    if (!next) throw new Error("roll call already complete");
    const result = answer(rc, next, choice);
    if (!result.ok) throw new Error(result.rejection.code);
    return result.value;
  }, rollCall);
}

describe("a roll call", () => {
  it("calls the members in order", () => {
    const rc = openRollCall("convocation", rule, order);
    expect(calledNext(rc)).toBe(ARG);
    expect(calledNext(answered(rc, "yes"))).toBe(BOL);
  });

  it("refuses an answer from a member that has not been called yet", () => {
    const rc = openRollCall("convocation", rule, order);
    expect(answer(rc, BRA, "yes")).toMatchObject({ ok: false, rejection: { code: "vote/not_called" } });
  });

  it("refuses a second answer from the same member", () => {
    const rc = answered(openRollCall("convocation", rule, order), "yes");
    expect(answer(rc, ARG, "no")).toMatchObject({ ok: false, rejection: { code: "vote/already_cast" } });
  });

  it("refuses a member not entitled to vote, such as Cuba in the OAS", () => {
    const rc = openRollCall("convocation", rule, order);
    expect(answer(rc, delegationId("CUB"), "no")).toMatchObject({
      ok: false,
      rejection: { code: "vote/not_entitled" },
    });
  });

  it("cannot be closed before everyone has answered", () => {
    const rc = answered(openRollCall("convocation", rule, order), "yes", "yes");
    expect(closeRollCall(rc)).toMatchObject({ ok: false, rejection: { code: "vote/incomplete" } });
  });

  it("closes with every member's answer in calling order, absent ones included, and the decision", () => {
    const rc = answered(openRollCall("whole", rule, order), "yes", "absent", "yes");
    const result = closeRollCall(rc);
    expect(result).toMatchObject({
      ok: true,
      value: {
        question: "whole",
        choices: { ARG: "yes", BOL: "absent", BRA: "yes" },
        tally: { yes: 2, no: 0, abstain: 0, absent: 1 },
        adopted: true,
      },
    });
    if (result.ok) expect(Object.keys(result.value.choices)).toEqual(["ARG", "BOL", "BRA"]);
  });

  it("never lets a member answer twice, whatever is attempted", () => {
    const choice = fc.constantFrom<Choice>("yes", "no", "abstain", "absent");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...order), choice), { maxLength: 20 }), (attempts) => {
        let rc = openRollCall("whole", rule, order);
        const accepted: string[] = [];
        for (const [member, c] of attempts) {
          const result = answer(rc, member, c);
          if (result.ok) {
            rc = result.value;
            accepted.push(member);
          }
        }
        expect(new Set(accepted).size).toBe(accepted.length);
        expect(accepted).toEqual(order.slice(0, accepted.length));
      }),
    );
  });
});

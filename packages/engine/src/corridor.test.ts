import { describe, expect, it } from "vitest";
import { canReadCorridor, checkCorridorMessage, MAX_CORRIDOR_LENGTH } from "./corridor.ts";
import { delegationId } from "./ids.ts";

const BRA = delegationId("BRA");
const MEX = delegationId("MEX");
const PER = delegationId("PER");
const CUB = delegationId("CUB");
const seats = [
  { delegation: BRA, excluded: false },
  { delegation: MEX, excluded: false },
  { delegation: PER, excluded: false },
  { delegation: CUB, excluded: true },
];
const code = (to: string, text: string) => {
  const result = checkCorridorMessage(seats, to, text);
  return result.ok ? "ok" : result.rejection.code;
};

describe("corridor messages", () => {
  it("go from one seat to another that takes part, trimmed", () => {
    expect(checkCorridorMessage(seats, "MEX", "  Will you abstain on paragraph 2?  ")).toEqual({
      ok: true,
      value: { to: MEX, text: "Will you abstain on paragraph 2?" },
    });
  });

  it("are refused to an unknown or excluded seat, empty or too long; to one's own seat they are team notes", () => {
    expect(code("XYZ", "hello")).toBe("seat/unknown");
    expect(code("CUB", "hello")).toBe("seat/excluded");
    expect(code("BRA", "hello")).toBe("ok");
    expect(code("MEX", "   ")).toBe("text/invalid");
    expect(code("MEX", "x".repeat(MAX_CORRIDOR_LENGTH + 1))).toBe("text/invalid");
    expect(code("MEX", "x".repeat(MAX_CORRIDOR_LENGTH))).toBe("ok");
  });

  it("are read by their two seats and the host, and by no one else", () => {
    const message = { id: "c1", from: BRA, to: MEX, text: "A word?", at: 0 };
    expect(canReadCorridor(message, { kind: "delegation", delegation: BRA })).toBe(true);
    expect(canReadCorridor(message, { kind: "delegation", delegation: MEX })).toBe(true);
    expect(canReadCorridor(message, { kind: "host" })).toBe(true);
    expect(canReadCorridor(message, { kind: "delegation", delegation: PER })).toBe(false);
    expect(canReadCorridor(message, { kind: "observer" })).toBe(false);
  });
});

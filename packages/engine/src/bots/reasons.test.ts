import { describe, expect, it } from "vitest";
import { REASONS, type ReasonCode, readReason, reasonText } from "./reasons.ts";

describe("a bot's reasons", () => {
  it("read back to their code and parameters from their English sentence", () => {
    for (const code of Object.keys(REASONS) as ReasonCode[]) {
      const params = { to: "USA", sponsor: "USSR" };
      const sentence = reasonText(code, params);
      expect(sentence).not.toMatch(/[{}]/);
      const read = readReason(sentence);
      expect(read?.code).toBe(code);
      for (const [name, value] of Object.entries(read?.params ?? {})) expect(value).toBe(params[name as "to"]);
    }
    expect(readReason("gave its word to BRA in the corridors")).toEqual({ code: "pledged", params: { to: "BRA" } });
    expect(readReason("its government is wary of the UAR draft")).toEqual({
      code: "waryOfDraft",
      params: { sponsor: "UAR" },
    });
  });

  it("read nothing from a sentence no bot gives", () => {
    expect(readReason("because it felt like it")).toBeNull();
    expect(readReason("its government supports the  draft")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { loadOctober1962, parseScenario, ScenarioError } from "./index.ts";

describe("the October 1962 scenario", () => {
  const { oas } = loadOctober1962();

  it("seats the 21 member states of the OAS", () => {
    expect(oas.members).toHaveLength(21);
  });

  it("excludes Cuba, and only Cuba, from participation", () => {
    expect(oas.members.filter((m) => m.excluded).map((m) => m.id)).toEqual(["CUB"]);
  });

  it("leaves 20 states entitled to vote", () => {
    expect(oas.members.filter((m) => !m.excluded)).toHaveLength(20);
  });
});

describe("parsing a scenario file", () => {
  it("names the file and every problem at once, with its path", () => {
    const bad = {
      id: "variant",
      oas: {
        members: [
          { id: "BRA", name: { en: "Brazil", es: "Brasil", pt: "" } },
          { id: "brazil", name: { en: "Brazil", es: "Brasil", pt: "Brasil" } },
          { id: "BRA", name: { en: "Brazil", es: "Brasil", pt: "Brasil" } },
        ],
      },
    };
    let error: unknown;
    try {
      parseScenario("variants/short.ts", bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    const { file, problems } = error as ScenarioError;
    expect(file).toBe("variants/short.ts");
    expect(problems).toEqual([
      expect.stringMatching(/^oas\.members\.0\.name\.pt: /),
      expect.stringMatching(/^oas\.members\.1\.id: /),
      "oas.members.2.id: duplicate id BRA",
    ]);
  });

  it("reports a duplicate id with its path", () => {
    const member = { id: "BRA", name: { en: "Brazil", es: "Brasil", pt: "Brasil" } };
    expect(() => parseScenario("dup.ts", { id: "dup", oas: { members: [member, member] } })).toThrow(
      /oas\.members\.1\.id: duplicate id BRA/,
    );
  });
});

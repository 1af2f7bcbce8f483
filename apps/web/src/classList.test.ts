import { describe, expect, it } from "vitest";
import { parseClassList } from "./classList.ts";
import type { SeatView } from "./store.ts";

const seat = (delegation: string, en: string, es: string, pt: string, excluded = false): SeatView => ({
  delegation,
  names: { en, es, pt },
  excluded,
  standing: "member",
  holderId: "",
  holderName: "",
  keptFor: "",
  keptForName: "",
  plannedFor: "",
  advisers: [],
});
const seats = [
  seat("MEX", "Mexico", "México", "México"),
  seat("BRA", "Brazil", "Brasil", "Brasil"),
  seat("CUB", "Cuba", "Cuba", "Cuba", true),
];

describe("a pasted class list", () => {
  it("reads a name per line, with a delegation after a colon or a tab, in any language or by code", () => {
    expect(parseClassList("Lucía: Mexico\n\n  Ben \nInês\tbrasil\nAna:MEX\r\nCaio:", seats)).toEqual({
      entries: [
        { name: "Lucía", delegation: "MEX" },
        { name: "Ben" },
        { name: "Inês", delegation: "BRA" },
        { name: "Ana", delegation: "MEX" },
        { name: "Caio" },
      ],
      unknown: [],
    });
  });

  it("names the lines whose delegation is not at the table, Cuba's included", () => {
    expect(parseClassList("Ana: Atlantis\nBen: Cuba\nCaio: méxico", seats)).toEqual({
      entries: [{ name: "Caio", delegation: "MEX" }],
      unknown: ["Ana: Atlantis", "Ben: Cuba"],
    });
  });
});

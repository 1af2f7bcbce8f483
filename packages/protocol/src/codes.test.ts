import { describe, expect, it } from "vitest";
import { ALLOWED_COMMANDS, ALLOWED_MOTIONS, packAllowed, unpackAllowed } from "./codes.ts";
import { oasCommand, unscCommand } from "./messages.ts";

const typesOf = (union: typeof oasCommand | typeof unscCommand): string[] =>
  union.options.map((option) => (option.shape.type as { value: string }).value);

describe("the allowed message on the wire", () => {
  it("names every command of both councils and the host's, each once", () => {
    const expected = new Set([
      ...typesOf(oasCommand),
      ...typesOf(unscCommand),
      "startSession",
      "pauseSession",
      "resumeSession",
    ]);
    expect(new Set(ALLOWED_COMMANDS)).toEqual(expected);
    expect(ALLOWED_COMMANDS).toHaveLength(expected.size);
  });

  it("carries any set of names there and back as two numbers", () => {
    const all = { commands: [...ALLOWED_COMMANDS], motions: [...ALLOWED_MOTIONS] };
    expect(unpackAllowed(packAllowed(all))).toEqual(all);
    expect(unpackAllowed(packAllowed({ commands: [], motions: [] }))).toEqual({ commands: [], motions: [] });
    const some = { commands: ["vote", "resumeSession", "advance"], motions: ["divide"] };
    // Back in the list's order, whatever the order sent.
    expect(unpackAllowed(packAllowed(some))).toEqual({
      commands: ["advance", "vote", "resumeSession"],
      motions: ["divide"],
    });
    expect(packAllowed({ commands: ["vote", "vote"], motions: [] })).toEqual(
      packAllowed({ commands: ["vote"], motions: [] }),
    );
  });

  it("refuses a name it does not know rather than drop it", () => {
    expect(() => packAllowed({ commands: ["launch"], motions: [] })).toThrow(/launch/);
  });
});

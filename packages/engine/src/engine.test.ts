import { describe, expect, it } from "vitest";
import { createCrisis } from "./crisis.ts";
import { apply, fold, viewFor } from "./engine.ts";
import { delegationId } from "./ids.ts";
import { createOasCouncil } from "./oas.ts";
import { createSecurityCouncil } from "./unsc.ts";

const d = delegationId;

describe("the engine's one entry", () => {
  it("sends each table's commands to its own rules, folds each log, and views each table", () => {
    const oas = createOasCouncil({
      members: [
        { delegation: d("COL"), excluded: false },
        { delegation: d("USA"), excluded: false },
      ],
      chair: d("COL"),
      requester: d("USA"),
      paragraphs: ["one"],
    });
    const unsc = createSecurityCouncil({
      members: [{ delegation: d("USSR"), permanent: true }],
      president: d("USSR"),
      invitee: d("CUB"),
      firstMeeting: 1022,
      lastMeeting: 1025,
    });
    const crisis = createCrisis({ ships: [], quarantineAt: 10, endAt: 100, tension: 0 });

    const a = apply(oas, { type: "advance" }, { actor: d("COL"), at: 1 });
    const b = apply(unsc, { type: "proceed" }, { actor: d("USSR"), at: 1 });
    const c = apply(crisis, { type: "advanceClock", minutes: 5 }, { actor: "system", at: 1 });
    if (!a.ok || !b.ok || !c.ok) throw new Error("refused");
    expect([a.value.state.phase.name, b.value.state.phase.name, c.value.state.minute]).toEqual([
      "usStatement",
      "invitation",
      5,
    ]);
    expect(fold(oas, a.value.events)).toEqual(a.value.state);
    expect(fold(unsc, b.value.events)).toEqual(b.value.state);
    expect(fold(crisis, c.value.events)).toEqual(c.value.state);
    expect(viewFor(a.value.state, { kind: "delegation", delegation: d("USA") }).allowed).toContain("speak");
    expect(viewFor(b.value.state, { kind: "observer" }).role).toBe("observer");
    expect(viewFor(c.value.state, { kind: "host" }).allowed).toContain("advanceClock");
  });
});

import { describe, expect, it } from "vitest";
import { type Amendment, createDraft, type DraftResolution, settle, votingSequence } from "./draft.ts";
import { delegationId } from "./ids.ts";

const USA = delegationId("USA");
const draft = () =>
  createDraft("oas-1962", USA, ["dismantle", "measures including armed force", "inform the UN", "continue"]);
const amend = (d: DraftResolution, id: string, paragraph: number): DraftResolution => {
  const amendment: Amendment = {
    id,
    paragraph,
    sponsor: delegationId("BRA"),
    text: `amended ${paragraph}`,
    status: "pending",
  };
  return { ...d, amendments: [...d.amendments, amendment] };
};

describe("the order of the votes on a draft resolution", () => {
  it("is the whole alone when nothing was divided or amended", () => {
    expect(votingSequence(draft())).toEqual(["whole"]);
  });

  it("puts each paragraph on its own, in order, before the whole after a division", () => {
    expect(votingSequence({ ...draft(), divided: true })).toEqual([
      "paragraph-1",
      "paragraph-2",
      "paragraph-3",
      "paragraph-4",
      "whole",
    ]);
  });

  it("votes an amendment before the paragraph it amends", () => {
    const d = amend(amend({ ...draft(), divided: true }, "a2", 3), "a1", 2);
    expect(votingSequence(d)).toEqual([
      "paragraph-1",
      "amendment-a1",
      "paragraph-2",
      "amendment-a2",
      "paragraph-3",
      "paragraph-4",
      "whole",
    ]);
  });

  it("votes amendments before the whole when the question is not divided", () => {
    expect(votingSequence(amend(draft(), "a1", 2))).toEqual(["amendment-a1", "whole"]);
  });

  it("moves on as questions are settled, and ends after the whole", () => {
    let d = amend({ ...draft(), divided: true }, "a1", 1);
    d = settle(d, "amendment-a1", true);
    expect(d.paragraphs[0]?.text).toBe("amended 1");
    d = settle(d, "paragraph-1", true);
    expect(votingSequence(d)[0]).toBe("paragraph-2");
    for (const q of ["paragraph-2", "paragraph-3", "paragraph-4"]) d = settle(d, q, true);
    d = settle(d, "whole", true);
    expect(votingSequence(d)).toEqual([]);
    expect(d.whole).toBe("adopted");
  });

  it("keeps the text when an amendment fails", () => {
    const d = settle(amend(draft(), "a1", 2), "amendment-a1", false);
    expect(d.paragraphs[1]?.text).toBe("measures including armed force");
    expect(d.amendments[0]?.status).toBe("rejected");
  });

  it("drops a rejected paragraph, and skips the whole when every paragraph failed", () => {
    let d = settle({ ...draft(), divided: true }, "paragraph-2", false);
    expect(d.paragraphs[1]?.status).toBe("rejected");
    for (const q of ["paragraph-1", "paragraph-3", "paragraph-4"]) d = settle(d, q, false);
    expect(votingSequence(d)).toEqual([]);
  });

  it("ignores a question that is not about this draft", () => {
    expect(settle(draft(), "convocation", true)).toEqual(draft());
  });
});

import type { DelegationId } from "./ids.ts";
import type { QuestionId } from "./rollCall.ts";

/** An operative paragraph of a draft resolution. */
export interface Paragraph {
  /** 1-based, as the record numbers them, e.g. 2. */
  readonly number: number;
  /** The text as it stands, amendments applied. */
  readonly text: string;
  /** `pending` until voted; `rejected` paragraphs drop out of the resolution as a whole. */
  readonly status: "pending" | "adopted" | "rejected";
}

/** A proposed change to one paragraph, voted before that paragraph. */
export interface Amendment {
  /** e.g. `a1`; the question that decides it is `amendment-a1`. */
  readonly id: string;
  readonly paragraph: number;
  readonly sponsor: DelegationId;
  /** The paragraph's text if the amendment is adopted. */
  readonly text: string;
  readonly status: "pending" | "adopted" | "rejected" | "withdrawn";
  /**
   * What the amendment answers, when its sponsor says so: `armedForce` for one that leaves the use of armed
   * force to each state (Rio Treaty art. 20), the objection of Mexico, Brazil, Bolivia and Chile.
   */
  readonly addresses?: AmendmentConcern;
}

/** Concerns an amendment can answer; bots read them, people read the text. */
export type AmendmentConcern = "armedForce";

/** A draft resolution before the chamber. */
export interface DraftResolution {
  /** e.g. `oas-1962` */
  readonly id: string;
  readonly sponsor: DelegationId;
  readonly paragraphs: readonly Paragraph[];
  readonly amendments: readonly Amendment[];
  /**
   * True once a division of the question is adopted: each paragraph is then voted on its own before
   * the whole (Brazil's demand of 23 October 1962; the resolution was voted in parts, 1962-facts.md §3).
   */
  readonly divided: boolean;
  /** The vote on the resolution as a whole. */
  readonly whole: "pending" | "adopted" | "rejected";
}

export const amendmentQuestion = (id: string): QuestionId => `amendment-${id}`;
export const paragraphQuestion = (n: number): QuestionId => `paragraph-${n}`;
export const WHOLE: QuestionId = "whole";

export function createDraft(id: string, sponsor: DelegationId, texts: readonly string[]): DraftResolution {
  return {
    id,
    sponsor,
    paragraphs: texts.map((text, i) => ({ number: i + 1, text, status: "pending" })),
    amendments: [],
    divided: false,
    whole: "pending",
  };
}

/**
 * The order of the votes: each paragraph's amendments before the paragraph, each paragraph on its own
 * when the question was divided, then the resolution as a whole. Settled questions are left out, so
 * the next question is always the head of the sequence.
 */
export function votingSequence(draft: DraftResolution): QuestionId[] {
  const questions: QuestionId[] = [];
  for (const paragraph of draft.paragraphs) {
    for (const amendment of draft.amendments) {
      if (amendment.paragraph === paragraph.number && amendment.status === "pending") {
        questions.push(amendmentQuestion(amendment.id));
      }
    }
    if (draft.divided && paragraph.status === "pending") questions.push(paragraphQuestion(paragraph.number));
  }
  if (draft.whole === "pending" && draft.paragraphs.some((p) => p.status !== "rejected")) questions.push(WHOLE);
  return questions;
}

/** The draft after a question on it was decided. */
export function settle(draft: DraftResolution, question: QuestionId, adopted: boolean): DraftResolution {
  if (question === WHOLE) return { ...draft, whole: adopted ? "adopted" : "rejected" };
  const amendment = draft.amendments.find((a) => amendmentQuestion(a.id) === question);
  if (amendment) {
    return {
      ...draft,
      amendments: draft.amendments.map((a) =>
        a === amendment ? { ...a, status: adopted ? "adopted" : "rejected" } : a,
      ),
      paragraphs: adopted
        ? draft.paragraphs.map((p) => (p.number === amendment.paragraph ? { ...p, text: amendment.text } : p))
        : draft.paragraphs,
    };
  }
  const paragraph = draft.paragraphs.find((p) => paragraphQuestion(p.number) === question);
  if (paragraph) {
    return {
      ...draft,
      paragraphs: draft.paragraphs.map((p) =>
        p === paragraph ? { ...p, status: adopted ? "adopted" : "rejected" } : p,
      ),
    };
  }
  return draft;
}

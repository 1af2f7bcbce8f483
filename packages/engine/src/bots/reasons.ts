/**
 * Why a bot voted as it did, for the debrief: each reason is a code with its English sentence. The record
 * keeps the sentences (`reasons` in `@brink/protocol`); an interface in another language reads a sentence
 * back to its code (`readReason`) and says it in its own words. `{to}` and `{sponsor}` are delegation ids.
 */
export const REASONS = {
  noInstructions: "no instructions from its capital: it can only abstain",
  instructionsArrived: "its instructions have arrived",
  pledged: "gave its word to {to} in the corridors",
  wantsVote: "wants the question put to the vote",
  wantsDebate: "would rather the debate went on",
  noDelay: "wants no delay while the missiles are in Cuba",
  consult: "welcomes time to consult its capital",
  divisionHelps: "a division lets it refuse armed force and support the rest",
  partsFine: "no objection to voting in parts",
  amendmentMeets: "the amendment meets its constitutional objection",
  amendmentWeakens: "weighs the amendment against the initiative it waters down",
  lineFor: "its government's line: for the initiative",
  lineCautious: "its government's line: cautious support",
  lineReserved: "its government's line: reserved",
  movedFor: "moved by the speeches for the initiative",
  movedCaution: "moved by the calls for caution",
  dangerRallies: "the danger at sea rallies it to the hemisphere",
  dangerEases: "with the danger easing, it sees less need to act",
  constitutionCap: "cannot authorise the joint use of armed force: at most an abstention",
  amendedParagraph: "the amended paragraph leaves armed force to each state: it can vote yes",
  supportsDraft: "its government supports the {sponsor} draft",
  opposesDraft: "its government opposes the {sponsor} draft",
  waryOfDraft: "its government is wary of the {sponsor} draft",
} as const;

export type ReasonCode = keyof typeof REASONS;
export type ReasonParams = { readonly to?: string; readonly sponsor?: string };

/** A reason's English sentence, its parameters filled in. */
export function reasonText(code: ReasonCode, params: ReasonParams = {}): string {
  return REASONS[code].replace(/\{(to|sponsor)\}/g, (_, name: "to" | "sponsor") => params[name] ?? "");
}

const PATTERNS = (Object.entries(REASONS) as [ReasonCode, string][]).map(([code, sentence]) => {
  const names: ("to" | "sponsor")[] = [];
  const source = sentence
    .split(/\{(to|sponsor)\}/)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(part as "to" | "sponsor");
      return "([A-Za-z0-9]+)";
    })
    .join("");
  return { code, names, pattern: new RegExp(`^${source}$`) };
});

/** The code and parameters of a reason's English sentence; null for a sentence no bot gives. */
export function readReason(text: string): { readonly code: ReasonCode; readonly params: ReasonParams } | null {
  for (const { code, names, pattern } of PATTERNS) {
    const match = pattern.exec(text);
    if (match) return { code, params: Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ""])) };
  }
  return null;
}

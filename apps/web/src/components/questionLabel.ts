import { useTranslation } from "react-i18next";
import { useDelegationName } from "../delegationName.ts";
import { useTable } from "../useTable.ts";

/**
 * A question's name as people read it: "Convocation", "Paragraph 2", "Motion to divide the question",
 * "Amendment of Brazil to paragraph 2", "The resolution as a whole".
 */
export function useQuestionLabel(): (question: string) => string {
  const { t } = useTranslation();
  const minutes = useTable((s) => s.procedure.minutes);
  const amendments = useTable((s) => s.procedure.amendments);
  const drafts = useTable((s) => s.procedure.drafts);
  const name = useDelegationName();
  return (question) => {
    const draft = drafts.find((d) => d.id === question);
    if (draft) return t("unsc.draftOf", { delegation: name(draft.sponsor) });
    if (question === "motion-adjourn") return t("motion.adjourn");
    const paragraph = /^paragraph-(\d+)$/.exec(question);
    if (paragraph) return t("question.paragraph", { n: paragraph[1] });
    if (question.startsWith("motion-")) {
      const id = question.slice("motion-".length);
      const moved = minutes.find((e) => e.kind === "motion" && e.id === id);
      return moved ? t(`motion.${moved.subject}`) : t("question.motion");
    }
    if (question.startsWith("amendment-")) {
      const amendment = amendments.find((a) => `amendment-${a.id}` === question || a.id === question);
      if (amendment?.draft) {
        const to = drafts.find((d) => d.id === amendment.draft);
        return t("unsc.additionTo", {
          delegation: name(amendment.sponsor),
          draft: to ? name(to.sponsor) : amendment.draft,
        });
      }
      return amendment
        ? t("question.amendmentOf", { delegation: name(amendment.sponsor), n: amendment.paragraph })
        : t("question.amendment");
    }
    return t(`question.${question}`, { defaultValue: question });
  };
}

/** A label set inside a sentence: "explains its vote on the resolution as a whole". */
export const inSentence = (label: string): string => label.charAt(0).toLocaleLowerCase() + label.slice(1);

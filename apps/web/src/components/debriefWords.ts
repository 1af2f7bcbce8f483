import type { RecordVote, SessionRecord } from "@brink/protocol";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n.ts";
import type { PublicScenario } from "../scenario.ts";

/** Names and labels as the debrief needs them: it has no table connection, only the scenario. */
export function useWords(scenario: PublicScenario, record: SessionRecord) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const name = (id: string) => scenario.delegations.find((d) => d.id === id)?.name[language] ?? id;
  const question = (vote: Pick<RecordVote, "chamber" | "question" | "motion">) => {
    const paragraph = /^paragraph-(\d+)$/.exec(vote.question);
    if (paragraph) return t("question.paragraph", { n: paragraph[1] });
    if (vote.question.startsWith("motion-")) return t(vote.motion ? `motion.${vote.motion}` : "debrief.motion");
    if (vote.question.startsWith("amendment-")) return t("question.amendment");
    const draft = record.drafts.find((d) => d.id === vote.question);
    if (draft) return t("unsc.draftOf", { delegation: name(draft.sponsor) });
    return t(`question.${vote.question}`, { defaultValue: vote.question });
  };
  return { name, question };
}

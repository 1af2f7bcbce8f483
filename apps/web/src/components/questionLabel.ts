import { useTranslation } from "react-i18next";

/** A question's name as people read it: "Convocation", "Paragraph 2", "The resolution as a whole". */
export function useQuestionLabel(): (question: string) => string {
  const { t } = useTranslation();
  return (question) => {
    const paragraph = /^paragraph-(\d)$/.exec(question);
    if (paragraph) return t("question.paragraph", { n: paragraph[1] });
    if (question.startsWith("motion-")) return t("question.motion");
    if (question.startsWith("amendment-")) return t("question.amendment");
    return t(`question.${question}`, { defaultValue: question });
  };
}

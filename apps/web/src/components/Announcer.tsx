import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n.ts";
import { useTable } from "../useTable.ts";
import { useQuestionLabel } from "./questionLabel.ts";

/** A polite live region: seat changes and the result of each vote are read out to screen-reader users. */
export function Announcer() {
  const { t } = useTranslation();
  const announcement = useTable((s) => s.announcement);
  const seats = useTable((s) => s.seats);
  const label = useQuestionLabel();
  if (!announcement) return <div className="visually-hidden" aria-live="polite" />;
  const seat = seats.find((s) => s.delegation === announcement.params.delegation);
  const delegation = seat ? seat.names[currentLanguage()] : (announcement.params.delegation ?? "");
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="announcer">
      <span key={announcement.n}>
        {t(announcement.key, {
          ...announcement.params,
          delegation,
          ...(announcement.params.question ? { question: label(announcement.params.question) } : {}),
          // The crisis track's words: a capital, an answer, an outcome, said in the reader's language.
          ...(announcement.params.capital ? { capital: t(`crisis.capital.${announcement.params.capital}`) } : {}),
          ...(announcement.params.answer ? { answer: t(`crisis.answer.${announcement.params.answer}`) } : {}),
          ...(announcement.params.outcome ? { outcome: t(`crisis.outcome.${announcement.params.outcome}`) } : {}),
        })}
      </span>
    </div>
  );
}

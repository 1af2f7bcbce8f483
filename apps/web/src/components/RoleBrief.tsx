import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n.ts";
import { useScenario } from "../scenario.ts";

/**
 * The public side of a seat's role card: its brief and talking points. Secret objectives never reach the
 * browser bundle (the public entry point holds none); the server will send each seat its own.
 */
export function RoleBrief({ delegation }: { delegation: string }) {
  const { t } = useTranslation();
  const scenario = useScenario();
  const card = scenario?.roleCards.find((c) => c.chamber === "oas" && c.delegation === delegation);
  if (!card) return null;
  // The briefs are written in English so far: other languages say so above the text.
  const englishOnly = currentLanguage() === "en" ? "" : t("brief.englishOnly");
  return (
    <section className="brief" aria-labelledby="brief-title" data-testid="brief">
      <h3 id="brief-title">{t("brief.title")}</h3>
      {englishOnly && <p className="hint">{englishOnly}</p>}
      <p lang="en">{card.brief.en}</p>
      <h4>{t("brief.talkingPoints")}</h4>
      <ul lang="en">
        {card.talkingPoints.map((point) => (
          <li key={point.en}>{point.en}</li>
        ))}
      </ul>
    </section>
  );
}

import { useTranslation } from "react-i18next";
import { currentLanguage, inLanguage } from "../i18n.ts";
import { useScenario } from "../scenario.ts";
import { useTable } from "../useTable.ts";

/**
 * A seat's role card: the public brief and talking points from the bundled scenario, then the secret side
 * (objectives with their points, constraints) as the server sent it to this seat alone. Secret objectives
 * never reach the browser bundle: the public entry point holds none.
 */
export function RoleBrief({ delegation }: { delegation: string }) {
  const { t } = useTranslation();
  const scenario = useScenario();
  const chamber = useTable((s) => s.chamber);
  const card = scenario?.roleCards.find((c) => c.chamber === chamber && c.delegation === delegation);
  const secret = useTable((s) => (s.card?.delegation === delegation ? s.card : null));
  if (!card) return null;
  // A text not yet written in the interface's language shows in English, marked as such.
  const englishOnly = inLanguage(card.brief).lang !== currentLanguage() ? t("brief.englishOnly") : "";
  return (
    <section className="brief" aria-labelledby="brief-title" data-testid="brief">
      <h3 id="brief-title">{t("brief.title")}</h3>
      {englishOnly && <p className="hint">{englishOnly}</p>}
      <p lang={inLanguage(card.brief).lang}>{inLanguage(card.brief).text}</p>
      <h4>{t("brief.talkingPoints")}</h4>
      <ul>
        {card.talkingPoints.map((point) => (
          <li key={point.en} lang={inLanguage(point).lang}>
            {inLanguage(point).text}
          </li>
        ))}
      </ul>
      {secret && (
        <div className="secret" data-testid="secret-card">
          <h4>{t("brief.objectives")}</h4>
          <p className="hint">{t("brief.secretHint")}</p>
          <ul>
            {secret.objectives.map((o) => (
              <li key={o.text.en}>
                <span lang={inLanguage(o.text).lang}>{inLanguage(o.text).text}</span>{" "}
                <span className="hint">({t("brief.points", { count: o.points })})</span>
              </li>
            ))}
          </ul>
          {secret.constraints.length > 0 && (
            <>
              <h4>{t("brief.constraints")}</h4>
              <ul>
                {secret.constraints.map((c) => (
                  <li key={c.text.en} lang={inLanguage(c.text).lang}>
                    {inLanguage(c.text).text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}

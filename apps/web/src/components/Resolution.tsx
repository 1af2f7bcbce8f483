import { useTranslation } from "react-i18next";
import { useDelegationName } from "../delegationName.ts";
import { currentLanguage } from "../i18n.ts";
import { useScenario } from "../scenario.ts";
import { useTable } from "../useTable.ts";

/**
 * The draft resolution before the Council: each operative paragraph as it stands, with its status in words
 * (never colour alone), the amendments proposed to it, and whether the question is divided.
 */
export function Resolution({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  const paragraphs = useTable((s) => s.procedure.paragraphs);
  const amendments = useTable((s) => s.procedure.amendments);
  const divided = useTable((s) => s.procedure.divided);
  const whole = useTable((s) => s.procedure.whole);
  const scenario = useScenario();
  const name = useDelegationName();
  if (paragraphs.length === 0) return null;
  const language = currentLanguage();
  /** The paragraph in the interface language while it reads as drafted; an amended text as its sponsor wrote it. */
  const text = (number: number, current: string) => {
    const original = scenario?.oasCouncil.paragraphs[number - 1]?.text;
    if (!original || original.en !== current) return <span>{current}</span>;
    const translated = language === "en" ? undefined : (original as { es?: string; pt?: string })[language];
    return translated ? <span>{translated}</span> : <span lang="en">{original.en}</span>;
  };
  return (
    <section className={large ? "resolution large" : "resolution"} aria-labelledby="resolution-title">
      <h4 id="resolution-title">{t("resolution.title")}</h4>
      <p className="hint">
        {divided ? t("resolution.divided") : t("resolution.notDivided")}{" "}
        {whole !== "pending" && <strong>{t(`resolution.whole.${whole}`)}</strong>}
      </p>
      <ol className="paragraphs" data-testid="paragraphs">
        {paragraphs.map((p) => (
          <li key={p.number} className={`paragraph ${p.status}`}>
            <span className={`status ${p.status}`}>{t(`resolution.status.${p.status}`)}</span> {text(p.number, p.text)}
            {amendments
              .filter((a) => a.paragraph === p.number)
              .map((a) => (
                <p key={a.id} className={`amendment ${a.status}`}>
                  <span className={`status ${a.status}`}>{t(`resolution.amendmentStatus.${a.status}`)}</span>{" "}
                  {t("resolution.amendment", { delegation: name(a.sponsor) })} <q>{a.text}</q>
                </p>
              ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

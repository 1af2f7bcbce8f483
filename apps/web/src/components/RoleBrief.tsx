import type { PublicScenarioData as PublicScenario } from "@brink/scenario/public";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

type Card = PublicScenario["roleCards"][number];

/** The public scenario, loaded once on first need as its own chunk: the first screen does not wait for it. */
let loading: Promise<PublicScenario> | null = null;
const loadScenario = (): Promise<PublicScenario> => {
  loading ??= import("@brink/scenario/public").then((m) => m.october1962Public);
  return loading;
};

/**
 * The public side of a seat's role card: its brief and talking points. Secret objectives never reach the
 * browser bundle (the public entry point holds none); the server will send each seat its own.
 */
export function RoleBrief({ delegation }: { delegation: string }) {
  const { t } = useTranslation();
  const [card, setCard] = useState<Card | null>(null);
  useEffect(() => {
    let live = true;
    void loadScenario().then((scenario) => {
      if (live) setCard(scenario.roleCards.find((c) => c.chamber === "oas" && c.delegation === delegation) ?? null);
    });
    return () => {
      live = false;
    };
  }, [delegation]);
  if (!card) return null;
  const englishOnly = t("brief.englishOnly");
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

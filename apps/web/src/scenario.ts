import { type PublicScenarioData, scenarioProse } from "@brink/scenario/public";
import { useEffect, useMemo, useState } from "react";
import { inLanguage, type Language } from "./i18n.ts";

export type PublicScenario = PublicScenarioData;

/** The public scenario, loaded once on first need as its own chunk: the first screen does not wait for it. */
let loading: Promise<PublicScenario> | null = null;
const loadScenario = (): Promise<PublicScenario> => {
  loading ??= import("@brink/scenario/public").then((m) => m.october1962Public);
  return loading;
};

/** The public scenario once loaded; null until then. */
export function useScenario(): PublicScenario | null {
  const [scenario, setScenario] = useState<PublicScenario | null>(null);
  useEffect(() => {
    let live = true;
    void loadScenario().then((loaded) => {
      if (live) setScenario(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return scenario;
}

/**
 * The scenario's own words as the bots speak them (a talking point, the reservation of 1962, an appeal of
 * 1962), written in English, shown in the interface's language where they are written; anything else, a
 * person's words, as it is, even where a person chose a talking point in their own language.
 */
export function useScenarioProse(): (text: string) => { text: string; lang?: Language } {
  const scenario = useScenario();
  const known = useMemo(
    () => (scenario ? scenarioProse(scenario) : new Map<string, { readonly en: string }>()),
    [scenario],
  );
  return (text) => {
    const prose = known.get(text);
    return prose ? inLanguage(prose) : { text };
  };
}

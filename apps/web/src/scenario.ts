import type { PublicScenarioData } from "@brink/scenario/public";
import { useEffect, useState } from "react";
import { inLanguage, type Language } from "./i18n.ts";

export type PublicScenario = PublicScenarioData;

/** The scenario's own words by their English text (see `scenarioProse`). */
type Prose = ReadonlyMap<
  string,
  { readonly en: string; readonly es?: string | undefined; readonly pt?: string | undefined }
>;

/**
 * The public scenario, loaded once on first need as its own chunk: the first screens (landing, join, the seat
 * picker) do not wait for it. Only types are imported from it here: a value imported would bring the whole
 * chunk along with this module, to every phone before it is seated.
 */
let loading: Promise<{ scenario: PublicScenario; prose: Prose }> | null = null;
const loadScenario = (): Promise<{ scenario: PublicScenario; prose: Prose }> => {
  loading ??= import("@brink/scenario/public").then((m) => ({
    scenario: m.october1962Public,
    prose: m.scenarioProse(m.october1962Public),
  }));
  return loading;
};

/** The public scenario once loaded; null until then. */
export function useScenario(): PublicScenario | null {
  const [scenario, setScenario] = useState<PublicScenario | null>(null);
  useEffect(() => {
    let live = true;
    void loadScenario().then((loaded) => {
      if (live) setScenario(loaded.scenario);
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
  const [known, setKnown] = useState<Prose>(() => new Map());
  useEffect(() => {
    let live = true;
    void loadScenario().then((loaded) => {
      if (live) setKnown(loaded.prose);
    });
    return () => {
      live = false;
    };
  }, []);
  return (text) => {
    const prose = known.get(text);
    return prose ? inLanguage(prose) : { text };
  };
}

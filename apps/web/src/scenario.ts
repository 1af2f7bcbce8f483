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

/** What `pick` takes of the loaded scenario, once it is loaded; `before` until then. `pick` is a module's own. */
function useLoaded<T>(pick: (loaded: { scenario: PublicScenario; prose: Prose }) => T, before: T): T {
  const [value, setValue] = useState<T>(before);
  useEffect(() => {
    let live = true;
    void loadScenario().then((loaded) => {
      if (live) setValue(() => pick(loaded));
    });
    return () => {
      live = false;
    };
  }, [pick]);
  return value;
}

const scenarioOf = (loaded: { scenario: PublicScenario }): PublicScenario | null => loaded.scenario;
const proseOf = (loaded: { prose: Prose }): Prose => loaded.prose;
const NO_PROSE: Prose = new Map();

/** The public scenario once loaded; null until then. */
export function useScenario(): PublicScenario | null {
  return useLoaded(scenarioOf, null);
}

/**
 * The scenario's own words as the bots speak them (a talking point, the reservation of 1962, an appeal of
 * 1962), written in English, shown in the interface's language where they are written; anything else, a
 * person's words, as it is, even where a person chose a talking point in their own language.
 */
export function useScenarioProse(): (text: string) => { text: string; lang?: Language } {
  const known = useLoaded(proseOf, NO_PROSE);
  return (text) => {
    const prose = known.get(text);
    return prose ? inLanguage(prose) : { text };
  };
}

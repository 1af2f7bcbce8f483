import type { PublicScenarioData } from "@brink/scenario/public";
import { useEffect, useState } from "react";

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

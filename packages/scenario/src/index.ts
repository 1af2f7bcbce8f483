import { oasMembers } from "./october-1962/oasMembers.ts";
import { parseScenario, type Scenario } from "./schema.ts";

export { type Delegation, type Localized, parseScenario, type Scenario, ScenarioError } from "./schema.ts";

/** The default scenario, validated when first asked for. */
let october1962: Scenario | undefined;
export function loadOctober1962(): Scenario {
  october1962 ??= parseScenario("packages/scenario/src/october-1962", {
    id: "october-1962",
    oas: { members: oasMembers },
  });
  return october1962;
}

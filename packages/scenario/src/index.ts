import { oasCardsSecret } from "./october-1962/oasCards.secret.ts";
import { unscCardsSecret } from "./october-1962/unscCards.secret.ts";
import { october1962Public } from "./public.ts";
import { type Localized, parseScenario, type RoleCard, type Scenario } from "./schema.ts";

export {
  type Delegation,
  eventInstant,
  type Localized,
  type ObjectiveCheck,
  type Prose,
  parseScenario,
  type RoleCard,
  type Scenario,
  ScenarioError,
  type TimelineEvent,
} from "./schema.ts";

/** Each seat's secret part, by chamber and delegation. */
const { WAS, MOS, HAV, ...unscOnly } = unscCardsSecret;
const secrets: Record<string, Record<string, unknown>> = {
  oas: oasCardsSecret,
  unsc: unscOnly,
  crisis: { WAS, MOS, HAV },
};

/** The default scenario, public and secret parts joined, validated when first asked for. */
let october1962: Scenario | undefined;
export function loadOctober1962(): Scenario {
  october1962 ??= parseScenario("packages/scenario/src/october-1962", {
    ...october1962Public,
    roleCards: october1962Public.roleCards.map((card) => ({
      ...card,
      secret: secrets[card.chamber]?.[card.delegation],
    })),
  });
  return october1962;
}

/** One chair of the OAS Council table, in roll-call order. */
export interface OasSeat {
  readonly id: string;
  readonly name: Localized;
  /** Barred from taking part: Cuba in 1962. */
  readonly excluded: boolean;
}

export function oasSeats(scenario: Scenario): OasSeat[] {
  const { members, excluded } = scenario.oasCouncil;
  return members.map((id) => {
    const delegation = scenario.delegations.find((d) => d.id === id);
    if (!delegation) throw new Error(`no delegation ${id}`);
    return { id, name: delegation.name, excluded: excluded.includes(id) };
  });
}

/** One seat of the Security Council's table: a member, the invited party, or the Secretary-General. */
export interface UnscSeat {
  readonly id: string;
  readonly name: Localized;
  readonly standing: "member" | "permanent" | "invitee" | "secretaryGeneral";
}

/** The eleven members in roll-call order, then Cuba (invited to speak, no vote), then U Thant. */
export function unscSeats(scenario: Scenario): UnscSeat[] {
  const { members, permanent, invitee } = scenario.securityCouncil;
  const named = (id: string) => {
    const delegation = scenario.delegations.find((d) => d.id === id);
    if (!delegation) throw new Error(`no delegation ${id}`);
    return delegation.name;
  };
  return [
    ...members.map((id) => ({
      id,
      name: named(id),
      standing: permanent.includes(id) ? ("permanent" as const) : ("member" as const),
    })),
    { id: invitee, name: named(invitee), standing: "invitee" },
    { id: "SG", name: named("SG"), standing: "secretaryGeneral" },
  ];
}

/** A role card without its secret part: what any seat, observer or the web bundle may see. */
export type PublicRoleCard = Omit<RoleCard, "secret">;
/** The scenario without anything secret to a seat. */
export type PublicScenario = Omit<Scenario, "roleCards"> & { readonly roleCards: readonly PublicRoleCard[] };

/** The scenario with every card's secret part removed: safe to send to any client. */
export function publicScenario(scenario: Scenario): PublicScenario {
  return { ...scenario, roleCards: scenario.roleCards.map(({ secret: _secret, ...card }) => card) };
}

/** One seat's card, secret part included: for the server to send to that seat only. */
export const roleCardFor = (
  scenario: Scenario,
  chamber: RoleCard["chamber"],
  delegation: string,
): RoleCard | undefined => scenario.roleCards.find((c) => c.chamber === chamber && c.delegation === delegation);

/** What a delegation did on a question in 1962, or "notRecorded" where the sources do not say. */
export function historicalPosition(
  scenario: Scenario,
  chamber: "oas" | "unsc",
  question: string,
  delegation: string,
): "yes" | "no" | "abstain" | "absent" | "notRecorded" {
  const vote = scenario.record.votes.find((v) => v.chamber === chamber && v.question === question);
  return vote?.choices[delegation] ?? "notRecorded";
}

export {
  armedForceAmendment,
  type HistoricalSetup,
  historicalSetup,
  instructionArrivals,
  liveCrisisPlan,
  openOasProfiles,
  openUnscProfiles,
  planOpenOas,
} from "./historical.ts";

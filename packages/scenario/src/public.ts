// The public entry point, `@brink/scenario/public`: everything any client may see, and nothing secret to a
// seat. Its module graph imports no `*.secret.ts` file (Biome refuses it, and a test walks the graph), so the
// web app may bundle it. Plain data, no zod: the server validates the whole scenario when it loads it.
import { appeals } from "./october-1962/appeals.ts";
import { cables } from "./october-1962/cables.ts";
import { oasCouncil, securityCouncil } from "./october-1962/chambers.ts";
import { debriefPrompts } from "./october-1962/debrief.ts";
import { delegations } from "./october-1962/delegations.ts";
import { glossary } from "./october-1962/glossary.ts";
import { instructions } from "./october-1962/instructions.ts";
import { oasCardsPublic } from "./october-1962/oasCards.public.ts";
import { historicalRecord } from "./october-1962/record.ts";
import { timeline } from "./october-1962/timeline.ts";
import { unscCardsPublic } from "./october-1962/unscCards.public.ts";

export const october1962Public = {
  id: "october-1962",
  title: {
    en: "The OAS and the UN in the Cuban missile crisis, October 1962",
    es: "La OEA y la ONU en la crisis de los misiles, octubre de 1962",
    pt: "A OEA e a ONU na crise dos mísseis, outubro de 1962",
  },
  delegations,
  oasCouncil,
  securityCouncil,
  record: historicalRecord,
  timeline,
  roleCards: [...oasCardsPublic, ...unscCardsPublic],
  appeals,
  instructions,
  cables,
  glossary,
  debriefPrompts,
};

/** Everything a client may see of the scenario. */
export type PublicScenarioData = typeof october1962Public;

/** Prose in the scenario's languages: English always, Spanish and Portuguese where written. */
type ProseLike = { readonly en: string; readonly es?: string | undefined; readonly pt?: string | undefined };

/**
 * The scenario's own words as the bots speak them (talking points, the reservation of 1962, the drafts' and
 * the OAS resolution's paragraphs, U Thant's appeals) and as the crisis track enters them (the timeline's
 * events), by their English text: what the screens and the printed
 * record show in their reader's language. A person's words are not among them and stay as written.
 */
export function scenarioProse(scenario: {
  readonly roleCards: readonly { readonly talkingPoints: readonly ProseLike[] }[];
  readonly record: { readonly reservations: readonly { readonly gist: ProseLike }[] };
  readonly securityCouncil: { readonly drafts: readonly { readonly paragraphs: readonly ProseLike[] }[] };
  readonly oasCouncil: { readonly paragraphs: readonly { readonly text: ProseLike }[] };
  readonly appeals: readonly { readonly gist: ProseLike }[];
  readonly timeline: readonly { readonly text: ProseLike }[];
}): ReadonlyMap<string, ProseLike> {
  const known = new Map<string, ProseLike>();
  const add = (prose: ProseLike) => known.set(prose.en, prose);
  for (const card of scenario.roleCards) for (const point of card.talkingPoints) add(point);
  for (const reservation of scenario.record.reservations) add(reservation.gist);
  for (const draft of scenario.securityCouncil.drafts) for (const p of draft.paragraphs) add(p);
  for (const appeal of scenario.appeals) add(appeal.gist);
  for (const paragraph of scenario.oasCouncil.paragraphs) add(paragraph.text);
  // The timeline's events, as the crisis track enters them among its incidents.
  for (const event of scenario.timeline) add(event.text);
  return known;
}

import {
  acceptsOas,
  MOTION_PRECEDENCE,
  OAS_CHAIR_COMMANDS,
  type OasActor,
  type OasCommand,
  type OasState,
  type Viewer,
  viewOas,
} from "@brink/engine";
import { type AllowedMessage, oasCommand } from "@brink/protocol";
import type { CrisisTrack } from "../crisisTrack.ts";
import { CouncilRoom } from "./CouncilRoom.ts";
import { OAS_COUNCIL } from "./councils.ts";

/** The OAS Council of 23 October 1962 as a room (`oas_council`). */
export class OasCouncilRoom extends CouncilRoom<OasState, OasCommand, OasActor> {
  protected readonly chamberId = "oas";
  /** `act` commands are checked against this council's own shapes. */
  protected readonly commandSchema = oasCommand;
  protected readonly councilName = "the OAS Council";
  protected readonly hostPowers: ReadonlySet<string> = new Set([...OAS_CHAIR_COMMANDS, "closeSession", "reopenDebate"]);

  protected readonly council = OAS_COUNCIL;

  protected allowedAt(chamber: OasState, viewer: Viewer): AllowedMessage {
    const commands: string[] = [...viewOas(chamber, viewer).allowed];
    const motions =
      commands.includes("move") && viewer.kind === "delegation"
        ? MOTION_PRECEDENCE.filter((kind) => acceptsOas(chamber, { type: "move", kind }, viewer.delegation))
        : [];
    return { commands, motions };
  }

  /** Once the Council has voted on the draft (or refused to convoke), the quarantine's basis is settled. */
  protected async reportToCrisis(chamber: OasState, crisis: CrisisTrack): Promise<void> {
    const { phase } = chamber;
    if (phase.name !== "closed") return;
    const voted = phase.outcome === "resolutionAdopted" || phase.outcome === "resolutionRejected";
    if (!voted && phase.outcome !== "notConvoked") return;
    await crisis.recordOas({
      adopted: phase.outcome === "resolutionAdopted",
      paragraphs: voted ? chamber.draft.paragraphs.map((p) => ({ text: p.text, status: p.status })) : [],
    });
  }
}

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

  /**
   * The quarantine's basis is settled as soon as the Council has voted on the draft as a whole (the crisis
   * clock waits for it), or once the Council closes without that vote (not convoked, adjourned, ended by the
   * host): without the OAS, the United States acts alone, and the week runs on.
   */
  protected async reportToCrisis(chamber: OasState, crisis: CrisisTrack): Promise<void> {
    const { whole, paragraphs } = chamber.draft;
    if (whole !== "pending") {
      await crisis.recordOas({
        adopted: whole === "adopted",
        paragraphs: paragraphs.map((p) => ({ text: p.text, status: p.status })),
      });
    } else if (chamber.phase.name === "closed") {
      await crisis.recordOas({ adopted: false, paragraphs: [] });
    }
  }
}

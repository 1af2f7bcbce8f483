import {
  UNSC_PRESIDENT_COMMANDS,
  type UnscActor,
  type UnscCommand,
  type UnscState,
  type Viewer,
  viewUnsc,
} from "@brink/engine";
import { type AllowedMessage, unscCommand } from "@brink/protocol";
import type { CrisisTrack } from "../crisisTrack.ts";
import { CouncilRoom } from "./CouncilRoom.ts";
import { SECURITY_COUNCIL } from "./councils.ts";

/** The Security Council of 23–25 October 1962 as a room (`security_council`), U Thant's seat among its chairs. */
export class SecurityCouncilRoom extends CouncilRoom<UnscState, UnscCommand, UnscActor> {
  protected readonly chamberId = "unsc";
  // A host who also voices a seat uses the President's powers as the host.
  /** `act` commands are checked against this council's own shapes. */
  protected readonly commandSchema = unscCommand;
  protected readonly councilName = "the Security Council";
  protected readonly hostPowers: ReadonlySet<string> = new Set(UNSC_PRESIDENT_COMMANDS);

  protected readonly council = SECURITY_COUNCIL;

  protected allowedAt(chamber: UnscState, viewer: Viewer): AllowedMessage {
    return { commands: [...viewUnsc(chamber, viewer).allowed], motions: [] };
  }

  /** The Council's votes on drafts reach the crisis: a veto sharpens it, a resolution calms it. */
  protected async reportToCrisis(chamber: UnscState, crisis: CrisisTrack): Promise<void> {
    await crisis.recordUnscVotes(chamber.votes);
  }
}

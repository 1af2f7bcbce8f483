export { type Brand, type DelegationId, delegationId, type PlayerId, playerId } from "./ids.ts";
export {
  type Applied,
  applyLobby,
  type CommandContext,
  checkDisplayName,
  createLobby,
  evolve as evolveLobby,
  foldLobby,
  type LobbyCommand,
  type LobbyEvent,
  type LobbyRejection,
  type LobbyRejectionCode,
  type LobbyState,
  MAX_DISPLAY_NAME_LENGTH,
  type Player,
  type Seat,
  type SeatDefinition,
  seatOf,
} from "./lobby.ts";
export { exhaustiveSwitchError, ok, type Rejection, type Result, reject } from "./result.ts";
export {
  answer as answerRollCall,
  calledNext,
  closeRollCall,
  openRollCall,
  type QuestionId,
  type RollCall,
  type RollCallRejectionCode,
  type VoteResult,
} from "./rollCall.ts";
export {
  CHOICES,
  type Choice,
  countChoices,
  type Decision,
  type DecisionRule,
  decide,
  hasQuorum,
  type Tally,
  UNSC_VOTES_NEEDED,
  votesNeeded,
} from "./voting.ts";

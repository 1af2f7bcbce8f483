import {
  type AskAnswer,
  answerBotAsk,
  answerUnscAsk,
  applyOas,
  applyUnsc,
  askableOasQuestions,
  askableUnscQuestions,
  type Beyond,
  type CorridorAsk,
  chairAfterWaiting,
  createOasCouncil,
  createSecurityCouncil,
  explainUnscVote,
  foldOas,
  foldUnsc,
  nextBotOasMove,
  nextBotUnscMove,
  type OasActor,
  type OasBots,
  type OasCommand,
  type OasEvent,
  type OasSetup,
  type OasState,
  openOasRollCall,
  openVoteOf,
  type Pledge,
  TALK_PHASES,
  timeLeft,
  type UnscActor,
  type UnscBots,
  type UnscCommand,
  type UnscEvent,
  type UnscSetup,
  type UnscState,
  unscChairAfterWaiting,
  unscClosesTalk,
} from "@brink/engine";
import type { Procedure } from "./chamber.ts";

export type { AskAnswer, CorridorAsk };

const NO_OAS_BOTS: OasBots = { mode: "none" };
const NO_UNSC_BOTS: UnscBots = { mode: "none" };

/**
 * The OAS Council of 23 October 1962: its engine, and the bots that voice its empty seats. `beyond` tells the
 * bots what they hear away from the table (the crisis, instructions, the corridors) when they decide.
 */
export function oasProcedure(
  setup: OasSetup,
  bots: OasBots,
  beyond: () => Beyond,
): Procedure<OasState, OasCommand, OasActor> {
  const voices = (on: boolean) => (on ? bots : NO_OAS_BOTS);
  return {
    log: "oas",
    create: () => createOasCouncil(setup),
    apply: applyOas,
    fold: (events) => foldOas(createOasCouncil(setup), events as OasEvent[]),
    nextBotMove: (state, humans, on) => nextBotOasMove(state, voices(on), humans, beyond()),
    // Open history's bots weigh each vote: their reasons go into the record.
    explain: (state, move) => {
      const question = openOasRollCall(state)?.question;
      if (bots.mode !== "open" || move.command.type !== "vote" || move.actor === "host" || !question) return null;
      const decision = openVoteOf(state, bots.plan, move.actor, beyond());
      return decision && { question, delegation: move.actor, reasons: decision.reasons };
    },
    askable: askableOasQuestions,
    answerAsk: (state, delegation, ask, on) => answerBotAsk(state, voices(on), delegation, ask, beyond()),
    chairAfterWaiting: (state, humans, on) => chairAfterWaiting(state, humans, voices(on)),
    // Debates, the corridors and the explanations: a bot chair does not rush the people at the table.
    closesTalk: (state, command) => command.type === "advance" && TALK_PHASES.includes(state.phase.name),
    timeLeft: (state, now) => timeLeft(state.speakers, now),
  };
}

/**
 * The Security Council of 23–25 October 1962: its engine, and the bots that voice its empty seats, keeping
 * the word they gave in the corridors (`pledges`).
 */
export function unscProcedure(
  setup: UnscSetup,
  bots: UnscBots,
  pledges: () => readonly Pledge[],
): Procedure<UnscState, UnscCommand, UnscActor> {
  const voices = (on: boolean) => (on ? bots : NO_UNSC_BOTS);
  return {
    log: "unsc",
    create: () => createSecurityCouncil(setup),
    apply: applyUnsc,
    fold: (events) => foldUnsc(createSecurityCouncil(setup), events as UnscEvent[]),
    nextBotMove: (state, humans, on) => nextBotUnscMove(state, voices(on), humans, pledges()),
    // No draft was voted in 1962: on a draft, bots of both modes weigh their leaning, and say so in the record.
    explain: (state, move) => {
      const { phase } = state;
      if (bots.mode === "none" || move.command.type !== "vote" || phase.name !== "voting" || move.actor === "host") {
        return null;
      }
      const question = phase.rollCall.question;
      const reasons = explainUnscVote(state, bots, move.actor, question, pledges());
      return reasons && { question, delegation: move.actor, reasons };
    },
    askable: askableUnscQuestions,
    answerAsk: (state, delegation, ask, on) => answerUnscAsk(state, voices(on), delegation, ask),
    chairAfterWaiting: (state, humans, on) => unscChairAfterWaiting(state, humans, voices(on)),
    closesTalk: unscClosesTalk,
    timeLeft: (state, now) => timeLeft(state.speakers, now),
  };
}

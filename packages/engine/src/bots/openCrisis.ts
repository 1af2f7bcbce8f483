import type { CrisisState } from "../crisis.ts";
import type { RandomSource } from "../eventSourcing.ts";
import type { CrisisStep } from "./crisisScript.ts";

/**
 * Open history on the crisis track: the timeline's events still happen and U Thant still writes, but the
 * capitals answer from the state they are in, not as they did in 1962. Game rules, tuned to be plausible,
 * not history:
 *
 * - Moscow accepts an appeal more readily when the OAS has made the quarantine multilateral and as the danger
 *   of war grows; Washington accepts a pause in the quarantine only if it stands alone and the danger is
 *   extreme, and almost always agrees to avoid a clash at sea.
 * - At the line, Washington lets a ship through when Moscow has been accommodating, and boards it otherwise;
 *   three times in ten the boarding meets resistance and shots are fired.
 * - An appeal of U Thant's own that puts Dorticós's non-aggression idea is heard: Moscow is readier to accept it,
 *   and Washington accepts it the more the danger grows and the more Moscow has been accommodating.
 * - The settlement needs both: Washington's pledge when its quarantine has the hemisphere behind it or war is
 *   near; Moscow's withdrawal once it has accepted an appeal, or when war is near.
 */
export function openCrisisDecider(random: RandomSource): (state: CrisisState, step: CrisisStep) => CrisisStep | null {
  const danger = (state: CrisisState) => Math.max(0, state.tension - 50) / 50;
  const moscowAccepted = (state: CrisisState) =>
    state.appeals.some((a) => a.to === "MOS" && a.reply?.answer === "accepted");
  return (state, step) => {
    const { command } = step;
    switch (command.type) {
      case "answerAppeal": {
        const appeal = state.appeals.find((a) => a.id === command.appeal);
        if (!appeal) return step;
        const nonAggression = appeal.proposals?.includes("nonAggression") ?? false;
        if (appeal.to === "MOS") {
          const chance =
            0.35 + (state.legitimacy === "multilateral" ? 0.35 : 0) + danger(state) * 0.3 + (nonAggression ? 0.15 : 0);
          return { ...step, command: { ...command, answer: random() < chance ? "accepted" : "declined" } };
        }
        if (appeal.to === "WAS") {
          const chance =
            appeal.terms === "avoidConfrontation"
              ? 0.9
              : nonAggression
                ? 0.35 + danger(state) * 0.4 + (moscowAccepted(state) ? 0.25 : 0)
                : state.legitimacy === "unilateral" && state.tension >= 80
                  ? 0.5
                  : 0.1;
          return { ...step, command: { ...command, answer: random() < chance ? "accepted" : "declined" } };
        }
        return step;
      }
      case "interceptShip": {
        if (moscowAccepted(state)) return { ...step, command: { ...command, action: "letPass" } };
        // Boarding a ship whose government has refused every appeal may meet resistance.
        if (random() < 0.3) {
          return {
            minute: step.minute,
            actor: "system",
            command: {
              type: "enterIncident",
              text: "A ship resists boarding at the line; shots are fired.",
              tension: 25,
            },
          };
        }
        return { ...step, command: { ...command, action: "board" } };
      }
      case "agreeTerm": {
        if (command.term === "noInvasionPledge") {
          const chance = (state.legitimacy === "multilateral" ? 0.85 : 0.4) + danger(state) * 0.3;
          return random() < chance ? step : null;
        }
        if (command.term === "withdrawal") {
          const chance = (moscowAccepted(state) ? 0.8 : 0.3) + danger(state) * 0.3;
          return random() < chance ? step : null;
        }
        return step;
      }
      default:
        return step;
    }
  };
}

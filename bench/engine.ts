// Benchmark of the OAS Council engine: a whole historical session applied and folded, beside a
// baseline measured in the same run (a structured clone of the same state, once per command).
// Run: `pnpm bench` (Node 24). Figures are ratios to the baseline and absolute medians; not a test.
import {
  applyOas,
  type Choice,
  createOasCouncil,
  type DelegationId,
  delegationId,
  foldOas,
  type OasCommand,
  type OasEvent,
  type OasState,
} from "../packages/engine/src/index.ts";
import { loadOctober1962, oasSeats } from "../packages/scenario/src/index.ts";
import { median } from "./timing.ts";

// The table comes from the October 1962 scenario, as the server builds it.
const scenario = loadOctober1962();
const seats = oasSeats(scenario);
const ENTITLED = seats.filter((s) => !s.excluded).map((s) => s.id);
const d = (id: string): DelegationId => delegationId(id);

const initial = (): OasState =>
  createOasCouncil({
    members: seats.map((s) => ({ delegation: d(s.id), excluded: s.excluded })),
    chair: d(scenario.oasCouncil.chair),
    requester: d(scenario.oasCouncil.requester),
    paragraphs: scenario.oasCouncil.paragraphs.map((p) => p.text.en),
    timeLimitSeconds: 300,
  });

/** 23 October 1962 as commands: the same course as the engine's own historical test. */
function script(): [string, OasCommand][] {
  const steps: [string, OasCommand][] = [];
  const chair = (command: OasCommand) => steps.push(["COL", command]);
  const roll = (except: Record<string, Choice> = {}) => {
    for (const id of ENTITLED) {
      const choice = except[id] ?? "yes";
      steps.push(choice === "absent" ? ["COL", { type: "recordAbsent" }] : [id, { type: "vote", choice }]);
    }
    chair({ type: "closeVote" });
  };
  const speech = (id: string) => {
    steps.push([id, { type: "requestFloor" }]);
    chair({ type: "giveFloor" });
    steps.push([id, { type: "speak", text: "A statement of our government's position on the question." }]);
    steps.push([id, { type: "yieldFloor" }]);
  };
  chair({ type: "advance" });
  steps.push(
    ["USA", { type: "speak", text: "The United States asks the Council to act." }],
    ["USA", { type: "yieldFloor" }],
  );
  chair({ type: "advance" });
  for (const id of ["ARG", "GTM", "MEX", "SLV", "NIC", "PER", "CRI", "BRA"]) speech(id);
  chair({ type: "advance" });
  roll();
  chair({ type: "advance" });
  for (const id of ["USA", "BRA", "MEX", "BOL", "CHL"]) speech(id);
  steps.push(["BRA", { type: "move", kind: "divide" }]);
  chair({ type: "putMotion" });
  roll();
  chair({ type: "advance" });
  const ury = { URY: "abstain" } as const;
  roll(ury);
  roll({ ...ury, BOL: "abstain", BRA: "abstain", MEX: "abstain" });
  roll(ury);
  roll(ury);
  roll(ury);
  for (const id of ["BRA", "MEX", "BOL"]) steps.push([id, { type: "enterReservation", text: "No armed attack." }]);
  chair({ type: "advance" });
  steps.push(["URY", { type: "changeVote", question: "whole", choice: "yes" }]);
  return steps;
}

function playOnce(steps: [string, OasCommand][]): { state: OasState; events: OasEvent[] } {
  let state = initial();
  const events: OasEvent[] = [];
  let at = 0;
  for (const [actor, command] of steps) {
    at += 1000;
    const result = applyOas(state, command, { actor: d(actor), at });
    if (!result.ok) throw new Error(`${actor} ${command.type}: ${result.rejection.code}`);
    state = result.value.state;
    events.push(...result.value.events);
  }
  return { state, events };
}

const steps = script();
const { state, events } = playOnce(steps);
if (state.phase.name !== "closed") throw new Error("the script did not reach the close");

const runs = 200;
const applyMs = median(runs, () => playOnce(steps));
const foldMs = median(runs, () => foldOas(initial(), events));
// Baseline: copying the final state once per command, the least any immutable engine must do.
const baselineMs = median(runs, () => {
  for (let i = 0; i < steps.length; i++) structuredClone(state);
});

const fmt = (n: number) => n.toFixed(3);
console.info(`OAS Council, 23 October 1962: ${steps.length} commands, ${events.length} events, 21 seats`);
console.info(`apply whole session   ${fmt(applyMs)} ms  (${Math.round((steps.length / applyMs) * 1000)} commands/s)`);
console.info(`fold whole log        ${fmt(foldMs)} ms`);
console.info(`apply + fold          ${fmt(applyMs + foldMs)} ms  (target < 5 ms)`);
console.info(`baseline: structuredClone of the state × ${steps.length}   ${fmt(baselineMs)} ms`);
console.info(`ratios to baseline    apply ${fmt(applyMs / baselineMs)}   fold ${fmt(foldMs / baselineMs)}`);

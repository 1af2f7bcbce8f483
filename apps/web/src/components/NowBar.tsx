import { type ChairStep, chairStep } from "@brink/engine";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDelegationName } from "../delegationName.ts";
import { act, type Command } from "../store.ts";
import { useTable } from "../useTable.ts";

/** Seconds the table may wait on a student in the chair before the host's screen says so. */
const HOST_PATIENCE_SECONDS = 15;

/**
 * What this screen must do now, fixed at the foot of the screen so that a phone scrolled anywhere shows it:
 * the ballot when the roll call reaches this seat, the floor when it is this seat's, and for a person in the
 * chair the one step the table waits on (the engine's `chairStep`), with one button. The host is told when the
 * table has waited on a student chair for a while, and may take the step. Nothing while there is nothing to do.
 */
export function NowBar() {
  const { t } = useTranslation();
  const name = useDelegationName();
  const commands = useTable((s) => s.allowed.commands);
  const procedure = useTable((s) => s.procedure);
  const pending = useTable((s) => s.pending);
  const role = useTable((s) => s.role);
  const bots = useTable((s) => s.bots);
  const chairSeat = useTable((s) => s.seats.find((seat) => seat.delegation === s.chair));
  const mine = useTable((s) => s.seats.find((seat) => seat.holderId !== "" && seat.holderId === s.playerId));

  const voting = commands.includes("vote");
  const speaking = commands.includes("speak");
  const step = chairStep({
    commands,
    question: procedure.question,
    called: procedure.called,
    floor: procedure.floor,
    queue: procedure.queue,
    nextPhase: procedure.nextPhase,
    pointsPending: procedure.minutes.filter((e) => e.kind === "pointOfOrder" && e.detail === "").length,
  });
  // Whose step it is: the seat in the chair when a person holds it; the host's when nobody does and no bot chairs.
  const inChair = mine !== undefined && mine.delegation === chairSeat?.delegation;
  const hostChairs = role === "host" && !chairSeat?.holderId && !bots;
  const studentChair = role === "host" && chairSeat?.holderId !== "" && !inChair;
  const waited = useWaited(studentChair && step ? stepKey(step) : null);
  const chairing = step !== null && (inChair || hostChairs || (studentChair && waited >= HOST_PATIENCE_SECONDS));

  // A phone in a pocket or on the desk: a short buzz when the ballot or the floor becomes this seat's.
  const called = voting || speaking;
  const before = useRef(false);
  useEffect(() => {
    if (called && !before.current) navigator.vibrate?.(200);
    before.current = called;
  }, [called]);

  if (!voting && !speaking && !chairing) return null;
  return (
    <section className="now-bar" aria-label={t("now.title")} data-testid="now-bar">
      {voting && (
        <fieldset className="vote-buttons">
          <legend>{t("chamber.yourVote", { delegation: procedure.called ? name(procedure.called) : "" })}</legend>
          {(["yes", "no", "abstain"] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              onClick={() => void act({ type: "vote", choice })}
              disabled={pending !== null}
            >
              {t(`tally.${choice}`)}
            </button>
          ))}
        </fieldset>
      )}
      {speaking && (
        <p>
          <strong>{t("now.floor")}</strong>{" "}
          <button type="button" className="primary" onClick={toSpeech}>
            {t("now.toSpeech")}
          </button>
        </p>
      )}
      {chairing && step && (
        <p data-testid="chair-step">
          <strong>
            {studentChair
              ? t("now.waitingOnChair", { delegation: name(chairSeat?.delegation ?? ""), name: chairSeat?.holderName })
              : t("now.asChair")}
          </strong>{" "}
          {t(`now.step.${step.command}`, {
            delegation: step.command === "giveFloor" ? name(step.delegation) : "",
            next: step.command === "advance" ? t(`phase.${step.next}`) : "",
          })}{" "}
          {step.command !== "rulePointOfOrder" && (
            <button
              type="button"
              className="primary"
              disabled={pending !== null}
              onClick={() => void act({ type: step.command } as Command)}
            >
              {t(`now.do.${step.command}`)}
            </button>
          )}
        </p>
      )}
    </section>
  );
}

/** The speech form, brought into view with the cursor in it. */
function toSpeech(): void {
  const field = document.getElementById("speech-text");
  field?.scrollIntoView({ block: "center" });
  field?.focus();
}

/** The same step, whatever its details change to meanwhile (a tally moving on). */
const stepKey = (step: ChairStep): string => JSON.stringify(step);

/** Seconds the table has waited on `key` (0 when null), counted while it stays the same. */
function useWaited(key: string | null): number {
  const [since, setSince] = useState<{ key: string | null; at: number }>({ key, at: Date.now() });
  const [now, setNow] = useState(() => Date.now());
  if (since.key !== key) setSince({ key, at: Date.now() });
  useEffect(() => {
    if (key === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [key]);
  return key === null ? 0 : Math.max(0, (now - since.at) / 1000);
}

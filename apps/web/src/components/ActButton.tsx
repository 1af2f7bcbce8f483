import { type FormEvent, type ReactNode, useId, useState } from "react";
import { act, type Command } from "../store.ts";
import { useTable } from "../useTable.ts";

/**
 * A button for one command of the procedure, shown only while the server would accept it from this
 * connection (its `allowed` message), and waiting while another request is under way.
 */
export function ActButton(props: { command: Command; children: ReactNode; primary?: boolean; describedBy?: string }) {
  const allowed = useTable((s) => s.allowed.commands.includes(props.command.type));
  const busy = useTable((s) => s.pending !== null);
  if (!allowed) return null;
  return (
    <button
      type="button"
      className={props.primary ? "primary" : undefined}
      onClick={() => void act(props.command)}
      disabled={busy}
      aria-describedby={props.describedBy}
    >
      {props.children}
    </button>
  );
}

/** The engine's limit on a speech, a statement, a reservation or a point of order. */
const MAX_TEXT = 4000;

/** A folded form with one text: a point of order, a reservation, a statement, a draft. */
export function TextAction(props: {
  summary: string;
  label: string;
  hint?: string;
  submit: string;
  open?: boolean;
  rows?: number;
  /** The text to start from, e.g. the seat's draft of 1962; sent, the form starts empty. */
  initial?: string | undefined;
  onSubmit: (text: string) => Promise<boolean>;
  children?: ReactNode;
}) {
  const id = useId();
  const pending = useTable((s) => s.pending);
  const [text, setText] = useState(props.initial ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void props.onSubmit(text).then((ok) => ok && setText(""));
  };
  return (
    <details className="action" open={props.open}>
      <summary>{props.summary}</summary>
      <form onSubmit={submit}>
        {props.children}
        <label htmlFor={id}>{props.label}</label>
        {props.hint && <p className="hint">{props.hint}</p>}
        <textarea
          id={id}
          value={text}
          maxLength={MAX_TEXT}
          rows={props.rows ?? 3}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" disabled={pending !== null || text.trim() === ""}>
          {props.submit}
        </button>
      </form>
    </details>
  );
}

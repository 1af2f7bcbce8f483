import type { ReactNode } from "react";
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

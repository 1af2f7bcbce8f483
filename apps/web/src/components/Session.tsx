import { Chamber, StartSession } from "./Chamber.tsx";
import { RunSheet } from "./RunSheet.tsx";

/**
 * Everything of the session beyond the seats: the host's start button and run sheet, and the chamber
 * with its procedure. Loaded as its own chunk once a person is at the table, so the first
 * screens (landing, join) do not wait for it.
 */
export default function Session() {
  return (
    <>
      <StartSession />
      <RunSheet />
      <Chamber />
    </>
  );
}

import { rosterKey as key } from "@brink/engine";
import type { SeatView } from "./store.ts";

/**
 * One student per line: "Lucía", or "Lucía: Mexico" (a tab, as pasted from a spreadsheet, works as the
 * colon). A delegation may be named in any of the three languages or by its code. Returns the entries, or
 * the lines whose delegation is not at this table.
 */
export function parseClassList(
  text: string,
  seats: readonly SeatView[],
): { entries: { name: string; delegation?: string }[]; unknown: string[] } {
  const byName = new Map<string, string>();
  for (const seat of seats.filter((s) => !s.excluded)) {
    for (const name of [seat.delegation, seat.names.en, seat.names.es, seat.names.pt])
      byName.set(key(name), seat.delegation);
  }
  const entries: { name: string; delegation?: string }[] = [];
  const unknown: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [name = "", place] = line.split(/[:\t]/, 2).map((part) => part.trim());
    if (name === "") continue;
    if (place === undefined || place === "") {
      entries.push({ name });
      continue;
    }
    const delegation = byName.get(key(place));
    if (delegation) entries.push({ name, delegation });
    else unknown.push(line.trim());
  }
  return { entries, unknown };
}

import { currentLanguage } from "./i18n.ts";
import { useTable } from "./useTable.ts";

/** A delegation's name in the interface language, from its id (the id itself for a seat not at this table). */
export function useDelegationName(): (id: string) => string {
  const seats = useTable((s) => s.seats);
  return (id) => seats.find((s) => s.delegation === id)?.names[currentLanguage()] ?? id;
}

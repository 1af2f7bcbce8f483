import { useStore } from "zustand";
import { type TableStore, tableStore } from "./store.ts";

/** Reads one slice of the table; the component re-renders only when that slice changes. */
export const useTable = <T>(selector: (state: TableStore) => T): T => useStore(tableStore, selector);

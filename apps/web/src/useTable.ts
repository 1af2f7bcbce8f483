import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { StoreApi } from "zustand/vanilla";
import { type TableStore, tableStore } from "./store.ts";

/** The table the components below read: this tab's own, or a replayed moment of a finished session. */
export const TableContext = createContext<StoreApi<TableStore>>(tableStore);

/** Reads one slice of the table; the component re-renders only when that slice changes. */
export const useTable = <T>(selector: (state: TableStore) => T): T => useStore(useContext(TableContext), selector);

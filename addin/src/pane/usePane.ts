import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ClockState } from '../clock/clockStore.ts';
import type { PaneStores } from './paneStores.ts';
import type { UiStrings } from '../i18n/uiStrings.ts';

/** The stores of the running pane. */
export const PaneContext = createContext<PaneStores | null>(null);

/** The pane's stores from context. */
export function usePaneStores(): PaneStores {
  const stores = useContext(PaneContext);
  if (!stores)
    throw new Error('PaneContext missing: wrap the pane in <PaneContext value={stores}>.');
  return stores;
}

/** Selects from the clock store. */
export function useClock<T>(selector: (s: ClockState) => T): T {
  return useStore(usePaneStores().clock, selector);
}

/** The UI strings, organisation and language of the pane. */
export function usePaneDeps(): PaneStores['deps'] {
  return usePaneStores().deps;
}

/** The UI strings of the pane. */
export function useStrings(): UiStrings {
  return usePaneStores().deps.t;
}

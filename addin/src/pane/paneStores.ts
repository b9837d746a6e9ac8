import type { StoreApi } from 'zustand/vanilla';
import { createClockStore } from '../clock/clockStore.ts';
import type { ClockState } from '../clock/clockStore.ts';
import type { PaneDeps } from './paneDeps.ts';

/**
 * The pane's stores. The clock store exists from the start; the queue and out-of-office stores
 * are created by their (lazily loaded) views on first use, so their code — and the core's
 * referral builder — stays out of the first paint (see `queueStoreFor`, `absenceStoreFor`).
 */
export interface PaneStores {
  readonly deps: PaneDeps;
  readonly clock: StoreApi<ClockState>;
}

/** Creates the pane's stores. */
export function createPaneStores(deps: PaneDeps): PaneStores {
  return { deps, clock: createClockStore(deps) };
}

/** A per-pane lazily created store. */
export function lazyStore<S>(
  create: (stores: PaneStores) => StoreApi<S>,
): (stores: PaneStores) => StoreApi<S> {
  const made = new WeakMap<PaneStores, StoreApi<S>>();
  return (stores) => {
    let store = made.get(stores);
    if (!store) {
      store = create(stores);
      made.set(stores, store);
    }
    return store;
  };
}

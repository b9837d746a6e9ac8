import { useStore } from 'zustand';
import { lazyStore } from '../pane/paneStores.ts';
import { usePaneStores } from '../pane/usePane.ts';
import { describeError } from '../pane/describeError.ts';
import { createFunctionalStore } from './functionalStore.ts';
import type { FunctionalState } from './functionalStore.ts';

/** The pane's functional-mailbox store, created on first use over the pane's Graph access. */
export const functionalStoreFor = lazyStore<FunctionalState>(({ deps }) =>
  createFunctionalStore({
    org: deps.org,
    lang: deps.lang,
    me: deps.host.userName?.trim() || deps.host.mailboxAddress,
    mailboxes: deps.org.functionalMailboxes,
    async openMailbox(address) {
      const graph = await deps.graph.get();
      if (!graph.sharedMailbox) throw new Error(deps.t.errUnknown);
      return graph.sharedMailbox(address);
    },
    now: deps.now,
    describe: (err) => describeError(err, deps.t),
    sharedFolderAccess: () => deps.host.getSharedFolderAccess?.() ?? Promise.resolve(null),
  }),
);

/** Selects from the pane's functional-mailbox store. */
export function useFunctional<T>(selector: (s: FunctionalState) => T): T {
  return useStore(functionalStoreFor(usePaneStores()), selector);
}

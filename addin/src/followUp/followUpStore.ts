import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { describeError } from '../pane/describeError.ts';
import type { PaneDeps } from '../pane/paneDeps.ts';
import { readFollowUp } from './readFollowUp.ts';
import type { PersonalFollowUp } from './readFollowUp.ts';

/** The personal follow-up view's state. */
export interface FollowUpState {
  readonly phase: 'idle' | 'loading' | 'ready' | 'error';
  readonly data: PersonalFollowUp | null;
  readonly error: string | null;
  /** Reads the mailbox's metadata and computes the follow-up (once at a time). */
  load(): Promise<void>;
}

/** Creates the follow-up store (no React in it). */
export function createFollowUpStore(deps: PaneDeps): StoreApi<FollowUpState> {
  return createStore<FollowUpState>()((set, get) => ({
    phase: 'idle',
    data: null,
    error: null,
    async load() {
      if (get().phase === 'loading') return;
      set({ phase: 'loading', error: null });
      try {
        const graph = await deps.graph.get();
        const data = await readFollowUp(graph, deps.org, deps.host.mailboxAddress, deps.now());
        set({ phase: 'ready', data });
      } catch (err) {
        set({ phase: 'error', error: describeError(err, deps.t) });
      }
    },
  }));
}

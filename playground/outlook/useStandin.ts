import { useEffect, useState, useSyncExternalStore } from 'react';
import type { OfficeStandin } from '../office-standin/officeStandin.ts';

/** Re-renders on any stand-in change and returns a fresh snapshot of what the page shows. */
export function useStandinVersion(standin: OfficeStandin): number {
  const [version, setVersion] = useState(0);
  useEffect(() => standin.onChange(() => setVersion((v) => v + 1)), [standin]);
  return version;
}

/** The Graph stand-in's state, as its debug endpoint reports it. */
export interface GraphStandinState {
  readonly automaticRepliesSetting?: {
    readonly status?: string;
    readonly scheduledStartDateTime?: {
      readonly dateTime?: string;
      readonly timeZone?: string;
    } | null;
    readonly scheduledEndDateTime?: {
      readonly dateTime?: string;
      readonly timeZone?: string;
    } | null;
  };
  readonly timeZone?: string;
  readonly rules?: readonly {
    readonly id?: string;
    readonly displayName?: string;
    readonly actions?: {
      readonly redirectTo?: readonly { readonly emailAddress?: { readonly address?: string } }[];
    };
    readonly exceptions?: { readonly isAutomaticReply?: boolean } | null;
  }[];
  readonly flags?: Readonly<
    Record<
      string,
      {
        readonly flagStatus?: string;
        readonly dueDateTime?: { readonly dateTime?: string; readonly timeZone?: string };
      }
    >
  >;
  readonly requests?: number;
  /** Unsent drafts (the notice to the sender waits here). */
  readonly drafts?: readonly {
    readonly id: string;
    readonly subject: string;
    readonly to: readonly string[];
  }[];
  /** Sent Items, forwards included. */
  readonly sentItems?: readonly {
    readonly id: string;
    readonly subject: string;
    readonly to: readonly string[];
  }[];
}

let graphState: GraphStandinState | null = null;
let lastText = '';
const graphListeners = new Set<() => void>();
let polling: ReturnType<typeof setInterval> | null = null;

/** Fetches the Graph stand-in's state now (and tells subscribers). */
export async function refreshGraphState(): Promise<void> {
  try {
    const res = await fetch('/__standin/graph/state');
    if (!res.ok) return;
    const text = await res.text();
    if (text === lastText) return;
    lastText = text;
    graphState = JSON.parse(text) as GraphStandinState;
    graphListeners.forEach((l) => l());
  } catch {
    // The dev server is gone; keep the last state.
  }
}

/** The Graph stand-in state, polled while the page is open. */
export function useGraphStandinState(): GraphStandinState | null {
  return useSyncExternalStore(
    (listener) => {
      graphListeners.add(listener);
      if (!polling) {
        void refreshGraphState();
        polling = setInterval(() => void refreshGraphState(), 1000);
      }
      return () => {
        graphListeners.delete(listener);
        if (graphListeners.size === 0 && polling) {
          clearInterval(polling);
          polling = null;
        }
      };
    },
    () => graphState,
  );
}

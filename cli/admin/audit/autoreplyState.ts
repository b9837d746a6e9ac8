import type { ObservedAutoreply } from './mailboxObservation.ts';

/** The audit's three states of an autoreply. */
export type AutoreplyState = 'off' | 'on' | 'scheduled';

/**
 * Whether the autoreply answers now, will start later, or does not answer.
 * @example autoreplyState({ enabled: true, start: null, end: null, text: '' }, now) // 'on'
 */
export function autoreplyState(reply: ObservedAutoreply, now: number): AutoreplyState {
  if (!reply.enabled) return 'off';
  if (reply.end !== null && reply.end <= now) return 'off';
  if (reply.start !== null && reply.start > now) return 'scheduled';
  return 'on';
}

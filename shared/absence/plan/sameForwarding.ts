import type { ForwardingKey } from './absencePlan.ts';

/**
 * True when two forwarding keys name the same forwarding (address compared case-insensitively).
 * @example sameForwarding({ to: 'KC@vaxjo.se', until: null }, { to: 'kc@vaxjo.se', until: null }) // true
 */
export function sameForwarding(a: ForwardingKey, b: ForwardingKey): boolean {
  return a.to.toLowerCase() === b.to.toLowerCase() && a.until === b.until;
}

/** True when the key is in the list. */
export function includesForwarding(list: readonly ForwardingKey[], key: ForwardingKey): boolean {
  return list.some((other) => sameForwarding(other, key));
}

/**
 * Which of our forwarding a `removeForwarding` step removes from what exists now.
 * @example forwardingToRemove([{ to: 'a@x.se', until: null }], null, []) // [{ to: 'a@x.se', until: null }]
 */
export function forwardingToRemove<K extends ForwardingKey>(
  existing: readonly K[],
  only: readonly ForwardingKey[] | null,
  keep: readonly ForwardingKey[],
): K[] {
  return existing.filter(
    (key) => (only === null || includesForwarding(only, key)) && !includesForwarding(keep, key),
  );
}

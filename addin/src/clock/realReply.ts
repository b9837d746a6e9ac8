/** A message of the conversation in Sent Items, as far as the answered check needs it. */
export interface SentInConversation {
  /** Epoch ms (Graph sentDateTime). */
  readonly sentAt: number;
  /** Carries our own-mail marker (a notice or kvittens drafted through Graph). */
  readonly ours: boolean;
}

/**
 * How far before the recorded instant a sent message may lie and still be the one recorded: the
 * record keeps this device's clock, Graph keeps the server's.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * When the first real answer in the conversation was sent, or undefined: Sent Items messages at
 * or after receipt, leaving out the marked ones and, for each recorded own send, the first
 * message sent at or after it (less the clock skew). Never throws.
 * @example firstRealReply([{ sentAt: t1, ours: false }, { sentAt: t2, ours: false }], r, [t1]) // t2
 */
export function firstRealReply(
  sent: readonly SentInConversation[],
  receivedAt: number,
  own: readonly number[],
): number | undefined {
  const candidates = sent
    .filter((m) => !m.ours && Number.isFinite(m.sentAt) && m.sentAt >= receivedAt)
    .map((m) => m.sentAt)
    .sort((a, b) => a - b);
  const used = new Array<boolean>(candidates.length).fill(false);
  for (const at of [...own].sort((a, b) => a - b)) {
    const i = candidates.findIndex((t, k) => !used[k] && t >= at - CLOCK_SKEW_MS);
    if (i >= 0) used[i] = true;
  }
  const index = used.findIndex((u) => !u);
  return index < 0 ? undefined : candidates[index];
}

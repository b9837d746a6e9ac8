import { isIsoDate } from '../../../shared/index.ts';
import type { AnswerPromise, DutyEvents } from '../../../shared/index.ts';

/**
 * What Svarsplikt did with a message, as stored in the message's extended property so that every
 * device sees it: the kvittens and its promise, status updates, the forward. Answers are not
 * stored (Sent Items tells them).
 */
export type DutyRecord = Omit<DutyEvents, 'answeredAt'> & {
  /**
   * When a kvittens or lägesbesked was opened as a reply (epoch ms): it will sit in Sent Items in
   * the conversation without a marker, and must not count as the answer (see `firstRealReply`).
   */
  readonly inThread?: readonly number[];
};

/** Longer values are not ours (ours stay far below): refused before parsing. */
const MAX_LENGTH = 8_000;

function promiseOf(value: unknown): AnswerPromise | null {
  if (typeof value !== 'object' || value === null) return null;
  const { at, promised } = value as Record<string, unknown>;
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;
  if (typeof promised !== 'string' || !isIsoDate(promised)) return null;
  return { at, promised };
}

/** Reads a stored record; anything malformed reads as an empty record (never throws). */
export function parseDutyRecord(text: string | undefined): DutyRecord {
  if (text === undefined || text.length > MAX_LENGTH) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const acknowledged = promiseOf(r['ack']);
  const statusUpdates = Array.isArray(r['status'])
    ? r['status'].map(promiseOf).filter((p): p is AnswerPromise => p !== null)
    : [];
  const inThread = Array.isArray(r['own'])
    ? r['own'].filter((t): t is number => typeof t === 'number' && Number.isFinite(t))
    : [];
  const fwd = r['fwd'] as Record<string, unknown> | null | undefined;
  const forwardedAt = typeof fwd === 'object' && fwd !== null ? fwd['at'] : undefined;
  const to = typeof fwd === 'object' && fwd !== null ? fwd['to'] : undefined;
  return {
    ...(acknowledged ? { acknowledged } : {}),
    ...(statusUpdates.length > 0 ? { statusUpdates } : {}),
    ...(inThread.length > 0 ? { inThread } : {}),
    ...(typeof forwardedAt === 'number' && Number.isFinite(forwardedAt)
      ? { forwarded: { at: forwardedAt, ...(typeof to === 'string' ? { to } : {}) } }
      : {}),
  };
}

/** The record as stored on the message. */
export function formatDutyRecord(record: DutyRecord): string {
  return JSON.stringify({
    v: 1,
    ...(record.acknowledged ? { ack: record.acknowledged } : {}),
    ...(record.statusUpdates?.length ? { status: record.statusUpdates } : {}),
    ...(record.forwarded ? { fwd: record.forwarded } : {}),
    ...(record.inThread?.length ? { own: record.inThread } : {}),
  });
}

/**
 * The instants of our own sends in the conversation that carry no marker: a kvittens or
 * lägesbesked opened as a reply form (Office cannot mark those), and the forward (Graph sends it
 * at once; it lands in Sent Items in the same conversation).
 */
export function ownSendTimes(record: DutyRecord | undefined): number[] {
  if (!record) return [];
  return [...(record.inThread ?? []), ...(record.forwarded ? [record.forwarded.at] : [])].sort(
    (a, b) => a - b,
  );
}

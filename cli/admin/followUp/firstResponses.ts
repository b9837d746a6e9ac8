// The mailbox's first word on a message, told apart: our kvittens or lägesbesked (a reply the hosts
// marked as carrying a promise) and the answer itself. Metadata only: reply times and the marks.
import { dutyTimeline, isIsoDate } from '../../../shared/index.ts';
import type { IsoDate, Organisation } from '../../../shared/index.ts';

/** The Outlook pane's duty record on the received message (a MAPI named string property). */
export const DUTY_RECORD_PROPERTY =
  'String {6f0b2e1c-5a47-4c38-9d2e-8b1f4a6c3e75} Name SvarspliktDutyRecord';

/** The Gmail add-on's promise labels: `Svarsplikt/utlovat/<promised date>` on the thread. */
export const PROMISE_LABEL_PREFIX = 'Svarsplikt/utlovat/';

/** A promise the host recorded: when (the kvittens or lägesbesked was made) and the date promised. */
export interface RecordedPromise {
  readonly at: number;
  readonly promised: IsoDate;
}

/** What the mailbox did: the acknowledgement (with its promise) and the answer, when they happened. */
export interface FirstResponses {
  readonly acknowledgedAt?: number;
  readonly answeredAt?: number;
  /** The answer date promised last, if any. */
  readonly promised?: IsoDate;
}

function promiseOf(value: unknown): RecordedPromise | null {
  if (typeof value !== 'object' || value === null) return null;
  const { at, promised } = value as Record<string, unknown>;
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;
  if (typeof promised !== 'string' || !isIsoDate(promised)) return null;
  return { at, promised };
}

/**
 * The promises in the Outlook pane's duty record (`{"v":1,"ack":{at,promised},"status":[…]}`), in
 * order of making; anything malformed reads as none (never throws).
 */
export function recordedPromises(text: string | undefined): RecordedPromise[] {
  if (text === undefined || text.length > 8_000) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (typeof raw !== 'object' || raw === null) return [];
  const r = raw as Record<string, unknown>;
  const ack = promiseOf(r['ack']);
  const status = Array.isArray(r['status']) ? r['status'].map(promiseOf) : [];
  return [ack, ...status]
    .filter((p): p is RecordedPromise => p !== null)
    .sort((a, b) => a.at - b.at);
}

/** The promised date a Gmail label name carries, or undefined for any other label. */
export function promisedDateOfLabel(name: string | undefined): IsoDate | undefined {
  if (name === undefined || !name.startsWith(PROMISE_LABEL_PREFIX)) return undefined;
  const date = name.slice(PROMISE_LABEL_PREFIX.length);
  return isIsoDate(date) ? date : undefined;
}

/**
 * Outlook: each recorded promise is the first reply sent at or after it was made (the kvittens, then
 * each lägesbesked); the first reply after receipt that is none of those is the answer.
 *
 * @example
 * outlookResponses(received, [t1, t2], [{ at: t1 - 60_000, promised: '2026-05-29' }])
 * // { acknowledgedAt: t1, promised: '2026-05-29', answeredAt: t2 }
 */
export function outlookResponses(
  receivedAt: number,
  replies: readonly number[],
  promises: readonly RecordedPromise[],
): FirstResponses {
  const after = replies.filter((at) => at > receivedAt).sort((a, b) => a - b);
  const used = new Set<number>();
  let acknowledgedAt: number | undefined;
  let promised: IsoDate | undefined;
  for (const promise of promises) {
    const index = after.findIndex((at, i) => !used.has(i) && at >= promise.at);
    if (index < 0) continue; // the form was opened but never sent
    used.add(index);
    acknowledgedAt ??= after[index];
    promised = promise.promised;
  }
  const answeredAt = after.find((_, i) => !used.has(i));
  return {
    ...(acknowledgedAt !== undefined ? { acknowledgedAt } : {}),
    ...(promised !== undefined ? { promised } : {}),
    ...(answeredAt !== undefined ? { answeredAt } : {}),
  };
}

/**
 * Gmail, as the add-on keeps it: under a promise label the mailbox's replies are the kvittens and
 * lägesbesked, and the answer is marked by taking the label away; without one, the first reply is
 * the answer.
 */
export function gmailResponses(
  receivedAt: number,
  replies: readonly number[],
  promised: IsoDate | undefined,
): FirstResponses {
  const first = replies.filter((at) => at > receivedAt).sort((a, b) => a - b)[0];
  if (first === undefined) return {};
  return promised !== undefined ? { acknowledgedAt: first, promised } : { answeredAt: first };
}

/**
 * The due date still open for a marked message after what the mailbox did, per the core's duty
 * timeline: null when nothing is due any more (answered), the promised date after a kvittens, else
 * the first deadline. Undefined when the timeline refuses the events (kept as marked).
 */
export function openDueDate(
  receivedAt: number,
  responses: FirstResponses,
  org: Organisation,
  now: number,
): IsoDate | null | undefined {
  const { acknowledgedAt, answeredAt, promised } = responses;
  const timeline = dutyTimeline(
    { receivedAt },
    {
      ...(acknowledgedAt !== undefined && promised !== undefined
        ? { acknowledged: { at: acknowledgedAt, promised } }
        : {}),
      ...(answeredAt !== undefined ? { answeredAt } : {}),
    },
    org,
    now,
  );
  if (!timeline.ok) return undefined;
  return timeline.value.current?.dueDate ?? null;
}

/**
 * Promises drafted but not yet sent. A kvittens or lägesbesked is only a draft when the add-on
 * makes it: the promise counts, and its label is set, once a message the user sent after the
 * draft was made is seen in the thread. A draft that is gone with nothing sent was discarded, and
 * its promise with it. Kept in user properties per thread, so every device settles it alike.
 */
import { syncPromiseLabel } from './dueLabels';
import type { LabelBook } from './dueLabels';
import type { GmailAdvanced, PropertiesLike } from './hostTypes';
import { classifyHostError } from './hostError';
import { isFromUser, readThread } from './mailboxReader';
import type { MessageView } from './mailboxReader';

const PENDING_KEY = 'svarsplikt.pendingPromises';
const MAX_JSON_LENGTH = 8000;

/** A drafted promise: the date it states and when the draft was made. */
export interface PendingPromise {
  readonly promised: string;
  readonly draftedAt: number;
  readonly kind: 'kvittens' | 'status-update';
  /** A confidential kvittens is a new message in its own thread: where to look for it. */
  readonly draftThreadId?: string;
}

type PendingLog = Record<string, PendingPromise>;

function readPending(props: PropertiesLike): PendingLog {
  const raw = props.getProperty(PENDING_KEY);
  if (raw === null) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const log: PendingLog = {};
    for (const [threadId, value] of Object.entries(parsed as Record<string, unknown>)) {
      const p = value as Partial<PendingPromise> | null;
      if (
        p !== null &&
        typeof p === 'object' &&
        typeof p.promised === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(p.promised) &&
        typeof p.draftedAt === 'number' &&
        (p.kind === 'kvittens' || p.kind === 'status-update')
      ) {
        log[threadId] = {
          promised: p.promised,
          draftedAt: p.draftedAt,
          kind: p.kind,
          ...(typeof p.draftThreadId === 'string' ? { draftThreadId: p.draftThreadId } : {}),
        };
      }
    }
    return log;
  } catch {
    return {};
  }
}

/** The promise drafted in a thread and not yet seen sent, if any. */
export function pendingPromiseOf(
  props: PropertiesLike,
  threadId: string,
): PendingPromise | undefined {
  return readPending(props)[threadId];
}

/** Records a drafted promise for a thread (a newer draft replaces an older one). */
export function recordPendingPromise(
  props: PropertiesLike,
  threadId: string,
  pending: PendingPromise,
): void {
  const log = readPending(props);
  delete log[threadId];
  const entries: [string, PendingPromise][] = [
    ...Object.entries(log).sort(([, a], [, b]) => a.draftedAt - b.draftedAt),
    [threadId, pending],
  ];
  while (entries.length > 1 && JSON.stringify(Object.fromEntries(entries)).length > MAX_JSON_LENGTH)
    entries.shift();
  props.setProperty(PENDING_KEY, JSON.stringify(Object.fromEntries(entries)));
}

/** Forgets a thread's drafted promise (sent and settled, or discarded). */
export function forgetPendingPromise(props: PropertiesLike, threadId: string): void {
  const log = readPending(props);
  if (!(threadId in log)) return;
  delete log[threadId];
  props.setProperty(PENDING_KEY, JSON.stringify(log));
}

/** What became of a drafted promise, judged from the thread's messages. */
export type PendingOutcome = 'sent' | 'drafted' | 'discarded';

/**
 * Sent when the user sent a message in the thread at or after the draft was made; still drafted
 * while a draft is in the thread; otherwise discarded.
 */
export function pendingOutcome(
  pending: PendingPromise,
  thread: readonly {
    readonly labelIds: readonly string[];
    readonly receivedAt: number;
    readonly fromUser: boolean;
  }[],
): PendingOutcome {
  if (thread.some((m) => m.fromUser && m.receivedAt >= pending.draftedAt)) return 'sent';
  if (thread.some((m) => m.labelIds.includes('DRAFT'))) return 'drafted';
  return 'discarded';
}

/**
 * Settles the thread's drafted promise against what the thread holds now: seen sent, its label is
 * set; drafted and discarded, it is forgotten. Returns the promise still only drafted, if any,
 * and whether a label changed (so the caller reads the thread again).
 */
export function settlePendingPromise(options: {
  readonly gmail: GmailAdvanced;
  readonly book: LabelBook;
  readonly props: PropertiesLike;
  readonly threadId: string;
  readonly thread: readonly MessageView[];
  readonly userEmail: string;
  readonly now: number;
}): { readonly pending: PendingPromise | undefined; readonly relabelled: boolean } {
  const { gmail, book, props, threadId, thread, userEmail } = options;
  const pending = pendingPromiseOf(props, threadId);
  if (pending === undefined) return { pending: undefined, relabelled: false };
  const where =
    pending.draftThreadId === undefined
      ? thread
      : readThreadIfAny(gmail, pending.draftThreadId, options.now);
  const outcome = pendingOutcome(
    pending,
    where.map((view) => ({
      labelIds: view.labelIds,
      receivedAt: view.receivedAt,
      fromUser: isFromUser(view, userEmail),
    })),
  );
  if (outcome === 'drafted') return { pending, relabelled: false };
  const labels = [...new Set(thread.flatMap((view) => view.labelIds))];
  const relabelled =
    outcome === 'sent' && syncPromiseLabel(gmail, book, threadId, labels, pending.promised);
  if (outcome === 'sent' && pending.draftThreadId !== undefined) {
    // Sent from its own thread, the kvittens is not in the asker's: remember when it went.
    const sentAt = Math.min(
      ...where
        .filter((v) => isFromUser(v, userEmail) && v.receivedAt >= pending.draftedAt)
        .map((v) => v.receivedAt),
    );
    recordAcknowledgedElsewhere(props, threadId, sentAt);
  }
  forgetPendingPromise(props, threadId);
  return { pending: undefined, relabelled };
}

const ELSEWHERE_KEY = 'svarsplikt.acknowledgedElsewhere';

function readElsewhere(props: PropertiesLike): Record<string, number> {
  const raw = props.getProperty(ELSEWHERE_KEY);
  if (raw === null) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const log: Record<string, number> = {};
    for (const [id, at] of Object.entries(parsed as Record<string, unknown>))
      if (typeof at === 'number' && Number.isFinite(at)) log[id] = at;
    return log;
  } catch {
    return {};
  }
}

/** Records when a thread's kvittens was sent from another thread (the confidential one). */
export function recordAcknowledgedElsewhere(
  props: PropertiesLike,
  threadId: string,
  at: number,
): void {
  const log = readElsewhere(props);
  delete log[threadId];
  const entries: [string, number][] = [
    ...Object.entries(log).sort(([, a], [, b]) => a - b),
    [threadId, at],
  ];
  while (entries.length > 1 && JSON.stringify(Object.fromEntries(entries)).length > MAX_JSON_LENGTH)
    entries.shift();
  props.setProperty(ELSEWHERE_KEY, JSON.stringify(Object.fromEntries(entries)));
}

/** When the thread's kvittens was sent from another thread, if it was. */
export function acknowledgedElsewhere(props: PropertiesLike, threadId: string): number | undefined {
  return readElsewhere(props)[threadId];
}

/** A thread's messages, or none when it is gone (a discarded new draft takes its thread along). */
function readThreadIfAny(gmail: GmailAdvanced, threadId: string, now: number): MessageView[] {
  try {
    return readThread(gmail, threadId, now);
  } catch (error) {
    if (classifyHostError(error) === 'not-found') return [];
    throw error;
  }
}

/** The threads with a drafted promise, read once (the queue settles only these). */
export function pendingThreadIds(props: PropertiesLike): Set<string> {
  return new Set(Object.keys(readPending(props)));
}

/**
 * The add-on's record of the "not ours" forwards it sent, in user properties, keyed by the
 * forwarded message's id. It is the idempotency key: a message is never forwarded twice, and a
 * forward whose outcome was never confirmed (the execution ended mid-send) is not repeated
 * without the user's say-so. It is also where the forward duty is recorded as met.
 */
import type { PropertiesLike } from './hostTypes';

const FORWARDS_KEY = 'svarsplikt.forwards';
/** Apps Script allows 9 kB per value; the oldest records go first beyond this. */
const MAX_JSON_LENGTH = 8000;

/** One forward: 'sending' is written before the send, 'sent' once Gmail confirmed it. */
export interface ForwardRecord {
  readonly state: 'sending' | 'sent';
  readonly to: string;
  /** The name the notice gives the recipient. */
  readonly name: string;
  /** Epoch ms of the attempt (for 'sent': when Gmail took it). */
  readonly at: number;
  /** The answer date the asker is told, if known. */
  readonly answerBy?: string;
  /** The sent message's id. */
  readonly sentId?: string;
}

type ForwardLog = Record<string, ForwardRecord>;

function isRecord(value: unknown): value is ForwardRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    (r['state'] === 'sending' || r['state'] === 'sent') &&
    typeof r['to'] === 'string' &&
    typeof r['name'] === 'string' &&
    typeof r['at'] === 'number' &&
    (r['answerBy'] === undefined || typeof r['answerBy'] === 'string') &&
    (r['sentId'] === undefined || typeof r['sentId'] === 'string')
  );
}

function readLog(props: PropertiesLike): ForwardLog {
  const raw = props.getProperty(FORWARDS_KEY);
  if (raw === null) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const log: ForwardLog = {};
    for (const [id, record] of Object.entries(parsed as Record<string, unknown>)) {
      if (isRecord(record)) log[id] = record;
    }
    return log;
  } catch {
    return {};
  }
}

/** The forward recorded for a message, if any. */
export function forwardOf(props: PropertiesLike, messageId: string): ForwardRecord | undefined {
  return readLog(props)[messageId];
}

/** Records (or replaces) a message's forward, dropping the oldest records beyond the cap. */
export function recordForward(
  props: PropertiesLike,
  messageId: string,
  record: ForwardRecord,
): void {
  const log = readLog(props);
  delete log[messageId];
  const entries: [string, ForwardRecord][] = [
    ...Object.entries(log).sort(([, a], [, b]) => a.at - b.at),
    [messageId, record],
  ];
  while (entries.length > 1 && JSON.stringify(Object.fromEntries(entries)).length > MAX_JSON_LENGTH)
    entries.shift();
  props.setProperty(FORWARDS_KEY, JSON.stringify(Object.fromEntries(entries)));
}

/** Forgets a forward that failed before Gmail took it. */
export function forgetForward(props: PropertiesLike, messageId: string): void {
  const log = readLog(props);
  if (!(messageId in log)) return;
  delete log[messageId];
  props.setProperty(FORWARDS_KEY, JSON.stringify(log));
}

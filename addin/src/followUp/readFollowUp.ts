import {
  createFollowUp,
  messageFactsOf,
  parseHeaders,
  personalFollowUp,
} from '../../../shared/index.ts';
import type {
  FollowUpMessage,
  FollowUpRow,
  FollowUpWindow,
  Organisation,
} from '../../../shared/index.ts';
import { ownSendTimes, parseDutyRecord } from '../clock/dutyRecord.ts';
import { firstRealReply } from '../clock/realReply.ts';
import type { SentInConversation } from '../clock/realReply.ts';
import type { GraphPort, InboxMessage } from '../pane/ports.ts';

/** The personal follow-up as the pane shows it. */
export interface PersonalFollowUp {
  /** The last 30 and 90 days (the core's `personalFollowUp`). */
  readonly windows: readonly FollowUpWindow[];
  /** The last 90 days by ISO week of receipt, oldest first (the core's weekly tally). */
  readonly weeks: readonly FollowUpRow[];
  /** Inbox messages read (metadata only). */
  readonly scanned: number;
}

const DAY = 86_400_000;
/** The longest window: nothing older is read. */
export const FOLLOW_UP_DAYS = 90;
/** A bound on the inbox pages read, so a huge mailbox cannot keep the pane busy. */
const MAX_PAGES = 40;

/**
 * One duty-carrying message as the follow-up counts it, from metadata only: the receipt, the duty
 * record (kvittens, promises, forward) and the first real answer in Sent Items. A forward meets
 * the duty as a first response does. Null for mail that carries no duty.
 */
export function followUpMessageOf(
  m: InboxMessage,
  sent: readonly SentInConversation[],
  org: Organisation,
  mailbox: string,
): Omit<FollowUpMessage, 'mailbox'> | null {
  const receivedAt = Date.parse(m.receivedDateTime);
  if (!Number.isFinite(receivedAt)) return null;
  const facts = messageFactsOf(
    {
      headers: m.internetHeaders ? parseHeaders(m.internetHeaders) : null,
      serverReceivedAt: receivedAt,
      createdAt: receivedAt,
    },
    org,
    mailbox,
    receivedAt,
  );
  if (facts.triage && !facts.triage.duty) return null;
  const record = parseDutyRecord(m.dutyRecord);
  const firstOwn = [record.acknowledged?.at, record.forwarded?.at].filter(
    (t): t is number => t !== undefined,
  );
  const answeredAt = firstRealReply(sent, facts.receivedAt, ownSendTimes(record));
  const promised = (record.statusUpdates?.at(-1) ?? record.acknowledged)?.promised;
  return {
    receivedAt: facts.receivedAt,
    ...(firstOwn.length > 0 ? { acknowledgedAt: Math.min(...firstOwn) } : {}),
    ...(answeredAt !== undefined ? { answeredAt } : {}),
    ...(promised !== undefined ? { promised } : {}),
  };
}

/**
 * Reads the last 90 days of the inbox and Sent Items (metadata only: no bodies) and computes the
 * personal follow-up the same way as the organisation's report.
 */
export async function readFollowUp(
  graph: Pick<GraphPort, 'listInboxPage' | 'listSentSince'>,
  org: Organisation,
  mailbox: string,
  now: number,
): Promise<PersonalFollowUp> {
  const since = now - FOLLOW_UP_DAYS * DAY;
  const sent = await graph.listSentSince(new Date(since).toISOString());
  const byConversation = new Map<string, SentInConversation[]>();
  for (const s of sent) {
    const list = byConversation.get(s.conversationId) ?? [];
    list.push(s);
    byConversation.set(s.conversationId, list);
  }
  const messages: Omit<FollowUpMessage, 'mailbox'>[] = [];
  let scanned = 0;
  let pageUrl: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await graph.listInboxPage({
      top: 100,
      ...(pageUrl !== undefined ? { pageUrl } : {}),
    });
    let older = false;
    for (const m of result.messages) {
      const receivedAt = Date.parse(m.receivedDateTime);
      if (receivedAt < since) {
        older = true;
        continue;
      }
      scanned += 1;
      const counted = followUpMessageOf(
        m,
        byConversation.get(m.conversationId) ?? [],
        org,
        mailbox,
      );
      if (counted) messages.push(counted);
    }
    if (older || result.nextPageUrl === null) break;
    pageUrl = result.nextPageUrl;
  }
  const weekly = createFollowUp(org, now, 'week');
  for (const m of messages) if (m.receivedAt <= now) weekly.add({ ...m, mailbox: '' });
  return {
    windows: personalFollowUp(messages, org, now),
    weeks: weekly.rows(),
    scanned,
  };
}

import {
  explainClock,
  formatDateTime,
  formatWorkingTimeLeft,
  parseHeaders,
  receivedAtOf,
  replyClock,
  triageFor,
} from '../../../shared/index.ts';
import type { Lang, MessageFacts, Organisation, ReplyClock } from '../../../shared/index.ts';
import type { UiStrings } from '../i18n/uiStrings.ts';
import type { SelectedMessage } from '../pane/ports.ts';

/** What we know about a message beyond what Office gives us (from Graph, or the user). */
export interface MessageExtras {
  /** Graph receivedDateTime, epoch ms. */
  readonly serverReceivedAt?: number;
  /** When the mailbox replied, epoch ms. */
  readonly answeredAt?: number;
  readonly notOurs?: boolean;
}

/**
 * The core's facts for a selected message, picked the same way as in Gmail (`receivedAtOf`):
 * Graph's receivedDateTime first, then the topmost Received: header, then (labelled as fallbacks)
 * the Date: header and the item's creation time; triage from the headers (`triageFor`).
 */
export function messageFacts(
  message: SelectedMessage,
  extras: MessageExtras,
  org: Organisation,
  mailbox: string,
): MessageFacts {
  const headers = message.internetHeaders ? parseHeaders(message.internetHeaders) : null;
  const received: Pick<MessageFacts, 'receivedAt' | 'receivedAtSource'> = receivedAtOf({
    serverReceivedAt: extras.serverReceivedAt,
    headers,
    createdAt: message.dateTimeCreated,
  }) ?? { receivedAt: message.dateTimeCreated, receivedAtSource: 'created' };
  const triage = headers ? triageFor(headers, org, mailbox) : undefined;
  return {
    ...received,
    ...(triage ? { triage } : {}),
    ...(extras.answeredAt !== undefined && extras.answeredAt >= received.receivedAt
      ? { answeredAt: extras.answeredAt }
      : {}),
    ...(extras.notOurs ? { notOurs: true } : {}),
  };
}

/** Everything the clock card shows, as ready-made text. */
export interface ClockView {
  readonly clock: ReplyClock;
  readonly dueText: string | null;
  readonly targetText: string | null;
  readonly leftText: string | null;
  readonly receivedText: string;
  /** Set when the received time is a fallback ("Mottagningstid uppskattad från …"). */
  readonly receivedEstimate: string | null;
  readonly explanation: readonly string[];
  readonly noDutyReasons: readonly string[];
  readonly infoBar: { readonly text: string; readonly kind: 'informational' | 'error' };
}

const INFO_BAR_MAX = 150;

function clip(text: string): string {
  return text.length <= INFO_BAR_MAX ? text : `${text.slice(0, INFO_BAR_MAX - 1)}…`;
}

/** Computes the clock and all its texts for one message at `now`. */
export function clockView(
  facts: MessageFacts,
  org: Organisation,
  now: number,
  lang: Lang,
  t: UiStrings,
): ClockView {
  const clock = replyClock(facts, org, now);
  const dueText = clock.deadline ? formatDateTime(clock.deadline.due, lang) : null;
  const leftText =
    clock.deadline && clock.state !== 'answered' && clock.state !== 'not-required'
      ? formatWorkingTimeLeft(clock.workingMsLeft, org.officeHours, lang)
      : null;
  const noDutyReasons =
    clock.triage && !clock.triage.duty
      ? // The core's sentence names its evidence already; add it only if it does not.
        clock.triage.reasons.map((r) =>
          r.message[lang].includes(r.evidence)
            ? r.message[lang]
            : `${r.message[lang]} (${r.evidence})`,
        )
      : [];
  return {
    clock,
    dueText,
    targetText: clock.target ? formatDateTime(clock.target.due, lang) : null,
    leftText,
    receivedText: formatDateTime(clock.receivedAt, lang),
    receivedEstimate:
      clock.receivedAtSource === 'created' || clock.receivedAtSource === 'date-header'
        ? t.receivedEstimated(t.receivedSourceNames[clock.receivedAtSource])
        : null,
    explanation: explainClock(clock, org, lang),
    noDutyReasons,
    infoBar: infoBarFor(clock, dueText, leftText, lang, t),
  };
}

function infoBarFor(
  clock: ReplyClock,
  dueText: string | null,
  leftText: string | null,
  lang: Lang,
  t: UiStrings,
): ClockView['infoBar'] {
  switch (clock.state) {
    case 'not-required': {
      const first = clock.triage?.reasons[0];
      return {
        text: clip(t.infoBarNoDuty(first ? first.message[lang] : '')),
        kind: 'informational',
      };
    }
    case 'answered':
      return { text: t.infoBarAnswered, kind: 'informational' };
    case 'overdue':
      return { text: clip(t.infoBarOverdue(dueText ?? '')), kind: 'error' };
    default:
      return {
        text: clip(
          clock.kind === 'forward'
            ? t.infoBarForward(dueText ?? '')
            : t.infoBarDue(dueText ?? '', leftText ?? ''),
        ),
        kind: 'informational',
      };
  }
}

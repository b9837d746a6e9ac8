import {
  dutyTimeline,
  explainClock,
  promisedLine,
  formatDateTime,
  formatWorkingTimeLeft,
  messageFactsOf,
  parseHeaders,
  replyClock,
  senderTrust,
} from '../../../shared/index.ts';
import type {
  DutyTimeline,
  Lang,
  MessageFacts,
  Organisation,
  ReplyClock,
} from '../../../shared/index.ts';
import type { DutyRecord } from './dutyRecord.ts';
import type { UiStrings } from '../i18n/uiStrings.ts';
import type { SelectedMessage } from '../pane/ports.ts';

/** What we know about a message beyond what Office gives us (from Graph, or the user). */
export interface MessageExtras {
  /** Graph receivedDateTime, epoch ms. */
  readonly serverReceivedAt?: number;
  /** When the mailbox replied, epoch ms. */
  readonly answeredAt?: number;
  readonly notOurs?: boolean;
  /** What was promised, sent or forwarded, from the message's extended property. */
  readonly record?: DutyRecord;
}

/**
 * The core's facts for a selected message (Office item plus what Graph told us), decided by the
 * core's `messageFactsOf` exactly as for Gmail.
 */
export function messageFacts(
  message: SelectedMessage,
  extras: MessageExtras,
  org: Organisation,
  mailbox: string,
): MessageFacts {
  return messageFactsOf(
    {
      headers: message.internetHeaders ? parseHeaders(message.internetHeaders) : null,
      serverReceivedAt: extras.serverReceivedAt,
      createdAt: message.dateTimeCreated,
      answeredAt: extras.answeredAt,
      notOurs: extras.notOurs,
    },
    org,
    mailbox,
    message.dateTimeCreated,
  );
}

/**
 * Calm lines about the sender (DMARC failure for the organisation's own domain, a look-alike
 * domain) from the message's headers; empty without headers. Never a change of duty.
 */
export function senderTrustLines(
  message: SelectedMessage,
  org: Organisation,
  lang: Lang,
): readonly string[] {
  if (!message.internetHeaders) return [];
  const trust = senderTrust(parseHeaders(message.internetHeaders), { orgDomains: org.domains });
  return trust.notes.map((note) => note.message[lang]);
}

/** Everything the clock card shows, as ready-made text. */
export interface ClockView {
  readonly clock: ReplyClock;
  /** The duties after the kvittens (promise, status updates, forward); null if the record is unusable. */
  readonly timeline: DutyTimeline | null;
  /** "Svar utlovat senast …" while a promise stands. */
  readonly promisedText: string | null;
  readonly dueText: string | null;
  readonly targetText: string | null;
  readonly leftText: string | null;
  readonly receivedText: string;
  /** Set when the received time is a fallback ("Mottagningstid uppskattad från …"). */
  readonly receivedEstimate: string | null;
  readonly explanation: readonly string[];
  readonly noDutyReasons: readonly string[];
  /** Sender trust and triage hints ('the subject only looks automatic'), shown beside the clock. */
  readonly senderNotes: readonly string[];
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
  record: DutyRecord = {},
  trustLines: readonly string[] = [],
): ClockView {
  const clock = replyClock(facts, org, now);
  const events = {
    ...record,
    ...(facts.answeredAt !== undefined ? { answeredAt: facts.answeredAt } : {}),
  };
  const checked = dutyTimeline(facts, events, org, now);
  const timeline = checked.ok ? checked.value : null;
  const promisedText =
    timeline?.promised && timeline.state !== 'answered'
      ? promisedLine(timeline.promised, lang)
      : null;
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
    timeline,
    promisedText,
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
    senderNotes: [
      ...trustLines,
      ...(clock.triage?.duty ? (clock.triage.hints ?? []).map((hint) => hint.message[lang]) : []),
    ],
    infoBar:
      timeline?.state === 'forwarded'
        ? { text: t.infoBarForwarded, kind: 'informational' }
        : infoBarFor(clock, dueText, leftText, lang, t),
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

import {
  DUTY_STATE_WORDS,
  clockStateWord,
  explainClock,
  formatDate,
  formatDateTime,
  formatWorkingTimeLeft,
  promisedLine,
} from '../core';
import type { ClockState, DutyTimeline, Lang, Organisation, ReplyClock } from '../core';
import { ACTION } from './actionNames';
import type { ButtonModel, CardModel, SectionModel, WidgetModel } from './cardModel';
import { tr } from './tr';

/** Midnight UTC of a date: what Gmail's date picker shows as that date. */
export function datePickerMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** What the message card shows. */
export interface MessageCardInput {
  readonly clock: ReplyClock;
  readonly org: Organisation;
  readonly lang: Lang;
  /** The organisation is the built-in demo (ORG_CONFIG not set). */
  readonly demo: boolean;
  readonly messageId: string;
  /** The "Svarsplikt/…" label the thread carries, if any. */
  readonly label: string | null;
  /** Calm lines about the sender (DMARC failure for the own domain, a look-alike domain). */
  readonly senderNotes?: readonly string[];
  /** A notice shown first, e.g. that forwarding ended on return. */
  readonly notice?: string;
  /** The answer date a kvittens promises unless the user picks another (defaultPromisedDate). */
  readonly promisedDefault?: string;
  /** The answer date promised in the thread (its promise label), if any. */
  readonly promised?: string;
  /** A kvittens or lägesbesked drafted but not yet seen sent: its promise does not count yet. */
  readonly pending?: { readonly promised: string; readonly kind: 'kvittens' | 'status-update' };
  /** The thread was passed on with word: its forward duty is met. */
  readonly forwarded?: boolean;
  /** The duties over time, when the thread carries a promise. */
  readonly timeline?: DutyTimeline;
}

/** A promise whose date has passed unanswered: the card offers a lägesbesked. */
export function needsStatusUpdate(timeline: DutyTimeline | undefined): boolean {
  return timeline?.current?.kind === 'status-update';
}

function promiseFacts(input: MessageCardInput, promised: string): WidgetModel[] {
  const { lang, timeline } = input;
  const facts: WidgetModel[] = [];
  if (timeline !== undefined) {
    facts.push({
      kind: 'fact',
      label: tr(lang, 'Status', 'Status'),
      text: DUTY_STATE_WORDS[needsStatusUpdate(timeline) ? 'promise-broken' : timeline.state][lang],
    });
  }
  facts.push({ kind: 'text', text: promisedLine(promised, lang), bold: true });
  if (timeline?.current?.kind !== undefined && timeline.current.kind !== 'status-update') {
    facts.push({
      kind: 'fact',
      label: tr(lang, 'Arbetstid kvar', 'Working time left'),
      text:
        timeline.state === 'overdue'
          ? tr(lang, 'Ingen – tiden har gått ut', 'None – the time is up')
          : formatWorkingTimeLeft(timeline.workingMsLeft, input.org.officeHours, lang),
    });
  }
  return facts;
}

function promiseActions(input: MessageCardInput): WidgetModel[] {
  const { lang, messageId } = input;
  const widgets: WidgetModel[] = [];
  const buttons: ButtonModel[] = [];
  if (needsStatusUpdate(input.timeline) && input.promisedDefault !== undefined) {
    widgets.push({
      kind: 'datePicker',
      name: PROMISED_FIELD,
      label: tr(lang, 'Nytt svarsdatum', 'New answer date'),
      valueMs: datePickerMs(input.promisedDefault),
    });
    buttons.push({
      text: tr(lang, 'Skicka lägesbesked', 'Send a status update'),
      action: {
        kind: 'compose',
        functionName: ACTION.statusUpdate,
        parameters: { messageId },
        draftType: 'reply',
      },
      primary: true,
    });
  }
  buttons.push({
    text: tr(lang, 'Markera som besvarat', 'Mark as answered'),
    action: { kind: 'call', functionName: ACTION.answered, parameters: { messageId } },
  });
  widgets.push({ kind: 'buttons', buttons });
  return widgets;
}

/** A drafted promise is not a promise yet: the card says so until the draft is seen sent. */
function pendingLine(
  pending: { readonly promised: string; readonly kind: 'kvittens' | 'status-update' },
  lang: Lang,
): WidgetModel {
  const date = formatDate(pending.promised, lang);
  return {
    kind: 'text',
    bold: true,
    text:
      pending.kind === 'kvittens'
        ? tr(
            lang,
            `Kvittensen med svar senast ${date} ligger som utkast. Löftet gäller när den är skickad.`,
            `The acknowledgement promising an answer by ${date} is a draft. The promise holds once it is sent.`,
          )
        : tr(
            lang,
            `Lägesbeskedet med nytt svarsdatum ${date} ligger som utkast. Det gäller när det är skickat.`,
            `The status update with the new date ${date} is a draft. It holds once it is sent.`,
          ),
  };
}

/** The kvittens date picker's form field name. */
export const PROMISED_FIELD = 'promised';

/** The state in words, for the user's language: the core's words, the same as in Outlook. */
export function stateText(state: ClockState, lang: Lang): string {
  return clockStateWord(state, lang);
}

/** The card's subtitle: the organisation, marked when it is the demo configuration. */
export function orgSubtitle(org: Organisation, demo: boolean, lang: Lang): string {
  return demo ? `${org.name} (${tr(lang, 'demo', 'demo')})` : org.name;
}

function clockFacts(
  clock: ReplyClock,
  org: Organisation,
  lang: Lang,
  forwarded = false,
): WidgetModel[] {
  const forward = clock.kind === 'forward';
  const status =
    forward && forwarded
      ? `${DUTY_STATE_WORDS.forwarded[lang]} – ${tr(lang, 'inte vårt ärende', 'not ours')}`
      : forward
        ? `${stateText(clock.state, lang)} – ${tr(lang, 'inte vårt ärende', 'not ours')}`
        : stateText(clock.state, lang);
  const facts: WidgetModel[] = [
    { kind: 'fact', label: tr(lang, 'Status', 'Status'), text: status },
  ];
  if (clock.deadline !== null) {
    facts.push({
      kind: 'fact',
      label: forward
        ? tr(lang, 'Vidarebefordra senast', 'Forward by')
        : tr(lang, 'Svara senast', 'Answer by'),
      text: formatDateTime(clock.deadline.due, lang),
    });
    if (clock.state !== 'answered') {
      facts.push({
        kind: 'fact',
        label: tr(lang, 'Arbetstid kvar', 'Working time left'),
        text:
          clock.state === 'overdue'
            ? tr(lang, 'Ingen – tiden har gått ut', 'None – the time is up')
            : formatWorkingTimeLeft(clock.workingMsLeft, org.officeHours, lang),
      });
    }
  }
  if (clock.target !== null && clock.state !== 'answered') {
    facts.push({
      kind: 'fact',
      label: tr(lang, 'Mål', 'Target'),
      text: formatDateTime(clock.target.due, lang),
    });
  }
  const fallback = clock.receivedAtSource !== 'server';
  facts.push({
    kind: 'fact',
    label: tr(lang, 'Mottaget', 'Received'),
    text: formatDateTime(clock.receivedAt, lang),
    ...(fallback
      ? {
          bottomLabel: tr(
            lang,
            'Reserv: serverns mottagningstid saknas',
            "Fallback: the server's time of receipt is missing",
          ),
        }
      : {}),
  });
  return facts;
}

function actionButtons(input: MessageCardInput): ButtonModel[] {
  const { clock, lang, messageId } = input;
  const parameters = { messageId };
  const buttons: ButtonModel[] = [];
  if (
    input.promised === undefined &&
    clock.deadline !== null &&
    clock.state !== 'answered' &&
    clock.kind === 'reply'
  ) {
    buttons.push(
      {
        text: tr(lang, 'Skapa kvittens', 'Create acknowledgement'),
        action: {
          kind: 'compose',
          functionName: ACTION.acknowledge,
          parameters,
          draftType: 'reply',
        },
        primary: true,
      },
      {
        text: tr(lang, 'Kvittens utan citat (konfidentiellt)', 'Acknowledge without quoting'),
        action: {
          kind: 'compose',
          functionName: ACTION.acknowledgeConfidential,
          parameters,
          draftType: 'standalone',
        },
      },
    );
    if (input.promisedDefault !== undefined) {
      buttons.push({
        text: tr(lang, 'Kvittens med valt datum', 'Acknowledge with the chosen date'),
        action: {
          kind: 'compose',
          functionName: ACTION.acknowledge,
          parameters: { messageId, chosen: '1' },
          draftType: 'reply',
        },
      });
    }
  }
  if (input.forwarded === true) {
    buttons.push({
      text: tr(lang, 'Skriv beskedet till avsändaren', 'Draft the notice to the sender'),
      action: {
        kind: 'compose',
        functionName: ACTION.passOnNotice,
        parameters,
        draftType: 'reply',
      },
    });
  } else if (clock.state !== 'not-required' && clock.state !== 'answered') {
    // One action: choose the recipient, forward, record, and draft the notice (passOnCard).
    buttons.push({
      text: tr(lang, 'Inte mitt ärende', 'Not ours'),
      action: {
        kind: 'call',
        functionName: ACTION.passOnOpen,
        parameters: { ...parameters, navigation: 'push' },
      },
    });
  }
  if (clock.kind === 'forward') {
    buttons.push({
      text: tr(lang, 'Mitt ärende ändå', 'Ours after all'),
      action: { kind: 'call', functionName: ACTION.oursAfterAll, parameters },
    });
  }
  if (clock.deadline !== null && clock.state !== 'answered') {
    buttons.push({
      text: tr(lang, 'Märk tråden med förfallodag', 'Label thread with due date'),
      action: { kind: 'call', functionName: ACTION.labelThread, parameters },
    });
  }
  return buttons;
}

/**
 * The card for an opened message: the reply clock (state, due, working time left, receipt),
 * why, and what can be done about it.
 */
export function messageCard(input: MessageCardInput): CardModel {
  const { clock, org, lang } = input;
  const sections: SectionModel[] = [];
  if (input.notice !== undefined) {
    sections.push({ widgets: [{ kind: 'text', text: input.notice, bold: true }] });
  }
  if (input.pending !== undefined) {
    sections.push({ widgets: [pendingLine(input.pending, lang)] });
  }
  const promised = input.promised;
  if (promised !== undefined) {
    sections.push({ widgets: promiseFacts(input, promised) });
    sections.push({
      header: tr(lang, 'Utlovat svar', 'Promised answer'),
      widgets: promiseActions(input),
    });
  } else {
    sections.push({ widgets: clockFacts(clock, org, lang, input.forwarded === true) });
  }
  const hints = clock.triage?.duty
    ? (clock.triage.hints ?? []).map((hint) => hint.message[lang])
    : [];
  const senderLines = [...(input.senderNotes ?? []), ...hints];
  if (senderLines.length > 0) {
    sections.push({
      header: tr(lang, 'Om avsändaren', 'About the sender'),
      widgets: senderLines.map((text) => ({ kind: 'text' as const, text })),
    });
  }
  // Under a promise the date is the user's own: the rule's explanation is left out.
  if (promised === undefined && clock.state === 'not-required') {
    const reasons = clock.triage?.reasons ?? [];
    sections.push({
      header: tr(lang, 'Automatiskt utskick', 'Automatic mail'),
      widgets: reasons.map((reason) => ({
        kind: 'fact' as const,
        label: tr(lang, 'Skäl', 'Reason'),
        text: reason.message[lang],
      })),
    });
  } else if (promised === undefined) {
    sections.push({
      header: tr(lang, 'Så räknas tiden', 'How the time is counted'),
      collapsible: { uncollapsible: 1 },
      widgets: explainClock(clock, org, lang).map((text) => ({ kind: 'text' as const, text })),
    });
  }
  if (input.label !== null) {
    sections.push({
      widgets: [{ kind: 'fact', label: tr(lang, 'Etikett', 'Label'), text: input.label }],
    });
  }
  const buttons = actionButtons(input);
  const offersKvittens =
    promised === undefined &&
    input.promisedDefault !== undefined &&
    clock.deadline !== null &&
    clock.state !== 'answered' &&
    clock.kind === 'reply';
  sections.push({
    header: tr(lang, 'Åtgärder', 'Actions'),
    widgets: [
      ...(offersKvittens && input.promisedDefault !== undefined
        ? [
            {
              kind: 'datePicker' as const,
              name: PROMISED_FIELD,
              label: tr(lang, 'Svar utlovas senast', 'Answer promised by'),
              valueMs: datePickerMs(input.promisedDefault),
            },
          ]
        : []),
      ...(buttons.length > 0 ? [{ kind: 'buttons' as const, buttons }] : []),
      {
        kind: 'buttons',
        buttons: [
          {
            text: tr(lang, 'Visa kön', 'Show queue'),
            action: {
              kind: 'call',
              functionName: ACTION.queuePage,
              parameters: { navigation: 'push' },
            },
          },
          {
            text: tr(lang, 'Frånvaro', 'Absence'),
            action: { kind: 'call', functionName: ACTION.absenceOpen },
          },
        ],
      },
    ],
  });
  return {
    name: 'message',
    title: tr(lang, 'Svarsplikt', 'Reply duty'),
    subtitle: orgSubtitle(org, input.demo, lang),
    sections,
  };
}

import { EXTERNAL_FORWARD_WARNING } from '../core';
import type { Lang, Organisation } from '../core';
import { ACTION } from './actionNames';
import type { CardModel, SectionModel } from './cardModel';
import { orgSubtitle } from './messageCard';
import { tr } from './tr';

/** The pass-on card's form field names. */
export const PASS_ON_FIELD = Object.freeze({
  mailbox: 'passOnMailbox',
  name: 'passOnName',
  address: 'passOnAddress',
  external: 'passOnExternal',
  answerBy: 'passOnAnswerBy',
  resend: 'passOnResend',
});

/** What the pass-on card shows. */
export interface PassOnCardInput {
  readonly org: Organisation;
  readonly demo: boolean;
  readonly lang: Lang;
  readonly messageId: string;
  /** An earlier forward to this address ended before Gmail confirmed it. */
  readonly interruptedTo?: string;
}

/**
 * "Inte mitt ärende" (docs/rules.md §7), one action: choose who will answer — a functional
 * mailbox of the organisation, another address in it, or an external authority (which leaves the
 * organisation, so its warning must be accepted) — and, if known, by when. The add-on then
 * forwards the message and drafts the notice to the asker.
 */
export function passOnCard(input: PassOnCardInput): CardModel {
  const { org, lang, messageId } = input;
  const sections: SectionModel[] = [
    {
      header: tr(lang, 'Mottagare', 'Recipient'),
      widgets: [
        {
          kind: 'dropdown',
          name: PASS_ON_FIELD.mailbox,
          label: tr(lang, 'Funktionsbrevlåda', 'Functional mailbox'),
          items: [
            {
              text: tr(lang, 'Annan mottagare (nedan)', 'Other recipient (below)'),
              value: '',
              selected: org.functionalMailboxes.length === 0,
            },
            ...org.functionalMailboxes.map((m, i) => ({
              text: `${m.name} <${m.address}>`,
              value: m.address,
              selected: i === 0,
            })),
          ],
        },
        {
          kind: 'textInput',
          name: PASS_ON_FIELD.address,
          label: tr(lang, 'Mottagarens e-post', "Recipient's e-mail"),
          hint: tr(
            lang,
            'En adress i organisationen eller hos en extern myndighet. Lämna tomt för funktionsbrevlådan.',
            'An address in the organisation or at an outside authority. Leave empty for the mailbox.',
          ),
        },
        {
          kind: 'textInput',
          name: PASS_ON_FIELD.name,
          label: tr(lang, 'Mottagarens namn', "Recipient's name"),
          hint: tr(lang, 'T.ex. Miljöförvaltningen eller Länsstyrelsen', 'E.g. the county board'),
        },
        {
          kind: 'datePicker',
          name: PASS_ON_FIELD.answerBy,
          label: tr(lang, 'Svar senast (om det är känt)', 'Answer by (if known)'),
        },
      ],
    },
    {
      header: tr(lang, 'Extern myndighet', 'External authority'),
      widgets: [
        { kind: 'text', text: EXTERNAL_FORWARD_WARNING[lang], bold: true },
        {
          kind: 'checkboxes',
          name: PASS_ON_FIELD.external,
          label: tr(lang, 'Extern mottagare', 'Outside recipient'),
          items: [
            {
              text: tr(
                lang,
                'Mottagaren är en extern myndighet och jag vet att meddelandet lämnar organisationen',
                'The recipient is an outside authority and I know the message leaves the organisation',
              ),
              value: 'yes',
              selected: false,
            },
          ],
        },
      ],
    },
  ];
  if (input.interruptedTo !== undefined) {
    sections.push({
      header: tr(lang, 'Avbrutet försök', 'Interrupted attempt'),
      widgets: [
        {
          kind: 'text',
          text: tr(
            lang,
            `Ett tidigare försök att skicka vidare till ${input.interruptedTo} avbröts innan Gmail bekräftade det. Titta i Skickat innan du skickar igen.`,
            `An earlier attempt to forward to ${input.interruptedTo} ended before Gmail confirmed it. Look in Sent before sending again.`,
          ),
        },
        {
          kind: 'checkboxes',
          name: PASS_ON_FIELD.resend,
          label: tr(lang, 'Skicka igen', 'Send again'),
          items: [
            {
              text: tr(
                lang,
                'Det finns inte i Skickat: skicka igen',
                'It is not in Sent: send again',
              ),
              value: 'yes',
              selected: false,
            },
          ],
        },
      ],
    });
  }
  sections.push({
    widgets: [
      {
        kind: 'text',
        text: tr(
          lang,
          'Meddelandet skickas vidare direkt, med bilagor. Beskedet till avsändaren öppnas som utkast som du själv skickar.',
          'The message is forwarded at once, with attachments. The notice to the sender opens as a draft that you send yourself.',
        ),
      },
      {
        kind: 'buttons',
        buttons: [
          {
            text: tr(lang, 'Skicka vidare och skriv besked', 'Forward and draft the notice'),
            action: {
              kind: 'compose',
              functionName: ACTION.passOn,
              parameters: { messageId },
              draftType: 'reply',
            },
            primary: true,
          },
        ],
      },
    ],
  });
  return {
    name: 'passOn',
    title: tr(lang, 'Inte mitt ärende – skicka vidare', 'Not ours – pass it on'),
    subtitle: orgSubtitle(org, input.demo, lang),
    sections,
  };
}

/** After a forward whose notice draft failed: what went out, and the notice alone. */
export function passOnSentCard(input: {
  readonly org: Organisation;
  readonly demo: boolean;
  readonly lang: Lang;
  readonly messageId: string;
  readonly to: string;
  readonly name: string;
}): CardModel {
  const { lang } = input;
  return {
    name: 'passOnSent',
    title: tr(lang, 'Skickat vidare', 'Forwarded'),
    subtitle: orgSubtitle(input.org, input.demo, lang),
    sections: [
      {
        widgets: [
          {
            kind: 'fact',
            label: tr(lang, 'Skickat vidare till', 'Forwarded to'),
            text: input.name === input.to ? input.to : `${input.name} <${input.to}>`,
          },
          {
            kind: 'text',
            bold: true,
            text: tr(
              lang,
              'Beskedet till avsändaren kunde inte skrivas. Meddelandet skickas inte vidare en gång till.',
              'The notice to the sender could not be drafted. The message will not be forwarded again.',
            ),
          },
          {
            kind: 'buttons',
            buttons: [
              {
                text: tr(lang, 'Skriv beskedet till avsändaren', 'Draft the notice to the sender'),
                action: {
                  kind: 'compose',
                  functionName: ACTION.passOnNotice,
                  parameters: { messageId: input.messageId },
                  draftType: 'reply',
                },
                primary: true,
              },
            ],
          },
        ],
      },
    ],
  };
}

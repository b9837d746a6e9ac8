import type { Lang, Organisation } from '../core';
import { ACTION } from './actionNames';
import type { CardModel } from './cardModel';
import { orgSubtitle } from './messageCard';
import { tr } from './tr';

/** The pass-on card's form field names. */
export const PASS_ON_FIELD = Object.freeze({
  mailbox: 'passOnMailbox',
  name: 'passOnName',
  address: 'passOnAddress',
  external: 'passOnExternal',
});

/** What the pass-on card shows. */
export interface PassOnCardInput {
  readonly org: Organisation;
  readonly demo: boolean;
  readonly lang: Lang;
  readonly messageId: string;
}

/**
 * "Not ours, passed on with word" (docs/rules.md §7): choose who will answer — a functional mailbox of
 * the organisation, another address in it, or an external authority (which leaves the
 * organisation, so it must be ticked) — then draft the notice to the asker.
 */
export function passOnCard(input: PassOnCardInput): CardModel {
  const { org, lang, messageId } = input;
  return {
    name: 'passOn',
    title: tr(lang, 'Inte mitt ärende – skicka vidare', 'Not ours – pass it on'),
    subtitle: orgSubtitle(org, input.demo, lang),
    sections: [
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
            name: PASS_ON_FIELD.name,
            label: tr(lang, 'Mottagarens namn', "Recipient's name"),
            hint: tr(lang, 'T.ex. Miljöförvaltningen eller Länsstyrelsen', 'E.g. the county board'),
          },
          {
            kind: 'textInput',
            name: PASS_ON_FIELD.address,
            label: tr(lang, 'Mottagarens e-post', "Recipient's e-mail"),
            hint: tr(lang, 'Lämna tomt för funktionsbrevlådan', 'Leave empty for the mailbox'),
          },
          {
            kind: 'checkboxes',
            name: PASS_ON_FIELD.external,
            label: tr(lang, 'Extern myndighet', 'External authority'),
            items: [
              {
                text: tr(
                  lang,
                  'Mottagaren är en extern myndighet – meddelandet lämnar organisationen',
                  'The recipient is an external authority – the message leaves the organisation',
                ),
                value: 'yes',
                selected: false,
              },
            ],
          },
        ],
      },
      {
        widgets: [
          {
            kind: 'buttons',
            buttons: [
              {
                text: tr(lang, 'Skriv besked till avsändaren', 'Draft the notice to the sender'),
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
      },
    ],
  };
}

import type { IsoDate } from '../calendar/isoDate.ts';
import { formatDate } from '../i18n/formatDate.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Organisation } from '../policy/organisation.ts';
import { displayText } from '../text/displayText.ts';

/** What the note above a forwarded "not ours" message says. */
export interface ForwardNoteInput {
  /** When the organisation received the message (epoch ms). */
  readonly receivedAt: number;
  /** The asker, as the message names them. */
  readonly sender?: { readonly name?: string; readonly address: string };
  /** The answer date the asker is told, if known. */
  readonly answerBy?: IsoDate;
}

const LINES: Record<
  Lang,
  {
    readonly intro: (org: string) => string;
    readonly received: (when: string, who: string | undefined) => string;
    readonly notice: (by: string | undefined) => string;
  }
> = {
  sv: {
    intro: (org) =>
      `Det bifogade meddelandet kom till ${org} men är inte vårt ärende, så vi skickar det vidare till er.`,
    received: (when, who) => `Det togs emot ${when}${who === undefined ? '' : ` från ${who}`}.`,
    notice: (by) =>
      `Avsändaren har fått besked om att ni svarar${by === undefined ? '' : ` senast ${by}`}. Svara avsändaren direkt.`,
  },
  en: {
    intro: (org) =>
      `The attached message came to ${org} but is not ours to handle, so we are passing it on to you.`,
    received: (when, who) =>
      `It was received on ${when}${who === undefined ? '' : ` from ${who}`}.`,
    notice: (by) =>
      `The sender has been told that you will answer${by === undefined ? '' : ` by ${by} at the latest`}. Please answer the sender directly.`,
  },
};

/**
 * The plain-text note above a forwarded "not ours" message (docs/rules.md §7), Swedish then
 * English: whose message it is, when it came, and what the asker was told. Both hosts send it.
 * @example buildForwardNote({ receivedAt, answerBy: '2027-01-12' }, org)
 * // 'Det bifogade meddelandet kom till Växjö kommun men är inte vårt ärende…'
 */
export function buildForwardNote(input: ForwardNoteInput, org: Organisation): string {
  const sender = input.sender;
  const name = sender?.name === undefined ? '' : displayText(sender.name).trim();
  const who =
    sender === undefined ? undefined : name === '' ? sender.address : `${name} <${sender.address}>`;
  const languages: readonly Lang[] = org.languages.includes('en') ? ['sv', 'en'] : ['sv'];
  return languages
    .map((lang) => {
      const words = LINES[lang];
      const by = input.answerBy === undefined ? undefined : formatDate(input.answerBy, lang);
      return [
        words.intro(org.name),
        words.received(formatDateTime(input.receivedAt, lang), who),
        words.notice(by),
      ].join('\n');
    })
    .join('\n\n');
}

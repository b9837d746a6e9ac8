import { formatDate } from '../i18n/formatDate.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import type { Organisation } from '../policy/organisation.ts';
import { contactInlines } from './contactInlines.ts';
import { notOursPhrases } from './followUpPhrases.ts';
import { givenText } from './givenText.ts';
import type { Block } from './letter.ts';
import {
  closingBlock,
  greetingBlock,
  paragraph,
  renderReply,
  replySubject,
} from './replyLetter.ts';
import type { Acknowledgement, NotOursNoticeInput } from './types.ts';

/**
 * Writes the notice to the asker when a message is not ours (docs/rules.md §7, Vaxholm 002): it has been
 * passed on, to whom, who will answer and, if known, by when, and how to reach them. Swedish then
 * English; user text is escaped in the HTML.
 * @example
 * buildNotOursNotice({ receivedAt, forwardedTo: { name: 'Länsstyrelsen' }, lang: 'sv' }, org).text
 * // '…vi har skickat det vidare till Länsstyrelsen, som kommer att svara dig.\n…'
 */
export function buildNotOursNotice(input: NotOursNoticeInput, org: Organisation): Acknowledgement {
  const subject = replySubject(input, (lang) => notOursPhrases(lang).subject);
  const who = givenText(input.forwardedTo.name) ?? input.forwardedTo.address ?? '';
  const means = contactInlines({
    name: '',
    ...(input.forwardedTo.address !== undefined ? { address: input.forwardedTo.address } : {}),
    ...(input.forwardedTo.phone !== undefined ? { phone: input.forwardedTo.phone } : {}),
  });
  return renderReply(input, subject, (lang) => {
    const words = notOursPhrases(lang);
    const by = input.answerBy === undefined ? undefined : formatDate(input.answerBy, lang);
    const reach: readonly Block[] =
      means.length === 0
        ? []
        : [paragraph([{ text: words.reach(who) }]), { kind: 'ul', lines: [means] }];
    return [
      greetingBlock(input, lang),
      paragraph([{ text: words.received(formatDateTime(input.receivedAt, lang)) }]),
      paragraph([{ text: words.passedOn(who, by) }]),
      ...reach,
      closingBlock(input, org, lang),
    ];
  });
}

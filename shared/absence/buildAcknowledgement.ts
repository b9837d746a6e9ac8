import { stockholmDate } from '../calendar/stockholmTime.ts';
import { formatDate } from '../i18n/formatDate.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Organisation } from '../policy/organisation.ts';
import { acknowledgementPhrases } from './acknowledgementPhrases.ts';
import type { Block } from './letter.ts';
import {
  channelBlocks,
  closingBlock,
  greetingBlock,
  paragraph,
  renderReply,
  replySubject,
} from './replyLetter.ts';
import type { Acknowledgement, AcknowledgementInput } from './types.ts';

/**
 * Writes the one-click acknowledgement (docs/rules.md §5): thanks, received on, handling started, answer
 * expected by, official contact. Växjö asks to confirm receipt and that handling has started;
 * Vaxholm and Ale to say when an answer can be expected. The date stated is the promised date when
 * one is given (docs/rules.md §7), else the day of `answerBy`. Confidential mail (Vimmerby) gets a new
 * message that neither quotes nor names the original. Throws RangeError when neither date is given.
 * @example
 * buildAcknowledgement({ receivedAt: Date.UTC(2026, 3, 7, 8, 12), promised: '2026-04-09', lang: 'sv' }, org).text
 * // 'Hej!\n\nTack för ditt meddelande. Vi tog emot det tisdag 7 april 2026 kl. 10:12 och handläggningen har påbörjats.\n\nDu kan räkna med svar senast torsdag 9 april 2026.\n…'
 */
export function buildAcknowledgement(
  input: AcknowledgementInput,
  org: Organisation,
): Acknowledgement {
  const answerDate =
    input.promised ?? (input.answerBy === undefined ? undefined : stockholmDate(input.answerBy));
  if (answerDate === undefined) {
    throw new RangeError('buildAcknowledgement needs promised (YYYY-MM-DD) or answerBy');
  }
  const subject = replySubject(input, (lang) => acknowledgementPhrases(lang).subject);
  return renderReply(input, subject, (lang) => acknowledgementBlocks(input, answerDate, org, lang));
}

function acknowledgementBlocks(
  input: AcknowledgementInput,
  answerDate: string,
  org: Organisation,
  lang: Lang,
): readonly Block[] {
  const words = acknowledgementPhrases(lang);
  return [
    greetingBlock(input, lang),
    paragraph([{ text: words.received(formatDateTime(input.receivedAt, lang)) }]),
    paragraph([{ text: words.answerBy(formatDate(answerDate, lang)) }]),
    ...channelBlocks(org, lang),
    closingBlock(input, org, lang),
  ];
}

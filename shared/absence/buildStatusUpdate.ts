import { formatDate } from '../i18n/formatDate.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import type { Organisation } from '../policy/organisation.ts';
import { statusUpdatePhrases } from './followUpPhrases.ts';
import {
  channelBlocks,
  closingBlock,
  greetingBlock,
  paragraph,
  renderReply,
  replySubject,
} from './replyLetter.ts';
import type { Acknowledgement, StatusUpdateInput } from './types.ts';

/**
 * Writes a lägesbesked (docs/rules.md §7): the answer is not ready, handling goes on, and the new date by
 * which an answer can be expected. Swedish then English; user text is escaped in the HTML.
 * Check the new date with checkPromisedDate first.
 * @example
 * buildStatusUpdate({ receivedAt, promised: '2026-04-22', previouslyPromised: '2026-04-15', lang: 'sv' }, org).text
 * // '…Du kan nu räkna med svar senast onsdag 22 april 2026.\n…'
 */
export function buildStatusUpdate(input: StatusUpdateInput, org: Organisation): Acknowledgement {
  const subject = replySubject(input, (lang) => statusUpdatePhrases(lang).subject);
  return renderReply(input, subject, (lang) => {
    const words = statusUpdatePhrases(lang);
    const previous =
      input.previouslyPromised === undefined
        ? undefined
        : formatDate(input.previouslyPromised, lang);
    return [
      greetingBlock(input, lang),
      paragraph([{ text: words.notYet(formatDateTime(input.receivedAt, lang), previous) }]),
      paragraph([{ text: words.newDate(formatDate(input.promised, lang)) }]),
      ...channelBlocks(org, lang),
      closingBlock(input, org, lang),
    ];
  });
}

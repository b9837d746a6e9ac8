import { stockholmDate } from '../calendar/stockholmTime.ts';
import { formatDate } from '../i18n/formatDate.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Organisation } from '../policy/organisation.ts';
import { acknowledgementPhrases } from './acknowledgementPhrases.ts';
import { addressInline, phoneInline } from './contactInlines.ts';
import { givenText } from './givenText.ts';
import type { Block, Letter, Line } from './letter.ts';
import { renderHtml } from './renderHtml.ts';
import { renderText } from './renderText.ts';
import type { Acknowledgement, AcknowledgementInput } from './types.ts';

/**
 * Writes the one-click acknowledgement (docs/rules.md §5): thanks, received on, handling started, answer
 * expected by, official contact. Växjö asks to confirm receipt and that handling has started;
 * Vaxholm and Ale to say when an answer can be expected. Confidential mail (Vimmerby) gets a new
 * message that neither quotes nor names the original.
 * @example
 * buildAcknowledgement({ receivedAt: Date.UTC(2026, 3, 7, 8, 12), answerBy: Date.UTC(2026, 3, 9, 14, 30), lang: 'sv' }, org).text
 * // 'Hej!\n\nTack för ditt meddelande. Vi tog emot det tisdag 7 april 2026 kl. 10:12 och handläggningen har påbörjats.\n\nDu kan räkna med svar senast torsdag 9 april 2026.\n…'
 */
export function buildAcknowledgement(
  input: AcknowledgementInput,
  org: Organisation,
): Acknowledgement {
  const confidential = input.confidential === true;
  const languages: readonly Lang[] = input.lang === undefined ? ['sv', 'en'] : [input.lang];
  const letter: Letter = {
    subject: acknowledgementSubject(input, languages, confidential),
    sections: languages.map((lang) => ({ lang, blocks: acknowledgementBlocks(input, org, lang) })),
  };
  return Object.freeze({
    subject: letter.subject,
    text: renderText(letter),
    html: renderHtml(letter),
    quoteOriginal: !confidential,
  });
}

function acknowledgementSubject(
  input: AcknowledgementInput,
  languages: readonly Lang[],
  confidential: boolean,
): string {
  const original = givenText(input.subject);
  if (!confidential && original !== undefined) {
    return /^(re|sv|svar|aw):/i.test(original) ? original : `Re: ${original}`;
  }
  return languages.map((lang) => acknowledgementPhrases(lang).subject).join(' / ');
}

function acknowledgementBlocks(
  input: AcknowledgementInput,
  org: Organisation,
  lang: Lang,
): readonly Block[] {
  const words = acknowledgementPhrases(lang);
  const p = (...lines: Line[]): Block => ({ kind: 'p', lines });
  const channels: Line[] = [];
  const mainNumber = givenText(org.mainNumber);
  const officialAddress = givenText(org.officialAddress);
  if (mainNumber !== undefined) {
    channels.push([{ text: words.mainNumber(org.name) }, phoneInline(mainNumber)]);
  }
  if (officialAddress !== undefined) {
    channels.push([{ text: words.officialAddress(org.name) }, addressInline(officialAddress)]);
  }
  const signature = givenText(input.signature)?.split(/\r?\n/) ?? [org.name];
  return [
    p([{ text: words.greeting(givenText(input.senderName)) }]),
    p([{ text: words.received(formatDateTime(input.receivedAt, lang)) }]),
    p([{ text: words.answerBy(formatDate(stockholmDate(input.answerBy), lang)) }]),
    ...(channels.length === 0
      ? []
      : [p([{ text: words.contactIntro }]), { kind: 'ul' as const, lines: channels }]),
    p(...[words.closing, ...signature].map((text) => [{ text }])),
  ];
}

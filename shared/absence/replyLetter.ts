import type { Lang } from '../i18n/lang.ts';
import type { Organisation } from '../policy/organisation.ts';
import { acknowledgementPhrases } from './acknowledgementPhrases.ts';
import { addressInline, phoneInline } from './contactInlines.ts';
import { givenText } from './givenText.ts';
import type { Block, Letter, Line } from './letter.ts';
import { renderHtml } from './renderHtml.ts';
import { renderText } from './renderText.ts';
import type { Acknowledgement, ReplyInput } from './types.ts';

/** What every reply to the asker shares. */
type ReplyBasics = Omit<ReplyInput, 'receivedAt'>;

/** A paragraph of plain lines. */
export const paragraph = (...lines: Line[]): Block => ({ kind: 'p', lines });

/** The languages of a reply: the one asked for, else Swedish then English. */
export const replyLanguages = (input: ReplyBasics): readonly Lang[] =>
  input.lang === undefined ? ['sv', 'en'] : [input.lang];

/**
 * A reply's subject: `Re:` the original, or, for confidential mail or none given, a subject of its
 * own that names nothing of the original.
 */
export function replySubject(input: ReplyBasics, ownSubject: (lang: Lang) => string): string {
  const original = givenText(input.subject);
  if (input.confidential !== true && original !== undefined) {
    return /^(re|sv|svar|aw):/i.test(original) ? original : `Re: ${original}`;
  }
  return replyLanguages(input).map(ownSubject).join(' / ');
}

/** The greeting to the asker. */
export function greetingBlock(input: ReplyBasics, lang: Lang): Block {
  return paragraph([{ text: acknowledgementPhrases(lang).greeting(givenText(input.senderName)) }]);
}

/** The organisation's official channels, introduced, or nothing when it has none. */
export function channelBlocks(org: Organisation, lang: Lang): readonly Block[] {
  const words = acknowledgementPhrases(lang);
  const channels: Line[] = [];
  const mainNumber = givenText(org.mainNumber);
  const officialAddress = givenText(org.officialAddress);
  if (mainNumber !== undefined) {
    channels.push([{ text: words.mainNumber(org.name) }, phoneInline(mainNumber)]);
  }
  if (officialAddress !== undefined) {
    channels.push([{ text: words.officialAddress(org.name) }, addressInline(officialAddress)]);
  }
  return channels.length === 0
    ? []
    : [paragraph([{ text: words.contactIntro }]), { kind: 'ul', lines: channels }];
}

/** "Kind regards" and the signature, or the organisation's name. */
export function closingBlock(input: ReplyBasics, org: Organisation, lang: Lang): Block {
  const signature = givenText(input.signature)?.split(/\r?\n/) ?? [org.name];
  return paragraph(
    ...[acknowledgementPhrases(lang).closing, ...signature].map((text) => [{ text }]),
  );
}

/** Renders a reply letter as subject, text and HTML; confidential mail never quotes the original. */
export function renderReply(
  input: ReplyBasics,
  subject: string,
  blocksOf: (lang: Lang) => readonly Block[],
): Acknowledgement {
  const letter: Letter = {
    subject,
    sections: replyLanguages(input).map((lang) => ({ lang, blocks: blocksOf(lang) })),
  };
  return Object.freeze({
    subject,
    text: renderText(letter),
    html: renderHtml(letter),
    quoteOriginal: input.confidential !== true,
  });
}

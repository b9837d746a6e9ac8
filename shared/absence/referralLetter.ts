import { formatDate } from '../i18n/formatDate.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Organisation } from '../policy/organisation.ts';
import { addressInline, contactInlines, phoneInline } from './contactInlines.ts';
import { givenText } from './givenText.ts';
import type { Block, Letter, LetterSection, Line } from './letter.ts';
import { referralPhrases } from './referralPhrases.ts';
import type { ReferralPhrases } from './referralPhrases.ts';
import type { AbsenceInput } from './types.ts';

/** Who reads the referral: citizens and other outsiders, or colleagues. */
export type Audience = 'external' | 'internal';

/** The absence dates already checked: usable dates or null. */
export interface ReferralDates {
  readonly firstDay: string | null;
  readonly lastDay: string | null;
  readonly backOn: string | null;
}

/**
 * The referral as a letter, one section per language. It says when, until when, who to turn to
 * and what happens to the message — never why the writer is away.
 */
export function referralLetter(
  input: AbsenceInput,
  org: Organisation,
  audience: Audience,
  languages: readonly Lang[],
  dates: ReferralDates,
): Letter {
  const sections = languages.map((lang, index): LetterSection => {
    const words = referralPhrases(lang);
    const blocks =
      audience === 'external'
        ? externalBlocks(input, org, words, lang, dates)
        : internalBlocks(input, org, words, lang, dates);
    const note = index === 0 ? noteBlock(input.note) : [];
    const closing = blocks.pop();
    return { lang, blocks: [...blocks, ...note, ...(closing === undefined ? [] : [closing])] };
  });
  const subject = languages
    .map((lang) => {
      const words = referralPhrases(lang);
      return dates.backOn === null
        ? words.subject
        : words.subjectBack(formatDate(dates.backOn, lang));
    })
    .join(' / ');
  return { subject, sections };
}

function paragraph(...lines: Line[]): Block {
  return { kind: 'p', lines };
}

function awayLine(words: ReferralPhrases, lang: Lang, dates: ReferralDates): Line {
  const first = dates.firstDay === null ? null : formatDate(dates.firstDay, lang);
  const last = dates.lastDay === null ? null : formatDate(dates.lastDay, lang);
  const back = dates.backOn === null ? '' : ` ${words.back(formatDate(dates.backOn, lang))}`;
  return [{ text: words.away(first, last) + back }];
}

function handlingLine(input: AbsenceInput, words: ReferralPhrases, audience: Audience): Line {
  const forwardTo = givenText(input.forwardTo);
  if (forwardTo !== undefined)
    return [{ text: words.forwarded }, addressInline(forwardTo), { text: '.' }];
  const delegate = givenText(input.delegate);
  if (delegate !== undefined) {
    return audience === 'internal'
      ? [{ text: words.delegatedTo }, addressInline(delegate), { text: '.' }]
      : [{ text: words.delegated }];
  }
  return [{ text: audience === 'internal' ? words.onReturnInternal : words.onReturn }];
}

function contactList(
  input: AbsenceInput,
  org: Organisation,
  words: ReferralPhrases,
  audience: Audience,
): readonly Block[] {
  const lines: Line[] = [];
  const mainNumber = givenText(org.mainNumber);
  const officialAddress = givenText(org.officialAddress);
  // Official channels first (Växjö, "En väg in"); colleagues know them, so the internal text skips them.
  if (audience === 'external' && mainNumber !== undefined) {
    lines.push([{ text: words.mainNumber(org.name) }, phoneInline(mainNumber)]);
  }
  if (audience === 'external' && officialAddress !== undefined) {
    lines.push([{ text: words.officialAddress(org.name) }, addressInline(officialAddress)]);
  }
  for (const mailbox of org.functionalMailboxes) {
    lines.push([{ text: `${mailbox.name}: ` }, addressInline(mailbox.address)]);
  }
  for (const contact of input.contacts) {
    const line = contactInlines(contact);
    if (line.length > 0) lines.push(line);
  }
  if (lines.length === 0) return [];
  const intro = audience === 'external' ? words.contactIntro : words.contactIntroInternal;
  return [paragraph([{ text: intro }]), { kind: 'ul', lines }];
}

function externalBlocks(
  input: AbsenceInput,
  org: Organisation,
  words: ReferralPhrases,
  lang: Lang,
  dates: ReferralDates,
): Block[] {
  const signature = [words.closing, givenText(input.personName), org.name].filter(
    (s) => s !== undefined,
  );
  return [
    paragraph([{ text: words.greeting }]),
    paragraph([{ text: words.received }]),
    paragraph(awayLine(words, lang, dates)),
    paragraph(handlingLine(input, words, 'external')),
    ...contactList(input, org, words, 'external'),
    paragraph(...signature.map((text) => [{ text }])),
  ];
}

function internalBlocks(
  input: AbsenceInput,
  org: Organisation,
  words: ReferralPhrases,
  lang: Lang,
  dates: ReferralDates,
): Block[] {
  const personName = givenText(input.personName);
  return [
    paragraph([{ text: words.greetingInternal }]),
    paragraph(awayLine(words, lang, dates), handlingLine(input, words, 'internal')),
    ...contactList(input, org, words, 'internal'),
    paragraph([{ text: personName ?? org.name }]),
  ];
}

function noteBlock(note: string | undefined): readonly Block[] {
  const text = givenText(note);
  if (text === undefined) return [];
  return [paragraph(...text.split(/\r?\n/).map((line) => [{ text: line }]))];
}

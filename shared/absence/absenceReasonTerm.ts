// Word starts that name a reason for absence. Health and family reasons are GDPR art. 9 data or
// close to it; leave and bereavement are nobody's business either. Matched at the start of a word
// (so 'sjukskriven', 'vårdcentral', 'VAB' match) with a few deliberate exclusions
// ('vårdnadshavare' is a guardian, not care). 'semester' is allowed: it is no sensitive reason.
//
// The check runs on every keystroke, so it is one scan over the words of the text: no pattern with
// an unbounded `\p{L}*` on either side, which backtracks quadratically on a long run of letters.
const WORD_STARTS: readonly string[] = [
  'sjuk',
  'vab',
  'föräldraledig',
  'mammaledig',
  'pappaledig',
  'tjänstledig',
  'operation',
  'opereras',
  'opererad',
  'operated',
  'surgery',
  'rehab',
  'gravid',
  'förlossning',
  'pregnan',
  'begravning',
  'funeral',
  'bereavement',
  'sick',
  'illness',
  'medical',
  'hospital',
  'doctor',
  'maternity',
  'paternity',
];

/** Letters and digits: a word. Simple classes with one `+`, so matching is linear. */
const WORD = /[\p{L}\p{N}]+/gu;
const LETTERS_AT_START = /^\p{L}+/u;
const LETTER_RUN = /\p{L}+/gu;
/** Invisible format characters (zero-width, bidirectional, soft hyphen): removed before matching. */
const FORMAT = /\p{Cf}/gu;

/** The word starts by their first letter, so most words are dismissed by one look-up. */
const STARTS_BY_LETTER = new Map<string, string[]>();
for (const start of [...WORD_STARTS, 'vård', 'ill', 'parental']) {
  const letter = start.charAt(0);
  STARTS_BY_LETTER.set(letter, [...(STARTS_BY_LETTER.get(letter) ?? []), start]);
}

/** The few characters after a word, lower-cased, for the two-word rules. */
function textAfter(text: string, end: number): string {
  return text.slice(end, end + 16).toLowerCase();
}

/** Whether the lower-cased word, ending at `end` in the text, names a reason. */
function namesReason(word: string, text: string, end: number): boolean {
  const starts = STARTS_BY_LETTER.get(word.charAt(0));
  if (starts === undefined || !starts.some((start) => word.startsWith(start))) return false;
  if (WORD_STARTS.some((start) => word.startsWith(start))) return true;
  if (word.startsWith('vård')) {
    // Not 'vårdnad…' (guardian), nor the 'vård och omsorg' / 'vård- och omsorgsförvaltning' units.
    return (
      !word.startsWith('vårdnad') &&
      !(word === 'vård' && /^-?\s+och\s+omsorg/.test(textAfter(text, end)))
    );
  }
  if (word === 'ill' || /^ill\d/.test(word)) return true;
  return word === 'parental' && /^\s+leave/.test(textAfter(text, end));
}

/**
 * Text is checked in pieces of about this many characters, cut at whitespace, so that no string
 * the check makes is large (a large string costs far more per character to make).
 */
const PIECE = 8_000;

/** The pieces of a text, each ending at whitespace where there is any in reach. */
function* piecesOf(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + PIECE, text.length);
    if (end < text.length) {
      // Look back only over the second half of the piece, so no search runs past it.
      const space = text.slice(start + PIECE / 2, end).lastIndexOf(' ');
      if (space >= 0) end = start + PIECE / 2 + space + 1;
    }
    yield text.slice(start, end);
    start = end;
  }
}

/** The first word in one piece that names a reason, or undefined. */
function termIn(piece: string): string | undefined {
  const clean = piece.normalize('NFKC').replace(FORMAT, '');
  for (const match of clean.matchAll(WORD)) {
    const token = match[0];
    const lower = token.toLowerCase();
    const end = match.index + token.length;
    if (namesReason(lower, clean, end)) {
      const letters = LETTERS_AT_START.exec(token)?.[0] ?? token;
      if (lower !== 'parental') return letters;
      return clean.slice(match.index, end + textAfter(clean, end).indexOf('leave') + 5);
    }
    if (lower.includes('läkar')) {
      for (const run of token.matchAll(LETTER_RUN)) {
        if (run[0].toLowerCase().includes('läkar')) return run[0];
      }
    }
  }
  return undefined;
}

/**
 * The first word in a text that names a reason for absence, or undefined. The text is normalised
 * first (NFKC; zero-width, bidirectional and other invisible characters removed), so
 * 'sj\u200Bukskriven' is found. Linear in the length of the text; never throws.
 * @example absenceReasonTerm('Jag är sjukskriven till måndag') // 'sjukskriven'
 * @example absenceReasonTerm('Vårdnadshavare kontaktar skolan') // undefined
 * @example absenceReasonTerm('Handläggare, Vård och omsorg') // undefined
 */
export function absenceReasonTerm(text: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  for (const piece of piecesOf(text)) {
    const term = termIn(piece);
    if (term !== undefined) return term;
  }
  return undefined;
}

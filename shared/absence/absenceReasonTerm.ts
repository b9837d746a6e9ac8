// Word starts that name a reason for absence. Health and family reasons are GDPR art. 9 data or
// close to it; leave and bereavement are nobody's business either. Matched at the start of a word
// (so 'sjukskriven', 'vårdcentral', 'VAB' match) with a few deliberate exclusions
// ('vårdnadshavare' is a guardian, not care). 'semester' is allowed: it is no sensitive reason.
const PATTERNS: readonly RegExp[] = [
  /(?<![\p{L}\p{N}])sjuk\p{L}*/iu,
  // Not 'vårdnad…' (guardian), nor the 'vård och omsorg' / 'vård- och omsorgsförvaltning' units.
  /(?<![\p{L}\p{N}])vård(?!nad)(?!-? och omsorg)\p{L}*/iu,
  /(?<![\p{L}\p{N}])vabb?\p{L}*/iu,
  /(?<![\p{L}\p{N}])(?:föräldra|mamma|pappa)(?:ledig|ledighet|lediga)\p{L}*/iu,
  /(?<![\p{L}\p{N}])tjänstledig\p{L}*/iu,
  /\p{L}*läkar\p{L}*/iu,
  /(?<![\p{L}\p{N}])(?:operation|opereras|opererad|operated|surgery)\p{L}*/iu,
  /(?<![\p{L}\p{N}])rehab\p{L}*/iu,
  /(?<![\p{L}\p{N}])(?:gravid|förlossning|pregnan)\p{L}*/iu,
  /(?<![\p{L}\p{N}])(?:begravning|funeral|bereavement)\p{L}*/iu,
  /(?<![\p{L}\p{N}])(?:sick|illness|ill(?![\p{L}])|medical|hospital|doctor)\p{L}*/iu,
  /(?<![\p{L}\p{N}])(?:maternity|paternity|parental leave)\p{L}*/iu,
];

/**
 * The first word in a text that names a reason for absence, or undefined.
 * @example absenceReasonTerm('Jag är sjukskriven till måndag') // 'sjukskriven'
 * @example absenceReasonTerm('Vårdnadshavare kontaktar skolan') // undefined
 * @example absenceReasonTerm('Handläggare, Vård och omsorg') // undefined
 */
export function absenceReasonTerm(text: string): string | undefined {
  let first: { index: number; word: string } | undefined;
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    if (match !== null && (first === undefined || match.index < first.index)) {
      first = { index: match.index, word: match[0] };
    }
  }
  return first?.word;
}

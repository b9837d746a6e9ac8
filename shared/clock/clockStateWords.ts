import type { Bilingual, Lang } from '../i18n/lang.ts';
import type { ClockState } from './replyClock.ts';

/**
 * The clock's state in words, Swedish and English, for every host. Swedish agrees with
 * "ärendet/meddelandet" (neuter): Försenat, Besvarat.
 */
export const CLOCK_STATE_WORDS: Readonly<Record<ClockState, Bilingual>> = Object.freeze({
  'not-required': { sv: 'Ingen svarsplikt', en: 'No reply duty' },
  answered: { sv: 'Besvarat', en: 'Answered' },
  'on-track': { sv: 'I tid', en: 'On track' },
  'due-soon': { sv: 'Förfaller snart', en: 'Due soon' },
  overdue: { sv: 'Försenat', en: 'Overdue' },
});

/**
 * The state in the user's language.
 *
 * @example clockStateWord('overdue', 'sv') // 'Försenat'
 */
export function clockStateWord(state: ClockState, lang: Lang): string {
  return CLOCK_STATE_WORDS[state][lang];
}

import type { IsoDate } from '../calendar/isoDate.ts';
import { formatDate } from '../i18n/formatDate.ts';
import type { Bilingual, Lang } from '../i18n/lang.ts';
import type { DutyKind, DutyState } from './dutyTimeline.ts';

/** The word for each duty state, Swedish and English, as the hosts show it next to the icon. */
export const DUTY_STATE_WORDS: Readonly<Record<DutyState, Bilingual>> = Object.freeze({
  'not-required': Object.freeze({ sv: 'Ingen svarsplikt', en: 'No reply duty' }),
  answered: Object.freeze({ sv: 'Besvarad', en: 'Answered' }),
  forwarded: Object.freeze({ sv: 'Vidarebefordrad', en: 'Forwarded' }),
  'on-track': Object.freeze({ sv: 'I tid', en: 'On track' }),
  promised: Object.freeze({ sv: 'Svar utlovat', en: 'Answer promised' }),
  'due-soon': Object.freeze({ sv: 'Förfaller snart', en: 'Due soon' }),
  overdue: Object.freeze({ sv: 'Försenad', en: 'Overdue' }),
  'promise-broken': Object.freeze({
    sv: 'Utlovat datum passerat – skicka lägesbesked',
    en: 'Promised date passed – send a status update',
  }),
});

/** What each duty asks of the user, Swedish and English. */
export const DUTY_KIND_WORDS: Readonly<Record<DutyKind, Bilingual>> = Object.freeze({
  acknowledge: Object.freeze({ sv: 'Kvittera', en: 'Acknowledge' }),
  answer: Object.freeze({ sv: 'Svara', en: 'Answer' }),
  'status-update': Object.freeze({ sv: 'Skicka lägesbesked', en: 'Send a status update' }),
  forward: Object.freeze({ sv: 'Skicka vidare', en: 'Forward' }),
});

/**
 * The clock's line for a promise in force, as both hosts show it.
 * @example promisedLine('2026-04-15', 'sv') // 'Svar utlovat senast onsdag 15 april 2026'
 * @example promisedLine('2026-04-15', 'en') // 'Answer promised by Wednesday 15 April 2026'
 */
export function promisedLine(promised: IsoDate, lang: Lang): string {
  const date = formatDate(promised, lang);
  return lang === 'sv' ? `Svar utlovat senast ${date}` : `Answer promised by ${date}`;
}

import type { Bilingual, Lang } from '../i18n/lang.ts';
import type { Severity } from './types.ts';

/** A finding's severity in words, Swedish and English, for every host. Errors block saving. */
export const SEVERITY_WORDS: Readonly<Record<Severity, Bilingual>> = Object.freeze({
  error: { sv: 'Fel – måste rättas', en: 'Error – must be fixed' },
  warning: { sv: 'Varning', en: 'Warning' },
  info: { sv: 'Tips', en: 'Tip' },
});

/**
 * The severity in the user's language.
 *
 * @example severityWord('warning', 'sv') // 'Varning'
 */
export function severityWord(severity: Severity, lang: Lang): string {
  return SEVERITY_WORDS[severity][lang];
}

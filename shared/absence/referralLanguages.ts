import type { Lang } from '../i18n/lang.ts';

/**
 * The languages a referral is written in: the input's or the organisation's, Swedish first,
 * Swedish alone when none is given.
 * @example referralLanguages(['en', 'sv']) // ['sv', 'en']
 */
export function referralLanguages(languages: readonly Lang[]): readonly Lang[] {
  const ordered = (['sv', 'en'] as const).filter((lang) => languages.includes(lang));
  return ordered.length === 0 ? ['sv'] : ordered;
}

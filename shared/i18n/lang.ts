/** The languages the product speaks: Swedish first, English second. */
export type Lang = 'sv' | 'en';

/** A text in both languages. */
export interface Bilingual {
  readonly sv: string;
  readonly en: string;
}

/** Picks the host's display language: English for any `en*` locale, Swedish otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^en\b/i.test(locale) ? 'en' : 'sv';
}

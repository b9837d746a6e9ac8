import type { Lang } from '../core';

/** Picks the user's language from a Swedish and an English text. */
export function tr(lang: Lang, sv: string, en: string): string {
  return lang === 'sv' ? sv : en;
}

import type { Bilingual, Lang } from '../../../shared/index.ts';

/**
 * One language's words from the core's bilingual table.
 *
 * @example wordsIn({ open: { sv: 'öppen', en: 'open' } }, 'sv') // { open: 'öppen' }
 */
export function wordsIn<K extends string>(
  table: Readonly<Record<K, Bilingual>>,
  lang: Lang,
): Record<K, string> {
  const words = {} as Record<K, string>;
  for (const key of Object.keys(table) as K[]) words[key] = table[key][lang];
  return words;
}

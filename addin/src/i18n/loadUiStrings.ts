import type { Lang } from '../../../shared/index.ts';
import { svUiStrings } from './svUiStrings.ts';
import type { UiStrings } from './svUiStrings.ts';

/**
 * The UI strings for a language, Swedish at once and English from its own chunk, so a Swedish
 * pane's first paint does not download the English table.
 *
 * @example const t = await loadUiStrings('en'); t.tabClock // 'Reply clock'
 */
export async function loadUiStrings(lang: Lang): Promise<UiStrings> {
  if (lang === 'sv') return svUiStrings;
  return (await import('./enUiStrings.ts')).enUiStrings;
}

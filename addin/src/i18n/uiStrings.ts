// Both tables at once, for code that may not wait (tests, the stand-ins). The task pane's boot
// uses loadUiStrings.ts instead, so English stays out of the first-paint chunk.
import type { Lang } from '../../../shared/index.ts';
import { enUiStrings } from './enUiStrings.ts';
import { svUiStrings } from './svUiStrings.ts';
import type { UiStrings } from './svUiStrings.ts';

export type { UiStrings } from './svUiStrings.ts';

/** The UI strings for a language. */
export function uiStrings(lang: Lang): UiStrings {
  return lang === 'en' ? enUiStrings : svUiStrings;
}

import { displayText } from '../text/displayText.ts';

/**
 * Trimmed text, or undefined when nothing was given: form fields arrive as '' rather than absent.
 * Controls, NULs and bidirectional marks are dropped: this text is shown and sent in autoreplies.
 * @example givenText('  a@b.se ') // 'a@b.se'
 * @example givenText('   ') // undefined
 */
export function givenText(text: string | undefined): string | undefined {
  const trimmed = text === undefined ? undefined : displayText(text).trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/* eslint-disable no-control-regex -- matching control characters is the point */
// Characters that change how text around them is shown without being seen themselves: C0 and C1
// controls (NUL included; tab and line breaks are kept), DEL, bidirectional embeddings, overrides
// and isolates (U+202A–U+202E, U+2066–U+2069), the directional marks (U+200E, U+200F, U+061C),
// zero-width characters and the byte order mark. A sender can use them to reorder or hide what a
// user reads ('moc.evil@…' shown as '…@live.com'), so they never reach a screen or an autoreply.
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Text safe to show or to write into an autoreply: controls, NULs, bidirectional and zero-width
 * characters removed (tab and line breaks kept). Linear; never throws.
 * @example displayText('Anna\u202Egnol') // 'Annagnol'
 */
export function displayText(text: string): string {
  return text.replace(INVISIBLE, '');
}

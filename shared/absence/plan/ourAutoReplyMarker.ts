/**
 * The invisible marker our own autoreply texts carry, so any device can tell our referral from
 * an autoreply the user wrote — even when the saved record is lost or stale. Zero-width
 * characters survive HTML rewriting by Exchange and Gmail and conversion to plain text, and no
 * one types this sequence by hand.
 */
export const OUR_AUTOREPLY_MARKER = '\u2060\u200b\u2060\u200c\u2060';

/**
 * Appends the marker to a text (HTML or plain) once.
 * @example markAsOurs('<p>Hej</p>') // '<p>Hej</p>\u2060\u200b\u2060\u200c\u2060'
 */
export function markAsOurs(text: string): string {
  return text.includes(OUR_AUTOREPLY_MARKER) ? text : `${text}${OUR_AUTOREPLY_MARKER}`;
}

/**
 * True when any of an autoreply's texts carries our marker: the autoreply is our referral.
 * @example isOurAutoReply(['<p>Semester</p>']) // false
 */
export function isOurAutoReply(texts: readonly string[]): boolean {
  return texts.some((text) => text.includes(OUR_AUTOREPLY_MARKER));
}

/**
 * A `tel:` link for a Swedish phone number as people write it, in international form.
 * Returns undefined when the text does not look like a phone number.
 * @example telHref('0470-410 00') // 'tel:+4647041000'
 * @example telHref('+46 8 541 708 00') // 'tel:+46854170800'
 */
export function telHref(phone: string): string | undefined {
  if (!/^\+?[\d\s()-]+$/.test(phone.trim())) return undefined;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 5 || digits.length > 15) return undefined;
  if (phone.trim().startsWith('+')) return `tel:+${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `tel:+46${digits.slice(1)}`;
  return `tel:${digits}`;
}

import { givenText } from './givenText.ts';
import { isEmailAddress } from '../policy/isEmailAddress.ts';
import type { Inline } from './letter.ts';
import { telHref } from './telHref.ts';

/**
 * Characters that would give a `mailto:` link parameters or another target (RFC 6068: '?' starts
 * `cc=`, `body=`…, '%' escapes, '#' a fragment, '&' joins parameters).
 */
const LINK_SYNTAX = /[?#%&]/;

/**
 * An address as text with a `mailto:` link; a malformed address, or one that would carry link
 * parameters, stays plain text, never a link.
 * @example addressInline('kommunen@vaxjo.se') // { text: 'kommunen@vaxjo.se', href: 'mailto:kommunen@vaxjo.se' }
 * @example addressInline('a?cc=x@evil.example@vaxjo.se') // { text: 'a?cc=x@evil.example@vaxjo.se' }
 */
export function addressInline(address: string): Inline {
  return isEmailAddress(address) && !LINK_SYNTAX.test(address)
    ? { text: address, href: `mailto:${address}` }
    : { text: address };
}

/**
 * A phone number as text with a `tel:` link when it looks like one.
 * @example phoneInline('0470-410 00') // { text: '0470-410 00', href: 'tel:+4647041000' }
 */
export function phoneInline(phone: string): Inline {
  const href = telHref(phone);
  return href === undefined ? { text: phone } : { text: phone, href };
}

/**
 * 'Name, role: address, phone' for a referral contact; blank parts are left out.
 * @example contactInlines({ name: 'Anna Berg', role: 'handläggare', address: 'anna.berg@vaxjo.se' })
 * // [{ text: 'Anna Berg, handläggare: ' }, { text: 'anna.berg@vaxjo.se', href: 'mailto:anna.berg@vaxjo.se' }]
 */
export function contactInlines(contact: {
  readonly name: string;
  readonly role?: string;
  readonly address?: string;
  readonly phone?: string;
}): readonly Inline[] {
  const label = [givenText(contact.name), givenText(contact.role)]
    .filter((part) => part !== undefined)
    .join(', ');
  const address = givenText(contact.address);
  const phone = givenText(contact.phone);
  const means: Inline[] = [];
  if (address !== undefined) means.push(addressInline(address));
  if (phone !== undefined) {
    if (means.length > 0) means.push({ text: ', ' });
    means.push(phoneInline(phone));
  }
  if (means.length === 0) return label === '' ? [] : [{ text: label }];
  return label === '' ? means : [{ text: `${label}: ` }, ...means];
}

// Deliberately plain: one local part, one '@', a domain with at least one dot, no spaces, quotes or
// angle brackets. Enough to refuse typos before they reach an autoreply or a forwarding rule.
const ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}$/u;

/**
 * Whether a string is a usable e-mail address (addr-spec without comments or display name).
 * @example isEmailAddress('kommunen@vaxjo.se') // true
 * @example isEmailAddress('kommunen@vaxjo') // false
 */
export function isEmailAddress(text: string): boolean {
  return text.length <= 254 && ADDRESS.test(text);
}

// Reduces an autoreply's HTML to text and finds the contacts in it, in linear time.
import { isEmailAddress } from '../../../shared/index.ts';
import type { ReferralContact } from '../../../shared/index.ts';

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  aring: 'å',
  auml: 'ä',
  ouml: 'ö',
  Aring: 'Å',
  Auml: 'Ä',
  Ouml: 'Ö',
};

/**
 * The text of an HTML fragment: tags dropped, block ends as line breaks, common entities decoded.
 * @example htmlToText('<p>Jag &auml;r borta</p>') // 'Jag är borta'
 */
export function htmlToText(html: string): string {
  return stripTags(html)
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Math.min(Number.parseInt(name.slice(2), 16), 0x10ffff));
      if (name.startsWith('#'))
        return String.fromCodePoint(Math.min(Number(name.slice(1)), 0x10ffff));
      return ENTITIES[name] ?? whole;
    })
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Drops tags in one pass (a regex like /<[^>]*>/ is quadratic on many unclosed '<'). */
function stripTags(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    const close = open < 0 ? -1 : html.indexOf('>', open + 1);
    if (open < 0 || close < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, open);
    if (/^(?:br|\/p|\/div|\/li|\/h\d)\b/i.test(html.slice(open + 1, Math.min(close, open + 8))))
      out += '\n';
    i = close + 1;
  }
  return out;
}

/**
 * The e-mail addresses and Swedish phone numbers an autoreply refers to, as referral contacts.
 * @example replyContacts('Kontakta kc@vaxjo.se eller 0470-410 00') // [{ name: 'kc@vaxjo.se', address: 'kc@vaxjo.se' }, { name: '0470-410 00', phone: '0470-410 00' }]
 */
export function replyContacts(text: string): ReferralContact[] {
  const contacts: ReferralContact[] = [];
  const seen = new Set<string>();
  for (const token of text.split(/[\s<>()[\]"',;]+/)) {
    const address = token.replace(/^mailto:/i, '').replace(/[.:!?]+$/, '');
    if (address.includes('@') && isEmailAddress(address) && !seen.has(address.toLowerCase())) {
      seen.add(address.toLowerCase());
      contacts.push({ name: address, address });
    }
  }
  for (const match of text.matchAll(/(?:\+46|\b0)[1-9][\d -]{4,13}\d/g)) {
    const phone = match[0].trim();
    if (!seen.has(phone)) {
      seen.add(phone);
      contacts.push({ name: phone, phone });
    }
  }
  return contacts;
}

/** Whether the reply seems to carry English as well as Swedish. */
export function hasEnglish(text: string): boolean {
  return /\b(?:I am|I'm|out of (?:the )?office|away|will be back|return(?:ing)? on|thank you|please contact)\b/i.test(
    text,
  );
}

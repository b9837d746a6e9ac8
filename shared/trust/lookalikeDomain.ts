import { unicodeDomain } from './punycode.ts';

/** Letters from other scripts that look like Latin ones, and digits used as letters. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ԁ: 'd',
  ѕ: 's',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  к: 'k',
  м: 'm',
  т: 't',
  в: 'b',
  н: 'h',
  ο: 'o',
  α: 'a',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ϲ: 'c',
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '5': 's',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
};
const MARKS = /\p{M}/gu;

/** The shape a reader sees: homoglyphs and digits as letters, accents dropped, 'rn' as 'm', 'vv' as 'w'. */
function skeleton(domain: string): string {
  let out = '';
  for (const char of domain.normalize('NFD').replace(MARKS, '')) out += HOMOGLYPHS[char] ?? char;
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/l/g, 'i');
}

/** Optimal string alignment distance (edits and swaps of neighbours), stopping above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charAt(i - 1) === b.charAt(j - 2) &&
        a.charAt(i - 2) === b.charAt(j - 1)
      ) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** The last `count` labels of a domain. */
function tail(domain: string, count: number): string {
  return domain.split('.').slice(-count).join('.');
}

/**
 * The organisation domain that a sender's domain imitates, or undefined: the same after homoglyphs,
 * accents, 'rn'→'m' and digits are read as letters; one or two edits or swapped neighbours away
 * (two only for names of 7 letters or more, one for 4 or more); or the same name under another
 * top-level domain. A domain of the organisation or its subdomains is never a look-alike.
 * @example lookalikeOf('vaxj0.se', ['vaxjo.se']) // 'vaxjo.se'
 */
export function lookalikeOf(
  senderDomain: string,
  orgDomains: readonly string[],
): string | undefined {
  const domain = unicodeDomain(senderDomain.trim().toLowerCase().replace(/\.$/, ''));
  if (domain === '' || domain.length > 253) return undefined;
  if (orgDomains.some((own) => domain === own || domain.endsWith(`.${own}`))) return undefined;
  return orgDomains.find((own) => {
    const labels = own.split('.');
    const name = labels[0] ?? '';
    if (name.length < 4) return false;
    const candidate = tail(domain, labels.length);
    if (skeleton(candidate) === skeleton(own)) return true;
    const distance = editDistance(candidate, own, 2);
    if (distance <= (name.length >= 7 ? 2 : 1)) return true;
    const parts = domain.split('.');
    const candidateName = parts[parts.length - 2];
    return candidateName === name;
  });
}

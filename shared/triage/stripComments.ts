/** Deepest comment nesting followed; deeper parentheses count as text of the innermost comment. */
export const MAX_COMMENT_DEPTH = 32;

/**
 * Replaces RFC 5322 comments ('(…)', nested, with '\' escapes) outside quoted strings by one space,
 * in one pass. An unclosed comment runs to the end. Linear in the length of the text.
 * @example stripComments('auto-replied (vacation (away))') // 'auto-replied  '
 */
export function stripComments(text: string): string {
  if (!text.includes('(')) return text;
  let out = '';
  let start = 0;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 0x5c /* \ */ && (quoted || depth > 0)) {
      i += 1;
    } else if (depth > 0) {
      if (char === 0x28 /* ( */ && depth < MAX_COMMENT_DEPTH) depth += 1;
      else if (char === 0x29 /* ) */) {
        depth -= 1;
        if (depth === 0) start = i + 1;
      }
    } else if (quoted) {
      quoted = char !== 0x22;
    } else if (char === 0x22 /* " */) {
      quoted = true;
    } else if (char === 0x28) {
      out += `${text.slice(start, i)} `;
      depth = 1;
    }
  }
  return depth > 0 ? out : out + text.slice(start);
}

/**
 * The text inside the first top-level comment (without its parentheses), or undefined when there
 * is none. Linear.
 * @example firstComment('mailer-daemon@example.se (Mail Delivery System)') // 'Mail Delivery System'
 */
export function firstComment(text: string): string | undefined {
  let depth = 0;
  let quoted = false;
  let begin = -1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 0x5c && (quoted || depth > 0)) {
      i += 1;
    } else if (depth > 0) {
      if (char === 0x28 && depth < MAX_COMMENT_DEPTH) depth += 1;
      else if (char === 0x29) {
        depth -= 1;
        if (depth === 0) return text.slice(begin, i);
      }
    } else if (quoted) {
      quoted = char !== 0x22;
    } else if (char === 0x22) {
      quoted = true;
    } else if (char === 0x28) {
      depth = 1;
      begin = i + 1;
    }
  }
  return undefined;
}

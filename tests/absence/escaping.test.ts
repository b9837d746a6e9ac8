import { describe, expect, it } from 'vitest';
import { buildAcknowledgement } from '../../shared/absence/buildAcknowledgement.ts';
import { buildReferral } from '../../shared/absence/buildReferral.ts';
import { escapeHtml } from '../../shared/absence/escapeHtml.ts';
import { vaxjo } from './fixtures.ts';

const HOSTILE: readonly string[] = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onmouseover='alert(1)",
  '</p></div><div lang="xx">',
  'Tom & Jerry &amp; &lt;',
  '<a href="javascript:alert(1)">x</a>',
];

const ALLOWED_TAGS = new Set(['div', 'p', 'ul', 'li', 'a', 'br']);

/** Every tag in the fragment, with its attributes: only our own markup may appear. */
function markupOf(
  html: string,
): readonly { tag: string; attributes: readonly [string, string][] }[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)].map((match) => ({
    tag: (match[1] ?? '').toLowerCase(),
    attributes: [...(match[2] ?? '').matchAll(/\s*([^\s=]+)(?:="([^"]*)")?/g)].map(
      (a) => [a[1] ?? '', a[2] ?? ''] as [string, string],
    ),
  }));
}

function expectOnlyOwnMarkup(html: string): void {
  expect(html).not.toMatch(/<script|<img|<b>|<i>|href="javascript/i);
  for (const { tag, attributes } of markupOf(html)) {
    expect(ALLOWED_TAGS.has(tag), `unexpected <${tag}>`).toBe(true);
    for (const [name, value] of attributes) {
      expect(['lang', 'href'], `unexpected attribute ${name} on <${tag}>`).toContain(name);
      if (name === 'href') expect(value).toMatch(/^(mailto:[^\s"'<>]+@[^\s"'<>]+|tel:\+?\d+)$/);
      if (name === 'lang') expect(['sv', 'en']).toContain(value);
    }
  }
}

/** Decodes our five entities, to show the user's text survives intact. */
function unescape(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('escapeHtml', () => {
  it.each([
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['&', '&amp;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['&amp;', '&amp;amp;'],
    ['Åsa Öberg', 'Åsa Öberg'],
    ['<b class="x">A & B</b>', '&lt;b class=&quot;x&quot;&gt;A &amp; B&lt;/b&gt;'],
  ])('%j → %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe('user text cannot inject markup', () => {
  it.each(HOSTILE)('in the referral: %j', (evil) => {
    const referral = buildReferral(
      {
        firstDay: '2026-04-08',
        lastDay: '2026-04-09',
        contacts: [
          { name: evil, role: evil, address: `a${evil}@vaxjo.se`, phone: evil },
          { name: 'Anna', address: 'anna@vaxjo.se' },
        ],
        forwardTo: `${evil}@vaxjo.se`,
        personName: evil,
        note: evil,
      },
      vaxjo({ name: evil }),
      '2026-04-01',
    );
    for (const texts of [referral.external, referral.internal]) {
      expectOnlyOwnMarkup(texts.html);
      expect(unescape(texts.html)).toContain(evil);
      expect(texts.text).toContain(evil);
    }
  });

  it.each(HOSTILE)('in the acknowledgement: %j', (evil) => {
    const ack = buildAcknowledgement(
      {
        receivedAt: Date.UTC(2026, 3, 7, 8),
        answerBy: Date.UTC(2026, 3, 9, 14, 30),
        subject: evil,
        senderName: evil,
        signature: `${evil}\n${evil}`,
      },
      vaxjo({ name: evil }),
    );
    expectOnlyOwnMarkup(ack.html);
    expect(unescape(ack.html)).toContain(evil);
  });

  it('links only well-formed addresses and phone numbers', () => {
    const referral = buildReferral(
      {
        firstDay: '2026-04-08',
        lastDay: '2026-04-09',
        contacts: [{ name: 'X', address: 'x"@vaxjo.se', phone: 'ring 112' }],
      },
      vaxjo(),
      '2026-04-01',
    );
    expect(referral.external.html).toContain('<li>X: x&quot;@vaxjo.se, ring 112</li>');
  });
});

import { escapeHtml } from './escapeHtml.ts';
import type { Block, Inline, Letter, Line } from './letter.ts';

/**
 * Renders a letter as a minimal HTML fragment: one `lang` block per language, `<p>` and `<ul>`,
 * every text and link escaped.
 * @example renderHtml({ subject: 'S', sections: [{ lang: 'sv', blocks: [{ kind: 'p', lines: [[{ text: 'A&B' }]] }] }] })
 * // '<div lang="sv">\n<p>A&amp;B</p>\n</div>\n'
 */
export function renderHtml(letter: Letter): string {
  const sections = letter.sections.map(
    (section) =>
      `<div lang="${section.lang}">\n${section.blocks.map(blockHtml).join('\n')}\n</div>`,
  );
  return `${sections.join('\n')}\n`;
}

function blockHtml(block: Block): string {
  if (block.kind === 'ul') {
    return `<ul>\n${block.lines.map((line) => `<li>${lineHtml(line)}</li>`).join('\n')}\n</ul>`;
  }
  return `<p>${block.lines.map(lineHtml).join('<br>\n')}</p>`;
}

function lineHtml(line: Line): string {
  return line.map(inlineHtml).join('');
}

function inlineHtml(inline: Inline): string {
  const text = escapeHtml(inline.text);
  return inline.href === undefined ? text : `<a href="${escapeHtml(inline.href)}">${text}</a>`;
}

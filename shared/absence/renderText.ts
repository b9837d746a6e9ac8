import type { Block, Letter, Line } from './letter.ts';

/**
 * Renders a letter as plain text: blocks and languages separated by a blank line, lists with '- '.
 * @example renderText({ subject: 'S', sections: [{ lang: 'sv', blocks: [{ kind: 'p', lines: [[{ text: 'Hej!' }]] }] }] }) // 'Hej!\n'
 */
export function renderText(letter: Letter): string {
  const sections = letter.sections.map((section) => section.blocks.map(blockText).join('\n\n'));
  return `${sections.join('\n\n')}\n`;
}

function blockText(block: Block): string {
  const prefix = block.kind === 'ul' ? '- ' : '';
  return block.lines.map((line) => prefix + lineText(line)).join('\n');
}

function lineText(line: Line): string {
  return line.map((inline) => inline.text).join('');
}

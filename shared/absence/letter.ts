import type { Lang } from '../i18n/lang.ts';

/** A piece of text, optionally a link (only `mailto:` and `tel:` links are ever built). */
export interface Inline {
  readonly text: string;
  readonly href?: string;
}

/** A line is a run of inlines; a paragraph or list is a run of lines. */
export type Line = readonly Inline[];

/** A paragraph (lines broken) or a bulleted list (one item per line). */
export interface Block {
  readonly kind: 'p' | 'ul';
  readonly lines: readonly Line[];
}

/** The blocks of one language. */
export interface LetterSection {
  readonly lang: Lang;
  readonly blocks: readonly Block[];
}

/** A short generated letter: rendered both as plain text and as an HTML fragment. */
export interface Letter {
  readonly subject: string;
  readonly sections: readonly LetterSection[];
}

import type { Bilingual } from '../i18n/lang.ts';

/** What a rule rests on: a municipal guideline, a law, or the organisation's own configuration. */
export type SourceKind = 'guideline' | 'law' | 'configuration';

/** A document rules rest on: its title, who adopted it and when. */
export interface SourceDocument {
  readonly kind: SourceKind;
  /** The document's own title, e.g. "Riktlinje för service i Vaxholms stad", or the law's name. */
  readonly title: string;
  /** Who adopted it, e.g. "kommunstyrelsen i Vaxholms stad". */
  readonly adoptedBy: Bilingual;
  /** The day it was adopted (YYYY-MM-DD), or null when the document does not say. */
  readonly adoptedOn: string | null;
  /** The decision's paragraph in the minutes, e.g. "§ 167", or null. */
  readonly decision: string | null;
}

/**
 * Where a rule comes from, as users are shown it: the document, who adopted it and when, and the
 * section heading. Never a file name. `docs/rules.md` lists every document.
 */
export interface Source {
  readonly kind: SourceKind;
  /** The document's title (see {@link SourceDocument.title}). */
  readonly guideline: string;
  readonly adoptedBy: Bilingual;
  readonly adoptedOn: string | null;
  readonly decision: string | null;
  /** The section heading (or a law's article) in that document, e.g. "Förtroende". */
  readonly section: string;
  /** The document, who adopted it and when, in Swedish, e.g. "Riktlinje för service i Vaxholms stad (kommunstyrelsen i Vaxholms stad 2021-10-28 § 167)". */
  readonly label: string;
}

/** When and by which decision, e.g. "2021-10-28 § 167"; empty when the document does not say. */
function adoptionOf(document: SourceDocument): string {
  return [document.adoptedOn, document.decision].filter((part) => part !== null).join(' ');
}

/**
 * The source of a rule in `section` of `document`, frozen.
 * @example sourceIn(GUIDELINES.vaxholm, 'Svarstider').label
 * // 'Riktlinje för service i Vaxholms stad (kommunstyrelsen i Vaxholms stad 2021-10-28 § 167)'
 */
export function sourceIn(document: SourceDocument, section: string): Source {
  const adoption = adoptionOf(document);
  const who = adoption === '' ? document.adoptedBy.sv : `${document.adoptedBy.sv} ${adoption}`;
  return Object.freeze({
    kind: document.kind,
    guideline: document.title,
    adoptedBy: Object.freeze({ ...document.adoptedBy }),
    adoptedOn: document.adoptedOn,
    decision: document.decision,
    section,
    label: `${document.title} (${who})`,
  });
}

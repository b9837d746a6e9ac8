import type { SourceDocument } from './source.ts';

function document(
  kind: SourceDocument['kind'],
  title: string,
  adoptedBy: { sv: string; en: string },
  adoptedOn: string | null,
  decision: string | null,
): SourceDocument {
  return Object.freeze({ kind, title, adoptedBy: Object.freeze(adoptedBy), adoptedOn, decision });
}

/**
 * The documents the rules rest on, as each names itself: five municipal guidelines and the law.
 * `docs/rules.md` says what each demands of e-mail.
 */
export const GUIDELINES = Object.freeze({
  vaxjo: document(
    'guideline',
    'Riktlinje för service och bemötande i Växjö kommunkoncern',
    { sv: 'kommunstyrelsen i Växjö kommun', en: 'the municipal executive board of Växjö' },
    '2026-01-20',
    '§ 44',
  ),
  unnamed: document(
    'guideline',
    'Riktlinje för service och bemötande',
    {
      sv: 'en kommun som dokumentet inte namnger',
      en: 'a municipality the document does not name',
    },
    null,
    null,
  ),
  vaxholm: document(
    'guideline',
    'Riktlinje för service i Vaxholms stad',
    { sv: 'kommunstyrelsen i Vaxholms stad', en: 'the municipal executive board of Vaxholm' },
    '2021-10-28',
    '§ 167',
  ),
  ale: document(
    'guideline',
    'Riktlinje för service, tillgänglighet och bemötande',
    { sv: 'kommunstyrelsen i Ale kommun', en: 'the municipal executive board of Ale' },
    '2021-11-02',
    '§ 225',
  ),
  vimmerby: document(
    'guideline',
    'Riktlinjer för svar och bemötande',
    { sv: 'Vimmerby kommuns ledningsgrupp', en: 'the management group of Vimmerby kommun' },
    '2024-04-08',
    null,
  ),
  gdpr: document(
    'law',
    'Dataskyddsförordningen (EU) 2016/679',
    { sv: 'Europaparlamentet och rådet', en: 'the European Parliament and the Council' },
    '2016-04-27',
    null,
  ),
});

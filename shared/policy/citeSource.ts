import type { Lang } from '../i18n/lang.ts';
import type { Source } from './source.ts';

/** "antagen av X 2021-10-28 § 167" / "adopted by X on 2021-10-28, § 167". */
function adoption(source: Source, lang: Lang): string {
  const by = source.adoptedBy[lang];
  if (lang === 'sv') {
    const when = [source.adoptedOn, source.decision].filter((part) => part !== null).join(' ');
    return when === '' ? `antagen av ${by}` : `antagen av ${by} ${when}`;
  }
  const on = source.adoptedOn === null ? '' : ` on ${source.adoptedOn}`;
  const decision = source.decision === null ? '' : `, ${source.decision}`;
  return `adopted by ${by}${on}${decision}`;
}

/**
 * The source of a rule as users read it: the document, who adopted it and when, and the section
 * heading. Hosts show this, never anything else of a source.
 * @example citeSource(sourceIn(GUIDELINES.vaxholm, 'Svarstider'), 'sv')
 * // 'Riktlinje för service i Vaxholms stad, antagen av kommunstyrelsen i Vaxholms stad 2021-10-28 § 167, avsnittet ”Svarstider”'
 */
export function citeSource(source: Source, lang: Lang): string {
  const sv = lang === 'sv';
  switch (source.kind) {
    case 'configuration':
      return sv
        ? `Organisationens egen regel i Svarspliktkonfigurationen för ${source.guideline}`
        : `The organisation's own rule in the Svarsplikt configuration for ${source.guideline}`;
    case 'law':
      return `${source.guideline}, ${adoption(source, lang)}, ${source.section}`;
    case 'guideline':
      return sv
        ? `${source.guideline}, ${adoption(source, lang)}, avsnittet ”${source.section}”`
        : `${source.guideline}, ${adoption(source, lang)}, section "${source.section}"`;
  }
}

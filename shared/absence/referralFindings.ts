import type { Bilingual } from '../i18n/lang.ts';
import type { Organisation } from '../policy/organisation.ts';
import { FINDING_RULES } from './findingRules.ts';
import type { FindingHit } from './findingRules.ts';
import type { AbsenceInput, Finding } from './types.ts';
import { usableDay } from './usableDay.ts';

/**
 * Checks an absence referral against the organisation's guideline (docs/rules.md §4): findings are data,
 * an `error` blocks saving.
 * @example referralFindings({ firstDay: '2026-04-07', lastDay: null, contacts: [] }, org, '2026-04-01')
 * // [{ id: 'RETURN_MISSING', severity: 'error', field: 'lastDay', … }, …]
 */
export function referralFindings(
  input: AbsenceInput,
  org: Organisation,
  today: string,
): readonly Finding[] {
  const context = {
    input,
    org,
    today,
    firstDay: usableDay(input.firstDay),
    lastDay: usableDay(input.lastDay),
  };
  const findings = FINDING_RULES.flatMap((rule) =>
    rule.check(context).map((hit) =>
      Object.freeze({
        id: rule.id,
        severity: rule.severity,
        message: Object.freeze(fill(rule.message, hit)),
        source: rule.source,
        ...(hit.field === undefined ? {} : { field: hit.field }),
      }),
    ),
  );
  return Object.freeze(findings);
}

function fill(message: Bilingual, hit: FindingHit): Bilingual {
  const values = hit.values ?? {};
  const replace = (text: string): string =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
  return { sv: replace(message.sv), en: replace(message.en) };
}

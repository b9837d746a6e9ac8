import type { Organisation } from '../policy/organisation.ts';
import { referralFindings } from './referralFindings.ts';
import { referralLanguages } from './referralLanguages.ts';
import { referralLetter } from './referralLetter.ts';
import type { Audience, ReferralDates } from './referralLetter.ts';
import { renderHtml } from './renderHtml.ts';
import { renderText } from './renderText.ts';
import type { AbsenceInput, Referral, ReferralTexts } from './types.ts';
import { backOnOf } from './backOnOf.ts';
import { usableDay } from './usableDay.ts';

/**
 * Writes the absence referral (autoreply) for citizens and for colleagues, Swedish first, and
 * checks it against the guideline. The texts are produced even when findings block saving, so the
 * user can see what is wrong in context.
 * @example
 * const referral = buildReferral(
 *   { firstDay: '2026-04-07', lastDay: '2026-04-10', contacts: [{ name: 'Anna Berg', address: 'anna.berg@vaxjo.se' }] },
 *   org, '2026-04-01');
 * referral.backOn // '2026-04-13'
 * referral.external.subject // 'Frånvarande, åter måndag 13 april 2026 / Out of office, back on Monday 13 April 2026'
 */
export function buildReferral(input: AbsenceInput, org: Organisation, today: string): Referral {
  const findings = referralFindings(input, org, today);
  const firstDay = usableDay(input.firstDay);
  const lastDay = usableDay(input.lastDay);
  const ordered = firstDay === null || lastDay === null || firstDay <= lastDay;
  const backOn = lastDay !== null && ordered ? backOnOf(org.calendar, lastDay) : null;
  const dates: ReferralDates = {
    firstDay: ordered ? firstDay : null,
    lastDay: ordered ? lastDay : null,
    backOn,
  };
  const languages = referralLanguages(input.languages ?? org.languages);
  const texts = (audience: Audience): ReferralTexts => {
    const letter = referralLetter(input, org, audience, languages, dates);
    return Object.freeze({
      subject: letter.subject,
      text: renderText(letter),
      html: renderHtml(letter),
    });
  };
  return Object.freeze({
    external: texts('external'),
    internal: texts('internal'),
    backOn,
    findings,
    blocking: findings.some((finding) => finding.severity === 'error'),
  });
}

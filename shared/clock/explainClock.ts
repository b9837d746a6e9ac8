import { clockTimeOf } from '../calendar/officeHours.ts';
import { formatDate } from '../i18n/formatDate.ts';
import { formatDateTime } from '../i18n/formatDateTime.ts';
import type { Lang } from '../i18n/lang.ts';
import { citeSource } from '../policy/citeSource.ts';
import type { Organisation } from '../policy/organisation.ts';
import { skippedDays } from './replyDeadline.ts';
import type { Deadline } from './replyDeadline.ts';
import type { ReplyClock } from './replyClock.ts';

const SOURCE_LABEL: Record<ReplyClock['receivedAtSource'], { sv: string; en: string }> = {
  server: { sv: 'serverns mottagningstid', en: "the server's time of receipt" },
  'received-header': { sv: 'översta Received:-raden', en: 'the topmost Received: header' },
  'date-header': {
    sv: 'avsändarens Date:-rad (reserv – avsändaren sätter den själv)',
    en: "the sender's Date: header (fallback – the sender sets it)",
  },
  created: {
    sv: 'meddelandets skapandetid (reserv – mottagningstid saknas)',
    en: "the message's creation time (fallback – no time of receipt)",
  },
};

function day0Sentence(deadline: Deadline, org: Organisation, lang: Lang): string | undefined {
  const day0 = formatDate(deadline.day0, lang);
  const close = clockTimeOf(org.officeHours.close);
  switch (deadline.day0Reason) {
    case 'after-closing':
      return lang === 'sv'
        ? `Kom efter stängning (${close}) – räkningen börjar ${day0}.`
        : `Arrived after closing (${close}) – counting starts ${day0}.`;
    case 'closed-day':
      return lang === 'sv'
        ? `Kom en stängd dag – räkningen börjar ${day0}.`
        : `Arrived on a closed day – counting starts ${day0}.`;
    default:
      return undefined;
  }
}

function skippedSentence(deadline: Deadline, org: Organisation, lang: Lang): string | undefined {
  const skipped = skippedDays(deadline, org.calendar);
  const named = skipped.filter((day) => day.kind !== 'weekend');
  const weekendDays = skipped.length - named.length;
  if (skipped.length === 0) return undefined;
  const names = named.map((day) => `${day.name[lang]} (${formatDate(day.date, lang)})`);
  if (weekendDays > 0) {
    names.push(
      lang === 'sv'
        ? `veckoslut (${weekendDays} ${weekendDays === 1 ? 'dag' : 'dagar'})`
        : `weekend (${weekendDays} ${weekendDays === 1 ? 'day' : 'days'})`,
    );
  }
  const list = names.join(', ');
  return lang === 'sv' ? `Hoppar över stängda dagar: ${list}.` : `Skips closed days: ${list}.`;
}

/**
 * Why the clock says what it says: the rule and its source, the time of receipt and where it came
 * from, day 0, the closed days skipped by name, and the due time.
 * @example explainClock(clock, org, 'sv')[0]
 * // 'Regel: svar … inom 2 arbetsdagar (Riktlinje för service i Vaxholms stad, antagen av … 2021-10-28 § 167, avsnittet ”Svarstider”).'
 */
export function explainClock(clock: ReplyClock, org: Organisation, lang: Lang): readonly string[] {
  const sv = lang === 'sv';
  if (clock.deadline === null) {
    const reasons = (clock.triage?.reasons ?? []).map((reason) => reason.message[lang]);
    return [sv ? 'Ingen svarsplikt:' : 'No reply duty:', ...reasons];
  }
  const { rule } = clock.deadline;
  const lines: string[] = [];
  if (clock.kind === 'forward' && org.policy.forwardWithin === undefined) {
    lines.push(
      sv
        ? 'Riktlinjen har ingen egen tidsgräns för att skicka vidare – svarsfristen gäller.'
        : 'The guideline sets no separate time for passing a message on – the reply duty applies.',
    );
  }
  lines.push(
    `${sv ? 'Regel' : 'Rule'}: ${rule.text[lang]} (${citeSource(rule.source, lang)}).`,
    sv
      ? `Mottaget ${formatDateTime(clock.receivedAt, lang)} enligt ${SOURCE_LABEL[clock.receivedAtSource].sv}.`
      : `Received ${formatDateTime(clock.receivedAt, lang)} according to ${SOURCE_LABEL[clock.receivedAtSource].en}.`,
  );
  const day0 = day0Sentence(clock.deadline, org, lang);
  if (day0 !== undefined) lines.push(day0);
  const skipped = skippedSentence(clock.deadline, org, lang);
  if (skipped !== undefined) lines.push(skipped);
  lines.push(
    sv
      ? `${clock.kind === 'forward' ? 'Vidarebefordra' : 'Svara'} senast ${formatDateTime(clock.deadline.due, lang)}.`
      : `${clock.kind === 'forward' ? 'Forward' : 'Reply'} by ${formatDateTime(clock.deadline.due, lang)}.`,
  );
  if (clock.target !== null) {
    lines.push(
      sv
        ? `Mål: ${clock.target.rule.text.sv} – senast ${formatDateTime(clock.target.due, lang)}.`
        : `Target: ${clock.target.rule.text.en} – by ${formatDateTime(clock.target.due, lang)}.`,
    );
  }
  return Object.freeze(lines);
}

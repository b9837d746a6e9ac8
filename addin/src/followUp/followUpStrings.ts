import type { Lang } from '../../../shared/index.ts';

/** The pane's words for the personal follow-up ("Uppföljning"), sv first, en second. */
export interface FollowUpStrings {
  readonly heading: string;
  readonly intro: string;
  readonly loading: string;
  readonly reload: string;
  readonly windowHeading: (days: number) => string;
  readonly received: string;
  readonly shareInTime: string;
  readonly medianResponse: string;
  readonly brokenPromises: string;
  readonly openNow: string;
  readonly openOverdue: (n: number) => string;
  readonly none: string;
  readonly chartHeading: string;
  readonly chartAlt: (weeks: number, inTime: number, late: number, open: number) => string;
  readonly legendInTime: string;
  readonly legendLate: string;
  readonly legendOpen: string;
  readonly week: string;
  readonly tableCaption: string;
  readonly scanned: (n: number) => string;
  readonly percent: (share: number) => string;
}

const pct = (share: number) => `${Math.round(share * 100)} %`;

const SV: FollowUpStrings = {
  heading: 'Uppföljning',
  intro:
    'Din egen uppföljning, räknad som organisationens rapport: bara uppgifter om meddelandena (mottaget, kvittens, löften, svar), aldrig innehållet.',
  loading: 'Läser de senaste 90 dagarnas meddelanden…',
  reload: 'Läs om',
  windowHeading: (days) => `Senaste ${days} dagarna`,
  received: 'Meddelanden med svarsplikt',
  shareInTime: 'Andel kvitterade i tid',
  medianResponse: 'Mediantid till första svar (arbetstid)',
  brokenPromises: 'Brutna löften',
  openNow: 'Öppna nu',
  openOverdue: (n) => (n === 0 ? '' : ` (${n} försenade)`),
  none: '–',
  chartHeading: 'Per vecka, senaste 90 dagarna',
  chartAlt: (weeks, inTime, late, open) =>
    `Stapeldiagram över ${weeks} veckor: ${inTime} besvarade eller kvitterade i tid, ${late} sent, ${open} öppna. Siffrorna per vecka finns i tabellen nedan.`,
  legendInTime: 'I tid',
  legendLate: 'Sent',
  legendOpen: 'Öppna',
  week: 'Vecka',
  tableCaption: 'Meddelanden med svarsplikt per mottagningsvecka',
  scanned: (n) => `${n} meddelanden lästa.`,
  percent: pct,
};

const EN: FollowUpStrings = {
  heading: 'Follow-up',
  intro:
    "Your own follow-up, counted as the organisation's report counts: message metadata only (received, kvittens, promises, answers), never the content.",
  loading: "Reading the last 90 days' messages…",
  reload: 'Read again',
  windowHeading: (days) => `Last ${days} days`,
  received: 'Messages with a reply duty',
  shareInTime: 'Share acknowledged in time',
  medianResponse: 'Median time to first response (working time)',
  brokenPromises: 'Broken promises',
  openNow: 'Open now',
  openOverdue: (n) => (n === 0 ? '' : ` (${n} overdue)`),
  none: '–',
  chartHeading: 'By week, last 90 days',
  chartAlt: (weeks, inTime, late, open) =>
    `Bar chart over ${weeks} weeks: ${inTime} answered or acknowledged in time, ${late} late, ${open} open. The numbers per week are in the table below.`,
  legendInTime: 'In time',
  legendLate: 'Late',
  legendOpen: 'Open',
  week: 'Week',
  tableCaption: 'Messages with a reply duty by week of receipt',
  scanned: (n) => `${n} messages read.`,
  percent: pct,
};

/** The follow-up words in one language. */
export function followUpStrings(lang: Lang): FollowUpStrings {
  return lang === 'sv' ? SV : EN;
}

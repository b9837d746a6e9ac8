import { formatWorkingTimeLeft } from '../core';
import type { FollowUpWindow, Lang, Organisation } from '../core';
import type { SectionModel, WidgetModel } from './cardModel';
import { tr } from './tr';

export interface FollowUpSectionInput {
  readonly org: Organisation;
  readonly lang: Lang;
  readonly windows: readonly FollowUpWindow[];
  /** Inbox threads read: the figures cover only these. */
  readonly scanned: number;
}

function share(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  const percent = Math.round(value * 100);
  return lang === 'sv' ? `${percent} %` : `${percent}%`;
}

/**
 * The personal follow-up as a compact table in the homepage card: one row per figure, the
 * windows side by side ("30 dagar | 90 dagar"), counted by the core's personalFollowUp.
 */
export function followUpSection(input: FollowUpSectionInput): SectionModel {
  const { org, lang, windows } = input;
  const cells = (f: (w: FollowUpWindow) => string) => windows.map(f).join(' | ');
  const rows: WidgetModel[] = [
    {
      kind: 'fact',
      label: tr(lang, 'Period', 'Period'),
      text: windows.map((w) => tr(lang, `${w.days} dagar`, `${w.days} days`)).join(' | '),
    },
    {
      kind: 'fact',
      label: tr(lang, 'Kvitterat i tid', 'Acknowledged in time'),
      text: cells((w) => share(w.shareInTime, lang)),
    },
    {
      kind: 'fact',
      label: tr(lang, 'Mediantid till första svar', 'Median time to first response'),
      text: cells((w) =>
        w.medianResponseMinutes === null
          ? '–'
          : formatWorkingTimeLeft(w.medianResponseMinutes * 60_000, org.officeHours, lang),
      ),
    },
    {
      kind: 'fact',
      label: tr(lang, 'Brutna löften', 'Broken promises'),
      text: cells((w) => String(w.brokenPromises)),
    },
    {
      kind: 'fact',
      label: tr(lang, 'Öppna nu', 'Open now'),
      text: cells((w) => `${w.open} (${tr(lang, 'försenade', 'overdue')} ${w.openOverdue})`),
    },
    {
      kind: 'fact',
      label: tr(lang, 'Meddelanden med svarsplikt', 'Messages with a reply duty'),
      text: cells((w) => String(w.received)),
    },
  ];
  return {
    header: tr(lang, 'Uppföljning', 'Follow-up'),
    collapsible: { uncollapsible: 3 },
    widgets: [
      ...rows,
      {
        kind: 'text',
        text: tr(
          lang,
          `Räknat på de ${input.scanned} senaste trådarna i inkorgen, bara metadata.`,
          `Counted over the latest ${input.scanned} inbox threads, metadata only.`,
        ),
      },
    ],
  };
}

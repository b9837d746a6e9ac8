// `admin report --format html`: one self-contained Swedish page, a chart per mailbox with a bar per
// month (share answered in time), every text escaped, no script, no outside resource.
import { escapeHtml } from '../../../shared/index.ts';
import type { FollowUpRow } from '../../../shared/index.ts';

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);

function chart(mailbox: string, rows: readonly FollowUpRow[]): string {
  const width = 60 * rows.length + 40;
  const bars = rows
    .map((row, i) => {
      const share = row.shareInTime ?? 0;
      const height = Math.round(share * 160);
      const x = 40 + i * 60;
      return `<rect x="${x}" y="${180 - height}" width="40" height="${height}" fill="#0f6cbd"><title>${escapeHtml(row.period)}: ${percent(row.shareInTime)}</title></rect><text x="${x + 20}" y="196" text-anchor="middle" font-size="11">${escapeHtml(row.period)}</text><text x="${x + 20}" y="${174 - height}" text-anchor="middle" font-size="11">${percent(row.shareInTime)}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="Andel besvarade i tid per månad för ${escapeHtml(mailbox)}" width="${width}" height="200" viewBox="0 0 ${width} 200"><line x1="36" y1="20" x2="${width}" y2="20" stroke="#333" stroke-dasharray="4 3"/><text x="0" y="24" font-size="11">100 %</text><line x1="36" y1="180" x2="${width}" y2="180" stroke="#333"/>${bars}</svg>`;
}

/** The page: per mailbox a chart and a table of the months. */
export function followUpHtml(
  organisation: string,
  target: string,
  from: string,
  to: string,
  rows: readonly FollowUpRow[],
): string {
  const byMailbox = new Map<string, FollowUpRow[]>();
  for (const row of rows) byMailbox.set(row.mailbox, [...(byMailbox.get(row.mailbox) ?? []), row]);
  const sections = [...byMailbox]
    .map(([mailbox, list]) => {
      const sorted = [...list].sort((a, b) => a.period.localeCompare(b.period));
      const body = sorted
        .map(
          (r) =>
            `<tr><th scope="row">${escapeHtml(r.period)}</th><td>${r.received}</td><td>${r.inTime}</td><td>${r.late}</td><td>${r.open}</td><td>${percent(r.shareInTime)}</td></tr>`,
        )
        .join('');
      return `<section><h2>${escapeHtml(mailbox)}</h2>${chart(mailbox, sorted)}<table><caption>Per månad</caption><thead><tr><th scope="col">Månad</th><th scope="col">Mottagna</th><th scope="col">I tid</th><th scope="col">Sent</th><th scope="col">Öppna</th><th scope="col">Andel i tid</th></tr></thead><tbody>${body}</tbody></table></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>Uppföljning av svarstider – ${escapeHtml(organisation)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#111}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #666;padding:.25rem .5rem;text-align:right}th[scope=row]{text-align:left}</style></head>
<body><h1>Uppföljning av svarstider – ${escapeHtml(organisation)}</h1>
<p>Mottaget ${escapeHtml(from)} till ${escapeHtml(to)}. Riktlinjens mål: ${escapeHtml(target)}. Staplarna visar andelen ärenden som fått svar eller kvittens i tid.</p>
${sections}
</body></html>
`;
}

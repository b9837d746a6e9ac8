// The self-contained Swedish HTML report: a chart of the organisation's state and the table.
// Every value from a mailbox is escaped with the core's escapeHtml.
import { escapeHtml } from '../../../shared/index.ts';
import type { AuditSummary } from './auditSummary.ts';
import type { AuditRow } from './judgeMailbox.ts';

const STATE_SV: Readonly<Record<string, string>> = { on: 'På', scheduled: 'Schemalagt', off: 'Av' };

/** One table row of the report. */
export function htmlTableRow(row: AuditRow): string {
  const cells = [
    escapeHtml(row.mailbox),
    row.error !== undefined
      ? 'Kunde inte läsas'
      : escapeHtml(STATE_SV[row.autoreply ?? 'off'] ?? ''),
    escapeHtml([row.firstDay ?? '', row.lastDay ?? ''].filter((d) => d !== '').join(' – ')),
    row.forwarding === null
      ? ''
      : `${escapeHtml(row.forwarding.to)}${row.forwarding.internal ? '' : ' <strong>(extern)</strong>'}`,
    row.error !== undefined
      ? escapeHtml(row.error)
      : row.findings
          .map((f) => `<span class="${escapeHtml(f.severity)}">${escapeHtml(f.id)}</span>`)
          .join(' '),
  ];
  return `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>\n`;
}

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly colour: string;
}

function barChart(title: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  const height = bars.length * rowHeight + 8;
  const items = bars
    .map((bar, i) => {
      const y = i * rowHeight + 4;
      const width = Math.round((bar.value / max) * 360);
      return (
        `<text x="0" y="${y + 17}">${escapeHtml(bar.label)}</text>` +
        `<rect x="260" y="${y}" width="${width}" height="20" fill="${bar.colour}"></rect>` +
        `<text x="${266 + width}" y="${y + 17}">${bar.value}</text>`
      );
    })
    .join('');
  const description = bars.map((b) => `${b.label}: ${b.value}`).join(', ');
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg role="img" aria-label="${escapeHtml(`${title}: ${description}`)}" viewBox="0 0 700 ${height}" width="700" height="${height}">${items}</svg></figure>`;
}

/** The page up to the table body, with the chart; `generatedAt` is shown as given. */
export function htmlReportHead(
  summary: AuditSummary,
  organisation: string,
  generatedAt: string,
): string {
  const states: Bar[] = [
    { label: 'Autosvar på, utan fel', value: summary.activeCompliant, colour: '#107c10' },
    { label: 'Autosvar på, med fel', value: summary.activeWithErrors, colour: '#a4262c' },
    { label: 'Autosvar schemalagt', value: summary.scheduled, colour: '#005a9e' },
    { label: 'Autosvar av', value: summary.off, colour: '#605e5c' },
    { label: 'Kunde inte läsas', value: summary.failed, colour: '#8a6d00' },
  ];
  const findings: Bar[] = Object.entries(summary.findings)
    .sort((a, b) => b[1] - a[1])
    .map(([id, value]) => ({ label: id, value, colour: '#8764b8' }));
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Svarsplikt – granskning av autosvar, ${escapeHtml(organisation)}</title>
<style>
body{font-family:system-ui,Segoe UI,Arial,sans-serif;margin:2rem;color:#201f1e;background:#fff}
h1{font-size:1.5rem}figure{margin:1rem 0}figcaption{font-weight:600;margin-bottom:.5rem}
svg text{font-size:14px;fill:#201f1e}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #8a8886;padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f3f2f1}.error{color:#a4262c;font-weight:600}.warning{color:#8a4b00}.info{color:#005a9e}
</style>
</head>
<body>
<main>
<h1>Granskning av autosvar och vidarebefordran – ${escapeHtml(organisation)}</h1>
<p>Skapad ${escapeHtml(generatedAt)}. ${summary.mailboxes} postlådor granskade, ${summary.externalForwarding} med vidarebefordran utanför organisationen.</p>
${barChart('Postlådornas läge', states)}
${findings.length > 0 ? barChart('Avvikelser per slag (antal postlådor)', findings) : '<p>Inga avvikelser.</p>'}
<table>
<caption>Alla postlådor</caption>
<thead><tr><th scope="col">Postlåda</th><th scope="col">Autosvar</th><th scope="col">Frånvaro</th><th scope="col">Vidarebefordran</th><th scope="col">Avvikelser</th></tr></thead>
<tbody>
`;
}

/** The end of the page. */
export const HTML_REPORT_TAIL = `</tbody>
</table>
</main>
</body>
</html>
`;

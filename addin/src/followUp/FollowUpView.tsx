import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { formatWorkingTimeLeft } from '../../../shared/index.ts';
import type { FollowUpRow, FollowUpWindow } from '../../../shared/index.ts';
import { StatusLine } from '../pane/StatusLine.tsx';
import type { PaneStores } from '../pane/paneStores.ts';
import { usePaneStores } from '../pane/usePane.ts';
import { createFollowUpStore } from './followUpStore.ts';
import type { FollowUpState } from './followUpStore.ts';
import { followUpStrings } from './followUpStrings.ts';
import type { FollowUpStrings } from './followUpStrings.ts';

const made = new WeakMap<PaneStores, StoreApi<FollowUpState>>();

/** The pane's follow-up store, created on first use. */
function followUpStoreFor(stores: PaneStores): StoreApi<FollowUpState> {
  let store = made.get(stores);
  if (!store) {
    store = createFollowUpStore(stores.deps);
    made.set(stores, store);
  }
  return store;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  windows: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  facts: {
    display: 'grid',
    gridTemplateColumns: '1fr max-content',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '& dt': { color: tokens.colorNeutralForeground2 },
    '& dd': { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: 'end' },
  },
  chart: { width: '100%', height: 'auto', maxWidth: '360px' },
  legend: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
    listStyle: 'none',
    fontSize: tokens.fontSizeBase200,
  },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginInlineEnd: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      textAlign: 'end',
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& th[scope="row"]': { textAlign: 'start' },
    '& caption': { textAlign: 'start', color: tokens.colorNeutralForeground2 },
  },
});

const FILL = {
  inTime: tokens.colorPaletteGreenForeground1,
  late: tokens.colorPaletteDarkOrangeForeground1,
  open: tokens.colorNeutralForeground3,
} as const;

function WindowFacts(props: { w: FollowUpWindow; s: FollowUpStrings; median: string | null }) {
  const { w, s } = props;
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid={`follow-up-${w.days}`}>
      <h3 id={headingId} className={styles.heading}>
        {s.windowHeading(w.days)}
      </h3>
      <dl className={styles.facts}>
        <dt>{s.received}</dt>
        <dd>{w.received}</dd>
        <dt>{s.shareInTime}</dt>
        <dd data-testid="share">{w.shareInTime === null ? s.none : s.percent(w.shareInTime)}</dd>
        <dt>{s.medianResponse}</dt>
        <dd>{props.median ?? s.none}</dd>
        <dt>{s.brokenPromises}</dt>
        <dd>{w.brokenPromises}</dd>
        <dt>{s.openNow}</dt>
        <dd>
          {w.open}
          {s.openOverdue(w.openOverdue)}
        </dd>
      </dl>
    </section>
  );
}

/** A small stacked bar chart by week: in time, late, open. The table beside it carries the numbers. */
function WeekChart(props: { weeks: readonly FollowUpRow[]; s: FollowUpStrings }) {
  const { weeks, s } = props;
  const styles = useStyles();
  const total = (key: 'inTime' | 'late' | 'open') => weeks.reduce((n, w) => n + w[key], 0);
  const max = Math.max(1, ...weeks.map((w) => w.inTime + w.late + w.open));
  const barWidth = 16;
  const gap = 6;
  const height = 80;
  const width = Math.max(1, weeks.length) * (barWidth + gap);
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${width} ${height + 14}`}
      role="img"
      aria-label={s.chartAlt(weeks.length, total('inTime'), total('late'), total('open'))}
      data-testid="follow-up-chart"
    >
      {weeks.map((w, i) => {
        const x = i * (barWidth + gap);
        let y = height;
        const parts = (['inTime', 'late', 'open'] as const).map((key) => {
          const h = (w[key] / max) * height;
          y -= h;
          return (
            <rect key={key} x={x} y={y} width={barWidth} height={h} style={{ fill: FILL[key] }} />
          );
        });
        return (
          <g key={w.period}>
            {parts}
            <text
              x={x + barWidth / 2}
              y={height + 11}
              fontSize="8"
              textAnchor="middle"
              style={{ fill: tokens.colorNeutralForeground2 }}
            >
              {w.period.slice(-2)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The "Uppföljning" tab: the personal follow-up over 30 and 90 days, and a chart by week. */
export default function FollowUpView() {
  const stores = usePaneStores();
  const { deps } = stores;
  const s = followUpStrings(deps.lang);
  const styles = useStyles();
  const [store] = useState(() => followUpStoreFor(stores));
  const state = useStore(store);
  const headingId = useId();

  useEffect(() => {
    if (store.getState().phase === 'idle') void store.getState().load();
  }, [store]);

  const median = (w: FollowUpWindow) =>
    w.medianResponseMinutes === null
      ? null
      : formatWorkingTimeLeft(w.medianResponseMinutes * 60_000, deps.org.officeHours, deps.lang);

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="follow-up">
      <h2 id={headingId} className={styles.heading}>
        {s.heading}
      </h2>
      <p className={styles.intro}>{s.intro}</p>
      {state.phase === 'loading' || state.phase === 'idle' ? (
        <Spinner size="small" label={s.loading} />
      ) : null}
      <StatusLine
        status={state.phase === 'error' ? { kind: 'error', text: state.error ?? '' } : null}
      />
      {state.data ? (
        <>
          <div className={styles.windows}>
            {state.data.windows.map((w) => (
              <WindowFacts key={w.days} w={w} s={s} median={median(w)} />
            ))}
          </div>
          <h3 className={styles.heading}>{s.chartHeading}</h3>
          <WeekChart weeks={state.data.weeks} s={s} />
          <ul className={styles.legend} aria-hidden="true">
            <li>
              <span className={styles.swatch} style={{ backgroundColor: FILL.inTime }} />
              {s.legendInTime}
            </li>
            <li>
              <span className={styles.swatch} style={{ backgroundColor: FILL.late }} />
              {s.legendLate}
            </li>
            <li>
              <span className={styles.swatch} style={{ backgroundColor: FILL.open }} />
              {s.legendOpen}
            </li>
          </ul>
          <table className={styles.table} data-testid="follow-up-weeks">
            <caption>{s.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.week}</th>
                <th scope="col">{s.legendInTime}</th>
                <th scope="col">{s.legendLate}</th>
                <th scope="col">{s.legendOpen}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.weeks.map((w) => (
                <tr key={w.period}>
                  <th scope="row">{w.period}</th>
                  <td>{w.inTime}</td>
                  <td>{w.late}</td>
                  <td>{w.open}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={styles.intro}>{s.scanned(state.data.scanned)}</p>
        </>
      ) : null}
      {state.phase === 'ready' || state.phase === 'error' ? (
        <div>
          <Button onClick={() => void state.load()}>{s.reload}</Button>
        </div>
      ) : null}
    </section>
  );
}

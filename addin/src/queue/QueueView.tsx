import { Button, Spinner, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons/svg/arrow-clockwise';
import { Flag20Regular } from '@fluentui/react-icons/svg/flag';
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useQueue, useQueueActions } from './queueStore.ts';
import { useStrings } from '../pane/usePane.ts';
import { queueItemStyles, stackedList } from '../pane/stackedList.ts';
import { StateBadge } from '../pane/StateBadge.tsx';
import { StatusLine } from '../pane/StatusLine.tsx';

/** State hook: the queue's data as one shallow-compared pick, and its (stable) actions. */
function useQueueViewState() {
  const t = useStrings();
  const picked = useQueue(
    useShallow((s) => ({
      phase: s.phase,
      read: s.read,
      items: s.items,
      counts: s.counts,
      error: s.error,
      waiting: s.waiting,
      busy: s.busy,
      notice: s.notice,
    })),
  );
  const { load, tick, toggleNotOurs, flagAll } = useQueueActions();
  return { t, ...picked, load, tick, toggleNotOurs, flagAll };
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, 1fr)',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  count: {
    display: 'flex',
    flexDirection: 'column-reverse',
    alignItems: 'center',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    '& dd': { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
    '& dt': {
      fontSize: tokens.fontSizeBase200,
      color: tokens.colorNeutralForeground2,
      textAlign: 'center',
    },
  },
  overdue: { backgroundColor: tokens.colorPaletteRedBackground1 },
  list: stackedList,
  ...queueItemStyles,
});

/** The inbox queue: unanswered messages with a duty, sorted by due. */
export default function QueueView() {
  const s = useQueueViewState();
  const styles = useStyles();
  const { t, phase, load } = s;

  useEffect(() => {
    if (phase === 'idle') void load();
  }, [phase, load]);

  // Time moves on: the due states and counts follow every minute.
  const tick = s.tick;
  useEffect(() => {
    const id = setInterval(tick, 60_000);
    return () => clearInterval(id);
  }, [tick]);

  return (
    <section className={styles.root} aria-labelledby="queue-heading">
      <h2 id="queue-heading" className={styles.heading}>
        {t.queueHeading}
      </h2>
      <div className={styles.actions}>
        <Button
          icon={<ArrowClockwise20Regular />}
          disabled={phase === 'loading'}
          onClick={() => void s.load()}
        >
          {phase === 'idle' ? t.loadQueue : t.reloadQueue}
        </Button>
        <Button
          icon={<Flag20Regular />}
          disabled={phase !== 'ready' || s.busy !== null || s.items.length === 0}
          onClick={() => void s.flagAll()}
        >
          {t.flagQueue}
        </Button>
      </div>
      <StatusLine
        progress={
          phase === 'loading' ? t.queueLoading(s.read) : s.busy === 'flag' ? t.flagging : null
        }
        waiting={s.waiting}
        status={phase === 'error' && s.error ? { text: s.error, kind: 'error' } : s.notice}
      />
      {phase === 'ready' ? (
        <>
          <dl className={styles.counts} aria-label={t.countsLabel}>
            <div className={`${styles.count} ${s.counts.overdue > 0 ? styles.overdue : ''}`}>
              <dt>{t.countOverdue}</dt>
              <dd data-testid="count-overdue">{s.counts.overdue}</dd>
            </div>
            <div className={styles.count}>
              <dt>{t.countToday}</dt>
              <dd data-testid="count-today">{s.counts.dueToday}</dd>
            </div>
            <div className={styles.count}>
              <dt>{t.countLater}</dt>
              <dd data-testid="count-later">{s.counts.later}</dd>
            </div>
          </dl>
          {s.items.length === 0 ? (
            <p>{t.queueEmpty}</p>
          ) : (
            <ul className={styles.list} aria-label={t.queueListLabel}>
              {s.items.map((item, index) => (
                <li key={item.id} className={styles.item} data-testid="queue-item">
                  <StateBadge state={item.clock.state} t={t} />
                  <span className={styles.subject} id={`queue-subject-${index}`}>
                    {item.subject}
                  </span>
                  <span className={styles.meta}>
                    {t.fromLabel}: {item.fromName}
                  </span>
                  <span>
                    {item.notOurs ? t.forwardDueLabel : t.dueLabel}: {item.dueText}
                  </span>
                  {item.clock.state !== 'overdue' ? (
                    <span className={styles.meta}>
                      {t.leftLabel}: {item.leftText}
                    </span>
                  ) : null}
                  <Switch
                    checked={item.notOurs}
                    onChange={() => void s.toggleNotOurs(item.id)}
                    label={t.notOurs}
                    aria-describedby={`queue-subject-${index}`}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : phase === 'idle' ? (
        <Spinner size="tiny" label={t.loading} />
      ) : null}
    </section>
  );
}

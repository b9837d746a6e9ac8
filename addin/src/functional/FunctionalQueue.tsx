import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Select,
  Field,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Suspense, lazy, useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { usePaneStores } from '../pane/usePane.ts';
import { queueItemStyles, stackedList } from '../pane/stackedList.ts';
import { StateBadge } from '../pane/StateBadge.tsx';
import { StatusLine } from '../pane/StatusLine.tsx';
import { functionalStoreFor, useFunctional } from './functionalStoreFor.ts';
import { functionalStrings } from './functionalStrings.ts';

const QueueView = lazy(() => import('../queue/QueueView.tsx'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: stackedList,
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    margin: 0,
  },
  count: { display: 'flex', flexDirection: 'column' },
  countValue: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  countsHeading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  ...queueItemStyles,
});

/** The queue tab: a chooser between the own inbox and the organisation's functional mailboxes. */
export default function FunctionalQueue() {
  const stores = usePaneStores();
  const { lang } = stores.deps;
  const t = functionalStrings(lang);
  const store = functionalStoreFor(stores);
  const mailbox = useFunctional((s) => s.mailbox);
  const mailboxes = useFunctional((s) => s.mailboxes);
  // A message opened in a shared folder or shared mailbox preselects that mailbox.
  useEffect(() => {
    void store.getState().followItem();
  }, [store]);
  if (mailboxes.length === 0) return <QueueView />;
  return (
    <div>
      <Field label={t.chooser}>
        <Select
          value={mailbox ?? ''}
          onChange={(_, data) =>
            void store.getState().choose(data.value === '' ? null : data.value)
          }
        >
          <option value="">{t.ownInbox}</option>
          {mailboxes.map((m) => (
            <option key={m.address} value={m.address}>
              {m.name} ({m.address})
            </option>
          ))}
        </Select>
      </Field>
      <Suspense fallback={null}>
        {mailbox === null ? <QueueView /> : <FunctionalList mailbox={mailbox} />}
      </Suspense>
    </div>
  );
}

/** State hook: the chosen mailbox's items and status, and the store's actions. */
function useFunctionalListState() {
  const stores = usePaneStores();
  const picked = useFunctional(
    useShallow((s) => ({
      phase: s.phase,
      items: s.items,
      busy: s.busy,
      confirm: s.confirm,
      notice: s.notice,
      progress: s.progress,
      truncated: s.truncated,
      counts: s.counts,
      permissions: s.permissions,
      fromItem: s.fromItem,
      mailboxes: s.mailboxes,
    })),
  );
  return { ...picked, actions: functionalStoreFor(stores).getState(), stores };
}

/** The functional mailbox's messages with a duty: who has each, its marks, and deletion. */
function FunctionalList(props: { mailbox: string }) {
  const s = useFunctionalListState();
  const styles = useStyles();
  const { lang, t: paneT } = s.stores.deps;
  const t = functionalStrings(lang);
  const { actions } = s;
  const name = s.mailboxes.find((m) => m.address === props.mailbox)?.name ?? props.mailbox;
  const { canWrite, canDelete } = s.permissions;
  return (
    <section className={styles.root} aria-labelledby="functional-heading">
      {/* The deleted message's button is gone: focus returns to the heading, not to nowhere. */}
      <h2 id="functional-heading" className={styles.heading} tabIndex={-1}>
        {t.heading}: {name}
      </h2>
      {s.fromItem === props.mailbox ? <p>{t.openedFromItem(props.mailbox)}</p> : null}
      {canWrite ? null : <p>{t.readOnlyHint}</p>}
      <div className={styles.actions}>
        <Button disabled={s.phase === 'loading'} onClick={() => void actions.load()}>
          {t.load}
        </Button>
      </div>
      <StatusLine
        progress={
          s.phase === 'loading'
            ? s.progress && s.progress.read > 0
              ? t.loadingCount(s.progress.read)
              : t.loading
            : null
        }
        waiting={null}
        status={s.notice}
      />
      {s.phase === 'ready' && s.counts ? (
        <>
          <h3 className={styles.countsHeading}>{t.countsLabel}</h3>
          <dl className={styles.counts} data-testid="functional-counts">
            {(
              [
                [t.overdue, s.counts.overdue],
                [t.dueToday, s.counts.dueToday],
                [t.later, s.counts.later],
                [t.takenCount, s.counts.taken],
              ] as const
            ).map(([label, count]) => (
              <div key={label} className={styles.count}>
                <dt>{label}</dt>
                <dd className={styles.countValue}>{count}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {s.phase === 'ready' && s.truncated ? <p>{t.truncated(s.items.length)}</p> : null}
      {s.phase === 'ready' ? (
        s.items.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <ul className={styles.list} aria-label={t.listLabel(props.mailbox)}>
            {s.items.map((item, index) => (
              <li key={item.id} className={styles.item} data-testid="functional-item">
                <StateBadge state={item.clock.state} t={paneT} />
                <span className={styles.subject} id={`functional-subject-${index}`}>
                  {item.subject}
                </span>
                <span className={styles.meta}>
                  {paneT.fromLabel}: {item.fromName}
                </span>
                {item.answered ? (
                  <span>{t.answered}</span>
                ) : (
                  <span>
                    {t.due}: {item.dueText}
                  </span>
                )}
                <span data-testid="functional-handler">
                  {item.handler ? t.taken(item.handler) : t.nobody}
                </span>
                {item.registered ? <span>{t.registered} ✓</span> : null}
                {canWrite ? (
                  <div className={styles.actions}>
                    <Button
                      size="small"
                      disabled={s.busy !== null}
                      aria-describedby={`functional-subject-${index}`}
                      onClick={() => void actions.take(item.id)}
                    >
                      {t.take}
                    </Button>
                    {item.registered ? null : (
                      <Button
                        size="small"
                        disabled={s.busy !== null}
                        aria-describedby={`functional-subject-${index}`}
                        onClick={() => void actions.register(item.id)}
                      >
                        {t.register}
                      </Button>
                    )}
                    {item.deletable && canDelete ? (
                      <Button
                        size="small"
                        disabled={s.busy !== null}
                        aria-describedby={`functional-subject-${index}`}
                        onClick={() => actions.askDelete(item.id)}
                      >
                        {t.delete}
                      </Button>
                    ) : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        )
      ) : null}
      <Dialog
        modalType="alert"
        open={s.confirm !== null}
        onOpenChange={(_, data) => {
          if (!data.open) actions.cancelDelete();
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.deleteTitle}</DialogTitle>
            <DialogContent>{s.confirm ? t.deleteBody(s.confirm.subject) : ''}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  void actions.confirmDelete();
                  document.getElementById('functional-heading')?.focus();
                }}
              >
                {t.deleteConfirm}
              </Button>
              <Button onClick={() => actions.cancelDelete()}>{t.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

import { Button, Checkbox, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowForward20Regular } from '@fluentui/react-icons/svg/arrow-forward';
import { Flag20Regular } from '@fluentui/react-icons/svg/flag';
import { MailCheckmark20Regular } from '@fluentui/react-icons/svg/mail-checkmark';
import { MailInbox20Regular } from '@fluentui/react-icons/svg/mail-inbox';
import { Suspense, lazy, memo, useCallback, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  DUTY_STATE_WORDS,
  formatDateTime,
  isNotOurs,
  stockholmDate,
} from '../../../shared/index.ts';
import { useClock, useClockActions, usePaneDeps, useStrings } from '../pane/usePane.ts';
import { promiseStrings } from './promiseStrings.ts';
import { StateBadge } from '../pane/StateBadge.tsx';
import { StatusLine } from '../pane/StatusLine.tsx';

const PrefsPanel = lazy(() => import('./PrefsPanel.tsx'));
// Passing a message on is rare: its form and the notice builder load when asked for.
const PassOnPanel = lazy(() => import('./PassOnPanel.tsx'));
const PASS_ON_BUTTON = 'pass-on-open';
// The date picker is large: it loads after the clock shows, outside the initial budget.
const PromiseField = lazy(() =>
  import('./PromiseField.tsx').then((m) => ({ default: memo(m.PromiseField) })),
);

/** Personal settings behind a disclosure; their form loads when first opened. */
function PrefsDisclosure(props: { heading: string; loading: string; className: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={props.className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{props.heading}</summary>
      {open ? (
        <Suspense fallback={<Spinner size="tiny" label={props.loading} />}>
          <PrefsPanel />
        </Suspense>
      ) : null}
    </details>
  );
}

/** State hook: everything the clock view renders, one shallow-compared pick from the clock store. */
function useClockViewState() {
  const t = useStrings();
  const picked = useClock(
    useShallow((s) => ({
      phase: s.phase,
      message: s.message,
      view: s.view,
      error: s.error,
      notice: s.notice,
      busy: s.busy,
      confidential: s.confidential,
      promised: s.promised,
      promiseError: s.promiseError,
      restId: s.restId,
      mailbox: s.mailbox,
      notOurs: s.restId ? isNotOurs(s.notOurs, s.restId) : false,
      forwarded: s.extras.record?.forwarded ?? null,
    })),
  );
  const deps = usePaneDeps();
  return {
    t,
    p: promiseStrings(deps.lang),
    deps,
    ...picked,
    actions: useClockActions(),
  };
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  prefs: { color: tokens.colorNeutralForeground2, '& summary': { cursor: 'pointer' } },
  rule: {
    width: '100%',
    margin: 0,
    border: 'none',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  subject: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  dueBlock: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  due: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '& dt': { color: tokens.colorNeutralForeground2 },
    '& dd': { margin: 0 },
  },
  estimate: { color: tokens.colorPaletteDarkOrangeForeground1, fontStyle: 'italic' },
  why: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  empty: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXXL,
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
  },
});

/** The reply clock for the selected message. */
export function ClockView() {
  const s = useClockViewState();
  const styles = useStyles();
  const { t } = s;
  // The pass-on form belongs to one message: a new selection closes it.
  const [passOnFor, setPassOnFor] = useState<string | null>(null);
  const passOnOpen = passOnFor !== null && passOnFor === s.restId;
  const closePassOn = useCallback(() => {
    setPassOnFor(null);
    // The button that opened the form comes back: focus returns to it.
    requestAnimationFrame(() => document.getElementById(PASS_ON_BUTTON)?.focus());
  }, []);

  // Performance mark for the latency budget (selection → clock visible).
  useEffect(() => {
    if (s.phase === 'ready' && s.view && typeof performance !== 'undefined')
      performance.mark('svarsplikt:clock-visible');
  }, [s.phase, s.view]);

  if (s.phase === 'loading') return <Spinner size="small" label={t.readingMessage} />;
  if (s.phase === 'error')
    return <StatusLine status={{ text: s.error ?? t.errUnknown, kind: 'error' }} />;
  if (s.phase === 'none' || !s.view || !s.message)
    return (
      <div className={styles.empty}>
        <MailInbox20Regular aria-hidden="true" />
        <strong>{t.noMessage}</strong>
        <span>{t.noMessageHint}</span>
      </div>
    );

  const { view, message } = s;
  const { clock } = view;
  const hasDuty = clock.state !== 'not-required';
  return (
    <section
      className={styles.root}
      aria-labelledby="clock-heading"
      data-testid="clock"
      data-state={clock.state}
      data-duty-state={view.timeline?.state ?? clock.state}
      data-item={message.itemId}
    >
      <h2 id="clock-heading" className={styles.heading}>
        <StateBadge state={clock.state} t={t} />
      </h2>
      <p className={styles.subject}>
        {message.from ? `${message.from.name || message.from.address} · ` : ''}
        {message.subject}
      </p>
      {s.mailbox.owner !== null ? (
        <p className={styles.subject} data-testid="item-mailbox">
          {s.mailbox.canWrite ? t.inMailbox(s.mailbox.owner) : t.readOnlyMailbox(s.mailbox.owner)}
        </p>
      ) : null}
      {view.dueText ? (
        <div className={styles.dueBlock}>
          <span className={styles.label}>
            {clock.kind === 'forward' ? t.forwardDueLabel : t.dueLabel}
          </span>
          <span className={styles.due} data-testid="due">
            {view.dueText}
          </span>
        </div>
      ) : null}
      {view.promisedText ? (
        <p className={styles.subject} data-testid="promised-line">
          {view.promisedText}
          {view.timeline?.state === 'promise-broken' ? (
            <>
              <br />
              <strong data-testid="duty-state">
                {DUTY_STATE_WORDS['promise-broken'][s.deps.lang]}
              </strong>
            </>
          ) : null}
        </p>
      ) : null}
      <dl className={styles.facts}>
        {view.leftText && clock.state !== 'overdue' ? (
          <>
            <dt>{t.leftLabel}</dt>
            <dd data-testid="left">{view.leftText}</dd>
          </>
        ) : null}
        {view.targetText ? (
          <>
            <dt>{t.targetLabel}</dt>
            <dd>{view.targetText}</dd>
          </>
        ) : null}
        <dt>{t.receivedLabel}</dt>
        <dd data-testid="received">
          {view.receivedText}
          {view.receivedEstimate ? (
            <>
              <br />
              <span className={styles.estimate}>{view.receivedEstimate}</span>
            </>
          ) : null}
        </dd>
      </dl>
      {view.senderNotes.length > 0 ? (
        <ul className={styles.why} aria-label={t.senderNotesLabel} data-testid="sender-notes">
          {view.senderNotes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
      {s.forwarded ? (
        <p className={styles.subject} data-testid="forwarded-line">
          {s.p.forwardedLine(s.forwarded.to ?? '', formatDateTime(s.forwarded.at, s.deps.lang))}
        </p>
      ) : null}
      {passOnOpen ? (
        <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
          <PassOnPanel key={s.restId} onClose={closePassOn} />
        </Suspense>
      ) : null}
      {/* Where the delegate permissions lack Write, the write actions are not offered at all. */}
      {hasDuty && clock.state !== 'answered' && !s.forwarded && s.mailbox.canWrite ? (
        <>
          {!passOnOpen ? (
            <div className={styles.actions}>
              <Button
                id={PASS_ON_BUTTON}
                icon={<ArrowForward20Regular />}
                disabled={s.busy !== null}
                onClick={() => setPassOnFor(s.restId)}
              >
                {s.p.passOnOpen}
              </Button>
            </div>
          ) : null}
          <Checkbox
            checked={s.notOurs}
            onChange={() => void s.actions.toggleNotOurs()}
            label={`${t.notOurs} – ${t.notOursHint}`}
          />
          <hr className={styles.rule} />
          <h3 className={styles.heading}>{t.ackHeading}</h3>
          <Checkbox
            checked={s.confidential}
            onChange={(_, d) => s.actions.setConfidential(d.checked === true)}
            label={`${t.confidential} – ${t.confidentialHint}`}
          />
          <Suspense fallback={<Spinner size="tiny" label={t.loading} />}>
            <PromiseField
              label={s.p.promiseLabel}
              hint={s.p.promiseHint}
              value={s.promised}
              onChange={s.actions.setPromised}
              error={s.promiseError}
              today={stockholmDate(s.deps.now())}
              calendar={s.deps.org.calendar}
              lang={s.deps.lang}
              t={t}
            />
          </Suspense>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              icon={<MailCheckmark20Regular />}
              disabled={s.busy !== null}
              onClick={() => void s.actions.sendAcknowledgement()}
            >
              {t.sendAck}
            </Button>
            {s.view?.timeline?.state === 'promise-broken' ? (
              <Button
                appearance="primary"
                icon={<MailCheckmark20Regular />}
                disabled={s.busy !== null}
                onClick={() => void s.actions.sendStatusUpdate()}
              >
                {s.p.sendStatus}
              </Button>
            ) : null}
            <Button
              icon={<Flag20Regular />}
              disabled={s.busy !== null}
              onClick={() => void s.actions.flagMessage()}
            >
              {t.flagMessage}
            </Button>
          </div>
        </>
      ) : null}
      <StatusLine
        progress={
          s.busy === 'flag'
            ? t.flagging
            : s.busy === 'ack'
              ? t.ackOpening
              : s.busy === 'status'
                ? s.p.statusOpening
                : null
        }
        status={s.notice}
      />
      {hasDuty ? (
        <div>
          <h3 className={styles.heading}>{t.whyLabel}</h3>
          <ul className={styles.why}>
            {view.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : (
        <div>
          <h3 className={styles.heading}>{t.noDutyWhy}</h3>
          <ul className={styles.why}>
            {view.noDutyReasons.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <PrefsDisclosure heading={t.prefsHeading} loading={t.loading} className={styles.prefs} />
    </section>
  );
}

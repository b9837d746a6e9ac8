import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowForward20Regular } from '@fluentui/react-icons/svg/arrow-forward';
import { useEffect, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { forwardTarget } from '../../../shared/index.ts';
import { Notice } from '../pane/Notice.tsx';
import { StatusLine } from '../pane/StatusLine.tsx';
import type { PaneStores } from '../pane/paneStores.ts';
import type { StoreApi } from 'zustand/vanilla';
import { usePaneStores } from '../pane/usePane.ts';
import { createPassOnStore } from './passOnStore.ts';
import type { PassOnState } from './passOnStore.ts';
import { passOnStrings } from './passOnStrings.ts';

const OTHER = 'other';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  draft: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyBase,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/**
 * "Inte mitt ärende" as one action: pick who is to answer (a functional mailbox from the org
 * config, or any address, with a warning before it leaves the organisation), then forward, record
 * and draft the notice to the sender. One store per selected message.
 */
export default function PassOnPanel(props: { onClose: () => void }) {
  const stores = usePaneStores();
  const { deps } = stores;
  const w = passOnStrings(deps.lang);
  const styles = useStyles();
  const restId = stores.clock.getState().restId ?? '';
  const [store] = useState(() => passOnStoreFor(stores, restId));
  const s = useStore(store);
  const mailboxes = deps.org.functionalMailboxes;
  const [choice, setChoice] = useState<string>(mailboxes[0]?.address ?? OTHER);
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');
  const [answerBy, setAnswerBy] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const addressId = useId();
  const answerById = useId();
  const externalId = useId();
  const ids = useMemo(
    () => ({ address: addressId, answerBy: answerById, external: externalId }),
    [addressId, answerById, externalId],
  );
  const headingId = useId();

  const chosen = choice === OTHER ? address : choice;
  const classified = chosen.trim() === '' ? null : forwardTarget(chosen, deps.org);
  const leaves = classified?.ok === true && classified.value.leavesOrganisation;
  const busy = s.phase === 'forwarding' || s.phase === 'drafting';
  const forwarded = s.forwardedTo !== null;

  // Opening moves focus into the form (the button that opened it is gone); the outcome of the
  // action takes focus from the button that started it.
  useEffect(() => {
    document.getElementById(headingId)?.focus();
  }, [headingId]);
  useEffect(() => {
    if (s.phase === 'done') document.getElementById(`${headingId}-draft`)?.focus();
    else if (s.phase === 'draft-failed') document.getElementById(`${headingId}-retry`)?.focus();
  }, [s.phase, headingId]);

  // A refusal moves focus to the field it concerns.
  useEffect(() => {
    if (s.field !== null) document.getElementById(ids[s.field])?.focus();
  }, [s.field, s.error, ids]);

  const fieldError = (field: typeof s.field) =>
    s.field === field && s.error
      ? { validationState: 'error' as const, validationMessage: s.error }
      : {};

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="pass-on">
      <h3 id={headingId} className={styles.heading} tabIndex={-1}>
        {w.heading}
      </h3>
      <p className={styles.intro}>{w.intro}</p>
      <fieldset disabled={forwarded || busy} style={{ border: 'none', margin: 0, padding: 0 }}>
        <Field label={w.targetLabel}>
          <RadioGroup value={choice} onChange={(_, d) => setChoice(d.value)}>
            {mailboxes.map((m) => (
              <Radio key={m.address} value={m.address} label={`${m.name} (${m.address})`} />
            ))}
            <Radio value={OTHER} label={w.otherAddress} />
          </RadioGroup>
        </Field>
        {choice === OTHER ? (
          <>
            <Field
              label={{ children: w.addressLabel, htmlFor: ids.address }}
              hint={w.addressHint}
              {...fieldError('address')}
            >
              <Input
                id={ids.address}
                type="email"
                autoComplete="off"
                value={address}
                onChange={(_, d) => setAddress(d.value)}
              />
            </Field>
            <Field label={w.nameLabel} hint={w.nameHint}>
              <Input value={name} onChange={(_, d) => setName(d.value)} />
            </Field>
          </>
        ) : null}
        <Field
          label={{ children: w.answerByLabel, htmlFor: ids.answerBy }}
          hint={w.answerByHint}
          {...fieldError('answerBy')}
        >
          <Input
            id={ids.answerBy}
            type="date"
            value={answerBy}
            onChange={(_, d) => setAnswerBy(d.value)}
          />
        </Field>
      </fieldset>
      {leaves && classified?.ok ? (
        <div data-testid="external-warning">
          <Notice kind="warning" text={w.external(classified.value.address)} />
          <Field {...fieldError('external')}>
            <Checkbox
              id={ids.external}
              disabled={forwarded || busy}
              checked={confirmed}
              onChange={(_, d) => setConfirmed(d.checked === true)}
              label={w.externalConfirm}
            />
          </Field>
        </div>
      ) : null}
      {s.field === 'address' && choice !== OTHER && s.error ? (
        <Notice kind="error" text={s.error} />
      ) : null}
      <div className={styles.actions}>
        {!forwarded ? (
          <Button
            appearance="primary"
            icon={<ArrowForward20Regular />}
            disabled={busy}
            onClick={() =>
              void s.submit({
                address: chosen,
                name: choice === OTHER ? name : '',
                answerBy,
                externalConfirmed: confirmed,
              })
            }
          >
            {w.submit}
          </Button>
        ) : null}
        {s.phase === 'draft-failed' ? (
          <Button
            id={`${headingId}-retry`}
            appearance="primary"
            onClick={() => void s.retryDraft()}
          >
            {w.retryDraft}
          </Button>
        ) : null}
        <Button disabled={busy} onClick={props.onClose}>
          {forwarded ? w.close : w.cancel}
        </Button>
      </div>
      <StatusLine
        progress={
          s.phase === 'forwarding'
            ? w.forwarding(chosen)
            : s.phase === 'drafting'
              ? w.drafting
              : null
        }
        status={
          s.phase === 'done' && s.forwardedTo
            ? { kind: 'success', text: w.done(s.forwardedTo.name) }
            : s.phase === 'draft-failed' || s.phase === 'forward-failed'
              ? { kind: 'error', text: s.error ?? '' }
              : null
        }
      />
      {s.phase === 'done' && s.noticeText ? (
        <div>
          <h4 id={`${headingId}-draft`} className={styles.heading} tabIndex={-1}>
            {w.draftHeading}
          </h4>
          <p className={styles.draft} data-testid="notice-draft">
            {s.noticeText}
          </p>
        </div>
      ) : null}
    </section>
  );
}

/** One pass-on store per pane and selected message: a forward done stays done on reselect. */
const made = new WeakMap<PaneStores, Map<string, StoreApi<PassOnState>>>();

function passOnStoreFor(stores: PaneStores, restId: string): StoreApi<PassOnState> {
  let byMessage = made.get(stores);
  if (!byMessage) {
    byMessage = new Map();
    made.set(stores, byMessage);
  }
  let store = byMessage.get(restId);
  if (!store) {
    store = createPassOnStore(stores.deps, stores.clock);
    byMessage.set(restId, store);
  }
  return store;
}

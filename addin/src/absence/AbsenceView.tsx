import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Switch,
  Tab,
  TabList,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons/svg/add';
import { Delete20Regular } from '@fluentui/react-icons/svg/delete';
import { Save20Regular } from '@fluentui/react-icons/svg/save';
import { useEffect, useRef, useState } from 'react';
import { formatDate, stockholmDate } from '../../../shared/index.ts';
import type { Finding } from '../../../shared/index.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAbsence } from './absenceStore.ts';
import { usePaneDeps } from '../pane/usePane.ts';
import { CurrentAutoReply } from './CurrentAutoReply.tsx';
import { DateField } from './DateField.tsx';
import { FindingsList } from './FindingsList.tsx';
import { HtmlFrame } from './HtmlFrame.tsx';
import { StatusLine } from '../pane/StatusLine.tsx';

function useAbsenceViewState() {
  const deps = usePaneDeps();
  // The view draws nearly every field; a shallow compare skips the sets that change nothing.
  const state = useAbsence(useShallow((s) => s));
  const [preview, setPreview] = useState<'external' | 'internal'>('external');
  return { ...deps, s: state, preview, setPreview };
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subheading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  dates: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  backOn: { color: tokens.colorNeutralForeground2, margin: 0 },
});

function fieldError(
  findings: readonly Finding[],
  field: string,
  lang: 'sv' | 'en',
  show: boolean,
): string | undefined {
  if (!show) return undefined;
  const f = findings.find((x) => x.field === field && x.severity === 'error');
  return f ? f.message[lang] : undefined;
}

/** Field props for an error message (none when there is no error). */
export function validation(error: string | undefined): {
  validationState?: 'error';
  validationMessage?: string;
} {
  return error ? { validationState: 'error', validationMessage: error } : {};
}

/** Out of office: current settings and backup, the form, findings, preview and save. */
export default function AbsenceView() {
  const { s, t, lang, org, now, preview, setPreview } = useAbsenceViewState();
  const styles = useStyles();
  const { phase, load } = s;
  const busy = s.progress !== null;

  useEffect(() => {
    if (phase === 'idle') void load();
  }, [phase, load]);

  const findings = s.referral.findings;
  const show = s.attempted;
  const today = stockholmDate(now());
  const isAway = s.record !== null || (s.current !== null && s.current.status !== 'disabled');
  const colleague = s.form.forwardTarget === '';
  const firstDayRef = useRef<HTMLInputElement>(null);
  // The core lets an absence start "now" (no first day), but a scheduled autoreply needs one.
  const firstDayError =
    fieldError(findings, 'firstDay', lang, show) ??
    (show && s.form.firstDay === null ? t.firstDayMissing : undefined);

  return (
    <section className={styles.root} aria-labelledby="absence-heading">
      <h2 id="absence-heading" className={styles.heading}>
        {t.absenceHeading}
      </h2>
      <StatusLine
        {...(s.statusAt === 'current'
          ? { progress: s.progress, waiting: s.waiting, status: s.status }
          : {})}
      />
      {s.current ? (
        <CurrentAutoReply
          current={s.current}
          rules={s.rules}
          hasBackup={s.backup !== null}
          canRestore={s.canRestore}
          isAway={isAway}
          busy={busy}
          lang={lang}
          t={t}
          onRestore={() => void s.restore()}
          onBack={() => void s.back()}
        />
      ) : null}
      {phase === 'error' ? <Button onClick={() => void s.load()}>{t.retry}</Button> : null}
      <form
        className={styles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // A form with errors: take the user (and the screen reader) to the review list, or to
          // the first day when that is all that is missing.
          const blocked = s.referral.blocking;
          const noFirstDay = s.form.firstDay === null;
          void s.save().then((saved) => {
            if (saved) return;
            if (blocked) document.getElementById('findings-heading')?.focus();
            else if (noFirstDay) firstDayRef.current?.focus();
          });
        }}
      >
        <div className={styles.dates}>
          <DateField
            label={t.firstDay}
            value={s.form.firstDay}
            onChange={(firstDay) => s.update({ firstDay })}
            lang={lang}
            t={t}
            min={today}
            today={today}
            error={firstDayError}
            inputRef={firstDayRef}
          />
          <DateField
            label={t.lastDay}
            value={s.form.lastDay}
            onChange={(lastDay) => s.update({ lastDay })}
            lang={lang}
            t={t}
            min={s.form.firstDay ?? today}
            today={today}
            error={fieldError(findings, 'lastDay', lang, show)}
          />
        </div>
        {s.referral.backOn ? (
          <p className={styles.backOn} data-testid="back-on">
            {t.backOn(formatDate(s.referral.backOn, lang))}
          </p>
        ) : null}

        <h3 className={styles.subheading}>{t.contactsHeading}</h3>
        {s.form.contacts.map((c, i) => (
          <fieldset key={i} className={styles.fieldset}>
            <legend className={styles.legend}>{t.contactLegend(i + 1)}</legend>
            <Field
              label={t.contactName}
              {...validation(fieldError(findings, `contacts[${i}].name`, lang, show))}
            >
              <Input
                id={`contact-name-${i}`}
                value={c.name}
                onChange={(_, d) => s.updateContact(i, { name: d.value })}
                autoComplete="off"
              />
            </Field>
            <Field
              label={t.contactAddress}
              {...validation(fieldError(findings, `contacts[${i}].address`, lang, show))}
            >
              <Input
                type="email"
                value={c.address}
                onChange={(_, d) => s.updateContact(i, { address: d.value })}
              />
            </Field>
            <Field label={t.contactPhone}>
              <Input
                type="tel"
                value={c.phone}
                onChange={(_, d) => s.updateContact(i, { phone: d.value })}
              />
            </Field>
            <div>
              <Button
                icon={<Delete20Regular />}
                appearance="subtle"
                onClick={() => {
                  s.removeContact(i);
                  // The button is gone with its row: focus moves to "Lägg till kontakt".
                  requestAnimationFrame(() => document.getElementById('add-contact')?.focus());
                }}
              >
                {t.removeContact(i + 1)}
              </Button>
            </div>
          </fieldset>
        ))}
        <div>
          <Button
            id="add-contact"
            icon={<Add20Regular />}
            onClick={() => {
              const next = s.form.contacts.length;
              s.addContact();
              // Move focus to the new row's first field.
              requestAnimationFrame(() => document.getElementById(`contact-name-${next}`)?.focus());
            }}
          >
            {t.addContact}
          </Button>
        </div>

        {s.isLong ? (
          <section aria-labelledby="forwarding-heading" className={styles.form}>
            <h3 id="forwarding-heading" className={styles.subheading}>
              {t.forwardingHeading}
            </h3>
            <p className={styles.backOn}>{t.forwardHint(s.workingDays)}</p>
            <Switch
              checked={s.form.forward}
              onChange={(_, d) => s.update({ forward: d.checked })}
              label={t.forwardToggle}
            />
            {s.form.forward ? (
              <>
                <Field label={t.forwardTarget}>
                  <RadioGroup
                    value={s.form.forwardTarget}
                    onChange={(_, d) => s.update({ forwardTarget: d.value })}
                  >
                    {org.functionalMailboxes.map((m) => (
                      <Radio key={m.address} value={m.address} label={`${m.name} (${m.address})`} />
                    ))}
                    <Radio value="" label={t.forwardColleague} />
                  </RadioGroup>
                </Field>
                {colleague ? (
                  <Field
                    label={t.forwardColleagueAddress}
                    {...validation(fieldError(findings, 'forwardTo', lang, true))}
                  >
                    <Input
                      type="email"
                      value={s.form.colleagueAddress}
                      onChange={(_, d) => s.update({ colleagueAddress: d.value })}
                    />
                  </Field>
                ) : null}
              </>
            ) : null}
          </section>
        ) : null}

        <Field label={t.note} hint={t.noteHint}>
          <Textarea
            value={s.form.note}
            onChange={(_, d) => s.update({ note: d.value })}
            resize="vertical"
          />
        </Field>

        <FindingsList findings={findings} lang={lang} t={t} active={s.touched || s.attempted} />

        <section aria-labelledby="preview-heading" className={styles.form}>
          <h3 id="preview-heading" className={styles.subheading}>
            {t.previewHeading}
          </h3>
          <TabList
            size="small"
            selectedValue={preview}
            onTabSelect={(_, d) => setPreview(d.value === 'internal' ? 'internal' : 'external')}
            aria-label={t.previewHeading}
          >
            <Tab value="external">{t.previewExternal}</Tab>
            <Tab value="internal">{t.previewInternal}</Tab>
          </TabList>
          <HtmlFrame
            html={s.referral[preview].html}
            title={t.previewFrameTitle(
              preview === 'external' ? t.previewExternal : t.previewInternal,
            )}
            lang={lang}
            testId={`preview-${preview}`}
          />
        </section>

        <StatusLine
          {...(s.statusAt === 'form'
            ? { progress: s.progress, waiting: s.waiting, status: s.status }
            : {})}
        />
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" icon={<Save20Regular />} disabled={busy}>
            {t.save}
          </Button>
        </div>
      </form>
    </section>
  );
}

import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndo20Regular } from '@fluentui/react-icons/svg/arrow-undo';
import { PersonArrowBack20Regular } from '@fluentui/react-icons/svg/person-arrow-back';
import { addDays, formatDate, formatDateTime, stockholmWallTime } from '../../../shared/index.ts';
import type { Lang } from '../../../shared/index.ts';
import type { UiStrings } from '../i18n/uiStrings.ts';
import { instantOfGraphDateTime } from '../host/graph/graphDateTime.ts';
import type { AutomaticReplies, RuleSummary } from '../pane/ports.ts';
import { HtmlFrame } from './HtmlFrame.tsx';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  rules: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
  frameLabel: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
  },
});

function ruleText(rule: RuleSummary, t: UiStrings): string {
  const targets = [...(rule.actions?.redirectTo ?? []), ...(rule.actions?.forwardTo ?? [])]
    .map((r) => r.emailAddress?.address)
    .filter((a): a is string => typeof a === 'string' && a !== '');
  const name = rule.displayName ?? '';
  const ours = name.startsWith('Svarsplikt:') ? ` ${t.ourRule}` : '';
  return `${name}${targets.length ? ` – ${t.ruleForwards(targets.join(', '))}` : ''}${ours}`;
}

/**
 * The scheduled period. Midnight to midnight (as the pane saves it) reads as whole days, last day
 * included, not "till Saturday 00:00"; other times are shown as they are.
 */
export function scheduledText(start: number, end: number, t: UiStrings, lang: Lang): string {
  const from = stockholmWallTime(start);
  const to = stockholmWallTime(end);
  if (from.minute === 0 && to.minute === 0 && to.date > from.date)
    return t.scheduledDays(formatDate(from.date, lang), formatDate(addDays(to.date, -1), lang));
  return t.scheduledRange(formatDateTime(start, lang), formatDateTime(end, lang));
}

/** What is set now (before we change anything), the backup and the undo buttons. */
export function CurrentAutoReply(props: {
  current: AutomaticReplies;
  rules: readonly RuleSummary[];
  hasBackup: boolean;
  canRestore: boolean;
  isAway: boolean;
  busy: boolean;
  lang: Lang;
  t: UiStrings;
  onRestore: () => void;
  onBack: () => void;
}) {
  const styles = useStyles();
  const { current, t, lang } = props;
  const start = current.scheduledStartDateTime
    ? instantOfGraphDateTime(current.scheduledStartDateTime)
    : undefined;
  const end = current.scheduledEndDateTime
    ? instantOfGraphDateTime(current.scheduledEndDateTime)
    : undefined;
  return (
    <section
      className={styles.root}
      aria-labelledby="current-heading"
      data-testid="current-autoreply"
    >
      <h3 id="current-heading" className={styles.heading}>
        {t.currentHeading}
      </h3>
      <p className={styles.muted} data-testid="current-status">
        {t.autoReplyStatus[current.status] ?? current.status}
        {current.status === 'scheduled' && start !== undefined && end !== undefined
          ? ` ${scheduledText(start, end, t, lang)}`
          : ''}
      </p>
      {current.status !== 'disabled' ||
      current.internalReplyMessage ||
      current.externalReplyMessage ? (
        <details>
          <summary>
            {t.currentInternal} / {t.currentExternal}
          </summary>
          {/* Each text under its own visible name: the frames' titles reach only screen readers. */}
          <h4 className={styles.frameLabel}>{t.currentInternal}</h4>
          <HtmlFrame html={current.internalReplyMessage} title={t.currentInternal} lang={lang} />
          <h4 className={styles.frameLabel}>{t.currentExternal}</h4>
          <HtmlFrame html={current.externalReplyMessage} title={t.currentExternal} lang={lang} />
        </details>
      ) : null}
      <div>
        <h4 className={styles.heading}>{t.rulesHeading}</h4>
        {props.rules.length === 0 ? (
          <p className={styles.muted}>{t.noRules}</p>
        ) : (
          <ul className={styles.rules} data-testid="current-rules">
            {props.rules.map((r, i) => (
              <li key={r.id ?? i}>{ruleText(r, t)}</li>
            ))}
          </ul>
        )}
      </div>
      {props.hasBackup ? <p className={styles.muted}>{t.backupKept}</p> : null}
      <div className={styles.actions}>
        {props.canRestore ? (
          <Button icon={<ArrowUndo20Regular />} disabled={props.busy} onClick={props.onRestore}>
            {t.restoreBackup}
          </Button>
        ) : null}
        {props.isAway ? (
          <Button icon={<PersonArrowBack20Regular />} disabled={props.busy} onClick={props.onBack}>
            {t.back}
          </Button>
        ) : null}
      </div>
    </section>
  );
}

import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle20Regular } from '@fluentui/react-icons/svg/error-circle';
import { Info20Regular } from '@fluentui/react-icons/svg/info';
import { Warning20Regular } from '@fluentui/react-icons/svg/warning';
import { citeSource } from '../../../shared/index.ts';
import type { Finding, Lang } from '../../../shared/index.ts';
import type { UiStrings } from '../i18n/uiStrings.ts';
import { stackedList } from '../pane/stackedList.ts';

const ICON = {
  error: ErrorCircle20Regular,
  warning: Warning20Regular,
  info: Info20Regular,
} as const;

const useStyles = makeStyles({
  list: stackedList,
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThickest} solid currentColor`,
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  warning: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  info: { color: tokens.colorNeutralForeground2, backgroundColor: tokens.colorNeutralBackground3 },
  text: { color: tokens.colorNeutralForeground1 },
  source: {
    gridColumn: 2,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/** The core's compliance findings, severity as icon + word, in a live region. */
export function FindingsList(props: {
  findings: readonly Finding[];
  lang: Lang;
  t: UiStrings;
  /** False until the user has started: then only a hint, not a list of errors. */
  active: boolean;
}) {
  const styles = useStyles();
  const { t, lang } = props;
  return (
    <section aria-labelledby="findings-heading">
      <h3 id="findings-heading" className={styles.heading} tabIndex={-1}>
        {t.findingsHeading}
      </h3>
      <div aria-live="polite" data-testid="findings">
        {!props.active ? (
          <p>{t.findingsPending}</p>
        ) : props.findings.length === 0 ? (
          <p>{t.noFindings}</p>
        ) : (
          <ul className={styles.list}>
            {props.findings.map((f) => {
              const Icon = ICON[f.severity];
              return (
                <li
                  key={`${f.id}-${f.field ?? ''}`}
                  className={`${styles.item} ${styles[f.severity]}`}
                  data-finding={f.id}
                  data-severity={f.severity}
                >
                  <Icon aria-hidden="true" />
                  <span className={styles.text}>
                    <strong>{t.severity[f.severity]}:</strong> {f.message[lang]}
                  </span>
                  {f.source ? (
                    <span className={styles.source}>
                      {t.sourceLabel}: {citeSource(f.source, lang)}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}

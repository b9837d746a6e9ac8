import { makeStyles, tokens } from '@fluentui/react-components';
import { stockholmText } from './stockholmText.ts';
import { DEMO_MESSAGES } from '../demo-mailbox.ts';
import type { OfficeStandin } from '../office-standin/officeStandin.ts';
import type { GraphStandinState } from './useStandin.ts';

const useStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    boxShadow: tokens.shadow4,
    fontSize: tokens.fontSizeBase200,
  },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  sub: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground2, margin: 0 },
});

const STATUS: Record<string, string> = {
  disabled: 'av',
  alwaysEnabled: 'på (utan slutdatum)',
  scheduled: 'schemalagt',
};

function subjectOf(id: string): string {
  return DEMO_MESSAGES.find((m) => m.id === id)?.subject ?? id;
}

/** What landed in the stand-ins: the autoreply, inbox rules, flags, drafts, forwards and roaming settings. */
export function StandinStatePanel(props: {
  graph: GraphStandinState | null;
  standin: OfficeStandin;
}) {
  const styles = useStyles();
  const { graph } = props;
  const ar = graph?.automaticRepliesSetting;
  const flags = Object.entries(graph?.flags ?? {}).filter(
    ([, f]) => f.flagStatus && f.flagStatus !== 'notFlagged',
  );
  const roamingKeys = Object.keys(props.standin.roamingSettings());
  return (
    <section className={styles.root} aria-labelledby="standin-heading" data-testid="standin-state">
      <h2 id="standin-heading" className={styles.heading}>
        Ersättarnas tillstånd (det som landat i ”Microsoft 365”)
      </h2>
      {graph === null ? (
        <p className={styles.muted}>Hämtar…</p>
      ) : (
        <>
          <h3 className={styles.sub}>Autosvar</h3>
          <p className={styles.muted} data-testid="standin-autoreply">
            {ar?.status ? (STATUS[ar.status] ?? ar.status) : 'okänt'}
            {ar?.status === 'scheduled'
              ? `: ${stockholmText(ar.scheduledStartDateTime)} → ${stockholmText(ar.scheduledEndDateTime)}`
              : ''}
          </p>
          <h3 className={styles.sub}>Inkorgsregler</h3>
          {graph.rules && graph.rules.length > 0 ? (
            <ul className={styles.list} data-testid="standin-rules">
              {graph.rules.map((r, i) => (
                <li key={r.id ?? i}>
                  {r.displayName ?? '(namnlös)'} →{' '}
                  {(r.actions?.redirectTo ?? [])
                    .map((x) => x.emailAddress?.address ?? '')
                    .join(', ')}
                  {r.exceptions?.isAutomaticReply ? ' (utom automatiska svar)' : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.muted}>Inga regler.</p>
          )}
          <h3 className={styles.sub}>Flaggor</h3>
          {flags.length > 0 ? (
            <ul className={styles.list} data-testid="standin-flags">
              {flags.map(([id, f]) => (
                <li key={id}>
                  {subjectOf(id)}:{' '}
                  {f.flagStatus === 'flagged'
                    ? 'flaggad'
                    : f.flagStatus === 'complete'
                      ? 'klar'
                      : f.flagStatus}
                  {f.dueDateTime?.dateTime ? `, förfaller ${stockholmText(f.dueDateTime)}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.muted}>Inga flaggor.</p>
          )}
          <h3 className={styles.sub}>Utkast</h3>
          {graph.drafts && graph.drafts.length > 0 ? (
            <ul className={styles.list} data-testid="standin-drafts">
              {graph.drafts.map((d) => (
                <li key={d.id}>
                  {d.subject} → {d.to.join(', ')}
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.muted}>Inga utkast.</p>
          )}
          <h3 className={styles.sub}>Vidarebefordrat</h3>
          {(graph.sentItems ?? []).some((m) => m.subject.startsWith('VB:')) ? (
            <ul className={styles.list} data-testid="standin-forwards">
              {(graph.sentItems ?? [])
                .filter((m) => m.subject.startsWith('VB:'))
                .map((m) => (
                  <li key={m.id}>
                    {m.subject} → {m.to.join(', ')}
                  </li>
                ))}
            </ul>
          ) : (
            <p className={styles.muted}>Inget vidarebefordrat.</p>
          )}
          <h3 className={styles.sub}>Övrigt</h3>
          <p className={styles.muted}>
            Graph-anrop: {graph.requests ?? 0}. Roaming-inställningar:{' '}
            {roamingKeys.length ? roamingKeys.join(', ') : 'inga'}.
          </p>
        </>
      )}
    </section>
  );
}

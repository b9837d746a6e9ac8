import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Notice } from './Notice.tsx';

const useStyles = makeStyles({
  live: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * Progress and result of the view's last operation, in one polite live region so screen
 * readers hear "Sparar…", "Väntar 5 s…" and the outcome.
 */
export function StatusLine(props: {
  progress?: string | null;
  waiting?: string | null;
  status?: { text: string; kind: 'success' | 'error' | 'info' | 'warning' } | null;
}) {
  const styles = useStyles();
  return (
    <div className={styles.live} role="status" aria-live="polite">
      {props.progress ? <Spinner size="tiny" labelPosition="after" label={props.progress} /> : null}
      {props.waiting ? <Spinner size="tiny" labelPosition="after" label={props.waiting} /> : null}
      {props.status ? <Notice kind={props.status.kind} text={props.status.text} /> : null}
    </div>
  );
}

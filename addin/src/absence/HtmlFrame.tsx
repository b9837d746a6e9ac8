import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  frame: {
    width: '100%',
    minHeight: '280px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/**
 * Shows an HTML mail body in a sandboxed iframe: no scripts, no same-origin access, so even
 * markup we did not write (an existing autoreply) cannot touch the pane.
 */
export function HtmlFrame(props: { html: string; title: string; lang: string; testId?: string }) {
  const styles = useStyles();
  const doc = `<!doctype html><html lang="${props.lang}"><head><meta charset="utf-8"><title>${props.title.replace(/[<&>"]/g, '')}</title><style>body{font-family:'Segoe UI',system-ui,sans-serif;font-size:13px;line-height:1.45;margin:8px;color:#242424}</style></head><body>${props.html}</body></html>`;
  return (
    <iframe
      className={styles.frame}
      sandbox=""
      srcDoc={doc}
      title={props.title}
      data-testid={props.testId}
    />
  );
}

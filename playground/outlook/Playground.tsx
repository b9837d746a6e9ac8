import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { ArrowReset20Regular } from '@fluentui/react-icons/svg/arrow-reset';
import { ErrorCircle20Regular } from '@fluentui/react-icons/svg/error-circle';
import { Flag16Filled } from '@fluentui/react-icons/svg/flag';
import { Info20Regular } from '@fluentui/react-icons/svg/info';
import { useEffect, useRef, useState } from 'react';
import {
  DEMO_KONTAKTCENTER,
  DEMO_KONTAKTCENTER_MESSAGES,
  DEMO_MESSAGES,
  DEMO_OWNER,
} from '../demo-mailbox.ts';
import type { DemoMessage } from '../demo-mailbox.ts';
import type { OfficeStandin, StandinForm } from '../office-standin/officeStandin.ts';
import { StandinStatePanel } from './StandinStatePanel.tsx';
import { shortStockholm, stockholmText } from './stockholmText.ts';
import { refreshGraphState, useGraphStandinState, useStandinVersion } from './useStandin.ts';

const useStyles = makeStyles({
  app: {
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  top: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingInline: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: '#0f548c',
    color: '#ffffff',
  },
  brand: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    flexGrow: 1,
  },
  topLink: { color: '#ffffff' },
  select: { marginInlineStart: tokens.spacingHorizontalXS },
  columns: { display: 'grid', gridTemplateColumns: '300px minmax(360px, 1fr) 380px', minHeight: 0 },
  list: {
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  listHeading: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  ul: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    width: '100%',
    textAlign: 'start',
    gap: '2px',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderLeft: '3px solid transparent',
    backgroundColor: 'transparent',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
  sender: {
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  subject: {
    gridColumn: '1 / 3',
    fontSize: tokens.fontSizeBase200,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  time: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  flag: {
    gridColumn: '1 / 3',
    display: 'flex',
    alignItems: 'center',
    gap: '4px',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorPaletteRedForeground1,
  },
  reading: {
    overflowY: 'auto',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    boxShadow: tokens.shadow4,
  },
  infoBar: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground4,
    borderLeft: `4px solid ${tokens.colorBrandStroke1}`,
    marginBlockEnd: tokens.spacingVerticalM,
  },
  infoError: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}`,
  },
  msgSubject: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  meta: { color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXS} 0` },
  body: {
    whiteSpace: 'pre-wrap',
    lineHeight: tokens.lineHeightBase400,
    marginBlockStart: tokens.spacingVerticalL,
  },
  paneColumn: {
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  paneTitle: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  pane: { flexGrow: 1, width: '100%', border: 'none' },
  formFrame: {
    width: '100%',
    minHeight: '260px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dl: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    margin: `0 0 ${tokens.spacingVerticalM}`,
    '& dd': { margin: 0 },
  },
});

function shortTime(iso: string): string {
  return shortStockholm(Date.parse(iso));
}

/** The reply-form dialog's words, following ?lang=en like Outlook's own UI would. */
const FORM_WORDS = {
  sv: {
    newTitle: 'Nytt meddelande (öppnas i Outlook)',
    replyTitle: 'Svar (öppnas i Outlook)',
    to: 'Till',
    reply: 'svar',
    subject: 'Ämne',
    replyPrefix: 'SV',
    quotes: 'Citerar originalet',
    yes: 'Ja',
    no: 'Nej',
    body: 'Meddelandets text',
    close: 'Stäng',
  },
  en: {
    newTitle: 'New message (opens in Outlook)',
    replyTitle: 'Reply (opens in Outlook)',
    to: 'To',
    reply: 'reply',
    subject: 'Subject',
    replyPrefix: 'RE',
    quotes: 'Quotes the original',
    yes: 'Yes',
    no: 'No',
    body: 'Message text',
    close: 'Close',
  },
} as const;

/** The Outlook reading view imitation: list, reading pane with info bar, the real task pane. */
export function Playground(props: {
  standin: OfficeStandin;
  paneUrl: string;
  displayLanguage: string;
}) {
  const { standin } = props;
  const lang = props.displayLanguage.startsWith('en') ? 'en' : 'sv';
  const words = FORM_WORDS[lang];
  const styles = useStyles();
  useStandinVersion(standin);
  const graph = useGraphStandinState();
  const [form, setForm] = useState<StandinForm | null>(null);
  const [paneKey, setPaneKey] = useState(0);
  const paneRef = useRef<HTMLIFrameElement>(null);

  useEffect(() => standin.onReplyForm((f) => setForm(f)), [standin]);
  useEffect(() => standin.onChange(() => void refreshGraphState()), [standin]);

  const selected: DemoMessage | undefined = [...DEMO_MESSAGES, ...DEMO_KONTAKTCENTER_MESSAGES].find(
    (m) => m.id === standin.selectedId,
  );
  const notes = selected ? standin.notifications(selected.id) : [];

  function select(id: string): void {
    performance.mark('svarsplikt:select');
    standin.select(id);
  }

  async function reset(): Promise<void> {
    await fetch('/__standin/graph/reset', { method: 'POST' });
    // A fresh mailbox: the pane's roaming settings (backup, absence) belong to the old one.
    standin.clearRoamingSettings();
    await refreshGraphState();
    setPaneKey((k) => k + 1);
  }

  return (
    <FluentProvider theme={webLightTheme} className={styles.app}>
      <header className={styles.top}>
        <h1 className={styles.brand}>Outlook – sandlåda för Svarsplikt ({DEMO_OWNER.name})</h1>
        <a
          className={styles.topLink}
          href={props.displayLanguage.startsWith('en') ? '?lang=sv' : '?lang=en'}
        >
          {props.displayLanguage.startsWith('en') ? 'Visa på svenska' : 'Show in English'}
        </a>
        <Button icon={<ArrowReset20Regular />} size="small" onClick={() => void reset()}>
          Återställ Graph-ersättaren
        </Button>
      </header>
      <div className={styles.columns}>
        <nav className={styles.list} aria-labelledby="inbox-heading">
          <h2 id="inbox-heading" className={styles.listHeading}>
            Inkorg
          </h2>
          <ul className={styles.ul}>
            {DEMO_MESSAGES.map((m) => {
              const flag = graph?.flags?.[m.id];
              const isSelected = m.id === standin.selectedId;
              return (
                <li key={m.id}>
                  <button
                    type="button"
                    className={`${styles.item} ${isSelected ? styles.selected : ''}`}
                    aria-current={isSelected ? 'true' : undefined}
                    data-id={m.id}
                    onClick={() => select(m.id)}
                  >
                    <span className={styles.sender}>{m.from.name || m.from.address}</span>
                    <span className={styles.time}>{shortTime(m.receivedDateTime)}</span>
                    <span className={styles.subject}>{m.subject}</span>
                    {flag?.flagStatus === 'flagged' ? (
                      <span className={styles.flag} data-testid={`flag-${m.id}`}>
                        <Flag16Filled aria-hidden="true" />
                        Förfaller {stockholmText(flag.dueDateTime, true)}
                      </span>
                    ) : flag?.flagStatus === 'complete' ? (
                      <span className={styles.time}>Flagga klar</span>
                    ) : null}
                  </button>
                </li>
              );
            })}
          </ul>
          {/* A shared mailbox opened beside the own one: the pane opens "in" kontaktcenter@. */}
          <h2 id="shared-heading" className={styles.listHeading}>
            {DEMO_KONTAKTCENTER.name} ({DEMO_KONTAKTCENTER.address})
          </h2>
          <ul className={styles.ul} aria-labelledby="shared-heading">
            {DEMO_KONTAKTCENTER_MESSAGES.map((m) => {
              const isSelected = m.id === standin.selectedId;
              return (
                <li key={m.id}>
                  <button
                    type="button"
                    className={`${styles.item} ${isSelected ? styles.selected : ''}`}
                    aria-current={isSelected ? 'true' : undefined}
                    data-id={m.id}
                    onClick={() => select(m.id)}
                  >
                    <span className={styles.sender}>{m.from.name || m.from.address}</span>
                    <span className={styles.time}>{shortTime(m.receivedDateTime)}</span>
                    <span className={styles.subject}>{m.subject}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
        <main className={styles.reading} aria-label="Läsfönster">
          {selected ? (
            <article className={styles.card} aria-labelledby="msg-subject">
              {notes.map((n) => (
                <div
                  key={n.key}
                  className={`${styles.infoBar} ${n.type === 'errorMessage' ? styles.infoError : ''}`}
                  role="status"
                  data-testid="info-bar"
                  data-type={n.type}
                >
                  {n.type === 'errorMessage' ? (
                    <ErrorCircle20Regular aria-hidden="true" />
                  ) : (
                    <Info20Regular aria-hidden="true" />
                  )}
                  <span>{n.message}</span>
                </div>
              ))}
              <h2 id="msg-subject" className={styles.msgSubject}>
                {selected.subject}
              </h2>
              <p className={styles.meta}>
                Från: {selected.from.name} &lt;{selected.from.address}&gt; · Mottaget{' '}
                {shortTime(selected.receivedDateTime)}
              </p>
              <p className={styles.meta}>Till: {selected.to.map((t) => t.address).join(', ')}</p>
              <div className={styles.body}>{selected.bodyText}</div>
            </article>
          ) : (
            <div className={styles.card}>
              <p>Välj ett meddelande i inkorgen.</p>
            </div>
          )}
          <StandinStatePanel graph={graph} standin={standin} />
        </main>
        <aside className={styles.paneColumn} aria-labelledby="pane-title">
          <h2 id="pane-title" className={styles.paneTitle}>
            Tillägg: Svarsplikt
          </h2>
          <iframe
            key={paneKey}
            ref={paneRef}
            className={styles.pane}
            title="Svarsplikt aktivitetsfönster"
            src={props.paneUrl}
          />
        </aside>
      </div>
      <Dialog open={form !== null} onOpenChange={(_, d) => (d.open ? undefined : setForm(null))}>
        <DialogSurface aria-describedby={undefined}>
          <DialogBody>
            <DialogTitle>
              {form ? (form.kind === 'new' ? words.newTitle : words.replyTitle) : ''}
            </DialogTitle>
            <DialogContent>
              {form ? (
                <>
                  <dl className={styles.dl}>
                    <dt>{words.to}</dt>
                    <dd data-testid="form-to">
                      {form.kind === 'new'
                        ? form.to.join(', ')
                        : `${selected?.from.address ?? ''} (${words.reply})`}
                    </dd>
                    <dt>{words.subject}</dt>
                    <dd data-testid="form-subject">
                      {form.subject || `${words.replyPrefix}: ${selected?.subject ?? ''}`}
                    </dd>
                    <dt>{words.quotes}</dt>
                    <dd>{form.kind === 'new' ? words.no : words.yes}</dd>
                  </dl>
                  <iframe
                    className={styles.formFrame}
                    sandbox=""
                    title={words.body}
                    srcDoc={`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${words.body}</title></head><body style="font-family:Segoe UI,sans-serif;font-size:13px">${form.html}</body></html>`}
                  />
                </>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setForm(null)}>
                {words.close}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </FluentProvider>
  );
}

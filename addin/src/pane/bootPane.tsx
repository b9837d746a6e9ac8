import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { langFromLocale } from '../../../shared/index.ts';
import { checkReturn } from '../absence/returnCheck.ts';
import { loadOrgConfig } from '../host/orgConfig.ts';
import { loadUiStrings } from '../i18n/loadUiStrings.ts';
import { svUiStrings } from '../i18n/svUiStrings.ts';
import type { UiStrings } from '../i18n/uiStrings.ts';
import { App } from './App.tsx';
import { createGraphAccess } from './graphAccess.ts';
import { Notice } from './Notice.tsx';
import type { PaneStores } from './paneStores.ts';
import { createPaneStores } from './paneStores.ts';
import type { GraphPort, MailHost, RetryInfo } from './ports.ts';

/** What the pane needs from whoever starts it: production (main.tsx) or the playground. */
export interface PaneWiring {
  /** Connects to the mail host; rejects with a Swedish `message` (and English `messageEn`). */
  readonly connectHost: () => Promise<MailHost>;
  /** "Now" in epoch ms. */
  readonly now: () => number;
  /** Loads Graph on first use (never before the first paint); `onRetry` hears throttling waits. */
  readonly loadGraph: (onRetry: (info: RetryInfo) => void) => Promise<GraphPort>;
  /** The language before the host says otherwise (the browser's). */
  readonly initialLocale: string;
  /** Where to draw; the page's #root. */
  readonly container: HTMLElement;
  /** The organisation's configuration; 'config/org.json' beside the page unless given. */
  readonly orgConfigUrl?: string;
}

/** Swedish `message` or English `messageEn` of a boot failure, else the generic text. */
function bootErrorText(err: unknown, lang: 'sv' | 'en', t: UiStrings): string {
  const e = err as { message?: unknown; messageEn?: unknown };
  if (lang === 'en' && typeof e.messageEn === 'string') return e.messageEn;
  return typeof e.message === 'string' ? e.message : t.errUnknown;
}

/**
 * Starts the task pane: a spinner, then the host, the organisation, the stores and the views; a
 * failure is shown in place. Resolves with the stores once the clock has started (undefined when
 * booting failed).
 *
 * @example await bootPane({ connectHost, now: Date.now, loadGraph, initialLocale: navigator.language, container });
 */
export async function bootPane(wiring: PaneWiring): Promise<PaneStores | undefined> {
  const root = createRoot(wiring.container);
  const browserLang = langFromLocale(wiring.initialLocale);
  const draw = (content: ReactNode) =>
    root.render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
  // Swedish is at hand; English comes from its own small chunk (Swedish until it has arrived).
  let browserStrings: UiStrings = svUiStrings;
  try {
    browserStrings = await loadUiStrings(browserLang);
    draw(<Spinner size="small" label={browserStrings.loading} style={{ padding: 24 }} />);
    const host = await wiring.connectHost();
    const lang = langFromLocale(host.displayLanguage);
    wiring.container.ownerDocument.documentElement.lang = lang;
    const org = await loadOrgConfig(wiring.orgConfigUrl);
    const graph = createGraphAccess(wiring.loadGraph);
    const stores = createPaneStores({
      host,
      org,
      graph,
      lang,
      t: await loadUiStrings(lang),
      now: wiring.now,
    });
    root.render(<App stores={stores} />);
    await stores.clock.getState().start();
    await checkReturn(stores);
    return stores;
  } catch (err) {
    draw(
      <div role="alert" style={{ margin: 16 }}>
        <Notice kind="error" text={bootErrorText(err, browserLang, browserStrings)} />
      </div>,
    );
    return undefined;
  }
}

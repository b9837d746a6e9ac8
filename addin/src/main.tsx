import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { langFromLocale } from '../../shared/index.ts';
import { App } from './pane/App.tsx';
import { Notice } from './pane/Notice.tsx';
import { connectMailHost } from './host/connectMailHost.ts';
import { loadAddinConfig } from './host/addinConfig.ts';
import { loadGraphApi } from './host/graph/lazy.ts';
import { loadOrgConfig } from './host/orgConfig.ts';
import { uiStrings } from './i18n/uiStrings.ts';
import { createGraphAccess } from './pane/graphAccess.ts';
import { createPaneStores } from './pane/paneStores.ts';
import { paneNow } from './pane/paneNow.ts';
import { checkReturn } from './absence/returnCheck.ts';

// The pane is narrow: no default page margin.
document.body.style.margin = '0';
const container =
  document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
const root = createRoot(container);
const browserLang = langFromLocale(navigator.language);

function renderMessage(content: ReactNode): void {
  root.render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
}

async function boot(): Promise<void> {
  renderMessage(
    <Spinner size="small" label={uiStrings(browserLang).loading} style={{ padding: 24 }} />,
  );
  const host = await connectMailHost();
  const lang = langFromLocale(host.displayLanguage);
  const t = uiStrings(lang);
  document.documentElement.lang = lang;
  const [org, config] = await Promise.all([loadOrgConfig(), loadAddinConfig()]);
  const graph = createGraphAccess((onRetry) => loadGraphApi(config, { onRetry }));
  const stores = createPaneStores({ host, org, graph, lang, t, now: paneNow(location.search) });
  root.render(<App stores={stores} />);
  await stores.clock.getState().start();
  await checkReturn(stores);
}

boot().catch((err: unknown) => {
  // OfficeUnavailableError / OrgConfigError carry a Swedish .message and an English .messageEn.
  const e = err as { message?: unknown; messageEn?: unknown };
  const text =
    browserLang === 'en' && typeof e.messageEn === 'string'
      ? e.messageEn
      : typeof e.message === 'string'
        ? e.message
        : uiStrings(browserLang).errUnknown;
  renderMessage(
    <div role="alert" style={{ margin: 16 }}>
      <Notice kind="error" text={text} />
    </div>,
  );
});

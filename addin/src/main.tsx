// Production entry of the task pane: Office.js, MSAL/Graph from config/addin.json, real time.
// The playground has its own entry (playground/outlook/paneMain.tsx) wiring the stand-ins.
import { loadAddinConfig } from './host/addinConfig.ts';
import { connectMailHost } from './host/connectMailHost.ts';
import { loadGraphApi } from './host/graph/lazy.ts';
import { bootPane } from './pane/bootPane.tsx';

// The pane is narrow: no default page margin.
document.body.style.margin = '0';
const container =
  document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
// Read while Office.js starts; a broken file stops the boot with its Swedish message.
const config = loadAddinConfig();

void bootPane({
  connectHost: async () => (await Promise.all([connectMailHost(), config]))[0],
  now: () => Date.now(),
  loadGraph: async (onRetry) => loadGraphApi(await config, { onRetry }),
  initialLocale: navigator.language,
  container,
});

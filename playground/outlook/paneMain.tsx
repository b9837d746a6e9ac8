// The playground's entry of the task pane: the same bootPane as production, wired to stand-ins.
import { connectMailHost } from '../../addin/src/host/connectMailHost.ts';
import { bootPane } from '../../addin/src/pane/bootPane.tsx';
import { playgroundNow, playgroundOffice, standinGraph } from './paneWiring.ts';

document.body.style.margin = '0';
const container =
  document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
const office = playgroundOffice(window);

void bootPane({
  connectHost: () => connectMailHost(10_000, { Office: office }),
  now: playgroundNow(location.search),
  loadGraph: (onRetry) => standinGraph(onRetry),
  initialLocale: navigator.language,
  container,
  // This page lives under /playground/outlook/; the configuration is the pane's own.
  orgConfigUrl: '/config/org.json',
});

import { createRoot } from 'react-dom/client';
import {
  DEMO_KONTAKTCENTER,
  DEMO_KONTAKTCENTER_MESSAGES,
  DEMO_KONTAKTCENTER_PERMISSIONS,
  DEMO_MESSAGES,
  DEMO_NOW,
  DEMO_OWNER,
} from '../demo-mailbox.ts';
import { createOfficeStandin } from '../office-standin/officeStandin.ts';
import { Playground } from './Playground.tsx';

// Query parameters: ?now=ISO|real (the pane's clock, default the demo's fixed "now"), ?lang=en.
const params = new URLSearchParams(location.search);
const now = params.get('now') ?? DEMO_NOW;
const displayLanguage = params.get('lang') === 'en' ? 'en-US' : 'sv-SE';

// The stand-in must be exposed before the task pane iframe loads (it picks it up from its parent).
const standin = createOfficeStandin({
  messages: DEMO_MESSAGES,
  owner: DEMO_OWNER,
  displayLanguage,
  // The Graph stand-in keeps its state on the dev server across reloads; the pane's roaming
  // settings (its backup of the earlier autoreply, the absence it set) must survive them too.
  roamingStore: sessionStorage,
  // Messages can also be opened "in kontaktcenter@", the shared mailbox Anna Lind has access to.
  sharedMailboxes: [
    {
      owner: DEMO_KONTAKTCENTER,
      delegatePermissions: DEMO_KONTAKTCENTER_PERMISSIONS,
      messages: DEMO_KONTAKTCENTER_MESSAGES,
    },
  ],
});
standin.expose(window);
(window as unknown as { svarspliktPlayground: unknown }).svarspliktPlayground = { standin };

const paneUrl = `/playground/outlook/taskpane.html${now === 'real' ? '' : `?now=${encodeURIComponent(now)}`}`;
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <Playground standin={standin} paneUrl={paneUrl} displayLanguage={displayLanguage} />,
  );

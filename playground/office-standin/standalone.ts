import {
  DEMO_KONTAKTCENTER,
  DEMO_KONTAKTCENTER_MESSAGES,
  DEMO_KONTAKTCENTER_PERMISSIONS,
  DEMO_MESSAGES,
  DEMO_OWNER,
} from '../demo-mailbox.ts';
import { createOfficeStandin } from './officeStandin.ts';
import type { OfficeStandin, RoamingStore } from './officeStandin.ts';

/** The window's sessionStorage, or undefined where there is none or it is refused (sandboxed). */
function sessionStoreOf(win: Window): RoamingStore | undefined {
  try {
    return win.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * For the playground's `outlook/taskpane.html` opened on its own (no playground around it): a stand-in over the
 * demo mailbox with the first message selected (`&item=<id>` picks another, `&lang=en-US` the language).
 */
export function installStandaloneStandin(win: Window): typeof Office {
  const params = new URLSearchParams(win.location.search);
  const roamingStore = sessionStoreOf(win);
  const standin = createOfficeStandin({
    messages: DEMO_MESSAGES,
    owner: DEMO_OWNER,
    displayLanguage: params.get('lang') ?? 'sv-SE',
    selectedId: params.get('item') ?? DEMO_MESSAGES[0]?.id ?? null,
    sharedMailboxes: [
      {
        owner: DEMO_KONTAKTCENTER,
        delegatePermissions: DEMO_KONTAKTCENTER_PERMISSIONS,
        messages: DEMO_KONTAKTCENTER_MESSAGES,
      },
    ],
    // The Graph stand-in keeps its state across reloads; so do the roaming settings.
    ...(roamingStore ? { roamingStore } : {}),
  });
  const target = win as Window & {
    Office?: typeof Office;
    svarspliktOfficeStandin?: OfficeStandin;
  };
  standin.expose(target);
  target.Office = standin.office;
  return standin.office;
}

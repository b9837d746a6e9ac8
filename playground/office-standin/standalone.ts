import { DEMO_MESSAGES, DEMO_OWNER } from '../demo-mailbox.ts';
import { createOfficeStandin } from './officeStandin.ts';
import type { OfficeStandin } from './officeStandin.ts';

/**
 * For `taskpane.html?standin=1` opened on its own (no playground around it): a stand-in over the
 * demo mailbox with the first message selected (`&item=<id>` picks another, `&lang=en-US` the language).
 */
export function installStandaloneStandin(win: Window): typeof Office {
  const params = new URLSearchParams(win.location.search);
  const standin = createOfficeStandin({
    messages: DEMO_MESSAGES,
    owner: DEMO_OWNER,
    displayLanguage: params.get('lang') ?? 'sv-SE',
    selectedId: params.get('item') ?? DEMO_MESSAGES[0]?.id ?? null,
  });
  const target = win as Window & {
    Office?: typeof Office;
    svarspliktOfficeStandin?: OfficeStandin;
  };
  standin.expose(target);
  target.Office = standin.office;
  return standin.office;
}

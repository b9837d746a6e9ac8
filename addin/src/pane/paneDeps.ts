import type { Lang, Organisation } from '../../../shared/index.ts';
import type { UiStrings } from '../i18n/uiStrings.ts';
import type { GraphAccess } from './graphAccess.ts';
import type { MailHost } from './ports.ts';

/** Everything the pane's stores depend on; injected so tests can pass fakes. */
export interface PaneDeps {
  readonly host: MailHost;
  readonly org: Organisation;
  readonly graph: GraphAccess;
  readonly lang: Lang;
  readonly t: UiStrings;
  /** "Now" in epoch ms: real time in production, a fixed clock in the playground. */
  readonly now: () => number;
}

/** Roaming-settings keys the pane owns. */
export const SETTINGS = {
  notOurs: 'svarsplikt.notOurs',
  autoReplyBackup: 'svarsplikt.autoReplyBackup',
  absence: 'svarsplikt.absence',
  prefs: 'svarsplikt.prefs',
} as const;

/** Personal preferences kept in roaming settings. */
export interface PersonalPrefs {
  readonly signature?: string;
  readonly confidentialDefault?: boolean;
}

/** The ids the user marked "not my case" (Graph REST ids). */
export function readNotOurs(host: MailHost): readonly string[] {
  const value = host.getSetting<unknown>(SETTINGS.notOurs);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Toggles one id in the "not my case" list and persists it; returns the new list. */
export async function toggleNotOurs(host: MailHost, id: string): Promise<readonly string[]> {
  const current = readNotOurs(host);
  // Keep the list bounded: roaming settings are limited to 32 KB.
  const next = current.includes(id)
    ? current.filter((x) => x !== id)
    : [...current, id].slice(-200);
  await host.setSetting(SETTINGS.notOurs, next);
  return next;
}

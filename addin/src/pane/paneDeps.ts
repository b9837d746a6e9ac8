import { isNotOurs, parseNotOurs, setNotOurs } from '../../../shared/index.ts';
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

/** The user's "not ours" marks (the core's keys, one cap for both hosts). */
export function readNotOurs(host: MailHost): readonly string[] {
  return parseNotOurs(host.getSetting<unknown>(SETTINGS.notOurs));
}

/** Toggles one message's "not ours" mark and persists the marks; returns the new marks. */
export async function toggleNotOurs(host: MailHost, id: string): Promise<readonly string[]> {
  const current = readNotOurs(host);
  const next = setNotOurs(current, id, !isNotOurs(current, id));
  await host.setSetting(SETTINGS.notOurs, next);
  return next;
}

/** The mailbox the selected message lives in, and whether the user may write there. */
export interface ItemMailbox {
  /** The shared or delegated mailbox's owner; null = the user's own mailbox (`/me`). */
  readonly owner: string | null;
  /** Office's delegatePermissions grant Write (always true in the own mailbox). */
  readonly canWrite: boolean;
}

/** The user's own mailbox. */
export const OWN_MAILBOX: ItemMailbox = Object.freeze({ owner: null, canWrite: true });

/**
 * The selected item's mailbox from Outlook's shared properties (`MailHost.getSharedFolderAccess`,
 * whose `canWrite` reads the delegate permissions); the own mailbox when Outlook says none or
 * cannot say. Never rejects.
 */
export async function readItemMailbox(host: MailHost): Promise<ItemMailbox> {
  try {
    const shared = (await host.getSharedFolderAccess?.()) ?? null;
    return shared === null ? OWN_MAILBOX : { owner: shared.owner, canWrite: shared.canWrite };
  } catch {
    return OWN_MAILBOX;
  }
}

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

/** The pane's one copy of the "not ours" marks: the clock and the queue both read and change it. */
export interface NotOursMarks {
  /** The marks as last saved (the core's keys). */
  ids(): readonly string[];
  /** Toggles one message's mark, saves the marks in roaming settings and tells every listener. */
  toggle(id: string): Promise<readonly string[]>;
  /** Listens to saved changes; returns the unsubscribe function. */
  subscribe(listener: (ids: readonly string[]) => void): () => void;
}

const marksByHost = new WeakMap<MailHost, NotOursMarks>();

/** The "not ours" marks of this mailbox host: one per host, shared by every store of the pane. */
export function notOursMarks(host: MailHost): NotOursMarks {
  const known = marksByHost.get(host);
  if (known) return known;
  let ids = readNotOurs(host);
  const listeners = new Set<(ids: readonly string[]) => void>();
  const marks: NotOursMarks = {
    ids: () => ids,
    async toggle(id) {
      // The roaming setting is the truth (the core's cap and keys apply on every write).
      const current = readNotOurs(host);
      const next = setNotOurs(current, id, !isNotOurs(current, id));
      await host.setSetting(SETTINGS.notOurs, next);
      ids = next;
      listeners.forEach((l) => l(next));
      return next;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  marksByHost.set(host, marks);
  return marks;
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

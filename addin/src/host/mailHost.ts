import { sharedFolderAccess } from './sharedFolderAccess.ts';
import type { SharedFolderAccess } from './sharedFolderAccess.ts';

export type { SharedFolderAccess } from './sharedFolderAccess.ts';

/** The selected message as the pane needs it. */
export interface SelectedMessage {
  readonly itemId: string;
  readonly subject: string;
  readonly from: { readonly name: string; readonly address: string } | null;
  /** Epoch ms; only a labelled fallback for "received at". */
  readonly dateTimeCreated: number;
  /** The raw header block (topmost Received: first); null when the host cannot give it. */
  readonly internetHeaders: string | null;
}

/** Outlook, as the pane uses it: promise-based, never throwing inside an Office callback. */
export interface MailHost {
  /** e.g. 'sv-SE', 'en-US'. */
  readonly displayLanguage: string;
  readonly mailboxAddress: string;
  /** The user's display name ("Anna Lind"): the "Jag tar den" category carries it. */
  readonly userName?: string;
  /** Windows time zone id of the user, e.g. 'W. Europe Standard Time'. */
  readonly timeZone: string;
  getSelectedMessage(): Promise<SelectedMessage | null>;
  /**
   * The shared folder or shared mailbox the selected message lives in (Mailbox 1.8,
   * `item.getSharedPropertiesAsync`); null for the user's own mailbox or where Outlook cannot say.
   */
  getSharedFolderAccess?(): Promise<SharedFolderAccess | null>;
  /** Calls `listener` when the selection changes in a pinned pane (also to "nothing selected"). */
  onSelectionChanged(listener: () => void): Promise<void>;
  /** One info bar under our key, replaced rather than piled up; longer texts are cut to 150 characters. */
  showInfoBar(text: string, kind: 'informational' | 'error'): Promise<void>;
  clearInfoBar(): Promise<void>;
  openReplyForm(html: string): Promise<void>;
  openNewMessage(m: { to: readonly string[]; subject: string; html: string }): Promise<void>;
  getSetting<T>(key: string): T | undefined;
  /** Sets (undefined removes) and saves a roaming setting. */
  setSetting(key: string, value: unknown): Promise<void>;
  /** The Graph (REST v2.0) id of an Office item id. */
  convertToRestId(itemId: string): string;
}

/** An Office call that failed; `code` is Office's error name (or 'NoItem', 'Unsupported'). */
export class MailHostError extends Error {
  override readonly name = 'MailHostError';
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** Office's limit for a notification message. */
export const INFO_BAR_MAX = 150;
const INFO_BAR_KEY = 'svarsplikt';
/** The manifest resource id of the 16 px icon (informational messages need one). */
const INFO_BAR_ICON = 'Icon.16x16';

/** Cuts text to Office's 150 characters with an ellipsis, never inside a surrogate pair. */
export function fitInfoBar(text: string, max = INFO_BAR_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  let cut = clean.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/**
 * Wraps Office.js (Outlook, read mode) as a MailHost.
 *
 * @example
 * await Office.onReady();
 * const host = createOfficeMailHost(Office);
 * const message = await host.getSelectedMessage();
 */
export function createOfficeMailHost(office: typeof Office = Office): MailHost {
  const mailbox = office.context.mailbox;
  const supports = (version: string) =>
    office.context.requirements.isSetSupported('Mailbox', version);

  /** Runs an Office async method; a synchronous throw or a failed AsyncResult becomes a rejection. */
  function call<T>(start: (callback: Callback<T>) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      try {
        start((result) => {
          if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
          else
            reject(
              new MailHostError(
                result.error?.name ?? 'Failed',
                result.error?.message ?? 'Office call failed.',
              ),
            );
        });
      } catch (e) {
        reject(
          new MailHostError(
            e instanceof Error ? e.name : 'Failed',
            e instanceof Error ? e.message : String(e),
          ),
        );
      }
    });
  }

  function currentMessage(): Office.MessageRead | null {
    const item = mailbox.item as Office.MessageRead | null | undefined;
    if (!item || (item.itemType as unknown as string) !== 'message') return null;
    return item;
  }

  async function headersOf(item: Office.MessageRead): Promise<string | null> {
    if (!supports('1.8') || typeof item.getAllInternetHeadersAsync !== 'function') return null;
    try {
      const raw = await call<string>((cb) => item.getAllInternetHeadersAsync(cb));
      return typeof raw === 'string' && raw.trim() !== '' ? raw : null;
    } catch {
      return null;
    }
  }

  return {
    displayLanguage: office.context.displayLanguage,
    mailboxAddress: mailbox.userProfile.emailAddress,
    userName: mailbox.userProfile.displayName,
    timeZone: mailbox.userProfile.timeZone,

    async getSelectedMessage() {
      const item = currentMessage();
      if (!item) return null;
      const from = item.from
        ? { name: item.from.displayName ?? '', address: item.from.emailAddress ?? '' }
        : null;
      return {
        itemId: item.itemId,
        subject: item.subject ?? '',
        from,
        dateTimeCreated: item.dateTimeCreated.getTime(),
        internetHeaders: await headersOf(item),
      };
    },

    async getSharedFolderAccess() {
      const item = currentMessage();
      // Outlook defines the method only on items in a shared folder or shared mailbox.
      if (!item || !supports('1.8') || typeof item.getSharedPropertiesAsync !== 'function')
        return null;
      const props = await call<Office.SharedProperties>((cb) => item.getSharedPropertiesAsync(cb));
      return sharedFolderAccess(props);
    },

    async onSelectionChanged(listener) {
      if (!supports('1.5') || typeof mailbox.addHandlerAsync !== 'function') return;
      await call<void>((cb) =>
        mailbox.addHandlerAsync(
          office.EventType.ItemChanged,
          () => {
            try {
              listener();
            } catch {
              // A failing listener must not break Office's event loop.
            }
          },
          cb,
        ),
      );
    },

    async showInfoBar(text, kind) {
      const item = currentMessage();
      if (!item || !supports('1.3')) return;
      const message = fitInfoBar(text);
      const details: Office.NotificationMessageDetails =
        kind === 'informational'
          ? {
              type: office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
              message,
              icon: INFO_BAR_ICON,
              persistent: false,
            }
          : { type: office.MailboxEnums.ItemNotificationMessageType.ErrorMessage, message };
      await call<void>((cb) => item.notificationMessages.replaceAsync(INFO_BAR_KEY, details, cb));
    },

    async clearInfoBar() {
      const item = currentMessage();
      if (!item || !supports('1.3')) return;
      try {
        await call<void>((cb) => item.notificationMessages.removeAsync(INFO_BAR_KEY, cb));
      } catch (e) {
        if (!(e instanceof MailHostError && e.code === 'KeyNotFound')) throw e;
      }
    },

    async openReplyForm(html) {
      const item = currentMessage();
      if (!item) throw new MailHostError('NoItem', 'No message is selected.');
      if (typeof item.displayReplyFormAsync === 'function' && supports('1.9')) {
        await call<void>((cb) => item.displayReplyFormAsync({ htmlBody: html }, cb));
        return;
      }
      try {
        item.displayReplyForm({ htmlBody: html });
      } catch (e) {
        throw new MailHostError('Failed', e instanceof Error ? e.message : String(e));
      }
    },

    async openNewMessage(m) {
      const parameters = { toRecipients: [...m.to], subject: m.subject, htmlBody: m.html };
      if (typeof mailbox.displayNewMessageFormAsync === 'function' && supports('1.9')) {
        await call<void>((cb) => mailbox.displayNewMessageFormAsync(parameters, cb));
        return;
      }
      try {
        mailbox.displayNewMessageForm(parameters);
      } catch (e) {
        throw new MailHostError('Failed', e instanceof Error ? e.message : String(e));
      }
    },

    getSetting<T>(key: string): T | undefined {
      const value: unknown = office.context.roamingSettings.get(key);
      return value === null || value === undefined ? undefined : (value as T);
    },

    async setSetting(key, value) {
      const settings = office.context.roamingSettings;
      try {
        if (value === undefined) settings.remove(key);
        else settings.set(key, value);
      } catch (e) {
        throw new MailHostError('Failed', e instanceof Error ? e.message : String(e));
      }
      await call<void>((cb) => settings.saveAsync(cb));
    },

    convertToRestId(itemId) {
      try {
        return mailbox.convertToRestId(itemId, office.MailboxEnums.RestVersion.v2_0);
      } catch {
        return itemId;
      }
    },
  };
}

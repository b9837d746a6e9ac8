import type { DemoAddress, DemoMessage } from '../demo-mailbox.ts';

/**
 * A faithful subset of Office.js (Outlook, read mode) as the Svarsplikt task pane uses it, driven by
 * the playground page. Values of enums are the runtime strings real Office.js uses (the @types
 * declare some as numbers). Callbacks run asynchronously, as in Outlook.
 */

export interface StandinNotification {
  readonly key: string;
  readonly type: string;
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
}

export interface StandinForm {
  readonly kind: 'reply' | 'replyAll' | 'new';
  /** The item replied to; null for a new message. */
  readonly itemId: string | null;
  readonly html: string;
  readonly to: readonly string[];
  readonly subject: string;
}

export interface StandinDialog {
  readonly url: string;
  readonly options: unknown;
  /** Sends a message to the add-in as if the dialog page called messageParent. */
  messageParent(message: string): void;
  /** Simulates the user closing the dialog (event 12006). */
  closeByUser(): void;
}

export interface OfficeStandinOptions {
  readonly messages: readonly DemoMessage[];
  readonly owner: DemoAddress;
  /** Default 'sv-SE'. */
  readonly displayLanguage?: string;
  /** Windows time zone id; default 'W. Europe Standard Time'. */
  readonly timeZone?: string;
  /** Whether NestedAppAuth 1.1 is supported; default false. */
  readonly nestedAppAuth?: boolean;
  /** Highest Mailbox requirement set; default '1.14'. */
  readonly mailboxVersion?: string;
  readonly roamingSettings?: Readonly<Record<string, unknown>>;
  /**
   * Where saved roaming settings survive a page reload (the playground passes sessionStorage), as
   * Outlook keeps them in the mailbox while the Graph stand-in keeps its state on the server.
   * What it holds wins over `roamingSettings`.
   */
  readonly roamingStore?: RoamingStore;
  /** Selected at start; default none. */
  readonly selectedId?: string | null;
  /**
   * Messages that live in a shared mailbox the user opened (delegate or full access): selecting one
   * opens it "in" that mailbox, and only such items carry `getSharedPropertiesAsync` (Mailbox 1.8),
   * as in Outlook with `SupportsSharedFolders`.
   */
  readonly sharedMailboxes?: readonly StandinSharedMailbox[];
}

/** A shared mailbox in the stand-in: its owner, the user's delegate permissions, its messages. */
export interface StandinSharedMailbox {
  readonly owner: DemoAddress;
  /** Office.MailboxEnums.DelegatePermissions bits (Read 1, Write 2, DeleteOwn 4, DeleteAll 8, EditOwn 16, EditAll 32). */
  readonly delegatePermissions: number;
  readonly messages: readonly DemoMessage[];
}

/** The part of the Web Storage API the stand-in uses to keep roaming settings. */
export type RoamingStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The key the saved roaming settings are kept under in a `RoamingStore`. */
export const ROAMING_STORE_KEY = 'svarsplikt-standin-roaming-settings';

function loadRoaming(store: RoamingStore | undefined): Record<string, unknown> | undefined {
  const text = store?.getItem(ROAMING_STORE_KEY);
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export interface OfficeStandin {
  /** The `Office` object to install as `window.Office`. */
  readonly office: typeof Office;
  readonly selectedId: string | null;
  /** Selects a message (null = nothing) and fires ItemChanged, like clicking in the message list. */
  select(id: string | null): void;
  /** Notifications (info bar) of an item, default the selected one. */
  notifications(itemId?: string): readonly StandinNotification[];
  /** Forms the pane opened (reply, new message), oldest first. */
  forms(): readonly StandinForm[];
  onReplyForm(listener: (form: StandinForm) => void): () => void;
  onDialog(listener: (dialog: StandinDialog) => void): () => void;
  /** Any change: selection, notifications, roaming settings, forms. */
  onChange(listener: () => void): () => void;
  roamingSettings(): Record<string, unknown>;
  /** Forgets all roaming settings (saved and unsaved), also in the `roamingStore`. */
  clearRoamingSettings(): void;
  setDisplayLanguage(locale: string): void;
  /** Sets `window.svarspliktOfficeStandin` so a same-origin task pane iframe can pick it up. */
  expose(target: object): void;
}

const ITEM_CHANGED = 'olkItemSelectedChanged';
const SUCCEEDED = 'succeeded';
const FAILED = 'failed';
const MAX_NOTIFICATIONS = 5;
const MAX_MESSAGE = 150;
const MAX_KEY = 32;
const ROAMING_LIMIT = 32 * 1024;

interface OfficeErrorShape {
  readonly name: string;
  readonly message: string;
  readonly code: number;
}

/** Office.AsyncResult's shape. */
function asyncResult<T>(value: T, error: OfficeErrorShape | undefined, asyncContext: unknown) {
  return {
    status: error ? FAILED : SUCCEEDED,
    value: error ? undefined : value,
    error: error ?? undefined,
    asyncContext,
    diagnostics: undefined,
  };
}

/** Office's async methods take (options?, callback?) in either position. */
function splitArgs(args: readonly unknown[]): {
  callback?: (r: unknown) => void;
  asyncContext: unknown;
} {
  let callback: ((r: unknown) => void) | undefined;
  let asyncContext: unknown;
  for (const arg of args) {
    if (typeof arg === 'function') callback = arg as (r: unknown) => void;
    else if (typeof arg === 'object' && arg !== null && 'asyncContext' in arg)
      asyncContext = (arg as { asyncContext: unknown }).asyncContext;
  }
  return callback ? { callback, asyncContext } : { asyncContext };
}

function later(fn: () => void): void {
  setTimeout(fn, 0);
}

/** Office throws these synchronously for bad arguments (Sys.ArgumentOutOfRangeException & co.). */
function argumentError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

function recipientAddress(r: unknown): string {
  if (typeof r === 'string') return r;
  if (typeof r === 'object' && r !== null && 'emailAddress' in r)
    return String((r as { emailAddress: unknown }).emailAddress);
  return '';
}

/**
 * Creates the Office.js stand-in over the demo mailbox.
 *
 * @example
 * const standin = createOfficeStandin({ messages: DEMO_MESSAGES, owner: DEMO_OWNER });
 * standin.expose(window);
 * iframe.src = '/playground/outlook/taskpane.html';
 * standin.select(DEMO_MESSAGES[0].id);
 */
export function createOfficeStandin(options: OfficeStandinOptions): OfficeStandin {
  const byId = new Map(options.messages.map((m) => [m.id, m]));
  const sharedById = new Map<string, StandinSharedMailbox>();
  for (const shared of options.sharedMailboxes ?? []) {
    for (const m of shared.messages) {
      if (byId.has(m.id)) throw new RangeError(`Message id ${m.id} is used twice.`);
      byId.set(m.id, m);
      sharedById.set(m.id, shared);
    }
  }
  let selectedId: string | null = null;
  let displayLanguage = options.displayLanguage ?? 'sv-SE';
  const notifications = new Map<string, StandinNotification[]>();
  const forms: StandinForm[] = [];
  const roaming: Record<string, unknown> = structuredClone({
    ...(loadRoaming(options.roamingStore) ?? options.roamingSettings ?? {}),
  });
  let savedRoaming = structuredClone(roaming);
  const itemHandlers: ((arg: { type: string }) => void)[] = [];
  const changeListeners = new Set<() => void>();
  const formListeners = new Set<(form: StandinForm) => void>();
  const dialogListeners = new Set<(dialog: StandinDialog) => void>();
  let currentItem: object | null = null;

  function changed(): void {
    for (const listener of changeListeners) listener();
  }

  function openForm(form: StandinForm): void {
    forms.push(form);
    for (const listener of formListeners) listener(form);
    changed();
  }

  function notificationsApi(itemId: string) {
    const list = () => notifications.get(itemId) ?? [];
    const store = (next: StandinNotification[]) => {
      notifications.set(itemId, next);
      changed();
    };
    function validate(
      key: string,
      details: Office.NotificationMessageDetails,
    ): StandinNotification {
      if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY) {
        throw argumentError(
          'Sys.ArgumentOutOfRangeException',
          `The key must be 1 to ${MAX_KEY} characters.`,
        );
      }
      const message = String(details.message ?? '');
      if (message.length === 0)
        throw argumentError('Sys.ArgumentNullException', 'The message is required.');
      if (message.length > MAX_MESSAGE) {
        throw argumentError(
          'Sys.ArgumentOutOfRangeException',
          `The value of the parameter "message" is too long. The maximum number of characters allowed is ${MAX_MESSAGE}.`,
        );
      }
      const type = String(details.type);
      if (type === 'informationalMessage') {
        if (typeof details.icon !== 'string' || typeof details.persistent !== 'boolean') {
          throw argumentError(
            'Sys.ArgumentException',
            'An informational message needs icon and persistent.',
          );
        }
        return { key, type, message, icon: details.icon, persistent: details.persistent };
      }
      if (details.icon !== undefined || details.persistent !== undefined) {
        throw argumentError(
          'Sys.ArgumentException',
          'icon and persistent are only allowed on informational messages.',
        );
      }
      if (type !== 'errorMessage' && type !== 'progressIndicator') {
        throw argumentError('Sys.ArgumentException', `Unsupported notification type "${type}".`);
      }
      return { key, type, message };
    }
    function put(
      key: string,
      details: Office.NotificationMessageDetails,
      replace: boolean,
      args: unknown[],
    ) {
      const entry = validate(key, details);
      const { callback, asyncContext } = splitArgs(args);
      const current = list();
      const exists = current.some((n) => n.key === key);
      let error: OfficeErrorShape | undefined;
      if (exists && !replace)
        error = {
          name: 'DuplicateNotificationKey',
          message: 'A notification with this key already exists.',
          code: 9041,
        };
      else if (!exists && current.length >= MAX_NOTIFICATIONS) {
        error = {
          name: 'NumberOfNotificationMessagesExceeded',
          message: 'Too many notification messages on this item.',
          code: 3,
        };
      } else store(exists ? current.map((n) => (n.key === key ? entry : n)) : [...current, entry]);
      later(() => callback?.(asyncResult(undefined, error, asyncContext)));
    }
    return {
      addAsync: (key: string, details: Office.NotificationMessageDetails, ...args: unknown[]) =>
        put(key, details, false, args),
      replaceAsync: (key: string, details: Office.NotificationMessageDetails, ...args: unknown[]) =>
        put(key, details, true, args),
      removeAsync(key: string, ...args: unknown[]) {
        const { callback, asyncContext } = splitArgs(args);
        const current = list();
        let error: OfficeErrorShape | undefined;
        if (!current.some((n) => n.key === key))
          error = { name: 'KeyNotFound', message: 'No notification with this key.', code: 9040 };
        else store(current.filter((n) => n.key !== key));
        later(() => callback?.(asyncResult(undefined, error, asyncContext)));
      },
      getAllAsync(...args: unknown[]) {
        const { callback, asyncContext } = splitArgs(args);
        const value = list().map((n) => ({ ...n }));
        later(() => callback?.(asyncResult(value, undefined, asyncContext)));
      },
    };
  }

  /** Outlook's getSharedPropertiesAsync, present only on items of a shared mailbox (Mailbox 1.8). */
  function sharedPropertiesApi(m: DemoMessage): object {
    const shared = sharedById.get(m.id);
    if (!shared || !versionAtLeast(options.mailboxVersion ?? '1.14', '1.8')) return {};
    return {
      getSharedPropertiesAsync(...args: unknown[]) {
        const { callback, asyncContext } = splitArgs(args);
        const value = {
          owner: shared.owner.address,
          targetMailbox: shared.owner.address,
          targetRestUrl: 'https://outlook.office.com/api',
          delegatePermissions: shared.delegatePermissions,
        };
        later(() => callback?.(asyncResult(value, undefined, asyncContext)));
      },
    };
  }

  function makeItem(m: DemoMessage): object {
    const replyForm = (kind: 'reply' | 'replyAll', data: unknown) => {
      const html =
        typeof data === 'string'
          ? data
          : String((data as { htmlBody?: unknown } | null)?.htmlBody ?? '');
      openForm({ kind, itemId: m.id, html, to: [m.from.address], subject: `SV: ${m.subject}` });
    };
    return {
      itemId: m.id,
      itemType: 'message',
      itemClass: 'IPM.Note',
      subject: m.subject,
      normalizedSubject: m.subject.replace(/^((SV|RE|VB|FW|FWD):\s*)+/i, ''),
      conversationId: m.conversationId,
      internetMessageId:
        /^Message-ID:\s*(.+)$/im.exec(m.internetHeaders)?.[1]?.trim() ?? `<${m.id}@demo.invalid>`,
      from: {
        displayName: m.from.name,
        emailAddress: m.from.address,
        recipientType: 'externalUser',
      },
      sender: {
        displayName: m.from.name,
        emailAddress: m.from.address,
        recipientType: 'externalUser',
      },
      to: m.to.map((a) => ({ displayName: a.name, emailAddress: a.address })),
      cc: m.cc.map((a) => ({ displayName: a.name, emailAddress: a.address })),
      dateTimeCreated: new Date(m.receivedDateTime),
      dateTimeModified: new Date(m.receivedDateTime),
      notificationMessages: notificationsApi(m.id),
      getAllInternetHeadersAsync(...args: unknown[]) {
        const { callback, asyncContext } = splitArgs(args);
        later(() => callback?.(asyncResult(m.internetHeaders, undefined, asyncContext)));
      },
      ...sharedPropertiesApi(m),
      displayReplyForm: (data: unknown) => replyForm('reply', data),
      displayReplyAllForm: (data: unknown) => replyForm('replyAll', data),
      displayReplyFormAsync(data: unknown, ...args: unknown[]) {
        const { callback, asyncContext } = splitArgs(args);
        replyForm('reply', data);
        later(() => callback?.(asyncResult(undefined, undefined, asyncContext)));
      },
    };
  }

  const mailbox = {
    get item() {
      return currentItem;
    },
    userProfile: {
      get displayName() {
        return options.owner.name;
      },
      emailAddress: options.owner.address,
      timeZone: options.timeZone ?? 'W. Europe Standard Time',
      accountType: 'enterprise',
    },
    diagnostics: { hostName: 'OutlookWebApp', hostVersion: 'standin', OWAView: 'ThreeColumns' },
    restUrl: 'https://outlook.office.com/api',
    convertToRestId: (itemId: string) => itemId,
    convertToEwsId: (itemId: string) => itemId,
    addHandlerAsync(
      eventType: string,
      handler: (arg: { type: string }) => void,
      ...args: unknown[]
    ) {
      const { callback, asyncContext } = splitArgs(args);
      let error: OfficeErrorShape | undefined;
      if (eventType === ITEM_CHANGED) itemHandlers.push(handler);
      else
        error = {
          name: 'InvalidEventType',
          message: `Event type ${eventType} is not supported.`,
          code: 5005,
        };
      later(() => callback?.(asyncResult(undefined, error, asyncContext)));
    },
    removeHandlerAsync(eventType: string, ...args: unknown[]) {
      const { callback, asyncContext } = splitArgs(args);
      if (eventType === ITEM_CHANGED) itemHandlers.length = 0;
      later(() => callback?.(asyncResult(undefined, undefined, asyncContext)));
    },
    displayNewMessageForm(parameters: {
      toRecipients?: unknown[];
      subject?: string;
      htmlBody?: string;
    }) {
      openForm({
        kind: 'new',
        itemId: null,
        html: parameters.htmlBody ?? '',
        to: (parameters.toRecipients ?? []).map(recipientAddress),
        subject: parameters.subject ?? '',
      });
    },
    displayNewMessageFormAsync(
      parameters: { toRecipients?: unknown[]; subject?: string; htmlBody?: string },
      ...args: unknown[]
    ) {
      const { callback, asyncContext } = splitArgs(args);
      mailbox.displayNewMessageForm(parameters);
      later(() => callback?.(asyncResult(undefined, undefined, asyncContext)));
    },
  };

  const roamingSettings = {
    get: (name: string) => (name in roaming ? structuredClone(roaming[name]) : undefined),
    set(name: string, value: unknown) {
      roaming[name] = structuredClone(value);
    },
    remove(name: string) {
      delete roaming[name];
    },
    saveAsync(...args: unknown[]) {
      const { callback, asyncContext } = splitArgs(args);
      const size = JSON.stringify(roaming).length;
      let error: OfficeErrorShape | undefined;
      if (size > ROAMING_LIMIT)
        error = { name: 'SettingsStaleError', message: 'The settings exceed 32 KB.', code: 9019 };
      else {
        savedRoaming = structuredClone(roaming);
        options.roamingStore?.setItem(ROAMING_STORE_KEY, JSON.stringify(savedRoaming));
        changed();
      }
      later(() => callback?.(asyncResult(undefined, error, asyncContext)));
    },
  };

  const context = {
    get displayLanguage() {
      return displayLanguage;
    },
    contentLanguage: 'sv-SE',
    platform: 'OfficeOnline',
    host: 'Outlook',
    diagnostics: { host: 'Outlook', platform: 'OfficeOnline', version: 'standin' },
    requirements: {
      isSetSupported(name: string, minVersion?: string) {
        const version = minVersion ?? '1.1';
        if (name.toLowerCase() === 'mailbox')
          return versionAtLeast(options.mailboxVersion ?? '1.14', version);
        if (name.toLowerCase() === 'nestedappauth')
          return (options.nestedAppAuth ?? false) && versionAtLeast('1.1', version);
        if (name.toLowerCase() === 'dialogapi') return versionAtLeast('1.2', version);
        if (name.toLowerCase() === 'identityapi') return versionAtLeast('1.3', version);
        return false;
      },
    },
    mailbox,
    roamingSettings,
    ui: {
      displayDialogAsync(url: string, ...args: unknown[]) {
        const { callback, asyncContext } = splitArgs(args);
        const handlers = new Map<string, (arg: unknown) => void>();
        const dialogOptions = args.find((a) => typeof a === 'object' && a !== null);
        let open = true;
        const dialog = {
          close() {
            open = false;
          },
          addEventHandler(type: string, handler: (arg: unknown) => void) {
            handlers.set(type, handler);
          },
          messageChild() {},
        };
        const standinDialog: StandinDialog = {
          url,
          options: dialogOptions,
          messageParent(message) {
            if (open) handlers.get('dialogMessageReceived')?.({ message, origin: undefined });
          },
          closeByUser() {
            if (!open) return;
            open = false;
            handlers.get('dialogEventReceived')?.({ error: 12006 });
          },
        };
        later(() => {
          callback?.(asyncResult(dialog, undefined, asyncContext));
          for (const listener of dialogListeners) listener(standinDialog);
        });
      },
    },
  };

  const office = {
    context,
    HostType: { Outlook: 'Outlook' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    AsyncResultStatus: { Succeeded: SUCCEEDED, Failed: FAILED },
    EventType: {
      ItemChanged: ITEM_CHANGED,
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    MailboxEnums: {
      RestVersion: { v1_0: 'v1.0', v2_0: 'v2.0', Beta: 'beta' },
      ItemNotificationMessageType: {
        ProgressIndicator: 'progressIndicator',
        InformationalMessage: 'informationalMessage',
        ErrorMessage: 'errorMessage',
        InsightMessage: 'insightMessage',
      },
      ItemType: { Message: 'message', Appointment: 'appointment' },
      DelegatePermissions: {
        Read: 1,
        Write: 2,
        DeleteOwn: 4,
        DeleteAll: 8,
        EditOwn: 16,
        EditAll: 32,
      },
    },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: 'Outlook', platform: 'OfficeOnline' };
      return new Promise<{ host: string; platform: string }>((resolve) =>
        later(() => {
          callback?.(info);
          resolve(info);
        }),
      );
    },
  };

  function select(id: string | null): void {
    if (id !== null && !byId.has(id)) throw new RangeError(`No demo message with id ${id}.`);
    if (id === selectedId) return;
    // Non-persistent notifications leave with the item, as in Outlook.
    if (selectedId !== null) {
      const kept = (notifications.get(selectedId) ?? []).filter((n) => n.persistent === true);
      notifications.set(selectedId, kept);
    }
    selectedId = id;
    const message = id === null ? undefined : byId.get(id);
    currentItem = message ? makeItem(message) : null;
    changed();
    later(() => {
      for (const handler of [...itemHandlers]) handler({ type: ITEM_CHANGED });
    });
  }

  if (options.selectedId) select(options.selectedId);

  const standin: OfficeStandin = {
    office: office as unknown as typeof Office,
    get selectedId() {
      return selectedId;
    },
    select,
    notifications: (itemId) =>
      (notifications.get(itemId ?? selectedId ?? '') ?? []).map((n) => ({ ...n })),
    forms: () => [...forms],
    onReplyForm(listener) {
      formListeners.add(listener);
      return () => formListeners.delete(listener);
    },
    onDialog(listener) {
      dialogListeners.add(listener);
      return () => dialogListeners.delete(listener);
    },
    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    roamingSettings: () => structuredClone(savedRoaming),
    clearRoamingSettings() {
      for (const key of Object.keys(roaming)) delete roaming[key];
      savedRoaming = {};
      options.roamingStore?.removeItem(ROAMING_STORE_KEY);
      changed();
    },
    setDisplayLanguage(locale) {
      displayLanguage = locale;
    },
    expose(target) {
      (target as { svarspliktOfficeStandin?: OfficeStandin }).svarspliktOfficeStandin = standin;
    },
  };
  return standin;
}

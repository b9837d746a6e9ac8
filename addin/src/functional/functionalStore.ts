import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { formatDateTime, replyClock } from '../../../shared/index.ts';
import type { FunctionalMailbox, Lang, Organisation, ReplyClock } from '../../../shared/index.ts';
import { messageFacts } from '../clock/clockView.ts';
import {
  handlerOf,
  isRegistered,
  mayDelete,
  withHandler,
  withRegistered,
} from './functionalMarks.ts';
import type { SharedFolderAccess } from '../host/sharedFolderAccess.ts';
import type { SharedMailboxPort, SharedMessage } from './sharedMailboxApi.ts';
import { functionalCounts } from './functionalCounts.ts';
import type { FunctionalCounts } from './functionalCounts.ts';
import { functionalStrings } from './functionalStrings.ts';

/** What the functional-mailbox store needs; tests pass fakes. */
export interface FunctionalDeps {
  readonly org: Organisation;
  readonly lang: Lang;
  /** The signed-in user's display name: the handler's category carries it. */
  readonly me: string;
  /** The shared mailboxes of the organisation the user can open (org config ∩ access). */
  readonly mailboxes: readonly FunctionalMailbox[];
  /** The Graph port for one shared mailbox (Mail.ReadWrite.Shared). */
  openMailbox(address: string): Promise<SharedMailboxPort>;
  readonly now: () => number;
  /** A failure as a sentence for the user. */
  describe(err: unknown): string;
  /** The shared mailbox the selected message lives in (Outlook's shared properties); null if none. */
  sharedFolderAccess?(): Promise<SharedFolderAccess | null>;
  /** Messages per Graph page; default 50. */
  readonly pageSize?: number;
  /** Pages read at most per load (the newest pageSize × maxPages messages); default 10. */
  readonly maxPages?: number;
}

/** What the user may do in the chosen mailbox (from Outlook's delegatePermissions, else Graph decides). */
export interface FunctionalPermissions {
  readonly canWrite: boolean;
  readonly canDelete: boolean;
}

/** One message of the functional mailbox with a reply duty, as every member sees it. */
export interface FunctionalItem {
  readonly id: string;
  readonly subject: string;
  readonly fromName: string;
  readonly clock: ReplyClock;
  readonly dueText: string;
  readonly categories: readonly string[];
  readonly handler: string | null;
  readonly registered: boolean;
  readonly answered: boolean;
  readonly deletable: boolean;
}

export interface FunctionalState {
  /** The chooser's mailboxes: the organisation's, plus the one the selected message lives in. */
  readonly mailboxes: readonly FunctionalMailbox[];
  /** The chosen shared mailbox's address; null = the user's own inbox (the ordinary queue). */
  readonly mailbox: string | null;
  /** The mailbox the selected message lives in (opened from Outlook's shared folder), if any. */
  readonly fromItem: string | null;
  readonly permissions: FunctionalPermissions;
  readonly phase: 'idle' | 'loading' | 'ready' | 'error';
  readonly items: readonly FunctionalItem[];
  /** Messages read so far while loading; null when not loading. */
  readonly progress: { readonly read: number } | null;
  /** The load stopped at its page bound: older messages are not listed. */
  readonly truncated: boolean;
  /** Counts of the open duties; null until loaded. */
  readonly counts: FunctionalCounts | null;
  /** The message whose mark or deletion is under way. */
  readonly busy: string | null;
  /** The message the confirmation dialog asks about. */
  readonly confirm: { readonly id: string; readonly subject: string } | null;
  readonly notice: { readonly text: string; readonly kind: 'success' | 'error' } | null;
  choose(address: string | null): Promise<void>;
  /** Opens the mailbox the selected message lives in, if it is in a shared folder or mailbox. */
  followItem(): Promise<void>;
  load(): Promise<void>;
  take(id: string): Promise<void>;
  register(id: string): Promise<void>;
  askDelete(id: string): void;
  cancelDelete(): void;
  confirmDelete(): Promise<void>;
}

const FULL: FunctionalPermissions = Object.freeze({ canWrite: true, canDelete: true });
/** Sent Items look-ups run at once (answered or not), to keep a 500-message load quick. */
const REPLY_LOOKUPS = 5;

function sameAddress(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function toItem(
  message: SharedMessage,
  clock: ReplyClock,
  answered: boolean,
  lang: Lang,
): FunctionalItem {
  const registered = isRegistered(message.categories);
  return {
    id: message.id,
    subject: message.subject,
    fromName: message.from?.name || message.from?.address || '',
    clock,
    dueText: clock.deadline ? formatDateTime(clock.deadline.due, lang) : '',
    categories: message.categories,
    handler: handlerOf(message.categories),
    registered,
    answered,
    deletable: mayDelete({ registered, answered }),
  };
}

/** The item with new categories, its marks read again from them. */
function withCategories(item: FunctionalItem, categories: readonly string[]): FunctionalItem {
  const registered = isRegistered(categories);
  return {
    ...item,
    categories,
    handler: handlerOf(categories),
    registered,
    deletable: mayDelete({ registered, answered: item.answered }),
  };
}

/**
 * The functional-mailbox store: the chosen shared mailbox's messages with a duty, who has taken
 * each, the registered mark, and deletion of what is registered and answered (asked first).
 */
export function createFunctionalStore(deps: FunctionalDeps): StoreApi<FunctionalState> {
  const t = functionalStrings(deps.lang);
  const pageSize = deps.pageSize ?? 50;
  const maxPages = deps.maxPages ?? 10;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000)
    throw new RangeError(`createFunctionalStore: pageSize must be 1..1000, got ${pageSize}`);
  if (!Number.isInteger(maxPages) || maxPages < 1)
    throw new RangeError(
      `createFunctionalStore: maxPages must be a positive integer, got ${maxPages}`,
    );
  let port: SharedMailboxPort | null = null;
  /** Delegate permissions per mailbox (lower-case address), as Outlook gave them. */
  const access = new Map<string, FunctionalPermissions>();

  return createStore<FunctionalState>()((set, get) => {
    function replace(id: string, categories: readonly string[]): void {
      set({
        items: get().items.map((item) =>
          item.id === id ? withCategories(item, categories) : item,
        ),
      });
    }

    async function mark(id: string, next: (categories: readonly string[]) => string[]) {
      const item = get().items.find((i) => i.id === id);
      if (!item || !port) return;
      if (!get().permissions.canWrite) {
        set({ notice: { text: t.readOnly, kind: 'error' } });
        return;
      }
      set({ busy: id, notice: null });
      try {
        replace(id, await port.setCategories(id, next(item.categories)));
        refreshCounts();
      } catch (err) {
        set({ notice: { text: t.failed(deps.describe(err)), kind: 'error' } });
      } finally {
        set({ busy: null });
      }
    }

    /** The duty messages of one page as items (Sent Items asked a few at a time). */
    async function toItems(
      open: SharedMailboxPort,
      messages: readonly SharedMessage[],
      address: string,
      now: number,
    ): Promise<FunctionalItem[]> {
      const duties = messages.flatMap((message) => {
        const received = Date.parse(message.receivedDateTime);
        const facts = messageFacts(
          {
            itemId: message.id,
            subject: message.subject,
            from: message.from,
            dateTimeCreated: received,
            internetHeaders: message.internetHeaders,
          },
          { serverReceivedAt: received },
          deps.org,
          address,
        );
        return facts.triage && !facts.triage.duty ? [] : [{ message, facts }];
      });
      const items: FunctionalItem[] = [];
      for (let i = 0; i < duties.length; i += REPLY_LOOKUPS) {
        const batch = duties.slice(i, i + REPLY_LOOKUPS);
        const answered = await Promise.all(
          batch.map(({ message }) =>
            open.hasReplyAfter(message.conversationId, message.receivedDateTime),
          ),
        );
        batch.forEach(({ message, facts }, j) => {
          const isAnswered = answered[j] === true;
          const clock = replyClock(
            isAnswered ? { ...facts, answeredAt: now } : facts,
            deps.org,
            now,
          );
          items.push(toItem(message, clock, isAnswered, deps.lang));
        });
      }
      return items;
    }

    function refreshCounts(): void {
      set({ counts: functionalCounts(get().items, deps.now()) });
    }

    return {
      mailboxes: deps.mailboxes,
      mailbox: null,
      fromItem: null,
      permissions: FULL,
      phase: 'idle',
      items: [],
      progress: null,
      truncated: false,
      counts: null,
      busy: null,
      confirm: null,
      notice: null,

      async choose(address) {
        const known =
          address === null ? null : get().mailboxes.find((m) => sameAddress(m.address, address));
        if (address !== null && !known)
          throw new RangeError(`choose: '${address}' is not one of the functional mailboxes`);
        port = null;
        set({
          mailbox: known?.address ?? null,
          permissions: (known && access.get(known.address.toLowerCase())) ?? FULL,
          phase: 'idle',
          items: [],
          progress: null,
          truncated: false,
          counts: null,
          confirm: null,
          notice: null,
        });
        if (known) await get().load();
      },

      async followItem() {
        let shared: SharedFolderAccess | null = null;
        try {
          shared = (await deps.sharedFolderAccess?.()) ?? null;
        } catch {
          // Outlook could not say: the chooser stays the way in.
        }
        if (shared === null) {
          set({ fromItem: null });
          return;
        }
        const owner = shared.owner;
        access.set(owner, { canWrite: shared.canWrite, canDelete: shared.canDelete });
        const listed = get().mailboxes.find((m) => sameAddress(m.address, owner));
        if (!listed) set({ mailboxes: [...get().mailboxes, { name: owner, address: owner }] });
        const address = listed?.address ?? owner;
        set({ fromItem: address });
        if (get().mailbox !== null && sameAddress(get().mailbox ?? '', address)) {
          set({ permissions: access.get(owner) ?? FULL });
          return;
        }
        await get().choose(address);
      },

      async load() {
        const address = get().mailbox;
        if (address === null) return;
        set({ phase: 'loading', notice: null, progress: { read: 0 }, truncated: false });
        try {
          port = await deps.openMailbox(address);
          const open = port;
          const now = deps.now();
          const items: FunctionalItem[] = [];
          let next: string | undefined;
          let pages = 0;
          let read = 0;
          let truncated = false;
          do {
            const page = await open.listInboxPage(pageSize, next);
            pages += 1;
            read += page.messages.length;
            items.push(...(await toItems(open, page.messages, address, now)));
            if (get().mailbox !== address) return;
            set({ progress: { read } });
            next = page.next ?? undefined;
            if (next !== undefined && pages >= maxPages) {
              truncated = true;
              next = undefined;
            }
          } while (next !== undefined);
          // Open ones first by due; answered ones last.
          items.sort(
            (a, b) =>
              Number(a.answered) - Number(b.answered) ||
              (a.clock.deadline?.due ?? Infinity) - (b.clock.deadline?.due ?? Infinity),
          );
          set({
            phase: 'ready',
            items,
            progress: null,
            truncated,
            counts: functionalCounts(items, now),
          });
        } catch (err) {
          set({
            phase: 'error',
            progress: null,
            notice: { text: t.failed(deps.describe(err)), kind: 'error' },
          });
        }
      },

      take: (id) => mark(id, (categories) => withHandler(categories, deps.me)),

      register: (id) => mark(id, withRegistered),

      askDelete(id) {
        const item = get().items.find((i) => i.id === id);
        if (!item) return;
        if (!get().permissions.canDelete) {
          set({ notice: { text: t.readOnly, kind: 'error' } });
          return;
        }
        if (!item.deletable) {
          set({ notice: { text: t.deleteRefused, kind: 'error' } });
          return;
        }
        set({ confirm: { id, subject: item.subject }, notice: null });
      },

      cancelDelete() {
        set({ confirm: null });
      },

      async confirmDelete() {
        const asked = get().confirm;
        const item = asked ? get().items.find((i) => i.id === asked.id) : undefined;
        set({ confirm: null });
        if (!asked || !item || !port) return;
        // Checked again: the marks may have changed since the dialog opened.
        if (!item.deletable || !get().permissions.canDelete) {
          set({ notice: { text: t.deleteRefused, kind: 'error' } });
          return;
        }
        set({ busy: item.id, notice: null });
        try {
          await port.deleteMessage(item.id);
          set({
            items: get().items.filter((i) => i.id !== item.id),
            notice: { text: t.deleted(item.subject), kind: 'success' },
          });
          refreshCounts();
        } catch (err) {
          set({ notice: { text: t.failed(deps.describe(err)), kind: 'error' } });
        } finally {
          set({ busy: null });
        }
      },
    };
  });
}

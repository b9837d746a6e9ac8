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
import type { SharedMailboxPort, SharedMessage } from './sharedMailboxApi.ts';
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
  /** The chosen shared mailbox's address; null = the user's own inbox (the ordinary queue). */
  readonly mailbox: string | null;
  readonly phase: 'idle' | 'loading' | 'ready' | 'error';
  readonly items: readonly FunctionalItem[];
  /** The message whose mark or deletion is under way. */
  readonly busy: string | null;
  /** The message the confirmation dialog asks about. */
  readonly confirm: { readonly id: string; readonly subject: string } | null;
  readonly notice: { readonly text: string; readonly kind: 'success' | 'error' } | null;
  choose(address: string | null): Promise<void>;
  load(): Promise<void>;
  take(id: string): Promise<void>;
  register(id: string): Promise<void>;
  askDelete(id: string): void;
  cancelDelete(): void;
  confirmDelete(): Promise<void>;
}

/** Messages read per load (one page). */
const PAGE = 50;

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
  let port: SharedMailboxPort | null = null;

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
      set({ busy: id, notice: null });
      try {
        replace(id, await port.setCategories(id, next(item.categories)));
      } catch (err) {
        set({ notice: { text: t.failed(deps.describe(err)), kind: 'error' } });
      } finally {
        set({ busy: null });
      }
    }

    return {
      mailbox: null,
      phase: 'idle',
      items: [],
      busy: null,
      confirm: null,
      notice: null,

      async choose(address) {
        if (address !== null && !deps.mailboxes.some((m) => m.address === address))
          throw new RangeError(`choose: '${address}' is not one of the functional mailboxes`);
        port = null;
        set({ mailbox: address, phase: 'idle', items: [], confirm: null, notice: null });
        if (address !== null) await get().load();
      },

      async load() {
        const address = get().mailbox;
        if (address === null) return;
        set({ phase: 'loading', notice: null });
        try {
          port = await deps.openMailbox(address);
          const messages = await port.listInbox(PAGE);
          const now = deps.now();
          const items: FunctionalItem[] = [];
          for (const message of messages) {
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
            if (facts.triage && !facts.triage.duty) continue;
            const answered = await port.hasReplyAfter(
              message.conversationId,
              message.receivedDateTime,
            );
            const clock = replyClock(
              answered ? { ...facts, answeredAt: now } : facts,
              deps.org,
              now,
            );
            items.push(toItem(message, clock, answered, deps.lang));
          }
          // Open ones first by due; answered ones last.
          items.sort(
            (a, b) =>
              Number(a.answered) - Number(b.answered) ||
              (a.clock.deadline?.due ?? Infinity) - (b.clock.deadline?.due ?? Infinity),
          );
          if (get().mailbox === address) set({ phase: 'ready', items });
        } catch (err) {
          set({ phase: 'error', notice: { text: t.failed(deps.describe(err)), kind: 'error' } });
        }
      },

      take: (id) => mark(id, (categories) => withHandler(categories, deps.me)),

      register: (id) => mark(id, withRegistered),

      askDelete(id) {
        const item = get().items.find((i) => i.id === id);
        if (!item) return;
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
        if (!item.deletable) {
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
        } catch (err) {
          set({ notice: { text: t.failed(deps.describe(err)), kind: 'error' } });
        } finally {
          set({ busy: null });
        }
      },
    };
  });
}

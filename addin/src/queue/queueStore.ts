import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { lazyStore } from '../pane/paneStores.ts';
import { usePaneStores } from '../pane/usePane.ts';
import type { StoreApi } from 'zustand/vanilla';
import {
  dutyTimeline,
  formatDateTime,
  formatWorkingTimeLeft,
  isNotOurs,
  replyClock,
  replyQueue,
} from '../../../shared/index.ts';
import type { MessageFacts, QueueBucket, QueueCounts, ReplyClock } from '../../../shared/index.ts';
import { messageFacts } from '../clock/clockView.ts';
import { ownSendTimes, parseDutyRecord } from '../clock/dutyRecord.ts';
import { nearestDuty } from './nearestDuty.ts';
import { describeError } from '../pane/describeError.ts';
import { graphDateTime } from '../host/graph/graphDateTime.ts';
import { notOursMarks } from '../pane/paneDeps.ts';
import type { PaneDeps } from '../pane/paneDeps.ts';
import type { InboxMessage } from '../pane/ports.ts';

/** One unanswered message with a reply duty. */
export interface QueueItem {
  readonly id: string;
  readonly subject: string;
  readonly fromName: string;
  readonly clock: ReplyClock;
  readonly dueText: string;
  readonly leftText: string;
  readonly notOurs: boolean;
  readonly bucket: QueueBucket;
}

interface Entry {
  readonly message: InboxMessage;
  readonly facts: MessageFacts;
}

/** The inbox queue: unanswered messages with a duty, sorted by due. */
export interface QueueState {
  readonly phase: 'idle' | 'loading' | 'ready' | 'error';
  readonly read: number;
  readonly entries: readonly Entry[];
  readonly items: readonly QueueItem[];
  readonly counts: QueueCounts;
  readonly notOurs: readonly string[];
  readonly error: string | null;
  readonly waiting: string | null;
  readonly busy: 'flag' | null;
  readonly notice: { readonly text: string; readonly kind: 'success' | 'error' } | null;
  load(): Promise<void>;
  tick(): void;
  toggleNotOurs(id: string): Promise<readonly string[]>;
  flagAll(): Promise<void>;
}

/** Inbox pages read at most (50 messages each). */
const MAX_PAGES = 10;

/** Creates the queue store. */
export function createQueueStore(deps: PaneDeps): StoreApi<QueueState> {
  const { host, org, t, lang } = deps;
  const marks = notOursMarks(host);

  const store = createStore<QueueState>()((set, get) => {
    /** The core decides which messages wait, their order and the counts; we only add texts. */
    function derive(
      entries: readonly Entry[],
      notOurs: readonly string[],
    ): Pick<QueueState, 'items' | 'counts'> {
      const now = deps.now();
      const queue = replyQueue(
        entries,
        ({ message, facts }) => {
          const f = isNotOurs(notOurs, message.id) ? { ...facts, notOurs: true } : facts;
          // The nearest unmet duty (promise, lägesbesked, forward) orders the queue.
          const record = parseDutyRecord(message.dutyRecord);
          const events =
            f.answeredAt === undefined ? record : { ...record, answeredAt: f.answeredAt };
          const timeline = dutyTimeline(f, events, org, now);
          return nearestDuty(replyClock(f, org, now), timeline.ok ? timeline.value : null);
        },
        now,
      );
      const items = queue.entries.map(({ item: { message }, clock, bucket }): QueueItem => ({
        id: message.id,
        subject: message.subject,
        fromName: message.from?.name || message.from?.address || '',
        clock,
        dueText: clock.deadline ? formatDateTime(clock.deadline.due, lang) : '',
        leftText: formatWorkingTimeLeft(clock.workingMsLeft, org.officeHours, lang),
        notOurs: clock.kind === 'forward',
        bucket,
      }));
      return { items, counts: queue.counts };
    }

    return {
      phase: 'idle',
      read: 0,
      entries: [],
      items: [],
      counts: { overdue: 0, dueToday: 0, later: 0 },
      notOurs: marks.ids(),
      error: null,
      waiting: null,
      busy: null,
      notice: null,

      async load() {
        set({ phase: 'loading', read: 0, error: null, notice: null });
        const stop = deps.graph.onRetry((info) =>
          set({ waiting: t.waiting(Math.ceil(info.waitMs / 1000)) }),
        );
        try {
          const graph = await deps.graph.get();
          const entries: Entry[] = [];
          let pageUrl: string | null = null;
          for (let page = 0; page < MAX_PAGES; page++) {
            const result: Awaited<ReturnType<typeof graph.listInboxPage>> =
              await graph.listInboxPage(pageUrl ? { pageUrl, top: 50 } : { top: 50 });
            // Triage from the headers the page brought; the answered check per message that has a
            // duty (the client caps requests in flight).
            const checked = await Promise.all(
              result.messages.map(async (message): Promise<Entry> => {
                const base = messageFacts(
                  {
                    itemId: message.id,
                    subject: message.subject,
                    from: message.from,
                    dateTimeCreated: Date.parse(message.receivedDateTime),
                    internetHeaders: message.internetHeaders,
                  },
                  { serverReceivedAt: Date.parse(message.receivedDateTime) },
                  org,
                  host.mailboxAddress,
                );
                if (base.triage && !base.triage.duty) return { message, facts: base };
                const answered = await graph.hasReplyAfter(
                  message.conversationId,
                  message.receivedDateTime,
                  ownSendTimes(parseDutyRecord(message.dutyRecord)),
                );
                return { message, facts: answered ? { ...base, answeredAt: deps.now() } : base };
              }),
            );
            entries.push(...checked);
            set({ read: entries.length, waiting: null });
            pageUrl = result.nextPageUrl;
            if (!pageUrl) break;
          }
          set({ phase: 'ready', entries, ...derive(entries, get().notOurs) });
        } catch (err) {
          set({ phase: 'error', error: describeError(err, t) });
        } finally {
          stop();
          set({ waiting: null });
        }
      },

      tick() {
        if (get().phase === 'ready') set(derive(get().entries, get().notOurs));
      },

      // The marks tell this store (and the clock) through the subscription below.
      toggleNotOurs: (id) => marks.toggle(id),

      async flagAll() {
        set({ busy: 'flag', notice: null });
        try {
          const graph = await deps.graph.get();
          const { items, entries } = get();
          await Promise.all(
            items.map((item) =>
              item.clock.deadline
                ? graph.setFollowUpFlag(
                    item.id,
                    graphDateTime(item.clock.deadline.due),
                    graphDateTime(item.clock.receivedAt),
                  )
                : Promise.resolve(),
            ),
          );
          // Answered messages still carrying a flag get it completed.
          const answeredFlagged = entries.filter(
            (e) => e.facts.answeredAt !== undefined && e.message.flag.flagStatus === 'flagged',
          );
          await Promise.all(
            answeredFlagged.map((e) => graph.setFollowUpFlag(e.message.id, 'complete')),
          );
          set({ notice: { text: t.queueFlagged(items.length), kind: 'success' } });
        } catch (err) {
          set({ notice: { text: describeError(err, t), kind: 'error' } });
        } finally {
          set({ busy: null });
        }
      },
    };
  });
  // One copy of the marks for the pane: a mark set in the clock shows here, and the other way.
  marks.subscribe((ids) => {
    store.setState({ notOurs: ids });
    store.getState().tick();
  });
  return store;
}

/**
 * The pane's queue store, created on first use; it shares the "not my case" marks with the clock
 * (`notOursMarks`).
 */
export const queueStoreFor = lazyStore<QueueState>((stores) => createQueueStore(stores.deps));

/** Selects from the pane's queue store; the view re-renders only when the selection changes. */
export function useQueue<T>(selector: (s: QueueState) => T): T {
  return useStore(queueStoreFor(usePaneStores()), selector);
}

/** The queue store's actions: stable functions, so reading them subscribes to nothing. */
export function useQueueActions(): Pick<QueueState, 'load' | 'tick' | 'toggleNotOurs' | 'flagAll'> {
  return queueStoreFor(usePaneStores()).getState();
}

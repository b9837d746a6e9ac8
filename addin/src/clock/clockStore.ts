import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import {
  answerByDate,
  buildAcknowledgement,
  buildStatusUpdate,
  checkPromisedDate,
  defaultPromisedDate,
  formatDateTime,
  isNotOurs,
  stockholmInstant,
} from '../../../shared/index.ts';
import type { IsoDate, MessageFacts } from '../../../shared/index.ts';
import { clockView, messageFacts, senderTrustLines } from './clockView.ts';
import { promiseStrings } from './promiseStrings.ts';
import { formatDutyRecord, ownSendTimes, parseDutyRecord } from './dutyRecord.ts';
import type { DutyRecord } from './dutyRecord.ts';
import type { ClockView, MessageExtras } from './clockView.ts';
import { describeError } from '../pane/describeError.ts';
import { graphDateTime } from '../host/graph/graphDateTime.ts';
import { notOursMarks, OWN_MAILBOX, readItemMailbox, SETTINGS } from '../pane/paneDeps.ts';
import type { ItemMailbox, PaneDeps, PersonalPrefs } from '../pane/paneDeps.ts';
import type { MailboxMessages } from '../host/graph/graphApi.ts';
import type { SelectedMessage } from '../pane/ports.ts';

/** The reply clock for the message selected in Outlook. */
export interface ClockState {
  readonly phase: 'loading' | 'none' | 'ready' | 'error';
  readonly message: SelectedMessage | null;
  readonly restId: string | null;
  /** The mailbox the message lives in: Graph's message calls go there (`/me` or `/users/{owner}`). */
  readonly mailbox: ItemMailbox;
  readonly facts: MessageFacts | null;
  readonly view: ClockView | null;
  readonly extras: MessageExtras;
  readonly error: string | null;
  /** A status line for the last action (kvittens opened, flagged …), announced politely. */
  readonly notice: { readonly text: string; readonly kind: 'success' | 'error' | 'info' } | null;
  readonly busy: 'ack' | 'status' | 'flag' | null;
  readonly confidential: boolean;
  /** The answer date the kvittens promises: the default until the user picks another. */
  readonly promised: IsoDate | null;
  /** Whether the user chose `promised` (a new selection resets it to the default). */
  readonly promisedChosen: boolean;
  /** Why the chosen date is refused (the core's Swedish message), or null. */
  readonly promiseError: string | null;
  readonly notOurs: readonly string[];
  /** Personal preferences (roaming settings): signature, confidential by default. */
  readonly prefs: PersonalPrefs;
  savePrefs(prefs: PersonalPrefs): Promise<void>;
  /** Subscribes to selection changes and shows the current message. */
  start(): Promise<void>;
  /** Re-reads the selected message (ItemChanged). */
  refresh(): Promise<void>;
  /** Recomputes the clock for a new "now" (the pane ticks every minute). */
  tick(): void;
  setConfidential(value: boolean): void;
  /** Picks the promised answer date; a closed or past day is refused with the core's message. */
  setPromised(date: IsoDate | null): void;
  toggleNotOurs(): Promise<void>;
  sendAcknowledgement(): Promise<void>;
  /** A lägesbesked: promises the chosen new date to the asker and re-arms the answer duty. */
  sendStatusUpdate(): Promise<void>;
  flagMessage(): Promise<void>;
  /**
   * Records a forward Graph carried out: the duty record (every device sees the forward duty met)
   * and the "not ours" mark. A failed write says so and keeps the forward in this pane.
   */
  recordForward(to: string, failedText: string): Promise<void>;
  /**
   * Graph's message calls bound to the selected message's mailbox, for a write; null (with the
   * read-only notice) when the user may only read there.
   */
  writableGraph(): Promise<MailboxMessages | null>;
}

/** The clock store's actions (stable for the store's life). */
export type ClockActions = Pick<
  ClockState,
  | 'savePrefs'
  | 'start'
  | 'refresh'
  | 'tick'
  | 'setConfidential'
  | 'setPromised'
  | 'toggleNotOurs'
  | 'sendAcknowledgement'
  | 'sendStatusUpdate'
  | 'flagMessage'
  | 'recordForward'
  | 'writableGraph'
>;

/**
 * A kvittens or lägesbesked opened as a reply lands in the conversation without a marker (Office
 * cannot set one on a reply form): the record names its time so it never counts as the answer.
 */
function withInThread(
  record: DutyRecord,
  inThread: boolean,
  at: number,
): Pick<DutyRecord, 'inThread'> {
  return inThread ? { inThread: [...(record.inThread ?? []), at] } : {};
}

/** Creates the clock store (no React in it). */
export function createClockStore(deps: PaneDeps): StoreApi<ClockState> {
  const { host, org, t, lang } = deps;
  const p = promiseStrings(lang);
  const storedPrefs = host.getSetting<PersonalPrefs>(SETTINGS.prefs) ?? {};
  // Each selection gets a sequence number; late answers for an older selection are dropped.
  let seq = 0;
  let lastInfoBar = '';
  const marks = notOursMarks(host);

  const store = createStore<ClockState>()((set, get) => {
    function recompute(extras: MessageExtras): void {
      const { message } = get();
      if (!message) return;
      const facts = messageFacts(message, extras, org, host.mailboxAddress);
      const now = deps.now();
      const view = clockView(
        facts,
        org,
        now,
        lang,
        t,
        extras.record,
        senderTrustLines(message, org, lang),
      );
      set({ facts, view, extras, phase: 'ready' });
      // Until the user picks a date, the kvittens offers the organisation's default.
      if (!get().promisedChosen)
        set({ promised: defaultPromisedDate(facts.receivedAt, org, now), promiseError: null });
      void publishInfoBar(view);
    }

    async function publishInfoBar(view: ClockView): Promise<void> {
      const key = `${view.infoBar.kind}:${view.infoBar.text}`;
      if (key === lastInfoBar) return;
      lastInfoBar = key;
      try {
        await host.showInfoBar(view.infoBar.text, view.infoBar.kind);
      } catch {
        lastInfoBar = '';
      }
    }

    /** Graph's message calls for the selected message's mailbox (one step, no extra await). */
    function itemGraph(): Promise<MailboxMessages> {
      const { owner } = get().mailbox;
      return deps.graph.get().then((graph) => graph.forMailbox(owner));
    }

    /** Refuses a write where the delegate permissions lack Write, saying so; else true. */
    function mayWrite(): boolean {
      const { mailbox } = get();
      if (mailbox.canWrite) return true;
      set({ notice: { text: t.readOnlyMailbox(mailbox.owner ?? ''), kind: 'error' } });
      return false;
    }

    /** Graph facts arrive after the first paint: server receive time, and whether it was answered. */
    async function enrich(mySeq: number, message: SelectedMessage, restId: string): Promise<void> {
      // No duty by the headers → nothing to ask Graph.
      const first = get().facts;
      if (first?.triage && !first.triage.duty) return;
      try {
        const graph = (await deps.graph.get()).forMailbox(get().mailbox.owner);
        const details = await graph.getMessage(restId);
        if (mySeq !== seq) return;
        // Office gave no headers: Graph's copy serves for the triage and the Received: time.
        if (!message.internetHeaders && details.internetHeaders)
          set({ message: { ...message, internetHeaders: details.internetHeaders } });
        const serverReceivedAt = Date.parse(details.receivedDateTime);
        recompute({
          ...get().extras,
          ...(Number.isFinite(serverReceivedAt) ? { serverReceivedAt } : {}),
          record: parseDutyRecord(details.dutyRecord),
        });
        const facts = get().facts;
        if (!facts || (facts.triage && !facts.triage.duty)) return;
        const answered = await graph.hasReplyAfter(
          details.conversationId,
          new Date(facts.receivedAt).toISOString(),
          ownSendTimes(get().extras.record),
        );
        if (mySeq !== seq || !answered) return;
        recompute({ ...get().extras, answeredAt: deps.now() });
        // "Removed or completed once answered": complete our flag.
        if (details.flag.flagStatus === 'flagged' && get().mailbox.canWrite) {
          await graph.setFollowUpFlag(restId, 'complete');
          if (mySeq === seq) set({ notice: { text: t.flagCompleted, kind: 'info' } });
        }
      } catch {
        if (mySeq === seq && get().phase === 'ready')
          set({ notice: { text: t.answeredCheckFailed, kind: 'info' } });
      }
    }

    /**
     * Stores the record on the message (every device sees it), moves the flag to the promise's
     * closing and recomputes the clock. A failed write leaves the record in this pane only.
     */
    async function keepRecord(
      record: DutyRecord,
      failedText: string = p.promiseSaveFailed,
    ): Promise<void> {
      const { restId } = get();
      // The next promise starts from the default again.
      set({ promisedChosen: false });
      recompute({ ...get().extras, record });
      if (!restId || !get().mailbox.canWrite) return;
      const promise = record.statusUpdates?.at(-1) ?? record.acknowledged;
      try {
        const graph = await itemGraph();
        await graph.writeDutyRecord(
          restId,
          formatDutyRecord(record),
          promise
            ? graphDateTime(stockholmInstant(promise.promised, org.calendar.officeHours.close))
            : undefined,
        );
      } catch {
        set({ notice: { text: failedText, kind: 'info' } });
      }
    }

    return {
      phase: 'loading',
      message: null,
      restId: null,
      mailbox: OWN_MAILBOX,
      facts: null,
      view: null,
      extras: {},
      error: null,
      notice: null,
      busy: null,
      confidential: storedPrefs.confidentialDefault ?? false,
      promised: null,
      promisedChosen: false,
      promiseError: null,
      prefs: storedPrefs,
      notOurs: marks.ids(),

      async start() {
        await host.onSelectionChanged(() => void get().refresh());
        await get().refresh();
      },

      async refresh() {
        const mySeq = ++seq;
        let message: SelectedMessage | null;
        let mailbox: ItemMailbox;
        try {
          // The mailbox is read with the message, so every Graph call for it goes to one place.
          [message, mailbox] = await Promise.all([
            host.getSelectedMessage(),
            readItemMailbox(host),
          ]);
        } catch (err) {
          if (mySeq === seq) set({ phase: 'error', error: describeError(err, t), view: null });
          return;
        }
        if (mySeq !== seq) return;
        if (!message) {
          lastInfoBar = '';
          set({
            phase: 'none',
            message: null,
            restId: null,
            facts: null,
            view: null,
            notice: null,
          });
          return;
        }
        const restId = host.convertToRestId(message.itemId);
        const notOurs = isNotOurs(get().notOurs, restId);
        set({
          message,
          restId,
          mailbox,
          notice: null,
          error: null,
          promisedChosen: false,
          promiseError: null,
        });
        // The selected item is a new item: its info bar is empty, so always publish.
        lastInfoBar = '';
        recompute(notOurs ? { notOurs } : {});
        void enrich(mySeq, message, restId);
      },

      tick() {
        if (get().message) recompute(get().extras);
      },

      setConfidential(value) {
        set({ confidential: value });
      },

      setPromised(date) {
        if (date === null) {
          set({ promised: null, promisedChosen: true, promiseError: p.promiseMissing });
          return;
        }
        const checked = checkPromisedDate(date, deps.now(), org.calendar);
        set({
          promised: date,
          promisedChosen: true,
          promiseError: checked.ok ? null : checked.error.sv,
        });
      },

      async toggleNotOurs() {
        const { restId } = get();
        if (!restId) return;
        // The marks tell this store (and the queue) through the subscription below.
        await marks.toggle(restId);
      },

      async sendAcknowledgement() {
        const { message, view, confidential, prefs } = get();
        if (!message || !view?.clock.deadline || !mayWrite()) return;
        const { facts, promised } = get();
        const now = deps.now();
        // The core's default promise: never in the past, the same date Gmail gives.
        if (!facts || answerByDate(facts, org, now) === null) return;
        const checked = promised === null ? null : checkPromisedDate(promised, now, org.calendar);
        if (!checked?.ok) {
          const promiseError = checked ? checked.error.sv : p.promiseMissing;
          set({ promiseError, notice: { text: promiseError, kind: 'error' } });
          return;
        }
        set({ busy: 'ack', notice: null });
        try {
          const ack = buildAcknowledgement(
            {
              receivedAt: view.clock.receivedAt,
              promised: checked.value,
              subject: message.subject,
              ...(message.from?.name ? { senderName: message.from.name } : {}),
              ...(prefs.signature ? { signature: prefs.signature } : {}),
              confidential,
            },
            org,
          );
          const inThread = !(confidential || !ack.quoteOriginal);
          if (!inThread) {
            await host.openNewMessage({
              to: message.from ? [message.from.address] : [],
              subject: ack.subject,
              html: ack.html,
            });
            set({ notice: { text: t.ackOpenedNew, kind: 'success' } });
          } else {
            await host.openReplyForm(ack.html);
            set({ notice: { text: t.ackOpened, kind: 'success' } });
          }
          const record = get().extras.record ?? {};
          await keepRecord({
            ...record,
            acknowledged: { at: now, promised: checked.value },
            ...withInThread(record, inThread, now),
          });
        } catch (err) {
          set({ notice: { text: describeError(err, t), kind: 'error' } });
        } finally {
          set({ busy: null });
        }
      },

      async sendStatusUpdate() {
        const { message, view, confidential, prefs, promised } = get();
        if (!message || !view?.timeline?.promised || !mayWrite()) return;
        const now = deps.now();
        const checked = promised === null ? null : checkPromisedDate(promised, now, org.calendar);
        if (!checked?.ok) {
          const promiseError = checked ? checked.error.sv : p.promiseMissing;
          set({ promiseError, notice: { text: promiseError, kind: 'error' } });
          return;
        }
        set({ busy: 'status', notice: null });
        try {
          const update = buildStatusUpdate(
            {
              receivedAt: view.clock.receivedAt,
              promised: checked.value,
              previouslyPromised: view.timeline.promised,
              subject: message.subject,
              ...(message.from?.name ? { senderName: message.from.name } : {}),
              ...(prefs.signature ? { signature: prefs.signature } : {}),
              confidential,
            },
            org,
          );
          const inThread = !(confidential || !update.quoteOriginal);
          if (!inThread) {
            await host.openNewMessage({
              to: message.from ? [message.from.address] : [],
              subject: update.subject,
              html: update.html,
            });
          } else {
            await host.openReplyForm(update.html);
          }
          set({ notice: { text: p.statusOpened, kind: 'success' } });
          const record = get().extras.record ?? {};
          await keepRecord({
            ...record,
            statusUpdates: [...(record.statusUpdates ?? []), { at: now, promised: checked.value }],
            ...withInThread(record, inThread, now),
          });
        } catch (err) {
          set({ notice: { text: describeError(err, t), kind: 'error' } });
        } finally {
          set({ busy: null });
        }
      },

      async writableGraph() {
        return mayWrite() ? itemGraph() : null;
      },

      async recordForward(to, failedText) {
        const { restId } = get();
        if (!restId) return;
        const record = get().extras.record ?? {};
        if (!isNotOurs(get().notOurs, restId)) {
          try {
            await marks.toggle(restId);
          } catch {
            // The record below carries the forward; the roaming mark is only a convenience.
          }
        }
        set({ extras: { ...get().extras, notOurs: true } });
        await keepRecord({ ...record, forwarded: { at: deps.now(), to } }, failedText);
      },

      async savePrefs(prefs) {
        const clean: PersonalPrefs = {
          ...(prefs.signature?.trim() ? { signature: prefs.signature.trim() } : {}),
          ...(prefs.confidentialDefault ? { confidentialDefault: true } : {}),
        };
        try {
          await host.setSetting(SETTINGS.prefs, clean);
          set({
            prefs: clean,
            confidential: clean.confidentialDefault ?? false,
            notice: { text: t.prefsSaved, kind: 'success' },
          });
        } catch (err) {
          set({ notice: { text: describeError(err, t), kind: 'error' } });
        }
      },

      async flagMessage() {
        const { restId, view } = get();
        if (!restId || !view?.clock.deadline || !mayWrite()) return;
        set({ busy: 'flag', notice: null });
        try {
          const graph = await itemGraph();
          await graph.setFollowUpFlag(
            restId,
            graphDateTime(view.clock.deadline.due),
            graphDateTime(view.clock.receivedAt),
          );
          set({
            notice: {
              text: t.flagged(formatDateTime(view.clock.deadline.due, lang)),
              kind: 'success',
            },
          });
        } catch (err) {
          set({ notice: { text: describeError(err, t), kind: 'error' } });
        } finally {
          set({ busy: null });
        }
      },
    };
  });
  // A mark changed here or in the queue: the clock of the selected message follows.
  marks.subscribe((ids) => {
    store.setState({ notOurs: ids });
    const { restId, extras, message } = store.getState();
    if (!restId || !message) return;
    const { notOurs: _drop, ...rest } = extras;
    store.setState({
      extras: isNotOurs(ids, restId) ? { ...rest, notOurs: true } : rest,
    });
    store.getState().tick();
  });
  return store;
}

import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import {
  buildNotOursNotice,
  checkPromisedDate,
  forwardTarget,
  escapeHtml,
  formatDate,
} from '../../../shared/index.ts';
import type { ForwardTarget, IsoDate } from '../../../shared/index.ts';
import { isGraphError } from '../host/graph/graphError.ts';
import { describeError } from '../pane/describeError.ts';
import type { PaneDeps } from '../pane/paneDeps.ts';
import type { ClockState } from './clockStore.ts';
import { passOnStrings } from './passOnStrings.ts';

/** What the user chose in the pass-on form. */
export interface PassOnInput {
  readonly address: string;
  /** How the sender should read the recipient's name; the address (or mailbox name) if empty. */
  readonly name: string;
  /** When the recipient will answer, if known ('' = unknown). */
  readonly answerBy: string;
  /** The user confirmed that the message may leave the organisation. */
  readonly externalConfirmed: boolean;
}

/** Where passing a message on stands. Each step runs at most once per success. */
export interface PassOnState {
  readonly phase:
    'editing' | 'forwarding' | 'drafting' | 'done' | 'forward-failed' | 'draft-failed';
  /** The checked recipient, once the forward went out (so a retry never forwards again). */
  readonly forwardedTo: ForwardTarget | null;
  readonly answerBy: IsoDate | null;
  /** The field a refusal concerns, for focus and aria-invalid. */
  readonly field: 'address' | 'answerBy' | 'external' | null;
  readonly error: string | null;
  readonly draftId: string | null;
  /** The notice's plain text, shown in the pane once the draft exists. */
  readonly noticeText: string | null;
  submit(input: PassOnInput): Promise<void>;
  retryDraft(): Promise<void>;
}

/**
 * "Inte mitt ärende" as one action over the selected message: check the recipient with the core,
 * forward through Graph, record the forward (duty met), then draft the notice to the asker as a
 * reply that the user reviews and sends. A failure after the forward keeps the forward and offers
 * the draft alone again.
 */
export function createPassOnStore(
  deps: PaneDeps,
  clock: StoreApi<ClockState>,
): StoreApi<PassOnState> {
  const { org, lang, t, host } = deps;
  const w = passOnStrings(lang);

  return createStore<PassOnState>()((set, get) => {
    async function draft(): Promise<void> {
      const target = get().forwardedTo;
      const { restId, message, view } = clock.getState();
      if (!target || !restId || !message || !view) return;
      set({ phase: 'drafting', error: null });
      const answerBy = get().answerBy;
      try {
        const notice = buildNotOursNotice(
          {
            receivedAt: view.clock.receivedAt,
            forwardedTo: { name: target.name, address: target.address },
            ...(answerBy ? { answerBy } : {}),
            subject: message.subject,
            ...(message.from?.name ? { senderName: message.from.name } : {}),
            ...(clock.getState().prefs.signature
              ? { signature: clock.getState().prefs.signature }
              : {}),
          },
          org,
        );
        const graph = await clock.getState().writableGraph();
        if (!graph) {
          const { owner } = clock.getState().mailbox;
          set({ phase: 'draft-failed', error: t.readOnlyMailbox(owner ?? '') });
          return;
        }
        const created = await graph.createReplyDraft(restId, notice.html, 'notice');
        set({ phase: 'done', draftId: created.id, noticeText: notice.text });
      } catch (err) {
        set({ phase: 'draft-failed', error: w.draftFailed(target.name, describeError(err, t)) });
      }
    }

    return {
      phase: 'editing',
      forwardedTo: null,
      answerBy: null,
      field: null,
      error: null,
      draftId: null,
      noticeText: null,

      async submit(input) {
        if (get().forwardedTo !== null || get().phase === 'forwarding') return;
        const { restId, mailbox } = clock.getState();
        if (!restId) return;
        if (!mailbox.canWrite) {
          set({ field: null, error: t.readOnlyMailbox(mailbox.owner ?? '') });
          return;
        }
        const checked = forwardTarget(input.address, org, host.mailboxAddress);
        if (!checked.ok) {
          set({ field: 'address', error: checked.error[lang] });
          return;
        }
        let answerBy: IsoDate | null = null;
        if (input.answerBy.trim() !== '') {
          const date = checkPromisedDate(input.answerBy.trim(), deps.now(), org.calendar);
          if (!date.ok) {
            set({ field: 'answerBy', error: date.error.sv });
            return;
          }
          answerBy = date.value;
        }
        if (checked.value.leavesOrganisation && !input.externalConfirmed) {
          set({ field: 'external', error: w.externalNotConfirmed });
          return;
        }
        const given = input.name.trim();
        const target: ForwardTarget =
          given === '' ? checked.value : { ...checked.value, name: given };
        set({ phase: 'forwarding', field: null, error: null, answerBy });
        try {
          // The forward goes out from the message's own mailbox (`/me` or `/users/{owner}`).
          const graph = (await deps.graph.get()).forMailbox(mailbox.owner);
          await graph.forwardMessage(
            restId,
            { name: target.name, address: target.address },
            // Graph may render the comment as HTML: the user's name is escaped like any user text.
            escapeHtml(
              w.comment(host.userName ?? '', answerBy ? formatDate(answerBy, lang) : null),
            ),
          );
        } catch (err) {
          // A lost answer (network) or a server error may come after Graph sent it.
          const unsure = isGraphError(err) && (err.status === 0 || err.status >= 500);
          set({
            phase: 'forward-failed',
            error: unsure ? w.forwardUnsure : w.forwardFailed(describeError(err, t)),
          });
          return;
        }
        set({ forwardedTo: target });
        await clock.getState().recordForward(target.address, w.recordFailed);
        await draft();
      },

      retryDraft: draft,
    };
  });
}

import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { lazyStore } from '../pane/paneStores.ts';
import { usePaneStores } from '../pane/usePane.ts';
import type { StoreApi } from 'zustand/vanilla';
import {
  absenceLength,
  buildReferral,
  formatDate,
  planAbsenceBack,
  planAbsenceBackup,
  planAbsenceChange,
  planAbsenceRestore,
  planAbsenceReturn,
  restoreOffered,
  runAbsencePlan,
  stockholmDate,
} from '../../../shared/index.ts';
import type {
  AbsenceInput,
  AbsencePlan,
  AbsenceRead,
  AbsenceRecord,
  IsoDate,
  Referral,
  ReferralContact,
} from '../../../shared/index.ts';
import { describeError } from '../pane/describeError.ts';
import { SETTINGS } from '../pane/paneDeps.ts';
import type { PaneDeps } from '../pane/paneDeps.ts';
import type { AutomaticReplies, GraphPort, RuleSummary } from '../pane/ports.ts';
import { graphAbsencePort, readAbsenceState } from './graphAbsencePort.ts';

/** One contact row in the form (all strings, empty = not given). */
export interface ContactRow {
  readonly name: string;
  readonly address: string;
  readonly phone: string;
}

/** The out-of-office form. */
export interface AbsenceForm {
  readonly firstDay: IsoDate | null;
  readonly lastDay: IsoDate | null;
  readonly contacts: readonly ContactRow[];
  readonly forward: boolean;
  /** A functional mailbox address, or '' for "a colleague" (then `colleagueAddress`). */
  readonly forwardTarget: string;
  readonly colleagueAddress: string;
  readonly note: string;
}

export type { AbsenceRecord } from '../../../shared/index.ts';

/** A status line; `kind` chooses the Fluent MessageBar intent. */
export interface StatusLine {
  readonly text: string;
  readonly kind: 'success' | 'error' | 'info' | 'warning';
}

/** Out-of-office: current state, backup, form, findings and the Graph operations. */
export interface AbsenceState {
  readonly phase: 'idle' | 'loading' | 'ready' | 'error';
  readonly current: AutomaticReplies | null;
  readonly rules: readonly RuleSummary[];
  /** The user's own autoreply kept before our change (in the mailbox). */
  readonly backup: AutomaticReplies | null;
  /** "Återställ tidigare autosvar" has something to do (the core's `restoreOffered`). */
  readonly canRestore: boolean;
  readonly record: AbsenceRecord | null;
  readonly form: AbsenceForm;
  readonly referral: Referral;
  /** Working days in [firstDay, lastDay]; 0 without valid dates. */
  readonly workingDays: number;
  readonly isLong: boolean;
  /** The slow operation running now (Spinner label), or null. */
  readonly progress: string | null;
  readonly waiting: string | null;
  readonly status: StatusLine | null;
  /** Where the last operation started: the current-settings box or the form (its status shows there). */
  readonly statusAt: 'current' | 'form';
  /** Set after a save attempt so the form shows its errors. */
  readonly attempted: boolean;
  /** Set on the first edit: the review list speaks up only once the user has started. */
  readonly touched: boolean;
  load(): Promise<void>;
  update(patch: Partial<Omit<AbsenceForm, 'contacts'>>): void;
  updateContact(index: number, patch: Partial<ContactRow>): void;
  addContact(): void;
  removeContact(index: number): void;
  save(): Promise<boolean>;
  back(): Promise<void>;
  restore(): Promise<void>;
}

const EMPTY_CONTACT: ContactRow = { name: '', address: '', phone: '' };

function contactsForCore(rows: readonly ContactRow[]): ReferralContact[] {
  return rows
    .filter((r) => r.name.trim() || r.address.trim() || r.phone.trim())
    .map((r) => ({
      name: r.name.trim(),
      ...(r.address.trim() ? { address: r.address.trim() } : {}),
      ...(r.phone.trim() ? { phone: r.phone.trim() } : {}),
    }));
}

/** The address mail is forwarded to, or undefined when forwarding is off. */
export function forwardAddress(form: AbsenceForm, isLong: boolean): string | undefined {
  if (!form.forward || !isLong) return undefined;
  const to = form.forwardTarget || form.colleagueAddress.trim();
  return to || undefined;
}

/** Creates the out-of-office store. */
export function createAbsenceStore(deps: PaneDeps): StoreApi<AbsenceState> {
  const { host, org, t, lang } = deps;
  const storedRecord = host.getSetting<AbsenceRecord>(SETTINGS.absence) ?? null;
  const today = (): IsoDate => stockholmDate(deps.now());

  function derive(form: AbsenceForm): Pick<AbsenceState, 'referral' | 'workingDays' | 'isLong'> {
    const { workingDays, isLong } = absenceLength(org, form.firstDay, form.lastDay);
    const forwardTo = forwardAddress(form, isLong);
    const input: AbsenceInput = {
      firstDay: form.firstDay,
      lastDay: form.lastDay,
      contacts: contactsForCore(form.contacts),
      ...(forwardTo ? { forwardTo } : {}),
      ...(form.note.trim() ? { note: form.note.trim() } : {}),
      languages: org.languages,
    };
    return { referral: buildReferral(input, org, today()), workingDays, isLong };
  }

  const initialForm: AbsenceForm = {
    firstDay: null,
    lastDay: null,
    contacts: [EMPTY_CONTACT],
    forward: false,
    forwardTarget: org.functionalMailboxes[0]?.address ?? '',
    colleagueAddress: '',
    note: '',
  };

  return createStore<AbsenceState>()((set, get) => {
    /** Runs one slow Graph operation with a progress label, retry notices and Swedish errors. */
    async function run<T>(
      label: string,
      at: AbsenceState['statusAt'],
      op: (graph: GraphPort) => Promise<T>,
    ): Promise<T | undefined> {
      set({ progress: label, status: null, statusAt: at });
      const stop = deps.graph.onRetry((info) =>
        set({ waiting: t.waiting(Math.ceil(info.waitMs / 1000)) }),
      );
      try {
        const graph = await deps.graph.get();
        return await op(graph);
      } catch (err) {
        set({ status: { text: describeError(err, t), kind: 'error' } });
        return undefined;
      } finally {
        stop();
        set({ progress: null, waiting: null });
      }
    }

    /** Reads what is set now (fresh: another pane may have changed it) and shows it. */
    async function readState(graph: GraphPort): Promise<AbsenceRead<AutomaticReplies>> {
      const [read, rules] = await Promise.all([
        readAbsenceState(graph, host, today()),
        graph.listRules(),
      ]);
      set({
        current: read.autoReply,
        rules,
        backup: read.backup?.setting ?? null,
        canRestore: restoreOffered(read),
        record: read.record,
      });
      return read;
    }

    /** Shows what is set now after a change; the change stands even if this read fails. */
    async function refresh(graph: GraphPort): Promise<void> {
      await readState(graph).catch(() => undefined);
    }

    /** Runs a plan through Graph; a failure before the tidy-up throws, after the undo. */
    async function execute(graph: GraphPort, plan: AbsencePlan<AutomaticReplies>): Promise<void> {
      const outcome = await runAbsencePlan(plan, graphAbsencePort(graph, host));
      if (!outcome.ok) throw outcome.error;
    }

    /** A form edit: recompute the findings; a stale "fix the errors" line goes once edited. */
    function setForm(form: AbsenceForm): void {
      const status = get().status?.text === t.saveBlocked ? null : get().status;
      set({ form, status, touched: true, ...derive(form) });
    }

    return {
      phase: 'idle',
      current: null,
      rules: [],
      backup: null,
      canRestore: false,
      record: storedRecord,
      form: initialForm,
      ...derive(initialForm),
      progress: null,
      waiting: null,
      status: null,
      statusAt: 'form',
      attempted: false,
      touched: false,

      async load() {
        set({ phase: 'loading' });
        let autoReturned: string | null = null;
        const ok = await run(t.currentLoading, 'current', async (graph) => {
          const read = await readState(graph);
          // The user's own autoreply is kept before anything is asked of the pane.
          const backup = planAbsenceBackup(read);
          if (backup.action !== 'none') {
            await execute(graph, backup);
            set({ backup: backup.backup?.setting ?? null });
          }
          // First open on or after the return day: our forwarding rule goes.
          const plan = planAbsenceReturn(read, org);
          if (plan.action !== 'none') {
            await execute(graph, plan);
            if (read.record) autoReturned = t.autoReturned(formatDate(read.record.lastDay, lang));
            await refresh(graph);
          }
          return true;
        });
        set({ phase: ok ? 'ready' : 'error' });
        if (ok && autoReturned) set({ status: { text: autoReturned, kind: 'info' } });
      },

      update(patch) {
        setForm({ ...get().form, ...patch });
      },

      updateContact(index, patch) {
        const contacts = get().form.contacts.map((c, i) => (i === index ? { ...c, ...patch } : c));
        setForm({ ...get().form, contacts });
      },

      addContact() {
        setForm({ ...get().form, contacts: [...get().form.contacts, EMPTY_CONTACT] });
      },

      removeContact(index) {
        setForm({ ...get().form, contacts: get().form.contacts.filter((_, i) => i !== index) });
      },

      async save() {
        set({ attempted: true, ...derive(get().form) });
        const { referral, form, isLong } = get();
        if (referral.blocking || !form.firstDay || !form.lastDay || !referral.backOn) {
          set({ status: { text: t.saveBlocked, kind: 'error' }, statusAt: 'form' });
          return false;
        }
        const firstDay = form.firstDay;
        const lastDay = form.lastDay;
        const forwardTo = forwardAddress(form, isLong);
        const input: AbsenceInput = {
          firstDay,
          lastDay,
          contacts: contactsForCore(form.contacts),
          ...(forwardTo ? { forwardTo } : {}),
          ...(form.note.trim() ? { note: form.note.trim() } : {}),
          languages: org.languages,
        };
        let ruleNote = '';
        const ok = await run(t.saving, 'form', async (graph) => {
          // What is set now, not what was set when the pane opened.
          const planned = planAbsenceChange(await readState(graph), input, org, {
            datedForwarding: true,
          });
          if (!planned.ok) throw new Error(planned.error.message);
          if (planned.value.record?.forwardTo) {
            set({ progress: t.savingRule });
            ruleNote = ` ${t.savedRule(planned.value.record.forwardTo)}`;
          }
          await execute(graph, planned.value);
          await refresh(graph);
          return true;
        });
        if (!ok) return false;
        set({
          status: {
            text: t.saved(formatDate(firstDay, lang), formatDate(lastDay, lang)) + ruleNote,
            kind: 'success',
          },
        });
        return true;
      },

      async back() {
        const ok = await run(t.saving, 'current', async (graph) => {
          await execute(graph, planAbsenceBack(await readState(graph)));
          await refresh(graph);
          return true;
        });
        if (ok) set({ status: { text: t.backDone, kind: 'success' } });
      },

      async restore() {
        const ok = await run(t.restoring, 'current', async (graph) => {
          const plan = planAbsenceRestore(await readState(graph));
          if (plan.action === 'none') return false;
          await execute(graph, plan);
          await refresh(graph);
          return true;
        });
        if (ok) set({ status: { text: t.restored, kind: 'success' } });
      },
    };
  });
}

/** The pane's out-of-office store, created on first use. */
export const absenceStoreFor = lazyStore<AbsenceState>((stores) => createAbsenceStore(stores.deps));

/** Selects from the pane's out-of-office store. */
export function useAbsence<T>(selector: (s: AbsenceState) => T): T {
  return useStore(absenceStoreFor(usePaneStores()), selector);
}

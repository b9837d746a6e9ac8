import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { lazyStore } from '../pane/paneStores.ts';
import { usePaneStores } from '../pane/usePane.ts';
import type { StoreApi } from 'zustand/vanilla';
import { buildReferral, formatDate, stockholmDate } from '../../../shared/index.ts';
import type { AbsenceInput, IsoDate, Referral, ReferralContact } from '../../../shared/index.ts';
import { describeError } from '../pane/describeError.ts';
import { graphMidnight } from '../pane/graphTime.ts';
import { SETTINGS } from '../pane/paneDeps.ts';
import type { PaneDeps } from '../pane/paneDeps.ts';
import type { AutomaticReplies, GraphPort, RuleSummary } from '../pane/ports.ts';

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

/** What we saved, kept in roaming settings to undo it on return. */
export interface AbsenceRecord {
  readonly firstDay: IsoDate;
  readonly lastDay: IsoDate;
  readonly backOn: IsoDate;
  readonly forwardTo: string | null;
}

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
  readonly backup: AutomaticReplies | null;
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

function isAutomaticReplies(value: unknown): value is AutomaticReplies {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { status?: unknown }).status === 'string'
  );
}

/** Creates the out-of-office store. */
export function createAbsenceStore(deps: PaneDeps): StoreApi<AbsenceState> {
  const { host, org, t, lang } = deps;
  const storedBackup = host.getSetting<unknown>(SETTINGS.autoReplyBackup);
  const storedRecord = host.getSetting<AbsenceRecord>(SETTINGS.absence) ?? null;

  function derive(form: AbsenceForm): Pick<AbsenceState, 'referral' | 'workingDays' | 'isLong'> {
    const today = stockholmDate(deps.now());
    const valid = form.firstDay !== null && form.lastDay !== null && form.firstDay <= form.lastDay;
    const workingDays =
      valid && form.firstDay && form.lastDay
        ? org.calendar.workingDaysBetween(form.firstDay, form.lastDay)
        : 0;
    const isLong = workingDays >= org.longAbsenceThreshold;
    const forwardTo = forwardAddress(form, isLong);
    const input: AbsenceInput = {
      firstDay: form.firstDay,
      lastDay: form.lastDay,
      contacts: contactsForCore(form.contacts),
      ...(forwardTo ? { forwardTo } : {}),
      ...(form.note.trim() ? { note: form.note.trim() } : {}),
      languages: org.languages,
    };
    return { referral: buildReferral(input, org, today), workingDays, isLong };
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

    async function readCurrent(graph: GraphPort): Promise<void> {
      const [{ setting }, rules] = await Promise.all([
        graph.getAutomaticReplies(),
        graph.listRules(),
      ]);
      set({ current: setting, rules });
    }

    /** A form edit: recompute the findings; a stale "fix the errors" line goes once edited. */
    function setForm(form: AbsenceForm): void {
      const status = get().status?.text === t.saveBlocked ? null : get().status;
      set({ form, status, touched: true, ...derive(form) });
    }

    /** Keeps what was there before we change anything (unless it is our own absence). */
    async function ensureBackup(): Promise<void> {
      const { current, backup, record } = get();
      if (backup || record || !current) return;
      await keepBackup(current);
    }

    async function keepBackup(setting: AutomaticReplies): Promise<void> {
      set({ backup: setting });
      await host.setSetting(SETTINGS.autoReplyBackup, setting);
    }

    /**
     * Before a save: while our own absence is active, the backup from before it stays (editing the
     * absence must still restore what came before); otherwise what is set now replaces any older
     * backup, so an autoreply the user set in Outlook since then is never lost (as in Gmail).
     */
    async function backUpBeforeSave(): Promise<void> {
      const { current, record } = get();
      if (record || !current) return;
      await keepBackup(current);
    }

    return {
      phase: 'idle',
      current: null,
      rules: [],
      backup: isAutomaticReplies(storedBackup) ? storedBackup : null,
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
          const { record } = get();
          // First open on or after the return day: our forwarding rule goes.
          if (record && stockholmDate(deps.now()) >= record.backOn) {
            await graph.removeRedirectRules();
            await host.setSetting(SETTINGS.absence, undefined);
            set({ record: null });
            autoReturned = t.autoReturned(formatDate(record.lastDay, lang));
          }
          await readCurrent(graph);
          await ensureBackup();
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
        const backOn = referral.backOn;
        const forwardTo = forwardAddress(form, isLong) ?? null;
        let ruleNote = '';
        const ok = await run(t.saving, 'form', async (graph) => {
          // What is set now, not what was set when the pane opened.
          await readCurrent(graph);
          await backUpBeforeSave();
          const wanted: AutomaticReplies = {
            status: 'scheduled',
            externalAudience: 'all',
            scheduledStartDateTime: graphMidnight(firstDay),
            // On until the back-on day the referral names, so a weekend or holiday gap after
            // the last day away still gets the referral.
            scheduledEndDateTime: graphMidnight(backOn),
            internalReplyMessage: referral.internal.html,
            externalReplyMessage: referral.external.html,
          };
          await graph.setAutomaticReplies(wanted);
          if (forwardTo) {
            set({ progress: t.savingRule });
            await graph.ensureRedirectRule({
              name: 'frånvaro',
              to: { address: forwardTo },
              until: lastDay,
            });
            ruleNote = ` ${t.savedRule(forwardTo)}`;
          } else {
            await graph.removeRedirectRules();
          }
          const record: AbsenceRecord = { firstDay, lastDay, backOn, forwardTo };
          await host.setSetting(SETTINGS.absence, record);
          set({ record });
          await readCurrent(graph);
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
          await graph.removeRedirectRules();
          const current = get().current;
          await graph.setAutomaticReplies({
            status: 'disabled',
            externalAudience: current?.externalAudience ?? 'all',
            scheduledStartDateTime: null,
            scheduledEndDateTime: null,
            internalReplyMessage: current?.internalReplyMessage ?? '',
            externalReplyMessage: current?.externalReplyMessage ?? '',
          });
          await host.setSetting(SETTINGS.absence, undefined);
          set({ record: null });
          await readCurrent(graph);
          return true;
        });
        if (ok) set({ status: { text: t.backDone, kind: 'success' } });
      },

      async restore() {
        const { backup } = get();
        if (!backup) return;
        const ok = await run(t.restoring, 'current', async (graph) => {
          await graph.removeRedirectRules();
          await graph.setAutomaticReplies(backup);
          await host.setSetting(SETTINGS.absence, undefined);
          await host.setSetting(SETTINGS.autoReplyBackup, undefined);
          set({ record: null, backup: null });
          await readCurrent(graph);
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

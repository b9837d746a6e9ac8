import type { Organisation } from '../../policy/organisation.ts';
import type { AbsencePlan, AbsenceRead, AbsenceStep } from './absencePlan.ts';
import { backupBeforeChange } from './backupBeforeChange.ts';
import { isOurAutoReply } from './ourAutoReplyMarker.ts';

function plan<S>(
  read: AbsenceRead<S>,
  action: AbsencePlan<S>['action'],
  steps: AbsenceStep<S>[],
  tidyFrom: number,
): AbsencePlan<S> {
  return { action, steps, tidyFrom, record: null, backup: read.backup, read };
}

/**
 * Plans "Återställ tidigare autosvar": put the backup back exactly, then remove all our
 * forwarding and forget the absence. The backup is kept: it is still the user's own text, and a
 * restore that Exchange or Gmail half-applied can be run again. Without a backup: action 'none'.
 * @example planAbsenceRestore(read).steps.map((s) => s.kind) // ['putAutoReply', 'removeForwarding', 'keepRecord']
 */
export function planAbsenceRestore<S>(read: AbsenceRead<S>): AbsencePlan<S> {
  const backup = read.backup;
  if (backup === null) return plan(read, 'none', [], 0);
  // The autoreply first: once the user's own text is live nothing promises our forwarding.
  return plan(
    read,
    'restore',
    [
      { kind: 'putAutoReply', setting: backup.setting },
      { kind: 'removeForwarding', only: null, keep: [] },
      { kind: 'keepRecord', record: null },
    ],
    1,
  );
}

/**
 * Plans backing up the live autoreply now, before any change is asked for (the Outlook pane does
 * this when it opens, and says so): only the user's own, by the rules of `backupBeforeChange`.
 * Nothing to keep: action 'none'.
 * @example planAbsenceBackup(read).steps.map((s) => s.kind) // ['keepBackup']
 */
export function planAbsenceBackup<S>(read: AbsenceRead<S>): AbsencePlan<S> {
  const backup = backupBeforeChange(read);
  if (backup === null || backup === read.backup) return plan(read, 'none', [], 0);
  return { ...plan(read, 'backup', [{ kind: 'keepBackup', backup }], 1), backup };
}

/**
 * Plans "Jag är tillbaka": turn the autoreply off (one the user wrote is backed up first, so it
 * can be restored), then remove all our forwarding and forget the absence.
 * @example planAbsenceBack(read).steps.map((s) => s.kind) // ['disableAutoReply', 'removeForwarding', 'keepRecord']
 */
export function planAbsenceBack<S>(read: AbsenceRead<S>): AbsencePlan<S> {
  const steps: AbsenceStep<S>[] = [];
  const backup = backupBeforeChange(read);
  if (backup !== null && backup !== read.backup) steps.push({ kind: 'keepBackup', backup });
  if (read.autoReplyOn) {
    steps.push({ kind: 'disableAutoReply', onlyOurs: isOurAutoReply(read.autoReplyTexts) });
  }
  const tidyFrom = steps.length;
  steps.push({ kind: 'removeForwarding', only: null, keep: [] });
  steps.push({ kind: 'keepRecord', record: null });
  return { ...plan(read, 'back', steps, tidyFrom), backup };
}

/**
 * Plans the automatic end of an absence on the first open on or after the day back: remove our
 * forwarding and forget the record (the autoreply's schedule ends it by itself). Forwarding of
 * ours whose day back has come goes too, even without a record (e.g. one lost on another
 * device) — not before: until then our autoreply still promises it. Nothing due: action 'none'.
 * @example planAbsenceReturn({ ...read, today: '2027-01-11' }, org).action // 'return' for a record with backOn '2027-01-11'
 */
export function planAbsenceReturn<S>(
  read: AbsenceRead<S>,
  org: Pick<Organisation, 'calendar'>,
): AbsencePlan<S> {
  const over = read.record !== null && read.today >= read.record.backOn;
  const expired = read.forwarding.filter(
    (key) => key.until !== null && org.calendar.nextWorkingDay(key.until) <= read.today,
  );
  if (!over && expired.length === 0) return plan(read, 'none', [], 0);
  const steps: AbsenceStep<S>[] = [
    { kind: 'removeForwarding', only: over ? null : expired, keep: [] },
  ];
  if (over) steps.push({ kind: 'keepRecord', record: null });
  return plan(read, 'return', steps, 0);
}

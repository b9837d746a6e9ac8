import type { AbsenceRead, AutoReplyBackup } from './absencePlan.ts';
import { isOurAutoReply } from './ourAutoReplyMarker.ts';

function sameSetting(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The backup to keep before we change the autoreply. Our own referral is never backed up: the
 * backup from before it stays. Any other live autoreply that is on is the user's latest word (even
 * one set in Outlook or Gmail since our last save) and becomes the backup. One that is off replaces
 * no backup — "Jag är tillbaka" turns the user's own autoreply off, and that copy must not push
 * out the one that was on — but is backed up when there is none, texts and all. Returns the stored
 * backup object itself when nothing changes.
 * @example backupBeforeChange({ ...read, autoReplyTexts: ['Semester'] }).setting === read.autoReply // true
 */
export function backupBeforeChange<S>(read: AbsenceRead<S>): AutoReplyBackup<S> | null {
  if (isOurAutoReply(read.autoReplyTexts)) return read.backup;
  if (!read.autoReplyOn && read.backup !== null) return read.backup;
  if (read.backup !== null && sameSetting(read.backup.setting, read.autoReply)) return read.backup;
  return { setting: read.autoReply, savedOn: read.today };
}

/**
 * True when "Återställ tidigare autosvar" has something to do: a backup exists and the live
 * autoreply is not already that backup.
 * @example restoreOffered({ ...read, backup: null }) // false
 */
export function restoreOffered<S>(read: AbsenceRead<S>): boolean {
  if (read.backup === null) return false;
  return isOurAutoReply(read.autoReplyTexts) || !sameSetting(read.backup.setting, read.autoReply);
}

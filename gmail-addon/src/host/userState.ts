/**
 * What the add-on remembers per user, in user properties: messages marked "not ours", the
 * vacation settings as they were before the add-on first changed them, and the absence it set.
 */
import { isNotOurs as isMarkedNotOurs, parseNotOurs, setNotOurs as setMarkNotOurs } from '../core';
import type { PropertiesLike, VacationSettings } from './hostTypes';

const NOT_OURS_KEY = 'svarsplikt.notOurs';
const BACKUP_KEY = 'svarsplikt.vacationBackup';
const ABSENCE_KEY = 'svarsplikt.absence';

function readJson(props: PropertiesLike, key: string): unknown {
  const raw = props.getProperty(key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** Whether the user marked the message "not ours" (the core's rules: keys, one cap). */
export function isNotOurs(props: PropertiesLike, messageId: string): boolean {
  return isMarkedNotOurs(parseNotOurs(readJson(props, NOT_OURS_KEY)), messageId);
}

/** Marks or unmarks a message "not ours"; the core drops the oldest marks when the list is full. */
export function setNotOurs(props: PropertiesLike, messageId: string, notOurs: boolean): void {
  const marks = setMarkNotOurs(parseNotOurs(readJson(props, NOT_OURS_KEY)), messageId, notOurs);
  props.setProperty(NOT_OURS_KEY, JSON.stringify(marks));
}

/** The vacation settings saved before the add-on's first change, and when they were saved. */
export interface VacationBackup {
  readonly savedAt: number;
  readonly settings: VacationSettings;
}

export function readBackup(props: PropertiesLike): VacationBackup | undefined {
  const value = readJson(props, BACKUP_KEY) as Partial<VacationBackup> | undefined;
  if (
    value === undefined ||
    typeof value.savedAt !== 'number' ||
    typeof value.settings !== 'object'
  ) {
    return undefined;
  }
  return { savedAt: value.savedAt, settings: value.settings };
}

/** Saves a backup, replacing any older one. */
export function saveBackup(props: PropertiesLike, backup: VacationBackup): void {
  props.setProperty(BACKUP_KEY, JSON.stringify(backup));
}

/** Saves a backup unless one exists: restoring returns to the state before the first change. */
export function saveBackupOnce(props: PropertiesLike, backup: VacationBackup): void {
  if (readBackup(props) === undefined) saveBackup(props, backup);
}

export function deleteBackup(props: PropertiesLike): void {
  props.deleteProperty(BACKUP_KEY);
}

/** The absence the add-on set up: dates, and the forwarding filter to remove on return. */
export interface AbsenceState {
  readonly firstDay: string;
  readonly lastDay: string;
  readonly backOn: string;
  readonly forwardTo?: string;
  readonly filterId?: string;
}

export function readAbsence(props: PropertiesLike): AbsenceState | undefined {
  const value = readJson(props, ABSENCE_KEY) as Partial<AbsenceState> | undefined;
  if (
    value === undefined ||
    typeof value.firstDay !== 'string' ||
    typeof value.lastDay !== 'string' ||
    typeof value.backOn !== 'string'
  ) {
    return undefined;
  }
  return {
    firstDay: value.firstDay,
    lastDay: value.lastDay,
    backOn: value.backOn,
    ...(typeof value.forwardTo === 'string' ? { forwardTo: value.forwardTo } : {}),
    ...(typeof value.filterId === 'string' ? { filterId: value.filterId } : {}),
  };
}

export function saveAbsence(props: PropertiesLike, absence: AbsenceState): void {
  props.setProperty(ABSENCE_KEY, JSON.stringify(absence));
}

export function deleteAbsence(props: PropertiesLike): void {
  props.deleteProperty(ABSENCE_KEY);
}

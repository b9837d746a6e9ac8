/**
 * What the add-on remembers per user, in user properties: messages marked "not ours" and the
 * absence it set (the vacation backup is in vacationBackup.ts).
 */
import type { PropertiesLike } from './hostTypes';

const NOT_OURS_KEY = 'svarsplikt.notOurs';
const ABSENCE_KEY = 'svarsplikt.absence';
/** Keeps the value well under the 9 kB a property may hold. */
const NOT_OURS_LIMIT = 300;

function readJson(props: PropertiesLike, key: string): unknown {
  const raw = props.getProperty(key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function notOursList(props: PropertiesLike): string[] {
  const value = readJson(props, NOT_OURS_KEY);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Whether the user marked the message "not ours". */
export function isNotOurs(props: PropertiesLike, messageId: string): boolean {
  return notOursList(props).includes(messageId);
}

/** Marks or unmarks a message "not ours"; the oldest marks go first when the list is full. */
export function setNotOurs(props: PropertiesLike, messageId: string, notOurs: boolean): void {
  const list = notOursList(props).filter((id) => id !== messageId);
  if (notOurs) list.push(messageId);
  props.setProperty(NOT_OURS_KEY, JSON.stringify(list.slice(-NOT_OURS_LIMIT)));
}

/** The absence the add-on set up: dates, and where mail is forwarded until the day back. */
export interface AbsenceState {
  readonly firstDay: string;
  readonly lastDay: string;
  readonly backOn: string;
  readonly forwardTo?: string;
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
  };
}

export function saveAbsence(props: PropertiesLike, absence: AbsenceState): void {
  props.setProperty(ABSENCE_KEY, JSON.stringify(absence));
}

export function deleteAbsence(props: PropertiesLike): void {
  props.deleteProperty(ABSENCE_KEY);
}

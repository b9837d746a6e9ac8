/**
 * What the add-on remembers per user, in user properties: messages marked "not ours" and the
 * absence it set (the vacation backup is in vacationBackup.ts).
 */
import { isNotOurs as isMarkedNotOurs, parseNotOurs, setNotOurs as setMarkNotOurs } from '../core';
import type { PropertiesLike } from './hostTypes';

const NOT_OURS_KEY = 'svarsplikt.notOurs';
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

import { isIsoDate } from '../calendar/isoDate.ts';
import { minuteOfClockTime } from '../calendar/officeHours.ts';
import { SUPPORTED_RANGE } from '../calendar/supportedRange.ts';
import { isEmailAddress } from './isEmailAddress.ts';
import { policyPreset, POLICY_PRESETS } from './presets.ts';

/** One validation rule of the organisation configuration: a field and what is wrong with a value. */
export interface FieldRule {
  readonly field: string;
  readonly required: boolean;
  /** Returns what is wrong with the value (English), or undefined when it is fine. */
  readonly check: (value: unknown) => string | undefined;
}

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const PHONE = /^\+?[0-9][0-9 ()-]{3,18}[0-9]$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function wholeNumber(min: number, max: number) {
  return (value: unknown) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max
      ? undefined
      : `must be a whole number from ${min} to ${max}`;
}

function arrayOf(check: (item: unknown) => string | undefined, allowEmpty = true) {
  return (value: unknown) => {
    if (!Array.isArray(value)) return 'must be an array';
    if (!allowEmpty && value.length === 0) return 'must not be empty';
    for (let i = 0; i < value.length; i++) {
      const problem = check(value[i]);
      if (problem !== undefined) return `[${i}] ${problem}`;
    }
    return undefined;
  };
}

function dateInRange(value: unknown): string | undefined {
  if (typeof value !== 'string' || !isIsoDate(value)) return 'must be a date YYYY-MM-DD';
  if (value < SUPPORTED_RANGE.first || value > SUPPORTED_RANGE.last) {
    return `must be within ${SUPPORTED_RANGE.first}–${SUPPORTED_RANGE.last}`;
  }
  return undefined;
}

function closedDate(value: unknown): string | undefined {
  if (typeof value === 'string') return dateInRange(value);
  if (!isObject(value)) return 'must be a date or { "date": "YYYY-MM-DD", "name": "…" }';
  const problem = dateInRange(value.date);
  if (problem !== undefined) return `.date ${problem}`;
  if (value.name !== undefined && (typeof value.name !== 'string' || value.name.trim() === '')) {
    return '.name must be a non-empty text';
  }
  return undefined;
}

function policy(value: unknown): string | undefined {
  const ids = POLICY_PRESETS.map((p) => p.id).join(', ');
  if (typeof value === 'string') {
    return policyPreset(value) === undefined
      ? `must be one of ${ids}, or custom numbers`
      : undefined;
  }
  if (!isObject(value)) return `must be a preset id (${ids}) or { "replyWithin": n, … }`;
  for (const key of Object.keys(value)) {
    if (!['replyWithin', 'target', 'forwardWithin', 'name'].includes(key))
      return `.${key} is not a known field`;
  }
  const reply = wholeNumber(1, 30)(value.replyWithin);
  if (reply !== undefined) return `.replyWithin ${reply}`;
  if (value.target !== undefined) {
    const target = wholeNumber(1, value.replyWithin as number)(value.target);
    if (target !== undefined) return `.target ${target}`;
  }
  if (value.forwardWithin !== undefined) {
    const forward = wholeNumber(1, 30)(value.forwardWithin);
    if (forward !== undefined) return `.forwardWithin ${forward}`;
  }
  if (value.name !== undefined && typeof value.name !== 'string') return '.name must be a text';
  return undefined;
}

function officeHours(value: unknown): string | undefined {
  if (!isObject(value)) return 'must be { "open": "HH:MM", "close": "HH:MM" }';
  const open = typeof value.open === 'string' ? minuteOfClockTime(value.open) : undefined;
  const close = typeof value.close === 'string' ? minuteOfClockTime(value.close) : undefined;
  if (open === undefined) return '.open must be a time HH:MM';
  if (close === undefined) return '.close must be a time HH:MM';
  return open < close ? undefined : '.open must be before .close';
}

function functionalMailbox(value: unknown): string | undefined {
  if (!isObject(value)) return 'must be { "name": "…", "address": "…@…" }';
  if (typeof value.name !== 'string' || value.name.trim() === '')
    return '.name must be a non-empty text';
  if (typeof value.address !== 'string' || !isEmailAddress(value.address))
    return '.address must be an e-mail address';
  if (value.owners === undefined) return undefined;
  if (!Array.isArray(value.owners)) return '.owners must be an array of e-mail addresses';
  const bad = value.owners.findIndex((o) => typeof o !== 'string' || !isEmailAddress(o));
  return bad < 0 ? undefined : `.owners[${bad}] must be an e-mail address`;
}

const nonEmptyText = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && value.length <= 200
    ? undefined
    : 'must be a non-empty text of at most 200 characters';
const boolean = (value: unknown) =>
  typeof value === 'boolean' ? undefined : 'must be true or false';

/** The organisation configuration's fields and their checks, in the order they are reported. */
export const ORG_CONFIG_RULES: readonly FieldRule[] = [
  { field: 'name', required: true, check: nonEmptyText },
  { field: 'policy', required: true, check: policy },
  {
    field: 'domains',
    required: true,
    check: arrayOf(
      (d) =>
        typeof d === 'string' && DOMAIN.test(d) ? undefined : 'must be a domain like kommun.se',
      false,
    ),
  },
  {
    field: 'mainNumber',
    required: false,
    check: (v) =>
      typeof v === 'string' && PHONE.test(v)
        ? undefined
        : 'must be a phone number like 0470-410 00',
  },
  {
    field: 'officialAddress',
    required: false,
    check: (v) =>
      typeof v === 'string' && isEmailAddress(v) ? undefined : 'must be an e-mail address',
  },
  { field: 'functionalMailboxes', required: false, check: arrayOf(functionalMailbox) },
  { field: 'officeHours', required: false, check: officeHours },
  { field: 'extraClosedDates', required: false, check: arrayOf(closedDate) },
  { field: 'extraOpenDates', required: false, check: arrayOf(dateInRange) },
  { field: 'longAbsenceThreshold', required: false, check: wholeNumber(1, 260) },
  { field: 'warningMinutes', required: false, check: wholeNumber(0, 24 * 60 * 10) },
  { field: 'expectedAnswerWithin', required: false, check: wholeNumber(1, 260) },
  {
    field: 'languages',
    required: false,
    check: (v) =>
      Array.isArray(v) &&
      v.length > 0 &&
      v.every((l) => l === 'sv' || l === 'en') &&
      new Set(v).size === v.length
        ? undefined
        : 'must be a non-empty list of "sv" and/or "en"',
  },
  { field: 'internalSendersExempt', required: false, check: boolean },
  { field: 'ccOnlyNoDuty', required: false, check: boolean },
];

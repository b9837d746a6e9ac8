import { HOLIDAY_NAMES } from './holidayTable.generated.ts';
import { epochDayOf, epochDayOfIso, isoDateOf, weekdayOfEpochDay } from './isoDate.ts';
import type { IsoDate } from './isoDate.ts';
import { DEFAULT_OFFICE_HOURS } from './officeHours.ts';
import type { OfficeHours } from './officeHours.ts';
import { HOLIDAY_YEARS, holidayEntriesOf } from './swedishHolidays.ts';
import { stockholmEpochInstant, summerTimeOf } from './stockholmTime.ts';
import type { Bilingual } from '../i18n/lang.ts';

/** Why a day is closed. */
export type ClosedKind = 'holiday' | 'weekend' | 'organisation';

/** A closed day with its name in Swedish and English. */
export interface ClosedDay {
  readonly date: IsoDate;
  readonly name: Bilingual;
  readonly kind: ClosedKind;
}

/** A date the organisation keeps closed although it is a working day by law. */
export interface ExtraClosedDate {
  readonly date: IsoDate;
  readonly name?: Bilingual;
}

/** Options for a calendar: office hours and the organisation's own closed and open dates. */
export interface WorkCalendarOptions {
  readonly officeHours?: OfficeHours;
  readonly extraClosedDates?: readonly ExtraClosedDate[];
  readonly extraOpenDates?: readonly IsoDate[];
}

/** Working-day arithmetic over Swedish closed days (docs/rules.md §1). Dates are Stockholm dates. */
export interface WorkCalendar {
  readonly officeHours: OfficeHours;
  /** True when the date is a working day. */
  isWorkingDay(date: IsoDate): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** The n-th working day after `date`; n = 0 gives `date` when it works, else the next working day. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** The number of working days in [first, last]. */
  workingDaysBetween(first: IsoDate, last: IsoDate): number;
  /** Why a date is closed, or undefined on a working day. */
  closedDay(date: IsoDate): ClosedDay | undefined;
  /** The closed days in [first, last]. */
  closedDaysBetween(first: IsoDate, last: IsoDate): readonly ClosedDay[];
}

/** The calendar's numeric tables, for the clock's fast path. Day indexes count from `firstDay`. */
export interface CalendarTables {
  readonly firstDay: number;
  readonly size: number;
  /** 0 working, 1 weekend, 2 holiday, 3 organisation. */
  readonly kind: Uint8Array;
  /** Working days strictly before each index (size + 1 entries). */
  readonly workingBefore: Int32Array;
  /** Index of the k-th working day. */
  readonly workingDays: Int32Array;
  readonly officeHours: OfficeHours;
  /** Stockholm's UTC offset in hours at noon of each day (summer time switches at 01:00 UTC). */
  readonly offsetHours: Uint8Array;
  readonly nameOf: (index: number) => Bilingual;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;
const FIRST_DAY = epochDayOf(HOLIDAY_YEARS.first, 1, 1);
const SIZE = epochDayOf(HOLIDAY_YEARS.last, 12, 31) - FIRST_DAY + 1;
const KIND_WORKING = 0;
const KIND_WEEKEND = 1;
const KIND_HOLIDAY = 2;
const KIND_ORGANISATION = 3;
const KIND_NAMES: readonly ClosedKind[] = ['weekend', 'weekend', 'holiday', 'organisation'];
const SATURDAY: Bilingual = Object.freeze({ sv: 'lördag', en: 'Saturday' });
const SUNDAY: Bilingual = Object.freeze({ sv: 'söndag', en: 'Sunday' });
const ORGANISATION_CLOSED: Bilingual = Object.freeze({
  sv: 'stängt enligt organisationens beslut',
  en: 'closed by decision of the organisation',
});

/** Law's closed days, shared by every calendar: kind and holiday names per day index. */
interface LawTables {
  readonly kind: Uint8Array;
  readonly names: Map<number, Bilingual>;
  readonly offsetHours: Uint8Array;
}
let lawTables: LawTables | undefined;

function lawClosedDays(): LawTables {
  if (lawTables !== undefined) return lawTables;
  const kind = new Uint8Array(SIZE);
  const offsetHours = new Uint8Array(SIZE);
  offsetHours.fill(1);
  for (let year = HOLIDAY_YEARS.first; year <= HOLIDAY_YEARS.last; year++) {
    // Summer time covers noon from the last Sunday of March to the Saturday before the last of October.
    const [start, end] = summerTimeOf(year);
    offsetHours.fill(2, Math.floor(start / DAY) - FIRST_DAY, Math.floor(end / DAY) - FIRST_DAY);
  }
  const names = new Map<number, Bilingual>();
  for (let i = 0; i < SIZE; i++) {
    if (weekdayOfEpochDay(FIRST_DAY + i) >= 6) kind[i] = KIND_WEEKEND;
  }
  for (let year = HOLIDAY_YEARS.first; year <= HOLIDAY_YEARS.last; year++) {
    for (const [day, nameIndex] of holidayEntriesOf(year)) {
      const index = day - FIRST_DAY;
      const name = HOLIDAY_NAMES[nameIndex] as Bilingual;
      const earlier = names.get(index);
      // Two holidays can fall on one date (första maj and Kristi himmelsfärdsdag in 2008).
      names.set(
        index,
        earlier === undefined
          ? name
          : { sv: `${earlier.sv} och ${name.sv}`, en: `${earlier.en} and ${name.en}` },
      );
      kind[index] = KIND_HOLIDAY;
    }
  }
  lawTables = { kind, names, offsetHours };
  return lawTables;
}

/** Index of an epoch day; RangeError outside the table. */
function indexOfDay(epochDay: number): number {
  const index = epochDay - FIRST_DAY;
  if (index < 0 || index >= SIZE) {
    throw new RangeError(
      `Date ${isoDateOf(epochDay)} is outside ${HOLIDAY_YEARS.first}-01-01–${HOLIDAY_YEARS.last}-12-31`,
    );
  }
  return index;
}

function buildTables(options: WorkCalendarOptions): CalendarTables {
  const law = lawClosedDays();
  const kind = law.kind.slice();
  const orgNames = new Map<number, Bilingual>();
  for (const closed of options.extraClosedDates ?? []) {
    const index = indexOfDay(epochDayOfIso(closed.date));
    // A date the law already closes keeps its own name (a Saturday stays "lördag").
    if (kind[index] !== KIND_WORKING) continue;
    kind[index] = KIND_ORGANISATION;
    orgNames.set(index, closed.name ?? ORGANISATION_CLOSED);
  }
  for (const open of options.extraOpenDates ?? [])
    kind[indexOfDay(epochDayOfIso(open))] = KIND_WORKING;
  const workingBefore = new Int32Array(SIZE + 1);
  let count = 0;
  for (let i = 0; i < SIZE; i++) {
    workingBefore[i] = count;
    if (kind[i] === KIND_WORKING) count++;
  }
  workingBefore[SIZE] = count;
  const workingDays = new Int32Array(count);
  for (let i = 0, k = 0; i < SIZE; i++) if (kind[i] === KIND_WORKING) workingDays[k++] = i;
  const nameOf = (index: number): Bilingual => {
    if (kind[index] === KIND_ORGANISATION) return orgNames.get(index) ?? ORGANISATION_CLOSED;
    if (kind[index] === KIND_HOLIDAY) return law.names.get(index) as Bilingual;
    return weekdayOfEpochDay(FIRST_DAY + index) === 6 ? SATURDAY : SUNDAY;
  };
  return {
    firstDay: FIRST_DAY,
    size: SIZE,
    kind,
    workingBefore,
    workingDays,
    officeHours: options.officeHours ?? DEFAULT_OFFICE_HOURS,
    offsetHours: law.offsetHours,
    nameOf,
  };
}

/**
 * The instant of a wall-clock minute on a day index. Uses the day's offset at noon, which is right
 * for any time after 03:00 (summer time switches at 02:00/03:00 local, on Sundays).
 */
export function instantOfIndex(tables: CalendarTables, index: number, minute: number): number {
  if (minute < 180) return stockholmEpochInstant(tables.firstDay + index, minute);
  return (
    (tables.firstDay + index) * DAY + minute * MINUTE - (tables.offsetHours[index] as number) * HOUR
  );
}

const tablesOf = new WeakMap<WorkCalendar, CalendarTables>();

/** The numeric tables behind a calendar made by createWorkCalendar. */
export function calendarTables(calendar: WorkCalendar): CalendarTables {
  const tables = tablesOf.get(calendar);
  if (tables === undefined) throw new TypeError('Not a calendar made by createWorkCalendar');
  return tables;
}

/**
 * The index of the n-th working day after index `from`; n = 0 gives `from` itself when it is a
 * working day, else the first working day after it.
 */
export function workingDayIndexAfter(tables: CalendarTables, from: number, n: number): number {
  const before = tables.workingBefore[from] as number;
  const k = tables.kind[from] === KIND_WORKING ? before + n : before + Math.max(n - 1, 0);
  const index = tables.workingDays[k];
  if (index === undefined) {
    throw new RangeError(
      `Working day falls after ${HOLIDAY_YEARS.last}-12-31, the end of the calendar`,
    );
  }
  return index;
}

const isoCache: (IsoDate | undefined)[] = new Array<IsoDate | undefined>(SIZE);

/** IsoDate of a day index, cached: the clock formats the same few thousand days again and again. */
export function isoDateOfIndex(index: number): IsoDate {
  return (isoCache[index] ??= isoDateOf(FIRST_DAY + index));
}

/** Index of a date in the calendar; RangeError outside it. */
function indexOfDate(date: IsoDate): number {
  return indexOfDay(epochDayOfIso(date));
}

/** Closed days at indexes [first, last] as ClosedDay values. */
function closedDaysInRange(tables: CalendarTables, first: number, last: number): ClosedDay[] {
  const days: ClosedDay[] = [];
  for (let i = first; i <= last; i++) {
    const kind = tables.kind[i] as number;
    if (kind !== KIND_WORKING) {
      days.push(
        Object.freeze({
          date: isoDateOfIndex(i),
          name: tables.nameOf(i),
          kind: KIND_NAMES[kind] as ClosedKind,
        }),
      );
    }
  }
  return days;
}

/**
 * A working-day calendar: Swedish closed days plus the organisation's own closed and open dates.
 * @example createWorkCalendar().addWorkingDays('2026-04-02', 2) // '2026-04-08'
 */
export function createWorkCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const tables = buildTables(options);
  const calendar: WorkCalendar = Object.freeze({
    officeHours: tables.officeHours,
    isWorkingDay: (date: IsoDate) => tables.kind[indexOfDate(date)] === KIND_WORKING,
    nextWorkingDay: (date: IsoDate) =>
      isoDateOfIndex(workingDayIndexAfter(tables, indexOfDate(date) + 1, 0)),
    addWorkingDays: (date: IsoDate, n: number) => {
      if (!Number.isInteger(n) || n < 0)
        throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
      return isoDateOfIndex(workingDayIndexAfter(tables, indexOfDate(date), n));
    },
    workingDaysBetween: (first: IsoDate, last: IsoDate) => {
      const a = indexOfDate(first);
      const b = indexOfDate(last);
      return b < a
        ? 0
        : (tables.workingBefore[b + 1] as number) - (tables.workingBefore[a] as number);
    },
    closedDay: (date: IsoDate) =>
      closedDaysInRange(tables, indexOfDate(date), indexOfDate(date))[0],
    closedDaysBetween: (first: IsoDate, last: IsoDate) =>
      closedDaysInRange(tables, indexOfDate(first), indexOfDate(last)),
  });
  tablesOf.set(calendar, tables);
  return calendar;
}

import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { createWorkCalendar, swedishHolidays } from '../../shared/index.ts';

describe('swedishHolidays: the compact table equals date-holidays (SE, public + bank)', () => {
  const sv = new Holidays('SE', { types: ['public', 'bank'] });
  const en = new Holidays('SE', { types: ['public', 'bank'], languages: ['en'] });
  const years = Array.from({ length: 2100 - 2005 + 1 }, (_, i) => 2005 + i);

  it.each(years)('%i', (year) => {
    const expected = sv.getHolidays(year).map((h, i) => ({
      date: h.date.slice(0, 10),
      name: { sv: h.name, en: en.getHolidays(year)[i]!.name },
    }));
    expect(swedishHolidays(year)).toEqual(expected);
  });

  it('the default types are wrong here: they add observances and half days', () => {
    const all = new Holidays('SE').getHolidays(2026).map((h) => h.date.slice(0, 10));
    expect(all).toContain('2026-04-02'); // skärtorsdagen, a working day
    expect(swedishHolidays(2026).map((h) => h.date)).not.toContain('2026-04-02');
  });
});

describe('closed and working days of docs/rules.md §1', () => {
  const calendar = createWorkCalendar();
  it.each([
    ['2026-01-01', 'nyårsdagen'],
    ['2026-01-06', 'trettondedag jul'],
    ['2026-04-03', 'långfredagen'],
    ['2026-04-06', 'annandag påsk'],
    ['2026-05-01', 'första maj'],
    ['2026-05-14', 'Kristi himmelsfärdsdag'],
    ['2026-06-19', 'midsommarafton'],
    ['2026-12-24', 'julafton'],
    ['2026-12-25', 'juldagen'],
    ['2026-12-31', 'nyårsafton'],
    ['2025-06-06', 'nationaldagen'],
    ['2008-05-01', 'första maj och Kristi himmelsfärdsdag'],
  ])('%s is closed: %s', (date, name) => {
    expect(calendar.isWorkingDay(date)).toBe(false);
    expect(calendar.closedDay(date)).toEqual({
      date,
      name: expect.objectContaining({ sv: name }),
      kind: 'holiday',
    });
  });

  it.each([
    ['2026-01-05', 'trettondagsafton'],
    ['2026-04-02', 'skärtorsdagen'],
    ['2026-04-30', 'valborgsmässoafton'],
    ['2026-10-30', 'allhelgonaafton'],
    ['2026-05-25', 'annandag pingst (no holiday since 2005)'],
    ['2026-05-15', 'klämdag after Kristi himmelsfärdsdag'],
    ['2026-01-02', 'klämdag after nyårsdagen'],
  ])('%s is a working day: %s', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(true);
    expect(calendar.closedDay(date)).toBeUndefined();
  });

  it('names weekends and counts working days', () => {
    expect(calendar.closedDay('2026-04-04')?.name).toEqual({ sv: 'lördag', en: 'Saturday' });
    expect(calendar.workingDaysBetween('2026-12-21', '2027-01-08')).toBe(10);
    expect(calendar.workingDaysBetween('2026-12-24', '2026-12-27')).toBe(0);
    expect(calendar.nextWorkingDay('2026-12-23')).toBe('2026-12-28');
    expect(calendar.addWorkingDays('2026-12-26', 0)).toBe('2026-12-28');
    expect(calendar.addWorkingDays('2026-12-26', 1)).toBe('2026-12-28');
    expect(calendar.addWorkingDays('2026-12-28', 1)).toBe('2026-12-29');
  });

  it('refuses bad input with RangeError naming the valid range', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2004-12-31')).toThrow(/2005-01-01–2100-12-31/);
    expect(() => calendar.addWorkingDays('2026-01-01', -1)).toThrow(RangeError);
  });
});

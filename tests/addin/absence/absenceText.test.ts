import { describe, expect, it } from 'vitest';
import { scheduledText } from '../../../addin/src/absence/CurrentAutoReply.tsx';
import { spokenDates } from '../../../addin/src/absence/DateField.tsx';
import { calendarWords } from '../../../addin/src/i18n/calendarWords.ts';
import { uiStrings } from '../../../addin/src/i18n/uiStrings.ts';

describe('calendarWords (the date picker, from the core)', () => {
  it.each([
    ['sv', 'söndag', 'S', 'lördag', 'L', 'januari', 'maj', 'okt'],
    ['en', 'Sunday', 'S', 'Saturday', 'S', 'January', 'May', 'Oct'],
  ] as const)(
    '%s: Sunday first, one-letter short days, months in order',
    (lang, sunday, sundayShort, saturday, saturdayShort, january, may, octShort) => {
      const words = calendarWords(lang);
      expect(words.days).toHaveLength(7);
      expect(words.days[0]).toBe(sunday);
      expect(words.days[6]).toBe(saturday);
      expect(words.shortDays[0]).toBe(sundayShort);
      expect(words.shortDays[6]).toBe(saturdayShort);
      expect(words.months).toHaveLength(12);
      expect(words.months[0]).toBe(january);
      expect(words.months[4]).toBe(may);
      expect(words.shortMonths).toHaveLength(12);
      expect(words.shortMonths[9]).toBe(octShort);
    },
  );

  it('feeds the pane strings', () => {
    expect(uiStrings('sv').datePicker.shortDays).toEqual(['S', 'M', 'T', 'O', 'T', 'F', 'L']);
    expect(uiStrings('en').datePicker.months[11]).toBe('December');
  });
});

describe('scheduledText (the current autoreply period)', () => {
  it.each([
    [
      'Stockholm midnights read as whole days, last day included',
      '2027-01-10T23:00:00Z',
      '2027-01-22T23:00:00Z',
      'sv',
      'från och med måndag 11 januari 2027 till och med fredag 22 januari 2027',
    ],
    [
      'the same in English',
      '2027-01-10T23:00:00Z',
      '2027-01-22T23:00:00Z',
      'en',
      'from Monday 11 January 2027 through Friday 22 January 2027',
    ],
    [
      'a midnight across the summer-time switch (CET → CEST)',
      '2027-03-21T23:00:00Z',
      '2027-04-01T22:00:00Z',
      'sv',
      'från och med måndag 22 mars 2027 till och med torsdag 1 april 2027',
    ],
    [
      'other times are shown as they are',
      '2027-01-11T07:30:00Z',
      '2027-01-22T15:30:00Z',
      'sv',
      'från måndag 11 januari 2027 kl. 08:30 till fredag 22 januari 2027 kl. 16:30',
    ],
  ] as const)('%s', (_case, start, end, lang, expected) => {
    expect(scheduledText(Date.parse(start), Date.parse(end), uiStrings(lang), lang)).toBe(expected);
  });
});

describe('spokenDates (what a screen reader hears in the calendar)', () => {
  it.each([
    ['sv', 'tisdag 22 december 2026'],
    ['en', 'Tuesday 22 December 2026'],
  ] as const)('%s: day, date, month and year as the core writes them', (lang, expected) => {
    const strings = uiStrings(lang).datePicker;
    expect(spokenDates(lang).formatMonthDayYear(new Date(2026, 11, 22), strings)).toBe(expected);
  });
});

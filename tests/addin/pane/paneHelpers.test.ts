import { describe, expect, it } from 'vitest';
import { describeError } from '../../../addin/src/pane/describeError.ts';
import {
  graphDateTime,
  graphMidnight,
  instantFromGraph,
} from '../../../addin/src/pane/graphTime.ts';
import { paneNow } from '../../../addin/src/pane/paneNow.ts';
import { uiStrings } from '../../../addin/src/i18n/uiStrings.ts';
import { dateFromIso, isoFromDate, parseTypedDate } from '../../../addin/src/absence/DateField.tsx';
import { FakeGraphError } from './fakes.ts';

describe('graphTime', () => {
  it.each([
    ['winter (CET)', '2026-12-29T15:30:00Z', '2026-12-29T16:30:00'],
    ['summer (CEST)', '2026-06-10T14:30:00Z', '2026-06-10T16:30:00'],
    ['the day before the spring change', '2026-03-28T23:00:00Z', '2026-03-29T00:00:00'],
  ])('writes Stockholm wall time in %s', (_case, iso, wall) => {
    expect(graphDateTime(Date.parse(iso))).toEqual({
      dateTime: wall,
      timeZone: 'W. Europe Standard Time',
    });
    expect(instantFromGraph(graphDateTime(Date.parse(iso)))).toBe(Date.parse(iso));
  });

  it('reads Graph answers in UTC (with seven fractional digits) back to the instant', () => {
    expect(instantFromGraph({ dateTime: '2027-01-10T23:00:00.0000000', timeZone: 'UTC' })).toBe(
      Date.parse('2027-01-10T23:00:00Z'),
    );
    expect(instantFromGraph(graphMidnight('2027-01-11'))).toBe(Date.parse('2027-01-10T23:00:00Z'));
    expect(instantFromGraph({ dateTime: 'garbage', timeZone: 'UTC' })).toBeUndefined();
  });
});

describe('paneNow', () => {
  it.each([
    [
      'the playground fixes now',
      '?standin=1&now=2026-12-22T09:15:00Z',
      Date.parse('2026-12-22T09:15:00Z'),
    ],
    ['production ignores a now parameter', '?now=2026-12-22T09:15:00Z', undefined],
    ['a bad instant falls back to real time', '?standin=1&now=tomorrow', undefined],
  ])('%s', (_case, search, fixed) => {
    const now = paneNow(search)();
    if (fixed === undefined) expect(Math.abs(now - Date.now())).toBeLessThan(1000);
    else expect(now).toBe(fixed);
  });
});

describe('typed dates in the date pickers', () => {
  it.each([
    ['2027-01-11', '2027-01-11'],
    ['11/1 2027', '2027-01-11'],
    ['11.1.2027', '2027-01-11'],
    [' 2027-1-5 ', '2027-01-05'],
  ])('%s → %s', (text, iso) => {
    const date = parseTypedDate(text);
    expect(date && isoFromDate(date)).toBe(iso);
  });

  it('refuses text that is not a date', () => {
    expect(parseTypedDate('nästa måndag')).toBeNull();
  });

  it('round-trips a calendar date through the picker Date', () => {
    expect(isoFromDate(dateFromIso('2027-02-28'))).toBe('2027-02-28');
  });
});

describe('describeError', () => {
  const t = uiStrings('sv');
  it.each([
    [new TypeError('Failed to fetch'), t.errNetwork],
    [new FakeGraphError(0, 'AuthCancelled', 'closed'), t.errUnauthenticated],
    [
      new FakeGraphError(400, 'ErrorInvalidRequest', 'Bad date.'),
      'Microsoft 365 avvisade begäran. Kontrollera uppgifterna och försök igen. (ErrorInvalidRequest)',
    ],
    [
      new FakeGraphError(
        400,
        'ErrorInboxRulesValidationError',
        'A validation error occurred while executing the rule operation. 550 5.7.520 Access denied, Your organization does not allow external forwarding.',
      ),
      t.errExternalForward,
    ],
    [
      new FakeGraphError(
        400,
        'ErrorInboxRulesValidationError',
        'A validation error occurred while executing the rule operation.',
      ),
      'Outlook godtog inte regeln för vidarebefordran. Kontrollera adressen och försök igen. (ErrorInboxRulesValidationError)',
    ],
    [new FakeGraphError(400, 'Bad code <b>', 'Bad date.'), t.errInvalid('')],
    [new FakeGraphError(401, 'InvalidAuthenticationToken', 'x'), t.errUnauthenticated],
    [new FakeGraphError(403, 'ErrorAccessDenied', 'x'), t.errAccessDenied],
    [new FakeGraphError(429, 'ApplicationThrottled', 'x'), t.errThrottled],
    [new FakeGraphError(502, 'BadGateway', 'x'), t.errServer],
    [new FakeGraphError(0, 'NetworkError', 'Failed to fetch'), t.errNetwork],
    [new FakeGraphError(0, 'ReadBackMismatch', 'Graph did not keep: status'), t.readBackMismatch],
    ['something odd', t.errUnknown],
  ])('%s', (error, text) => {
    expect(describeError(error, t)).toBe(text);
  });

  it.each([
    [400, 'ErrorInvalidRequest', 'The scheduled end time must be after the start time.'],
    [
      400,
      'ErrorInboxRulesValidationError',
      'A validation error occurred while executing the rule.',
    ],
    [404, 'ErrorItemNotFound', 'The specified object was not found in the store.'],
  ])('never shows Graph’s English text (%i %s)', (status, code, message) => {
    const text = describeError(new FakeGraphError(status, code, message), t);
    expect(text).not.toContain(message);
    expect(text).toContain(`(${code})`);
  });

  it('speaks English for an English Outlook', () => {
    expect(
      describeError(new FakeGraphError(403, 'ErrorAccessDenied', 'x'), uiStrings('en')),
    ).toMatch(/^Access denied/);
  });
});

import { describe, expect, it } from 'vitest';
import { describeError } from '../../../addin/src/pane/describeError.ts';
import { uiStrings } from '../../../addin/src/i18n/uiStrings.ts';
import { dateFromIso, isoFromDate, parseTypedDate } from '../../../addin/src/absence/DateField.tsx';
import { FakeGraphError } from './fakes.ts';

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

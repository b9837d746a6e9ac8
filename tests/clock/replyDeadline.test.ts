import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createWorkCalendar,
  parseInstant,
  policyPreset,
  replyDeadline,
  skippedDays,
} from '../../shared/index.ts';
import type { Rule } from '../../shared/index.ts';

type Vector = [received: string, n: number, day0: string, due: string, why: string];
const vectors = JSON.parse(
  readFileSync(new URL('../vectors/reply-deadline.json', import.meta.url), 'utf8'),
) as Vector[];
const calendar = createWorkCalendar();
const base = policyPreset('vaxholm')!.reply;
const ruleOf = (workingDays: number): Rule => ({ ...base, workingDays });
const instant = (text: string): number => {
  const parsed = parseInstant(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

describe('replyDeadline: hand-checked vectors 2025–2027', () => {
  it.each(vectors)('%s, N=%i → day 0 %s, due %s (%s)', (received, n, day0, due) => {
    const deadline = replyDeadline(instant(received), ruleOf(n), calendar);
    expect(deadline.day0).toBe(day0);
    expect(deadline.due).toBe(instant(due));
    expect(deadline.dueDate).toBe(due.slice(0, 10));
  });

  it('has at least 60 vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(60);
  });
});

describe('replyDeadline: explanation data', () => {
  it('lists the skipped Easter days by name, in order', () => {
    const deadline = replyDeadline(instant('2026-04-02T12:00:00+02:00'), ruleOf(2), calendar);
    expect(skippedDays(deadline, calendar).map((d) => [d.date, d.name.sv, d.kind])).toEqual([
      ['2026-04-03', 'långfredagen', 'holiday'],
      ['2026-04-04', 'lördag', 'weekend'],
      ['2026-04-05', 'påskdagen', 'holiday'],
      ['2026-04-06', 'annandag påsk', 'holiday'],
    ]);
  });

  it.each([
    ['2026-04-07T10:00:00+02:00', 'received'],
    ['2026-04-07T16:30:00+02:00', 'after-closing'],
    ['2026-04-04T10:00:00+02:00', 'closed-day'],
  ])('day 0 reason of %s is %s', (received, reason) => {
    expect(replyDeadline(instant(received), ruleOf(1), calendar).day0Reason).toBe(reason);
  });

  it('throws RangeError naming the range outside the calendar', () => {
    expect(() => replyDeadline(instant('2004-12-31T10:00:00Z'), ruleOf(1), calendar)).toThrow(
      RangeError,
    );
    expect(() => replyDeadline(instant('2100-12-31T10:00:00Z'), ruleOf(3), calendar)).toThrow(
      /2100-12-31/,
    );
  });
});

describe('replyDeadline: organisation dates', () => {
  it('skips an extra closed klämdag and counts an extra open Saturday', () => {
    const own = createWorkCalendar({
      extraClosedDates: [{ date: '2026-05-15', name: { sv: 'klämdag', en: 'bridge day' } }],
      extraOpenDates: ['2026-05-16'],
    });
    const deadline = replyDeadline(instant('2026-05-13T10:00:00+02:00'), ruleOf(1), own);
    expect(deadline.dueDate).toBe('2026-05-16');
    expect(skippedDays(deadline, own).map((d) => d.name.sv)).toEqual([
      'Kristi himmelsfärdsdag',
      'klämdag',
    ]);
  });

  it('uses the office hours of the calendar', () => {
    const early = createWorkCalendar({ officeHours: { open: 7 * 60, close: 15 * 60 } });
    const deadline = replyDeadline(instant('2026-04-07T15:30:00+02:00'), ruleOf(1), early);
    expect(deadline.day0).toBe('2026-04-08');
    expect(deadline.due).toBe(instant('2026-04-09T15:00:00+02:00'));
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../cli/admin/orders/order.ts';
import { openJournal, parseJournal } from '../../cli/admin/orders/orderJournal.ts';
import type { JournalRecord } from '../../cli/admin/orders/orderJournal.ts';
import { dueAction, orderStates } from '../../cli/admin/orders/orderState.ts';
import { parseOrgConfig } from '../../shared/index.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';

const parsed = parseOrgConfig(VAXJO_ORG_JSON);
if (!parsed.ok) throw new Error('fixture');
const org = parsed.value;
const draft = {
  kind: 'forward' as const,
  provider: 'google' as const,
  user: 'anna@vaxjo.se',
  to: 'kc@vaxjo.se',
};

describe('checkOrder', () => {
  it.each([
    [
      'a last day before Easter: back on the Tuesday after annandag påsk',
      '2026-03-30',
      '2026-04-02',
      '2026-04-07',
    ],
    ['a Friday: back on Monday', '2026-06-01', '2026-06-05', '2026-06-08'],
    [
      'the day before midsommarafton: back on the Monday after',
      '2026-06-15',
      '2026-06-18',
      '2026-06-22',
    ],
    [
      'a one-day absence on a Wednesday: back on Thursday',
      '2026-09-02',
      '2026-09-02',
      '2026-09-03',
    ],
  ])('%s', (_name, firstDay, lastDay, backOn) => {
    const result = checkOrder({ ...draft, firstDay, lastDay }, org, '2026-03-01');
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ firstDay, lastDay, backOn }),
    });
  });

  it.each([
    [
      'a target outside the organisation',
      { to: 'privat@gmail.com' },
      "refused: --to privat@gmail.com is outside the organisation's domains (vaxjo.se)",
    ],
    ['a look-alike domain', { to: 'kc@vaxjo.se.evil.com' }, 'refused: --to kc@vaxjo.se.evil.com'],
    ['a user outside the organisation', { user: 'x@ale.se' }, 'refused: --user x@ale.se'],
    [
      'dates the wrong way round',
      { firstDay: '2026-04-10', lastDay: '2026-04-01' },
      '--to-date 2026-04-01 is before --from 2026-04-10',
    ],
    ['an invalid date', { firstDay: '2026-02-30' }, '--from must be a date'],
    [
      'a past absence',
      { firstDay: '2026-01-01', lastDay: '2026-01-02' },
      '--to-date 2026-01-02 has already passed',
    ],
    ['the same mailbox as target', { to: 'ANNA@vaxjo.se' }, '--to must be another mailbox'],
  ])('refuses %s', (_name, patch, message) => {
    const result = checkOrder(
      { ...draft, firstDay: '2026-04-01', lastDay: '2026-04-02', ...patch },
      org,
      '2026-03-01',
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });
});

const order = {
  id: 'o1',
  ...draft,
  firstDay: '2026-03-30',
  lastDay: '2026-04-02',
  backOn: '2026-04-07',
};
const placed: JournalRecord = { t: 'order', at: '2026-03-25T10:00:00+01:00', ...order };
const step = (s: 'start' | 'revert', phase: 'intent' | 'done'): JournalRecord => ({
  t: 'step',
  id: 'o1',
  step: s,
  phase,
  at: 'x',
});

describe('dueAction', () => {
  it.each([
    ['nothing before the first day', [placed], '2026-03-29', 'none'],
    ['start on the first day', [placed], '2026-03-30', 'start'],
    ['start later when the first day was missed', [placed], '2026-04-01', 'start'],
    [
      'finish a start that was interrupted',
      [placed, step('start', 'intent')],
      '2026-04-01',
      'start',
    ],
    [
      'nothing while active, on a closed day before the back-on day',
      [placed, step('start', 'intent'), step('start', 'done')],
      '2026-04-06',
      'none',
    ],
    [
      'revert on the back-on day',
      [placed, step('start', 'intent'), step('start', 'done')],
      '2026-04-07',
      'revert',
    ],
    [
      'revert when the back-on day was missed',
      [placed, step('start', 'intent'), step('start', 'done')],
      '2026-04-20',
      'revert',
    ],
    [
      'revert even when the start was interrupted',
      [placed, step('start', 'intent')],
      '2026-04-07',
      'revert',
    ],
    [
      'finish an interrupted revert',
      [placed, step('start', 'done'), step('revert', 'intent')],
      '2026-04-08',
      'revert',
    ],
    [
      'nothing once reverted',
      [placed, step('start', 'done'), step('revert', 'intent'), step('revert', 'done')],
      '2026-04-08',
      'none',
    ],
    ['close an order never started whose back-on day came', [placed], '2026-04-07', 'expire'],
  ])('%s', (_name, records, today, action) => {
    const [state] = orderStates(records as JournalRecord[]);
    expect(dueAction(state!, today)).toBe(action);
  });
});

describe('the journal', () => {
  it('drops a torn last line and appends after the last whole one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svarsplikt-journal-'));
    const path = join(dir, 'orders.jsonl');
    writeFileSync(path, `${JSON.stringify(placed)}\n{"t":"step","id":"o1","st`);
    const journal = openJournal(path, { create: true });
    expect(journal.records).toEqual([placed]);
    journal.append(step('start', 'intent'));
    journal.close();
    const text = readFileSync(path, 'utf8');
    expect(parseJournal(text).records).toEqual([placed, step('start', 'intent')]);
    expect(text.endsWith('\n')).toBe(true);
  });
});

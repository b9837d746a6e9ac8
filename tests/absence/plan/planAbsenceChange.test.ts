import { describe, expect, test } from 'vitest';
import {
  OUR_AUTOREPLY_MARKER,
  absenceLength,
  isOurAutoReply,
  planAbsenceBack,
  planAbsenceBackup,
  planAbsenceChange,
  planAbsenceRestore,
  planAbsenceReturn,
  restoreOffered,
  undoAbsenceSteps,
} from '../../../shared/index.ts';
import type { AbsenceRead, ForwardingKey } from '../../../shared/index.ts';
import { vaxjo } from '../fixtures.ts';
import { TODAY, absenceInput } from './absenceScenario.ts';

interface Setting {
  readonly html: string;
}

const org = vaxjo();
const USER = { html: '<p>Jag läser e-post på tisdagar.</p>' };
const OURS = { html: `<p>Frånvarande</p>${OUR_AUTOREPLY_MARKER}` };
const KC: ForwardingKey = { to: 'kontaktcenter@vaxjo.se', until: '2027-01-08' };
const OLD: ForwardingKey = { to: 'karin.holm@vaxjo.se', until: '2026-11-20' };

function read(overrides: Partial<AbsenceRead<Setting>> = {}): AbsenceRead<Setting> {
  const autoReply = overrides.autoReply ?? USER;
  return {
    autoReply,
    autoReplyOn: true,
    autoReplyTexts: [autoReply.html],
    forwarding: [],
    record: null,
    backup: null,
    today: TODAY,
    ...overrides,
  };
}

const kinds = (steps: readonly { kind: string }[]) => steps.map((s) => s.kind).join(' → ');
const longWithForwarding = absenceInput({ kind: 'save', long: true, forwardTo: KC.to });

describe('planAbsenceChange', () => {
  test.each([
    [
      "the user's autoreply live, long absence with forwarding: backup, forwarding, autoreply, record",
      read(),
      longWithForwarding,
      'keepBackup → addForwarding → writeAutoReply → keepRecord',
    ],
    [
      'our own autoreply live: no backup of it',
      read({ autoReply: OURS, backup: { setting: USER, savedOn: '2026-11-01' } }),
      longWithForwarding,
      'addForwarding → writeAutoReply → keepRecord',
    ],
    [
      'the same user autoreply already backed up: no new backup write',
      read({ backup: { setting: USER, savedOn: '2026-11-01' } }),
      longWithForwarding,
      'addForwarding → writeAutoReply → keepRecord',
    ],
    [
      "the user's autoreply turned off, an older backup: that backup stays",
      read({ autoReplyOn: false, backup: { setting: { html: 'x' }, savedOn: '2026-11-01' } }),
      longWithForwarding,
      'addForwarding → writeAutoReply → keepRecord',
    ],
    [
      "the user's autoreply turned off, no backup: it is backed up",
      read({ autoReplyOn: false }),
      longWithForwarding,
      'keepBackup → addForwarding → writeAutoReply → keepRecord',
    ],
    [
      'a short absence: forwarding is not set, the old forwarding goes last',
      read({ autoReply: OURS, forwarding: [OLD] }),
      absenceInput({ kind: 'save', long: false, forwardTo: KC.to }),
      'writeAutoReply → keepRecord → removeForwarding',
    ],
    [
      'a new target: the new forwarding before the autoreply, the old one after',
      read({ autoReply: OURS, forwarding: [OLD] }),
      longWithForwarding,
      'addForwarding → writeAutoReply → keepRecord → removeForwarding',
    ],
  ])('%s', (_name, seen, input, expected) => {
    const plan = planAbsenceChange(seen, input, org, { datedForwarding: true });
    expect(plan.ok && kinds(plan.value.steps)).toBe(expected);
  });

  test('our texts carry the marker, the record and backup are what the steps keep', () => {
    const plan = planAbsenceChange(read(), longWithForwarding, org, { datedForwarding: true });
    if (!plan.ok) throw new Error(plan.error.message);
    const write = plan.value.steps.find((s) => s.kind === 'writeAutoReply');
    if (write?.kind !== 'writeAutoReply') throw new Error('no writeAutoReply');
    expect(isOurAutoReply([write.reply.external.html])).toBe(true);
    expect(isOurAutoReply([write.reply.internal.text])).toBe(true);
    expect(write.reply.forwardTo).toBe(KC.to);
    expect(write.reply.external.text).toContain(KC.to);
    expect(plan.value.record).toEqual({
      firstDay: '2026-12-21',
      lastDay: '2027-01-08',
      backOn: '2027-01-11',
      forwardTo: KC.to,
    });
    expect(plan.value.backup).toEqual({ setting: USER, savedOn: TODAY });
    expect(plan.value.tidyFrom).toBe(plan.value.steps.length);
  });

  test('Gmail filters carry no date: the forwarding key has none', () => {
    const plan = planAbsenceChange(read(), longWithForwarding, org, { datedForwarding: false });
    const add = plan.ok ? plan.value.steps.find((s) => s.kind === 'addForwarding') : undefined;
    expect(add).toEqual({ kind: 'addForwarding', forwarding: { to: KC.to, until: null } });
  });

  test('a short absence drops the forwarding it asked for, and says so', () => {
    const input = absenceInput({ kind: 'save', long: false, forwardTo: KC.to });
    const plan = planAbsenceChange(read(), input, org, { datedForwarding: true });
    expect(plan.ok && plan.value.forwardingDropped).toBe(true);
    expect(plan.ok && plan.value.record?.forwardTo).toBeNull();
  });

  test('a referral with errors is refused: no steps', () => {
    const plan = planAbsenceChange(read(), { ...longWithForwarding, lastDay: null }, org, {
      datedForwarding: true,
    });
    expect(plan).toMatchObject({ ok: false, error: { code: 'ABSENCE_BLOCKED' } });
  });

  test('forwarding outside the organisation is refused', () => {
    const input = { ...longWithForwarding, forwardTo: 'privat@example.com' };
    const plan = planAbsenceChange(read(), input, org, { datedForwarding: true });
    expect(plan.ok).toBe(false);
  });
});

describe('undoAbsenceSteps', () => {
  const plan = planAbsenceChange(
    read({ forwarding: [OLD], autoReply: OURS }),
    longWithForwarding,
    org,
    {
      datedForwarding: true,
    },
  );
  if (!plan.ok) throw new Error(plan.error.message);
  test.each([
    [0, 'removeForwarding'],
    [1, 'putAutoReply → removeForwarding'],
    [2, 'keepRecord → putAutoReply → removeForwarding'],
    [3, ''],
  ])('failure at step %i: %s', (at, expected) => {
    expect(kinds(undoAbsenceSteps(plan.value, at))).toBe(expected);
  });

  test('the undo puts back exactly what was live and removes only the new forwarding', () => {
    const undo = undoAbsenceSteps(plan.value, 1);
    expect(undo).toEqual([
      { kind: 'putAutoReply', setting: OURS },
      { kind: 'removeForwarding', only: [KC], keep: [] },
    ]);
  });
});

describe('restore, back and return', () => {
  const backup = { setting: USER, savedOn: '2026-11-01' };
  test.each([
    [
      'restore with a backup',
      planAbsenceRestore(read({ autoReply: OURS, backup })),
      'putAutoReply → removeForwarding → keepRecord',
    ],
    ['restore without a backup', planAbsenceRestore(read({ autoReply: OURS })), ''],
    ["backup on open: the user's own autoreply", planAbsenceBackup(read()), 'keepBackup'],
    [
      'backup on open: our own autoreply is never backed up',
      planAbsenceBackup(read({ autoReply: OURS })),
      '',
    ],
    [
      'backup on open: already kept',
      planAbsenceBackup(read({ backup: { setting: USER, savedOn: '2026-11-01' } })),
      '',
    ],
    [
      'back with our autoreply on',
      planAbsenceBack(read({ autoReply: OURS, backup })),
      'disableAutoReply → removeForwarding → keepRecord',
    ],
    [
      'back with our autoreply already off',
      planAbsenceBack(read({ autoReply: OURS, autoReplyOn: false, backup })),
      'removeForwarding → keepRecord',
    ],
    [
      "back with the user's own autoreply on: backed up first, then off",
      planAbsenceBack(read()),
      'keepBackup → disableAutoReply → removeForwarding → keepRecord',
    ],
    [
      'return before the day back',
      planAbsenceReturn(
        read({
          record: {
            firstDay: '2026-11-30',
            lastDay: '2026-12-04',
            backOn: '2026-12-07',
            forwardTo: null,
          },
        }),
        org,
      ),
      '',
    ],
    [
      'return on the day back',
      planAbsenceReturn(
        read({
          today: '2026-12-07',
          record: {
            firstDay: '2026-11-30',
            lastDay: '2026-12-04',
            backOn: '2026-12-07',
            forwardTo: null,
          },
        }),
        org,
      ),
      'removeForwarding → keepRecord',
    ],
    [
      'an expired forwarding without a record',
      planAbsenceReturn(read({ forwarding: [OLD] }), org),
      'removeForwarding',
    ],
    [
      'a forwarding whose last day has passed but not its day back',
      planAbsenceReturn(read({ today: '2027-01-09', forwarding: [KC] }), org),
      '',
    ],
    [
      'a forwarding on its day back',
      planAbsenceReturn(read({ today: '2027-01-11', forwarding: [KC] }), org),
      'removeForwarding',
    ],
  ])('%s', (_name, plan, expected) => {
    expect(kinds(plan.steps)).toBe(expected);
  });

  test('the restore puts back the backup exactly', () => {
    expect(planAbsenceRestore(read({ autoReply: OURS, backup })).steps[0]).toEqual({
      kind: 'putAutoReply',
      setting: USER,
    });
  });

  test.each([
    ['no backup', read(), false],
    ['our autoreply live, a backup', read({ autoReply: OURS, backup }), true],
    ['the backup is live', read({ backup }), false],
    ['another user autoreply live', read({ autoReply: { html: 'x' }, backup }), true],
  ])('restore offered — %s', (_name, seen, expected) => {
    expect(restoreOffered(seen)).toBe(expected);
  });
});

describe('absenceLength', () => {
  test.each([
    ['2026-12-21', '2027-01-08', 10, true],
    ['2026-12-21', '2026-12-22', 2, false],
    ['2026-12-21', '2026-12-25', 3, false],
    ['2027-01-11', '2027-01-15', 5, true],
    ['2027-01-15', '2027-01-11', 0, false],
    [null, '2027-01-11', 0, false],
  ])('%s to %s: %i working days, long %s', (first, last, days, isLong) => {
    expect(absenceLength(org, first, last)).toEqual({ workingDays: days, isLong });
  });
});

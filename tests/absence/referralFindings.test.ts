import { describe, expect, it } from 'vitest';
import { FINDING_RULES } from '../../shared/absence/findingRules.ts';
import { referralFindings } from '../../shared/absence/referralFindings.ts';
import type { AbsenceInput, FindingId, Severity } from '../../shared/absence/types.ts';
import { vaxjo } from './fixtures.ts';

const TODAY = '2026-04-01';

/** A referral that complies: three working days, a colleague inside the organisation. */
const BASE: AbsenceInput = {
  firstDay: '2026-04-08',
  lastDay: '2026-04-10',
  contacts: [{ name: 'Anna Berg', role: 'handläggare', address: 'anna.berg@vaxjo.se' }],
};

interface Case {
  readonly name: string;
  readonly input?: Partial<AbsenceInput>;
  readonly org?: Record<string, unknown>;
  readonly today?: string;
  /** The findings expected as 'ID severity field'; [] = this case must not trigger anything. */
  readonly expected: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'compliant referral → nothing', expected: [] },
  // REFERRAL_MISSING
  {
    name: 'REFERRAL_MISSING: no contacts and no functional mailbox',
    input: { contacts: [] },
    org: { functionalMailboxes: [] },
    expected: ['REFERRAL_MISSING error contacts'],
  },
  {
    name: 'REFERRAL_MISSING: a contact with a name but no way to reach them',
    input: { contacts: [{ name: 'Anna Berg', address: ' ' }] },
    org: { functionalMailboxes: [] },
    expected: ['REFERRAL_MISSING error contacts'],
  },
  {
    name: 'REFERRAL_MISSING not triggered: a contact with only a phone number',
    input: { contacts: [{ name: 'Anna Berg', phone: '0470-123 45' }] },
    org: { functionalMailboxes: [] },
    expected: [],
  },
  {
    name: 'REFERRAL_MISSING not triggered: no contacts but the organisation has a functional mailbox',
    input: { contacts: [] },
    expected: [],
  },
  // RETURN_MISSING
  {
    name: 'RETURN_MISSING: no last day',
    input: { lastDay: null },
    expected: ['RETURN_MISSING error lastDay'],
  },
  // OFFICIAL_CHANNEL_MISSING
  {
    name: 'OFFICIAL_CHANNEL_MISSING: no main number',
    org: { mainNumber: undefined },
    expected: ['OFFICIAL_CHANNEL_MISSING warning mainNumber'],
  },
  {
    name: 'OFFICIAL_CHANNEL_MISSING: no official address',
    org: { officialAddress: undefined },
    expected: ['OFFICIAL_CHANNEL_MISSING warning officialAddress'],
  },
  // EXTERNAL_TARGET and ADDRESS_INVALID
  {
    name: 'EXTERNAL_TARGET error: forwarding to a private address',
    input: { forwardTo: 'anna.berg@gmail.com' },
    expected: ['EXTERNAL_TARGET error forwardTo'],
  },
  {
    name: 'EXTERNAL_TARGET error: a delegate outside the organisation',
    input: { delegate: 'konsult@firma.se' },
    expected: ['EXTERNAL_TARGET error delegate'],
  },
  {
    name: 'EXTERNAL_TARGET warning: a referral contact outside the organisation',
    input: { contacts: [{ name: 'Bo', address: 'bo@vaxjobostader.se' }] },
    expected: ['EXTERNAL_TARGET warning contacts[0].address'],
  },
  {
    name: 'EXTERNAL_TARGET not triggered: forwarding to a subdomain, case-insensitive',
    input: { forwardTo: 'Rektor@Skola.Vaxjo.SE' },
    expected: [],
  },
  {
    name: 'ADDRESS_INVALID: a malformed forwarding address (and no EXTERNAL_TARGET for it)',
    input: { forwardTo: 'anna.berg@' },
    expected: ['ADDRESS_INVALID error forwardTo'],
  },
  {
    name: 'ADDRESS_INVALID: a malformed contact address',
    input: { contacts: [{ name: 'Anna', address: 'anna berg@vaxjo.se' }] },
    expected: ['ADDRESS_INVALID error contacts[0].address'],
  },
  // ABSENCE_REASON
  {
    name: 'ABSENCE_REASON: "sjukskriven" in the note',
    input: { note: 'Jag är sjukskriven hela veckan.' },
    expected: ['ABSENCE_REASON warning note'],
  },
  {
    name: 'ABSENCE_REASON: "VAB" in the note',
    input: { note: 'Hemma på VAB' },
    expected: ['ABSENCE_REASON warning note'],
  },
  {
    name: 'ABSENCE_REASON: "föräldraledighet" in a contact role',
    input: {
      contacts: [{ name: 'Anna', role: 'vikarie under min föräldraledighet', phone: '0470-1 23' }],
    },
    expected: ['ABSENCE_REASON warning contacts[0].role'],
  },
  {
    name: 'ABSENCE_REASON: English "sick leave"',
    input: { note: 'I am on sick leave.' },
    expected: ['ABSENCE_REASON warning note'],
  },
  {
    name: 'ABSENCE_REASON: "tandläkaren" mid-word',
    input: { note: 'Jag är hos tandläkaren.' },
    expected: ['ABSENCE_REASON warning note'],
  },
  {
    name: 'ABSENCE_REASON not triggered: "vårdnadshavare", "semester", "behandling av ärenden"',
    input: {
      note: 'Vårdnadshavare når expeditionen. Semester. Behandling av ärenden sker som vanligt.',
    },
    expected: [],
  },
  {
    name: 'ABSENCE_REASON not triggered: "will", "skill", "Illustrationer"',
    input: { note: 'I will be back. Skill. Illustrationer.' },
    expected: [],
  },
  // LONG_ABSENCE_UNCOVERED
  {
    name: 'LONG_ABSENCE_UNCOVERED: Wed 8 – Tue 14 April 2026 is 5 working days, no cover',
    input: { lastDay: '2026-04-14' },
    expected: ['LONG_ABSENCE_UNCOVERED warning forwardTo'],
  },
  {
    name: 'LONG_ABSENCE_UNCOVERED not triggered: Wed 8 – Mon 13 April is 4 working days',
    input: { lastDay: '2026-04-13' },
    expected: [],
  },
  {
    name: 'LONG_ABSENCE_UNCOVERED not triggered: Wed 1 – Wed 8 April spans Easter, 4 working days',
    input: { firstDay: '2026-04-01', lastDay: '2026-04-08' },
    expected: [],
  },
  {
    name: 'LONG_ABSENCE_UNCOVERED not triggered: 5 working days forwarded internally',
    input: { lastDay: '2026-04-14', forwardTo: 'kontaktcenter@vaxjo.se' },
    expected: [],
  },
  {
    name: 'LONG_ABSENCE_UNCOVERED not triggered: 5 working days with a delegate',
    input: { lastDay: '2026-04-14', delegate: 'anna.berg@vaxjo.se' },
    expected: [],
  },
  {
    name: 'LONG_ABSENCE_UNCOVERED: threshold 3 from the configuration',
    org: { longAbsenceThreshold: 3 },
    expected: ['LONG_ABSENCE_UNCOVERED warning forwardTo'],
  },
  // DATES_INVALID
  {
    name: 'DATES_INVALID: last day before first day',
    input: { firstDay: '2026-04-10', lastDay: '2026-04-08' },
    expected: ['DATES_INVALID error lastDay'],
  },
  {
    name: 'DATES_INVALID: first day in the past',
    input: { firstDay: '2026-04-08' },
    today: '2026-04-09',
    expected: ['DATES_INVALID error firstDay'],
  },
  {
    name: 'DATES_INVALID not triggered: first day is today',
    input: { firstDay: '2026-04-08' },
    today: '2026-04-08',
    expected: [],
  },
  {
    name: 'DATES_INVALID: 30 February is no date',
    input: { firstDay: '2026-02-30' },
    expected: ['DATES_INVALID error firstDay'],
  },
  {
    name: 'DATES_INVALID: a last day outside the supported range 2005–2099',
    input: { lastDay: '2199-01-04' },
    expected: ['DATES_INVALID error lastDay'],
  },
  {
    name: 'DATES_INVALID: only a last day, and it has passed',
    input: { firstDay: null, lastDay: '2026-03-30' },
    expected: ['DATES_INVALID error lastDay'],
  },
  // ENGLISH_MISSING
  {
    name: 'ENGLISH_MISSING: the input asks for Swedish only',
    input: { languages: ['sv'] },
    expected: ['ENGLISH_MISSING info languages'],
  },
  {
    name: 'ENGLISH_MISSING: the organisation writes Swedish only',
    org: { languages: ['sv'] },
    expected: ['ENGLISH_MISSING info languages'],
  },
];

function summary(finding: { id: FindingId; severity: Severity; field?: string }): string {
  return `${finding.id} ${finding.severity} ${finding.field ?? '-'}`;
}

describe('referralFindings', () => {
  it.each(CASES)('$name', ({ input, org, today, expected }) => {
    const findings = referralFindings({ ...BASE, ...input }, vaxjo(org), today ?? TODAY);
    expect(findings.map(summary)).toEqual(expected);
  });

  it('names the term it found and fills every placeholder', () => {
    const [finding] = referralFindings({ ...BASE, note: 'Jag är sjukskriven.' }, vaxjo(), TODAY);
    expect(finding?.message.sv).toContain('”sjukskriven”');
    expect(finding?.message.en).toContain('"sjukskriven"');
    const long = referralFindings({ ...BASE, lastDay: '2026-04-14' }, vaxjo(), TODAY);
    expect(long[0]?.message.sv).toMatch(/^Frånvaron är 5 arbetsdagar/);
    expect(long[0]?.message.en).toMatch(/^The absence is 5 working days/);
    const bad = referralFindings({ ...BASE, firstDay: '2026-02-30' }, vaxjo(), TODAY);
    expect(bad[0]?.message.sv).toMatch(/från \d{4}-01-01 till \d{4}-12-31\.$/);
    for (const finding of [...long, ...bad]) {
      expect(finding.message.sv + finding.message.en).not.toMatch(/[{}]/);
    }
  });

  it('reports several findings at once, in table order', () => {
    const findings = referralFindings(
      {
        firstDay: '2026-03-01',
        lastDay: null,
        contacts: [],
        forwardTo: 'x@gmail.com',
        languages: ['sv'],
      },
      vaxjo({ functionalMailboxes: [], mainNumber: undefined }),
      TODAY,
    );
    expect(findings.map(summary)).toEqual([
      'DATES_INVALID error firstDay',
      'RETURN_MISSING error lastDay',
      'REFERRAL_MISSING error contacts',
      'OFFICIAL_CHANNEL_MISSING warning mainNumber',
      'EXTERNAL_TARGET error forwardTo',
      'ENGLISH_MISSING info languages',
    ]);
  });

  it('returns frozen data', () => {
    const findings = referralFindings({ ...BASE, lastDay: null }, vaxjo(), TODAY);
    expect(Object.isFrozen(findings)).toBe(true);
    expect(Object.isFrozen(findings[0])).toBe(true);
  });
});

describe('FINDING_RULES, the compliance table', () => {
  const RULE_IDS: readonly FindingId[] = [
    'REFERRAL_MISSING',
    'RETURN_MISSING',
    'OFFICIAL_CHANNEL_MISSING',
    'EXTERNAL_TARGET',
    'ABSENCE_REASON',
    'LONG_ABSENCE_UNCOVERED',
    'DATES_INVALID',
    'ENGLISH_MISSING',
  ];

  it('covers every row of docs/rules.md §4, and each is triggered by a case above', () => {
    const ruleIds = new Set(FINDING_RULES.map((rule) => rule.id));
    const triggered = new Set(CASES.flatMap((c) => c.expected.map((e) => e.split(' ')[0])));
    for (const id of RULE_IDS) {
      expect(ruleIds.has(id), id).toBe(true);
      expect(triggered.has(id), id).toBe(true);
    }
  });

  it.each(FINDING_RULES.map((rule, i) => [i, rule.id, rule] as const))(
    'row %i (%s) has both languages and a guideline or law as its source',
    (_i, _id, rule) => {
      expect(rule.message.sv.length).toBeGreaterThan(10);
      expect(rule.message.en.length).toBeGreaterThan(10);
      // That the guideline and its heading exist: tests/policy/sources.test.ts.
      if (rule.source !== null) expect(['guideline', 'law']).toContain(rule.source.kind);
    },
  );

  it('keeps the severities of docs/rules.md §4', () => {
    const severities = (id: FindingId): readonly Severity[] => [
      ...new Set(FINDING_RULES.filter((r) => r.id === id).map((r) => r.severity)),
    ];
    expect(severities('REFERRAL_MISSING')).toEqual(['error']);
    expect(severities('RETURN_MISSING')).toEqual(['error']);
    expect(severities('OFFICIAL_CHANNEL_MISSING')).toEqual(['warning']);
    expect(severities('EXTERNAL_TARGET')).toEqual(['error', 'warning']);
    expect(severities('ABSENCE_REASON')).toEqual(['warning']);
    expect(severities('LONG_ABSENCE_UNCOVERED')).toEqual(['warning']);
    expect(severities('DATES_INVALID')).toEqual(['error']);
    expect(severities('ENGLISH_MISSING')).toEqual(['info']);
  });
});

import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import {
  isInOrganisation,
  parseOrgConfig,
  POLICY_PRESETS,
  presetOrganisation,
} from '../../shared/index.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';

const valid = {
  ...VAXJO_ORG_JSON,
  extraClosedDates: [{ date: '2026-05-15', name: 'Klämdag' }, '2026-06-05'],
  extraOpenDates: [],
};

/** Invalid configurations and the field the error must name. */
const invalid: [string, unknown, string][] = [
  ['not an object', [], ''],
  ['name missing', { ...valid, name: undefined }, 'name'],
  ['name blank', { ...valid, name: '  ' }, 'name'],
  ['unknown policy', { ...valid, policy: 'stockholm' }, 'policy'],
  ['custom policy with 0 days', { ...valid, policy: { replyWithin: 0 } }, 'policy.replyWithin'],
  [
    'target longer than the duty',
    { ...valid, policy: { replyWithin: 2, target: 3 } },
    'policy.target',
  ],
  ['domains empty', { ...valid, domains: [] }, 'domains'],
  ['a bad domain', { ...valid, domains: ['vaxjo.se', 'not a domain'] }, 'domains[1]'],
  ['main number letters', { ...valid, mainNumber: 'ring oss' }, 'mainNumber'],
  [
    'official address malformed',
    { ...valid, officialAddress: 'kommunen(at)vaxjo.se' },
    'officialAddress',
  ],
  [
    'functional mailbox without address',
    { ...valid, functionalMailboxes: [{ name: 'KC' }] },
    'functionalMailboxes[0]',
  ],
  [
    'functional mailbox owners not a list',
    {
      ...valid,
      functionalMailboxes: [{ name: 'KC', address: 'kc@vaxjo.se', owners: 'anna.lind@vaxjo.se' }],
    },
    'functionalMailboxes[0]',
  ],
  [
    'functional mailbox owner malformed',
    {
      ...valid,
      functionalMailboxes: [{ name: 'KC', address: 'kc@vaxjo.se', owners: ['anna.lind'] }],
    },
    'functionalMailboxes[0]',
  ],
  [
    'functional mailbox owner outside the domains',
    {
      ...valid,
      functionalMailboxes: [
        { name: 'KC', address: 'kc@vaxjo.se', owners: ['anna.lind@vaxjo.se', 'anna@gmail.com'] },
      ],
    },
    'functionalMailboxes[0].owners[1]',
  ],
  [
    'office hours reversed',
    { ...valid, officeHours: { open: '17:00', close: '08:00' } },
    'officeHours.open',
  ],
  [
    'office hours 24:00',
    { ...valid, officeHours: { open: '08:00', close: '24:00' } },
    'officeHours.close',
  ],
  ['closed date not a date', { ...valid, extraClosedDates: ['2026-02-30'] }, 'extraClosedDates[0]'],
  [
    'open date outside the calendar',
    { ...valid, extraOpenDates: ['1999-01-01'] },
    'extraOpenDates[0]',
  ],
  ['threshold 0', { ...valid, longAbsenceThreshold: 0 }, 'longAbsenceThreshold'],
  ['expected answer within 0', { ...valid, expectedAnswerWithin: 0 }, 'expectedAnswerWithin'],
  ['expected answer within 2.5', { ...valid, expectedAnswerWithin: 2.5 }, 'expectedAnswerWithin'],
  ['expected answer as text', { ...valid, expectedAnswerWithin: '10' }, 'expectedAnswerWithin'],
  ['language de', { ...valid, languages: ['sv', 'de'] }, 'languages'],
  ['a typo in a field name', { ...valid, domain: ['vaxjo.se'] }, 'domain'],
];

describe('parseOrgConfig', () => {
  it('accepts a full configuration and builds the organisation', () => {
    const result = parseOrgConfig(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const org = result.value;
    expect(org.policy.id).toBe('vaxjo');
    expect(org.officeHours).toEqual({ open: 480, close: 990 });
    expect(org.warningThreshold).toBe(510);
    expect(org.calendar.isWorkingDay('2026-05-15')).toBe(false);
    expect(org.calendar.closedDay('2026-05-15')?.name.sv).toBe('Klämdag');
    expect(org.calendar.isWorkingDay('2026-06-05')).toBe(false);
    expect(Object.isFrozen(org)).toBe(true);
    expect(org.expectedAnswerWithin).toBeUndefined();
  });

  it('reads functional mailbox owners, lower-cased and once each, and names a bad one', () => {
    const result = parseOrgConfig({
      ...valid,
      functionalMailboxes: [
        {
          name: 'Kontaktcenter',
          address: 'kontaktcenter@vaxjo.se',
          owners: ['Anna.Lind@vaxjo.se', 'anna.lind@vaxjo.se', 'bo.ek@it.vaxjo.se'],
        },
        { name: 'Bygglov', address: 'bygglov@vaxjo.se' },
      ],
    });
    expect(result.ok && result.value.functionalMailboxes).toEqual([
      {
        name: 'Kontaktcenter',
        address: 'kontaktcenter@vaxjo.se',
        owners: ['anna.lind@vaxjo.se', 'bo.ek@it.vaxjo.se'],
      },
      { name: 'Bygglov', address: 'bygglov@vaxjo.se' },
    ]);
    const outside = parseOrgConfig({
      ...valid,
      functionalMailboxes: [{ name: 'KC', address: 'kc@vaxjo.se', owners: ['anna@gmail.com'] }],
    });
    expect(outside).toMatchObject({
      ok: false,
      error: {
        code: 'CONFIG_INVALID',
        field: 'functionalMailboxes[0].owners[0]',
        message: expect.stringContaining(
          "anna@gmail.com is outside the organisation's domains",
        ) as unknown,
      },
    });
  });

  it('takes expectedAnswerWithin in working days', () => {
    const result = parseOrgConfig({ ...valid, expectedAnswerWithin: 10 });
    expect(result.ok && result.value.expectedAnswerWithin).toBe(10);
  });

  it.each(invalid.map(([name, config, field]) => [name, field, config] as const))(
    'refuses %s, naming %j',
    (_, field, config) => {
      const cleaned =
        config !== null && typeof config === 'object' ? JSON.parse(JSON.stringify(config)) : config;
      const result = parseOrgConfig(cleaned);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('CONFIG_INVALID');
        expect(result.error.field).toBe(field);
        expect(result.error.message).toContain(field.replace(/\[.*$/, '').split('.')[0]);
      }
    },
  );

  it('the JSON schema agrees with the validator on every sample', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../shared/policy/orgConfig.schema.json', import.meta.url), 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    expect(validate(valid)).toBe(true);
    for (const [name, config] of invalid) {
      // Semantic checks (real dates, ranges, open < close, target ≤ reply) are the validator's alone.
      if (/not a date|outside|reversed|longer than|malformed/.test(name)) continue;
      const cleaned = JSON.parse(JSON.stringify(config));
      expect(validate(cleaned), name).toBe(false);
    }
  });

  it('presets: four, each citing a guideline and its section', () => {
    expect(POLICY_PRESETS.map((p) => [p.id, p.reply.workingDays])).toEqual([
      ['vaxjo', 3],
      ['vaxholm', 2],
      ['ale', 3],
      ['vimmerby', 2],
    ]);
    // That each title, adoption and heading is really in its guideline: tests/policy/sources.test.ts.
    for (const policy of POLICY_PRESETS) expect(policy.reply.source.kind).toBe('guideline');
    expect(POLICY_PRESETS[1]!.reply.source).toMatchObject({
      guideline: 'Riktlinje för service i Vaxholms stad',
      section: 'Svarstider',
    });
    expect(presetOrganisation('nope')).toMatchObject({
      ok: false,
      error: { code: 'POLICY_UNKNOWN', field: 'policy' },
    });
  });

  it('isInOrganisation matches domains and subdomains only', () => {
    const org = { domains: ['vaxjo.se'] };
    expect(isInOrganisation('anna@vaxjo.se', org)).toBe(true);
    expect(isInOrganisation('Anna@Skola.VAXJO.se', org)).toBe(true);
    expect(isInOrganisation('anna@evilvaxjo.se', org)).toBe(false);
    expect(isInOrganisation('anna@vaxjo.se.evil.com', org)).toBe(false);
    expect(isInOrganisation('not-an-address', org)).toBe(false);
  });
});

describe('parseOrgConfig: dates', () => {
  it('refuses a date that is both closed and open', () => {
    const result = parseOrgConfig({ ...valid, extraOpenDates: ['2026-05-15'] });
    expect(result).toMatchObject({ ok: false, error: { field: 'extraOpenDates' } });
    if (!result.ok) expect(result.error.message).toContain('2026-05-15');
  });

  it('a closed date the law already closes keeps its name', () => {
    const result = parseOrgConfig({ ...valid, extraClosedDates: ['2026-05-16', '2026-05-14'] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.calendar.closedDay('2026-05-16')?.name.sv).toBe('lördag');
    expect(result.value.calendar.closedDay('2026-05-14')?.name.sv).toBe('Kristi himmelsfärdsdag');
  });
});

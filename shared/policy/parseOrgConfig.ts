import { DEFAULT_OFFICE_HOURS, minuteOfClockTime } from '../calendar/officeHours.ts';
import type { OfficeHours } from '../calendar/officeHours.ts';
import { createWorkCalendar } from '../calendar/workCalendar.ts';
import type { ExtraClosedDate, WorkCalendarOptions } from '../calendar/workCalendar.ts';
import type { Lang } from '../i18n/lang.ts';
import { fail, ok } from '../result.ts';
import type { CodedError, Result } from '../result.ts';
import { isInOrganisation } from './organisation.ts';
import type { FunctionalMailbox, Organisation } from './organisation.ts';
import { ORG_CONFIG_RULES } from './orgConfigRules.ts';
import { policyPreset, POLICY_PRESETS, rule } from './presets.ts';
import type { Policy } from './presets.ts';
import { sourceIn } from './source.ts';

const KNOWN_FIELDS = new Set(['$schema', ...ORG_CONFIG_RULES.map((r) => r.field)]);

/** Calendars are built once per distinct set of options and shared between organisations. */
const calendars = new Map<string, ReturnType<typeof createWorkCalendar>>();

function sharedCalendar(options: WorkCalendarOptions): ReturnType<typeof createWorkCalendar> {
  const key = JSON.stringify(options);
  let calendar = calendars.get(key);
  if (calendar === undefined) {
    calendar = createWorkCalendar(options);
    calendars.set(key, calendar);
  }
  return calendar;
}

function customPolicy(value: Record<string, unknown>, orgName: string): Policy {
  const source = sourceIn(
    {
      kind: 'configuration',
      title: orgName,
      adoptedBy: { sv: orgName, en: orgName },
      adoptedOn: null,
      decision: null,
    },
    'policy',
  );
  const days = value.replyWithin as number;
  const policy: Policy = {
    id: 'custom',
    name: typeof value.name === 'string' ? value.name : orgName,
    reply: rule(
      days,
      source,
      `svar eller besked inom ${days} arbetsdagar`,
      `an answer or notice within ${days} working days`,
    ),
    ...(typeof value.target === 'number'
      ? {
          target: rule(
            value.target,
            source,
            `helst svar inom ${value.target} arbetsdagar`,
            `preferably an answer within ${value.target} working days`,
          ),
        }
      : {}),
    ...(typeof value.forwardWithin === 'number'
      ? {
          forwardWithin: rule(
            value.forwardWithin,
            source,
            `ärenden som inte är våra vidarebefordras inom ${value.forwardWithin} arbetsdagar`,
            `matters that are not ours are forwarded within ${value.forwardWithin} working days`,
          ),
        }
      : {}),
  };
  return Object.freeze(policy);
}

/** A date listed both as closed and as open, if any. */
function sameDate(closed: readonly ExtraClosedDate[], open: unknown): string | undefined {
  const closedDates = new Set(closed.map((c) => c.date));
  return ((open as string[] | undefined) ?? []).find((date) => closedDates.has(date));
}

function officeHoursOf(value: unknown): OfficeHours {
  if (typeof value !== 'object' || value === null) return DEFAULT_OFFICE_HOURS;
  const { open, close } = value as { open: string; close: string };
  return Object.freeze({
    open: minuteOfClockTime(open) as number,
    close: minuteOfClockTime(close) as number,
  });
}

function closedDatesOf(value: unknown): ExtraClosedDate[] {
  return ((value as unknown[] | undefined) ?? []).map((item) => {
    if (typeof item === 'string') return { date: item };
    const { date, name } = item as { date: string; name?: string };
    return name === undefined ? { date } : { date, name: { sv: name, en: name } };
  });
}

/** The first functional-mailbox owner outside the organisation's domains, as a coded error. */
function ownerOutside(
  mailboxes: unknown,
  domains: readonly string[],
): { ok: false; error: CodedError } | undefined {
  const list = (mailboxes as FunctionalMailbox[] | undefined) ?? [];
  for (let i = 0; i < list.length; i++) {
    const owners = list[i]?.owners ?? [];
    for (let j = 0; j < owners.length; j++) {
      const owner = owners[j] ?? '';
      if (isInOrganisation(owner, { domains })) continue;
      const field = `functionalMailboxes[${i}].owners[${j}]`;
      return fail({
        code: 'CONFIG_INVALID',
        message: `${field}: ${owner} is outside the organisation's domains (${domains.join(', ')}); digests stay inside`,
        field,
      });
    }
  }
  return undefined;
}

/**
 * Validates an organisation configuration (parsed JSON) and builds the Organisation, or says which
 * field is wrong.
 * @example parseOrgConfig({ name: 'Växjö kommun', policy: 'vaxjo', domains: ['vaxjo.se'] }).ok // true
 */
export function parseOrgConfig(json: unknown): Result<Organisation> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail({
      code: 'CONFIG_INVALID',
      message: 'The configuration must be a JSON object',
      field: '',
    });
  }
  const config = json as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!KNOWN_FIELDS.has(key)) {
      return fail({ code: 'CONFIG_INVALID', message: `${key}: is not a known field`, field: key });
    }
  }
  for (const { field, required, check } of ORG_CONFIG_RULES) {
    const value = config[field];
    if (value === undefined) {
      if (required)
        return fail({ code: 'CONFIG_INVALID', message: `${field}: is required`, field });
      continue;
    }
    const problem = check(value);
    if (problem !== undefined) {
      const sub = /^(\[\d+\]|\.\w+)/.exec(problem)?.[0] ?? '';
      return fail({
        code: 'CONFIG_INVALID',
        message: `${field}${problem.startsWith('[') || problem.startsWith('.') ? '' : ': '}${problem}`,
        field: `${field}${sub}`,
      });
    }
  }
  const extraClosedDates = closedDatesOf(config.extraClosedDates);
  const clash = sameDate(extraClosedDates, config.extraOpenDates);
  if (clash !== undefined) {
    return fail({
      code: 'CONFIG_INVALID',
      message: `extraOpenDates: ${clash} is also in extraClosedDates`,
      field: 'extraOpenDates',
    });
  }
  const domains = Object.freeze((config.domains as string[]).map((d) => d.toLowerCase()));
  const outside = ownerOutside(config.functionalMailboxes, domains);
  if (outside !== undefined) return outside;
  const name = (config.name as string).trim();
  const policy =
    typeof config.policy === 'string'
      ? (policyPreset(config.policy) as Policy)
      : customPolicy(config.policy as Record<string, unknown>, name);
  const officeHours = officeHoursOf(config.officeHours);
  const calendar = sharedCalendar({
    officeHours,
    extraClosedDates,
    extraOpenDates: (config.extraOpenDates as string[] | undefined) ?? [],
  });
  const org: Organisation = {
    name,
    policy,
    domains,
    ...(typeof config.mainNumber === 'string' ? { mainNumber: config.mainNumber } : {}),
    ...(typeof config.officialAddress === 'string'
      ? { officialAddress: config.officialAddress }
      : {}),
    functionalMailboxes: Object.freeze(
      ((config.functionalMailboxes as FunctionalMailbox[] | undefined) ?? []).map((m) =>
        Object.freeze({
          name: m.name,
          address: m.address,
          ...(m.owners !== undefined
            ? { owners: Object.freeze([...new Set(m.owners.map((o) => o.trim().toLowerCase()))]) }
            : {}),
        }),
      ),
    ),
    officeHours,
    longAbsenceThreshold: (config.longAbsenceThreshold as number | undefined) ?? 5,
    warningThreshold:
      (config.warningMinutes as number | undefined) ?? officeHours.close - officeHours.open,
    ...(typeof config.expectedAnswerWithin === 'number'
      ? { expectedAnswerWithin: config.expectedAnswerWithin }
      : {}),
    languages: Object.freeze((config.languages as Lang[] | undefined) ?? ['sv', 'en']),
    internalSendersExempt: (config.internalSendersExempt as boolean | undefined) ?? false,
    ccOnlyNoDuty: (config.ccOnlyNoDuty as boolean | undefined) ?? false,
    calendar,
  };
  return ok(Object.freeze(org));
}

/**
 * A bare organisation for a preset: the preset's policy and mail domain, default hours, no channels.
 * @example presetOrganisation('vaxholm').ok // true
 */
export function presetOrganisation(id: string): Result<Organisation> {
  const policy = policyPreset(id);
  if (policy === undefined) {
    return fail({
      code: 'POLICY_UNKNOWN',
      message: `Unknown policy "${id}": use one of ${POLICY_PRESETS.map((p) => p.id).join(', ')} or a path to an org.json`,
      field: 'policy',
    });
  }
  const domains = policy.domain === undefined ? [] : [policy.domain];
  const result = parseOrgConfig({ name: policy.name, policy: id, domains: ['example.invalid'] });
  if (!result.ok) return result;
  return ok(Object.freeze({ ...result.value, domains: Object.freeze(domains) }));
}

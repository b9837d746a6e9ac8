// The svarsplikt command line: reply deadlines, closed days, referral texts and the presets.
// Errors are one clear line on stderr and a non-zero exit, never a stack trace.
import { parseArgs } from 'node:util';
import {
  buildReferral,
  createWorkCalendar,
  parseInstant,
  POLICY_PRESETS,
  replyClock,
  stockholmDate,
  stockholmIso,
  isIsoDate,
  SUPPORTED_RANGE,
  skippedDays,
  weekdayOf,
} from '../shared/index.ts';
import type { Organisation, ReferralContact } from '../shared/index.ts';
import { clock } from './clockCommand.ts';
import type { LineInput } from './instantOption.ts';
import { report } from './reportCommand.ts';
import { HELP, USAGE } from './help.ts';
import { loadOrganisation } from './loadOrganisation.ts';
import { UsageError } from './usageError.ts';
import type { Io } from './cliIo.ts';

/** An instant as ISO 8601 with offset, or as epoch milliseconds (all digits). */
function instantOf(text: string): ReturnType<typeof parseInstant> {
  if (/^-?\d{1,15}$/.test(text.trim())) return { ok: true, value: Number(text.trim()) };
  return parseInstant(text);
}

function dueLine(
  text: string,
  org: Organisation,
  now: number | undefined,
): { line: string; ok: boolean } {
  const parsed = instantOf(text);
  if (!parsed.ok)
    return { line: JSON.stringify({ received: text, error: parsed.error.message }), ok: false };
  const date = stockholmDate(parsed.value);
  if (date < SUPPORTED_RANGE.first || date > SUPPORTED_RANGE.last) {
    const error = `outside the supported range ${SUPPORTED_RANGE.first}–${SUPPORTED_RANGE.last}`;
    return { line: JSON.stringify({ received: text, error }), ok: false };
  }
  try {
    const clock = replyClock(
      { receivedAt: parsed.value, receivedAtSource: 'server' },
      org,
      now ?? parsed.value,
    );
    const deadline = clock.deadline!;
    return {
      ok: true,
      line: JSON.stringify({
        received: text,
        receivedLocal: stockholmIso(parsed.value),
        day0: deadline.day0,
        due: stockholmIso(deadline.due),
        policy: org.policy.id,
        workingDays: deadline.rule.workingDays,
        ...(clock.target !== null ? { target: stockholmIso(clock.target.due) } : {}),
        ...(now !== undefined
          ? { state: clock.state, workingMinutesLeft: Math.round(clock.workingMsLeft / 60_000) }
          : {}),
        skipped: skippedDays(deadline, org.calendar)
          .filter((d) => d.kind !== 'weekend')
          .map((d) => ({ date: d.date, name: d.name.sv })),
      }),
    };
  } catch (error) {
    return { line: JSON.stringify({ received: text, error: (error as Error).message }), ok: false };
  }
}

async function due(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { policy: { type: 'string' }, stdin: { type: 'boolean' }, now: { type: 'string' } },
  });
  if (args.filter((a) => a === '--policy' || a.startsWith('--policy=')).length > 1) {
    throw new UsageError('give --policy once');
  }
  if (values.stdin && positionals.length > 0) {
    throw new UsageError('give instants either as arguments or with --stdin, not both');
  }
  const org = loadOrganisation(values.policy);
  let now: number | undefined;
  if (values.now !== undefined) {
    const parsed = instantOf(values.now);
    if (!parsed.ok) throw new UsageError(`--now: ${parsed.error.message}`);
    now = parsed.value;
  }
  const inputs = values.stdin
    ? (await io.stdin())
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '')
    : positionals;
  if (inputs.length === 0) throw new UsageError('give one or more instants, or --stdin');
  let failed = 0;
  for (const text of inputs) {
    const { line, ok } = dueLine(text, org, now);
    io.out(line);
    if (!ok) failed++;
  }
  if (failed > 0) io.err(`svarsplikt: ${failed} of ${inputs.length} lines could not be computed`);
  return failed > 0 ? 1 : 0;
}

function days(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { policy: { type: 'string' } },
  });
  const year = Number(positionals[0]);
  const first = Number(SUPPORTED_RANGE.first.slice(0, 4));
  const last = Number(SUPPORTED_RANGE.last.slice(0, 4));
  if (
    positionals.length !== 1 ||
    !/^\d{4}$/.test(positionals[0] ?? '') ||
    year < first ||
    year > last
  ) {
    throw new UsageError(
      `days needs one year from ${first} to ${last}, got ${JSON.stringify(positionals.join(' '))}`,
    );
  }
  const calendar =
    values.policy === undefined ? createWorkCalendar() : loadOrganisation(values.policy).calendar;
  for (const day of calendar.closedDaysBetween(`${year}-01-01`, `${year}-12-31`)) {
    if (weekdayOf(day.date) <= 5) io.out(JSON.stringify({ date: day.date, name: day.name.sv }));
  }
  return 0;
}

/** Parses `Name <address> phone` into a referral contact. */
function parseContact(text: string): ReferralContact {
  const match = /^\s*([^<]*?)\s*(?:<([^>]+)>)?\s*([+0-9][0-9 ()-]*)?\s*$/.exec(text);
  if (match === null || (match[1] ?? '') === '') {
    throw new UsageError(
      `--contact must look like "Name <address> 0470-123 45", got ${JSON.stringify(text)}`,
    );
  }
  return {
    name: match[1] as string,
    ...(match[2] !== undefined ? { address: match[2] } : {}),
    ...(match[3] !== undefined && match[3].trim() !== '' ? { phone: match[3].trim() } : {}),
  };
}

function referral(args: string[], io: Io): number {
  const { values } = parseArgs({
    args,
    options: {
      policy: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      contact: { type: 'string', multiple: true },
      forward: { type: 'string' },
      name: { type: 'string' },
      note: { type: 'string' },
      lang: { type: 'string' },
      today: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const org = loadOrganisation(values.policy);
  for (const [flag, value] of [
    ['--from', values.from],
    ['--to', values.to],
    ['--today', values.today],
  ] as const) {
    if (value !== undefined && !isIsoDate(value))
      throw new UsageError(`${flag} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const languages = (values.lang ?? org.languages.join(',')).split(',').map((l) => l.trim());
  if (languages.some((l) => l !== 'sv' && l !== 'en'))
    throw new UsageError(`--lang takes sv, en or sv,en`);
  const today = values.today ?? stockholmDate(io.now());
  const result = buildReferral(
    {
      firstDay: values.from ?? null,
      lastDay: values.to ?? null,
      contacts: (values.contact ?? []).map(parseContact),
      ...(values.forward !== undefined ? { forwardTo: values.forward } : {}),
      ...(values.name !== undefined ? { personName: values.name } : {}),
      ...(values.note !== undefined ? { note: values.note } : {}),
      languages: languages as ('sv' | 'en')[],
    },
    org,
    today,
  );
  if (values.json) {
    io.out(JSON.stringify(result, null, 2));
  } else {
    io.out(`Subject: ${result.external.subject}`);
    io.out('');
    io.out(result.external.text);
    io.out('');
    for (const f of result.findings) io.out(`[${f.severity}] ${f.id}: ${f.message.en}`);
  }
  return result.blocking ? 1 : 0;
}

/** One policy as a JSON line: the rule, its numbers and its source. */
function policyLine(p: Organisation['policy']): Record<string, unknown> {
  return {
    id: p.id,
    name: p.name,
    replyWithin: p.reply.workingDays,
    ...(p.target ? { target: p.target.workingDays } : {}),
    ...(p.forwardWithin ? { forwardWithin: p.forwardWithin.workingDays } : {}),
    rule: p.reply.text.sv,
    source: p.reply.source,
  };
}

/**
 * Without --policy, the presets. With it, the one organisation, checked as every command checks it
 * (including its domains against the Public Suffix List): IT runs this before giving a
 * configuration to the hosts, which do not ship that list.
 */
function policies(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { policy: { type: 'string' } }, strict: true });
  if (values.policy === undefined) {
    for (const p of POLICY_PRESETS) io.out(JSON.stringify(policyLine(p)));
    return 0;
  }
  const org = loadOrganisation(values.policy);
  io.out(
    JSON.stringify({
      ...policyLine(org.policy),
      organisation: org.name,
      domains: org.domains,
      functionalMailboxes: org.functionalMailboxes.map((m) => m.address),
      ...(org.expectedAnswerWithin === undefined
        ? {}
        : { expectedAnswerWithin: org.expectedAnswerWithin }),
    }),
  );
  return 0;
}

/** Runs the CLI with arguments (without node and script) and returns the exit code. */
export async function main(argv: string[], io: Io & LineInput): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(HELP[rest[0] as keyof typeof HELP] ?? USAGE);
      return command === undefined ? 2 : 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      const text = HELP[command as keyof typeof HELP];
      if (text === undefined) throw new UsageError(`unknown command "${command}"`);
      io.out(text);
      return 0;
    }
    switch (command) {
      case 'due':
        return await due(rest, io);
      case 'clock':
        return clock(rest, io);
      case 'report':
        return await report(rest, io);
      case 'days':
        return days(rest, io);
      case 'referral':
        return referral(rest, io);
      case 'policies':
        return policies(rest, io);
      case 'admin':
        // Loaded on demand: the Google and Microsoft clients are needed by `admin` alone.
        return await (await import('./admin/adminCommand.ts')).admin(rest, io);
      case '--version':
        io.out('svarsplikt 0.1.0');
        return 0;
      default:
        throw new UsageError(`unknown command "${command}" (try: svarsplikt --help)`);
    }
  } catch (error) {
    const known =
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.err(
      `svarsplikt: ${known ? (error as Error).message : `unexpected error: ${(error as Error).message}`}`,
    );
    return 2;
  }
}

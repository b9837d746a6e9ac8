// svarsplikt clock: one message's duties over time (docs/rules.md §7) from what has happened to it.
import { parseArgs } from 'node:util';
import { dutyTimeline, stockholmIso } from '../shared/index.ts';
import type { AnswerPromise, Duty, DutyEvents } from '../shared/index.ts';
import type { Io } from './cliIo.ts';
import { instantOption } from './instantOption.ts';
import { loadOrganisation } from './loadOrganisation.ts';
import { UsageError } from './usageError.ts';

const OPTIONS = {
  policy: { type: 'string' },
  received: { type: 'string' },
  now: { type: 'string' },
  acknowledged: { type: 'string' },
  status: { type: 'string', multiple: true },
  promised: { type: 'string', multiple: true },
  answered: { type: 'string' },
  forwarded: { type: 'string' },
  'not-ours': { type: 'boolean' },
} as const;

/** Pairs each --acknowledged and --status with the --promised that follows it, in order. */
function promisesOf(tokens: ReturnType<typeof parseArgs>['tokens']): {
  acknowledged?: AnswerPromise;
  statusUpdates: AnswerPromise[];
} {
  const made: { flag: string; at: number; promised?: string }[] = [];
  for (const token of tokens ?? []) {
    if (token.kind !== 'option') continue;
    if (token.name === 'acknowledged' || token.name === 'status') {
      made.push({ flag: token.name, at: instantOption(token.name, token.value) as number });
    } else if (token.name === 'promised') {
      const last = made.at(-1);
      if (last === undefined || last.promised !== undefined) {
        throw new UsageError('--promised must follow --acknowledged or --status');
      }
      last.promised = token.value ?? '';
    }
  }
  const missing = made.find((m) => m.promised === undefined);
  if (missing !== undefined) {
    throw new UsageError(`--${missing.flag} needs a --promised YYYY-MM-DD after it`);
  }
  if (made.filter((m) => m.flag === 'acknowledged').length > 1) {
    throw new UsageError('give --acknowledged once (later promises are --status)');
  }
  const promise = (m: (typeof made)[number]) => ({ at: m.at, promised: m.promised as string });
  const ack = made.find((m) => m.flag === 'acknowledged');
  return {
    ...(ack !== undefined ? { acknowledged: promise(ack) } : {}),
    statusUpdates: made.filter((m) => m.flag === 'status').map(promise),
  };
}

const dutyJson = (d: Duty) => ({
  kind: d.kind,
  due: stockholmIso(d.due),
  met: d.met,
  metAt: d.metAt === null ? null : stockholmIso(d.metAt),
  late: d.late,
  ...(d.promised !== undefined ? { promised: d.promised } : {}),
});

/** Runs `svarsplikt clock`; exit 1 when the core refuses the events (a promise on a closed day). */
export function clock(args: string[], io: Io): number {
  const { values, tokens } = parseArgs({ args, options: OPTIONS, tokens: true });
  const org = loadOrganisation(values.policy);
  if (values.received === undefined) throw new UsageError('--received is required');
  if (values.now === undefined) throw new UsageError('--now is required');
  const receivedAt = instantOption('received', values.received) as number;
  const now = instantOption('now', values.now) as number;
  const answeredAt = instantOption('answered', values.answered);
  const forwardedAt = instantOption('forwarded', values.forwarded);
  const events: DutyEvents = {
    ...promisesOf(tokens),
    ...(answeredAt !== undefined ? { answeredAt } : {}),
    ...(forwardedAt !== undefined ? { forwarded: { at: forwardedAt } } : {}),
  };
  let result: ReturnType<typeof dutyTimeline>;
  try {
    result = dutyTimeline({ receivedAt, notOurs: values['not-ours'] === true }, events, org, now);
  } catch (error) {
    // Outside the calendar's years, as for `due`: an error line, exit 1.
    result = { ok: false, error: { code: 'OUT_OF_RANGE', message: (error as Error).message } };
  }
  if (!result.ok) {
    io.out(
      JSON.stringify({
        received: values.received,
        error: result.error.message,
        code: result.error.code,
      }),
    );
    return 1;
  }
  const t = result.value;
  io.out(
    JSON.stringify({
      state: t.state,
      duties: t.duties.map(dutyJson),
      received: values.received,
      policy: org.policy.id,
      duty: t.current?.kind ?? null,
      promised: t.promised,
      brokenPromises: t.brokenPromises,
      workingMinutesLeft: Math.round(t.workingMsLeft / 60_000),
    }),
  );
  return 0;
}

// `svarsplikt admin order|orders|run`: IT's orders, the journal, and carrying out what is due.
import { randomUUID } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseInstant, stockholmDate, stockholmIso } from '../../../shared/index.ts';
import type { Io } from '../../cliIo.ts';
import { UsageError } from '../../usageError.ts';
import { CONNECTION_OPTIONS, organisationOf, tenantOf } from '../adminOptions.ts';
import { googleFailure } from '../google/googleFailure.ts';
import { graphPreflight } from '../microsoft/graphPreflight.ts';
import { graphErrorText, graphFailure } from '../microsoft/graphRequest.ts';
import { googleErrorText } from '../google/googleFailure.ts';
import { callPolicy, retrying } from '../net/callPolicy.ts';
import { googleOrderSteps } from './googleOrderSteps.ts';
import { graphOrderSteps } from './graphOrderSteps.ts';
import { checkOrder } from './order.ts';
import type { Order, OrderKind, Provider } from './order.ts';
import { lockJournal, openJournal } from './orderJournal.ts';
import type { JournalRecord } from './orderJournal.ts';
import { dueAction, orderStates, statusOf } from './orderState.ts';
import type { OrderState } from './orderState.ts';
import type { OrderSteps } from './orderSteps.ts';

const JOURNAL_OPTIONS = { journal: { type: 'string' }, apply: { type: 'boolean' } } as const;

/** --journal, else $SVARSPLIKT_JOURNAL, else ~/.svarsplikt/orders.jsonl. */
function journalPath(value: string | undefined, env: NodeJS.ProcessEnv): string {
  return value ?? env['SVARSPLIKT_JOURNAL'] ?? join(homedir(), '.svarsplikt', 'orders.jsonl');
}

function nowOf(text: string | undefined, io: Io): number {
  if (text === undefined) return io.now();
  const parsed = parseInstant(text);
  if (!parsed.ok) throw new UsageError(`--now: ${parsed.error.message}`);
  return parsed.value;
}

function providerOf(values: {
  'google-key'?: string | undefined;
  'ms-tenant'?: string | undefined;
}): Provider {
  if ((values['google-key'] === undefined) === (values['ms-tenant'] === undefined))
    throw new UsageError('give either --google-key (Workspace) or --ms-tenant (Microsoft 365)');
  return values['google-key'] !== undefined ? 'google' : 'microsoft';
}

function sameOrder(a: Order, b: Omit<Order, 'id'>): boolean {
  return (
    a.kind === b.kind &&
    a.provider === b.provider &&
    a.user === b.user &&
    a.to === b.to &&
    a.firstDay === b.firstDay &&
    a.lastDay === b.lastDay
  );
}

/** `admin order forward|delegate --user U --to T --from DATE --to-date DATE [--apply]`. */
export function orderCommand(args: string[], io: Io): number {
  const [kind, ...rest] = args;
  if (kind !== 'forward' && kind !== 'delegate')
    throw new UsageError('admin order takes forward or delegate');
  const { values } = parseArgs({
    args: rest,
    options: {
      ...CONNECTION_OPTIONS,
      ...JOURNAL_OPTIONS,
      user: { type: 'string' },
      to: { type: 'string' },
      from: { type: 'string' },
      'to-date': { type: 'string' },
    },
  });
  const org = organisationOf(values);
  const now = nowOf(values.now, io);
  const checked = checkOrder(
    {
      kind: kind as OrderKind,
      provider: providerOf(values),
      user: values.user,
      to: values.to,
      firstDay: values.from,
      lastDay: values['to-date'],
    },
    org,
    stockholmDate(now),
  );
  if (!checked.ok) throw new UsageError(checked.message);
  const path = journalPath(values.journal, io.env ?? {});
  if (values.apply !== true) {
    io.out(
      JSON.stringify({
        dryRun: true,
        order: { id: null, ...checked.value },
        journal: path,
        plan: planOf(checked.value),
      }),
    );
    io.err('svarsplikt: dry run – nothing recorded; add --apply to record the order');
    return 0;
  }
  const release = lockJournal(path);
  const journal = openJournal(path, { create: true });
  try {
    const existing = orderStates(journal.records).find(
      (s) =>
        sameOrder(s.order, checked.value) &&
        statusOf(s) !== 'reverted' &&
        statusOf(s) !== 'expired',
    );
    if (existing !== undefined) {
      io.out(
        JSON.stringify({ order: existing.order, status: statusOf(existing), duplicate: true }),
      );
      return 0;
    }
    const order: Order = { id: randomUUID().slice(0, 8), ...checked.value };
    journal.append({ t: 'order', at: stockholmIso(now), ...order });
    io.out(JSON.stringify({ order, status: 'pending', journal: path }));
    io.err(
      'svarsplikt: order recorded; `svarsplikt admin run --apply` carries it out on its first day and undoes it on the back-on day',
    );
    return 0;
  } finally {
    journal.close();
    release();
  }
}

function planOf(order: Omit<Order, 'id'>): string[] {
  const starts = `${order.firstDay} (00:00 Stockholm)`;
  const ends = `${order.backOn} (00:00 Stockholm, the back-on day)`;
  if (order.provider === 'google')
    return order.kind === 'forward'
      ? [
          `on ${starts}: add forwarding address ${order.to} to ${order.user} and turn on automatic forwarding to it (keeping a copy in the inbox)`,
          `on ${ends}: restore the forwarding ${order.user} had before`,
        ]
      : [
          `on ${starts}: make ${order.to} a delegate of ${order.user}`,
          `on ${ends}: remove the delegate (unless it was there before)`,
        ];
  return order.kind === 'forward'
    ? [
        `on ${starts}: create the inbox rule "Svarsplikt: vidarebefordran <id>" in ${order.user} redirecting mail to ${order.to}, except automatic replies`,
        `on ${ends}: delete that rule`,
      ]
    : [
        `on ${starts}: write Add-MailboxPermission (Exchange Online PowerShell) for the admin to run`,
        `on ${ends}: write Remove-MailboxPermission`,
      ];
}

/** `admin orders [--journal path]`: one JSON line per order with its status. */
export function ordersCommand(args: string[], io: Io): number {
  // The connection options are accepted (and unused) so one set of flags serves every command.
  const { values } = parseArgs({
    args,
    options: { ...CONNECTION_OPTIONS, journal: { type: 'string' } },
  });
  const journal = openJournal(journalPath(values.journal, io.env ?? {}), { create: false });
  for (const state of orderStates(journal.records)) {
    io.out(
      JSON.stringify({
        ...state.order,
        status: statusOf(state),
        placedAt: state.placedAt,
        ...(state.powershell.length > 0 ? { powershell: state.powershell } : {}),
      }),
    );
  }
  journal.close();
  return 0;
}

function stepsFor(
  values: Parameters<typeof tenantOf>[0],
  io: Io,
): { steps: OrderSteps; errorText: (e: unknown) => string; preflight: () => Promise<void> } {
  const tenant = tenantOf(values, io.env ?? {});
  const stats = { retries: 0, throttled: 0 };
  if (tenant.provider === 'google')
    return {
      steps: googleOrderSteps(tenant.google, retrying(callPolicy(googleFailure, stats))),
      errorText: googleErrorText,
      preflight: () => Promise.resolve(),
    };
  const retry = retrying(callPolicy(graphFailure, stats));
  return {
    steps: graphOrderSteps(tenant.graph, retry),
    errorText: graphErrorText,
    preflight: () => graphPreflight(tenant.graph, 'orders', retry),
  };
}

/** Carries out one due step, journalling its intent before and its result after. */
async function carryOut(
  state: OrderState,
  action: 'start' | 'revert' | 'expire',
  steps: OrderSteps,
  append: (r: JournalRecord) => void,
  at: string,
): Promise<Record<string, unknown>> {
  const { order } = state;
  if (action === 'expire') {
    append({
      t: 'step',
      id: order.id,
      step: 'start',
      phase: 'expired',
      at,
      note: 'the back-on day came before the order was started',
    });
    return { status: 'expired' };
  }
  let previous = state.previous;
  if (action === 'start' && state.started === 'no') {
    previous = await steps.capture(order);
    append({ t: 'step', id: order.id, step: 'start', phase: 'intent', at, previous });
  }
  if (action === 'revert' && state.reverted === 'no')
    append({ t: 'step', id: order.id, step: 'revert', phase: 'intent', at });
  const result =
    action === 'start' ? await steps.start(order, previous) : await steps.revert(order, previous);
  append({ t: 'step', id: order.id, step: action, phase: 'done', at, ...result });
  return { status: 'done', ...result };
}

/** `admin run [--apply]`: starts orders on their first day and reverts them on the back-on day, catching up. */
export async function runCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({ args, options: { ...CONNECTION_OPTIONS, ...JOURNAL_OPTIONS } });
  organisationOf(values); // validates the configuration before anything is read
  const provider = providerOf(values);
  const now = nowOf(values.now, io);
  const today = stockholmDate(now);
  const path = journalPath(values.journal, io.env ?? {});
  const apply = values.apply === true;
  const release = apply ? lockJournal(path) : () => undefined;
  const journal = openJournal(path, { create: apply });
  let failed = 0;
  try {
    const due = orderStates(journal.records)
      .filter((s) => s.order.provider === provider)
      .map((state) => ({ state, action: dueAction(state, today) }))
      .filter((d) => d.action !== 'none');
    if (!apply) {
      for (const { state, action } of due)
        io.out(
          JSON.stringify({
            dryRun: true,
            order: state.order.id,
            action,
            kind: state.order.kind,
            user: state.order.user,
            to: state.order.to,
            today,
          }),
        );
      io.err(
        `svarsplikt: dry run – ${due.length} step(s) due on ${today}; add --apply to carry them out`,
      );
      return 0;
    }
    if (due.length === 0) return 0;
    const { steps, errorText, preflight } = stepsFor(values, io);
    await preflight();
    for (const { state, action } of due) {
      // One order at a time and in journal order: a crash leaves at most one step half done.
      if (action === 'none') continue;
      const base = {
        order: state.order.id,
        action,
        kind: state.order.kind,
        user: state.order.user,
        to: state.order.to,
        today,
      };
      try {
        const outcome = await carryOut(
          state,
          action,
          steps,
          (r) => journal.append(r),
          stockholmIso(now),
        );
        io.out(JSON.stringify({ ...base, ...outcome }));
      } catch (error) {
        failed += 1;
        io.out(JSON.stringify({ ...base, status: 'failed', error: errorText(error) }));
      }
    }
    return failed > 0 ? 1 : 0;
  } finally {
    journal.close();
    release();
  }
}

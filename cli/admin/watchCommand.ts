// `svarsplikt admin watch`: marks every new duty-carrying message in the functional mailboxes with
// its due date (Gmail label, Outlook flag + category), mails each mailbox's owners the daily digest
// and the coverage warnings before klämdagar and holiday periods. Once, or `--every 5m` forever.
import { parseArgs } from 'node:util';
import {
  isEmailAddress,
  isInOrganisation,
  parseInstant,
  stockholmDate,
} from '../../shared/index.ts';
import type { Organisation } from '../../shared/index.ts';
import type { Io } from '../cliIo.ts';
import { UsageError } from '../usageError.ts';
import { CONNECTION_OPTIONS, concurrencyOf, organisationOf, tenantOf } from './adminOptions.ts';
import type { AdminTenant } from './adminOptions.ts';
import { googleErrorText, googleFailure } from './google/googleFailure.ts';
import { graphErrorText, graphFailure } from './microsoft/graphRequest.ts';
import { callPolicy, retrying } from './net/callPolicy.ts';
import type { CallStats } from './net/callPolicy.ts';
import { asyncItems, mapConcurrent } from './net/mapConcurrent.ts';
import {
  jwtCache,
  sendGmailNotices,
  settleGmailDuties,
  watchGmailMailbox,
} from './watch/gmailWatcher.ts';
import type { CycleResult, GmailWatchContext } from './watch/gmailWatcher.ts';
import { sendGraphNotices, settleGraphDuties, watchGraphMailbox } from './watch/graphWatcher.ts';
import { openTokenFile } from './watch/tokenFile.ts';
import type { TokenFile } from './watch/tokenFile.ts';
import { noticesDue } from './watch/watchNotices.ts';
import { openStateFile } from './watch/watchState.ts';
import type { StateFile } from './watch/watchState.ts';

/** One mailbox's line of output per cycle. */
export interface WatchRow {
  readonly mailbox: string;
  readonly newMessages: number;
  readonly marked: number;
  readonly fullSync: boolean;
  readonly notices: number;
  readonly error?: string;
}

/** `--every 5m` → milliseconds (10s–24h). */
export function everyMs(text: string): number {
  const match = /^(\d+)(s|m|h)$/.exec(text);
  const ms = match ? Number(match[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 's'] : NaN;
  if (!(ms >= 10_000 && ms <= 86_400_000))
    throw new UsageError(
      `--every must be like 30s, 5m or 1h (10s to 24h), got ${JSON.stringify(text)}`,
    );
  return ms;
}

function mailboxesOf(given: readonly string[] | undefined, org: Organisation): string[] {
  const list = given?.length ? given : org.functionalMailboxes.map((m) => m.address);
  if (list.length === 0)
    throw new UsageError(
      'no mailboxes to watch: list "functionalMailboxes" in the organisation configuration or give --mailbox',
    );
  for (const address of list)
    if (!isEmailAddress(address))
      throw new UsageError(`--mailbox must be an address, got ${JSON.stringify(address)}`);
  return [...new Set(list.map((a) => a.toLowerCase()))];
}

/**
 * Who gets each mailbox's digest and warnings: the `owners` of its entry in the organisation
 * configuration, plus every `--owner mailbox=person` (default: the mailbox itself).
 */
export function ownersOf(
  given: readonly string[] | undefined,
  org: Organisation,
): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  const add = (mailbox: string, person: string) => {
    const list = owners.get(mailbox) ?? [];
    if (!list.includes(person)) owners.set(mailbox, [...list, person]);
  };
  for (const m of org.functionalMailboxes)
    for (const person of m.owners ?? []) add(m.address.toLowerCase(), person);
  for (const pair of given ?? []) {
    const [mailbox, person] = pair.toLowerCase().split('=');
    if (
      mailbox === undefined ||
      person === undefined ||
      !isEmailAddress(mailbox) ||
      !isEmailAddress(person)
    )
      throw new UsageError(`--owner must be mailbox=person, got ${JSON.stringify(pair)}`);
    if (!isInOrganisation(person, org))
      throw new UsageError(
        `--owner ${person} is outside the organisation's domains: digests stay inside`,
      );
    add(mailbox, person);
  }
  return owners;
}

interface Watcher {
  cycle(address: string, now: number): Promise<CycleResult & { notices: number }>;
  readonly errorText: (error: unknown) => string;
}

function watcherOf(
  tenant: AdminTenant,
  org: Organisation,
  file: StateFile,
  owners: Map<string, string[]>,
  stats: CallStats,
  tokens: TokenFile | undefined,
): Watcher {
  const save = () => file.save();
  if (tenant.provider === 'google') {
    const retry = retrying(callPolicy(googleFailure, stats));
    const authFor = jwtCache(tenant.google, tokens);
    return {
      errorText: googleErrorText,
      async cycle(address, now) {
        const context: GmailWatchContext = { org, now, retry, save, authFor };
        const state = file.mailbox(address);
        const result = await watchGmailMailbox(address, state, context);
        const to = owners.get(address) ?? [address];
        const today = stockholmDate(now);
        let notices = noticesDue(address, state, to, today, org.calendar);
        // Only when something is to be mailed: a quiet cycle stays one request per mailbox.
        if (notices.length > 0) {
          await settleGmailDuties(address, state, context);
          notices = noticesDue(address, state, to, today, org.calendar);
        }
        await sendGmailNotices(address, to, notices, state, context);
        return { ...result, notices: notices.length };
      },
    };
  }
  const retry = retrying(callPolicy(graphFailure, stats));
  return {
    errorText: graphErrorText,
    async cycle(address, now) {
      const context = { org, now, retry, save };
      const state = file.mailbox(address);
      const result = await watchGraphMailbox(tenant.graph, address, state, context);
      const to = owners.get(address) ?? [address];
      const today = stockholmDate(now);
      let notices = noticesDue(address, state, to, today, org.calendar);
      // Only when something is to be mailed: a quiet cycle stays one request per mailbox.
      if (notices.length > 0) {
        await settleGraphDuties(tenant.graph, address, state, context);
        notices = noticesDue(address, state, to, today, org.calendar);
      }
      await sendGraphNotices(tenant.graph, address, to, notices, state, context);
      return { ...result, notices: notices.length };
    },
  };
}

/**
 * Gmail's token cache file (`--token-cache`, default `<state>.tokens`), unless
 * `--no-token-cache`. Microsoft 365 has none: its client-credentials token is one per run.
 */
function tokenFileOf(
  values: { 'token-cache'?: string | undefined; 'no-token-cache'?: boolean | undefined },
  statePath: string,
  tenant: AdminTenant,
  io: Io,
): TokenFile | undefined {
  if (values['no-token-cache'] === true) {
    if (values['token-cache'] !== undefined)
      throw new UsageError('give --token-cache or --no-token-cache, not both');
    return undefined;
  }
  if (tenant.provider !== 'google') return undefined;
  return openTokenFile(values['token-cache'] ?? `${statePath}.tokens`, (line) =>
    io.err(`svarsplikt admin watch: ${line}`),
  );
}

/** Saves new tokens; a cache that cannot be written costs tokens next run, never the cycle. */
function saveTokens(tokens: TokenFile, io: Io): void {
  try {
    tokens.save(Date.now());
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    io.err(`svarsplikt admin watch: could not write the token cache ${tokens.path}: ${code}`);
  }
}

/** A watcher set up from the command line: one cycle at a time (the loop, a test or the bench). */
export interface OpenWatch {
  readonly mailboxes: readonly string[];
  /** `--every` in ms; undefined = run once. */
  readonly every: number | undefined;
  /** One cycle over every mailbox: a JSON line each on stdout, a summary on stderr. */
  cycle(): Promise<{ readonly failed: number; readonly marked: number }>;
}

/** Parses the arguments and sets up clients and state; tokens live as long as the result. */
export function openWatch(args: string[], io: Io): OpenWatch {
  const { values } = parseArgs({
    args,
    options: {
      ...CONNECTION_OPTIONS,
      mailbox: { type: 'string', multiple: true },
      owner: { type: 'string', multiple: true },
      state: { type: 'string' },
      every: { type: 'string' },
      'token-cache': { type: 'string' },
      'no-token-cache': { type: 'boolean' },
    },
  });
  const org = organisationOf(values);
  const mailboxes = mailboxesOf(values.mailbox, org);
  const owners = ownersOf(values.owner, org);
  const every = values.every === undefined ? undefined : everyMs(values.every);
  let fixedNow: number | undefined;
  if (values.now !== undefined) {
    const parsed = parseInstant(values.now);
    if (!parsed.ok) throw new UsageError(`--now: ${parsed.error.message}`);
    fixedNow = parsed.value;
  }
  const tenant = tenantOf(values, io.env ?? {});
  const concurrency = concurrencyOf(values.concurrency);
  const statePath = values.state ?? 'svarsplikt-watch.json';
  let file: StateFile;
  try {
    file = openStateFile(statePath);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const tokens = tokenFileOf(values, statePath, tenant, io);
  const stats: CallStats = { retries: 0, throttled: 0 };
  const watcher = watcherOf(tenant, org, file, owners, stats, tokens);
  return {
    mailboxes,
    every,
    async cycle() {
      const now = fixedNow ?? io.now();
      let failed = 0;
      let marked = 0;
      const rows = mapConcurrent(
        asyncItems(mailboxes),
        concurrency,
        async (mailbox): Promise<WatchRow> => {
          try {
            return { mailbox, ...(await watcher.cycle(mailbox, now)) };
          } catch (error) {
            return {
              mailbox,
              newMessages: 0,
              marked: 0,
              fullSync: false,
              notices: 0,
              error: watcher.errorText(error),
            };
          }
        },
      );
      for await (const row of rows) {
        io.out(JSON.stringify(row));
        if (row.error !== undefined) failed += 1;
        marked += row.marked;
      }
      if (tokens !== undefined) saveTokens(tokens, io);
      io.err(
        `svarsplikt admin watch: ${mailboxes.length} mailboxes, ${marked} messages marked, ${failed} failed; ${stats.retries} retries (${stats.throttled} throttled)`,
      );
      return { failed, marked };
    },
  };
}

/** Watches once, or every `--every`; exit 1 when a mailbox failed in the (last) cycle. */
export async function watchCommand(args: string[], io: Io): Promise<number> {
  const watch = openWatch(args, io);
  for (;;) {
    const { failed } = await watch.cycle();
    if (watch.every === undefined) return failed > 0 ? 1 : 0;
    await io.flush?.();
    await new Promise((resolve) => setTimeout(resolve, watch.every));
  }
}

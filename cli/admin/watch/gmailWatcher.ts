// One watch cycle over one Gmail mailbox, impersonating it: history.list from the last historyId
// (a full sync of recent inbox mail when there is none, or when Google answers 404 because it is
// too old), metadata of each new message, a `Svarsplikt/<date>` label on those with a duty.
import type { gmail_v1 } from '@googleapis/gmail';
import type { JWT } from 'google-auth-library';
import type { IsoDate, Organisation } from '../../../shared/index.ts';
import { gmailClient, jwtFor } from '../google/googleClients.ts';
import type { GoogleConnection } from '../google/googleClients.ts';
import { gmailResponses, openDueDate, promisedDateOfLabel } from '../followUp/firstResponses.ts';
import { dutyOf, TRIAGE_HEADERS } from './messageDuty.ts';
import type { TokenFile } from './tokenFile.ts';
import type { MailboxWatchState } from './watchState.ts';
import { rfc822 } from './watchNotices.ts';
import type { Notice } from './watchNotices.ts';

type Retry = <T>(call: () => Promise<T>) => Promise<T>;

/** Read metadata, create and set labels (gmail.modify is the narrowest scope for messages.modify). */
export const GMAIL_MODIFY = 'https://www.googleapis.com/auth/gmail.modify';
/** Send the digest and warnings only. */
export const GMAIL_SEND = 'https://www.googleapis.com/auth/gmail.send';

/** How far back a full sync looks for mail still without a label. */
const FULL_SYNC_DAYS = 14;
const LABEL_ROOT = 'Svarsplikt';

/** What one cycle did in a mailbox. */
export interface CycleResult {
  readonly newMessages: number;
  readonly marked: number;
  readonly fullSync: boolean;
}

export interface WatchContext {
  readonly org: Organisation;
  readonly now: number;
  readonly retry: Retry;
  /** Persists the state; called after every step that must not be repeated after a kill. */
  readonly save: () => void;
}

/** Gmail's context adds a JWT per mailbox and scope set, kept across cycles so its token is reused. */
export interface GmailWatchContext extends WatchContext {
  readonly authFor: (address: string, scopes: readonly string[]) => JWT;
}

/** A cached token is renewed this long before it expires (Google's tokens last an hour). */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * Caches JWT clients, and so their access tokens, per impersonated mailbox and scopes: with
 * `--every` a quiet cycle asks no token until one is within TOKEN_REFRESH_MARGIN_MS of expiry.
 * With a token `file` the memory is backed by it: a new JWT starts from the file's token for its
 * mailbox and exact scope string when that is not within the margin of expiry, and every token
 * Google mints goes into the file (saved by the caller). `clock` is the real time tokens expire in.
 */
export function jwtCache(
  connection: GoogleConnection,
  file?: TokenFile,
  clock: () => number = Date.now,
): GmailWatchContext['authFor'] {
  const cache = new Map<string, JWT>();
  return (address, scopes) => {
    const scope = scopes.join(' ');
    const key = `${address} ${scope}`;
    let jwt = cache.get(key);
    if (jwt === undefined) {
      jwt = jwtFor(connection, address, scopes);
      jwt.eagerRefreshThresholdMillis = TOKEN_REFRESH_MARGIN_MS;
      if (file !== undefined) backWithFile(jwt, file, address, scope, clock());
      cache.set(key, jwt);
    }
    return jwt;
  };
}

function backWithFile(jwt: JWT, file: TokenFile, address: string, scope: string, now: number) {
  const cached = file.find(address, scope, now, TOKEN_REFRESH_MARGIN_MS);
  if (cached !== undefined) {
    // A cached token Google no longer honours (key or delegation revoked since) gets one fresh
    // token and one retry on 401/403, as a JWT's own token would before its expiry is known.
    jwt.credentials = {
      access_token: cached.accessToken,
      expiry_date: cached.expiresAt,
      refresh_token: 'jwt-placeholder',
      token_type: 'Bearer',
    };
    jwt.forceRefreshOnFailure = true;
  }
  jwt.on('tokens', (tokens) => {
    if (typeof tokens.access_token === 'string' && typeof tokens.expiry_date === 'number')
      file.put(address, {
        scope,
        accessToken: tokens.access_token,
        expiresAt: tokens.expiry_date,
      });
  });
}

const statusOf = (error: unknown) =>
  (error as { status?: unknown; response?: { status?: unknown } }).status ??
  (error as { response?: { status?: unknown } }).response?.status;

async function labelId(
  users: gmail_v1.Resource$Users,
  state: MailboxWatchState,
  name: string,
  retry: Retry,
): Promise<string> {
  const known = state.labels?.[name];
  if (known !== undefined) return known;
  const list = async () => {
    const res = await retry(() => users.labels.list({ userId: 'me' }));
    state.labels = Object.fromEntries(
      (res.data.labels ?? []).flatMap((l) => (l.name && l.id ? [[l.name, l.id]] : [])),
    );
  };
  await list();
  for (const wanted of [LABEL_ROOT, name]) {
    if (state.labels?.[wanted] !== undefined) continue;
    try {
      const res = await retry(() =>
        users.labels.create({
          userId: 'me',
          requestBody: {
            name: wanted,
            labelListVisibility: 'labelShow',
            messageListVisibility: 'show',
          },
        }),
      );
      state.labels = { ...state.labels, [wanted]: res.data.id ?? '' };
    } catch (error) {
      if (statusOf(error) !== 409) throw error;
      await list(); // made meanwhile (another watcher, a person): use it
    }
  }
  const id = state.labels?.[name];
  if (id === undefined || id === '') throw new Error(`Gmail did not create the label ${name}`);
  return id;
}

async function markMessage(
  users: gmail_v1.Resource$Users,
  address: string,
  id: string,
  state: MailboxWatchState,
  context: GmailWatchContext,
): Promise<boolean> {
  if (state.duties[id] !== undefined) return false;
  const res = await context.retry(() =>
    users.messages.get({
      userId: 'me',
      id,
      format: 'metadata',
      metadataHeaders: [...TRIAGE_HEADERS],
    }),
  );
  if (!(res.data.labelIds ?? []).includes('INBOX')) return false;
  const due: IsoDate | undefined = dutyOf(
    res.data.payload?.headers ?? [],
    Number(res.data.internalDate),
    address,
    context.org,
  )?.dueDate;
  if (due === undefined) return false;
  const label = await labelId(users, state, `${LABEL_ROOT}/${due}`, context.retry);
  await context.retry(() =>
    users.messages.modify({ userId: 'me', id, requestBody: { addLabelIds: [label] } }),
  );
  state.duties[id] = due;
  context.save();
  return true;
}

async function fullSync(
  users: gmail_v1.Resource$Users,
  address: string,
  state: MailboxWatchState,
  context: GmailWatchContext,
): Promise<CycleResult> {
  const profile = await context.retry(() => users.getProfile({ userId: 'me' }));
  const after = Math.floor(context.now / 1000) - FULL_SYNC_DAYS * 86_400;
  let pageToken: string | undefined;
  let newMessages = 0;
  let marked = 0;
  do {
    const token = pageToken;
    const res = await context.retry(() =>
      users.messages.list({
        userId: 'me',
        labelIds: ['INBOX'],
        q: `after:${after}`,
        maxResults: 500,
        ...(token !== undefined ? { pageToken: token } : {}),
      }),
    );
    for (const m of res.data.messages ?? []) {
      if (!m.id) continue;
      newMessages += 1;
      if (await markMessage(users, address, m.id, state, context)) marked += 1;
    }
    pageToken = res.data.nextPageToken ?? undefined;
  } while (pageToken !== undefined);
  if (profile.data.historyId) state.historyId = profile.data.historyId;
  context.save();
  return { newMessages, marked, fullSync: true };
}

/** One cycle in one mailbox: marks every new message that carries a duty. */
export async function watchGmailMailbox(
  address: string,
  state: MailboxWatchState,
  context: GmailWatchContext,
): Promise<CycleResult> {
  const users = gmailClient(context.authFor(address, [GMAIL_MODIFY])).users;
  if (state.historyId === undefined) return await fullSync(users, address, state, context);
  let newMessages = 0;
  let marked = 0;
  let pageToken: string | undefined;
  do {
    const start: string = state.historyId;
    const token = pageToken;
    let res: { data: gmail_v1.Schema$ListHistoryResponse };
    try {
      res = await context.retry(() =>
        users.history.list({
          userId: 'me',
          startHistoryId: start,
          historyTypes: ['messageAdded'],
          labelId: 'INBOX',
          maxResults: 500,
          ...(token !== undefined ? { pageToken: token } : {}),
        }),
      );
    } catch (error) {
      // Google: a 404 means the historyId is too old; do a full sync.
      if (statusOf(error) === 404 && token === undefined)
        return await fullSync(users, address, state, context);
      throw error;
    }
    for (const record of res.data.history ?? []) {
      for (const added of record.messagesAdded ?? []) {
        const id = added.message?.id;
        if (!id) continue;
        newMessages += 1;
        if (await markMessage(users, address, id, state, context)) marked += 1;
      }
    }
    pageToken = res.data.nextPageToken ?? undefined;
    if (pageToken === undefined && res.data.historyId) {
      state.historyId = res.data.historyId;
      context.save();
    }
  } while (pageToken !== undefined);
  return { newMessages, marked, fullSync: false };
}

/** The add-on's promise labels of the mailbox: label id → promised date. */
export async function promiseLabels(
  users: gmail_v1.Resource$Users,
  retry: Retry,
): Promise<Map<string, IsoDate>> {
  const res = await retry(() => users.labels.list({ userId: 'me' }));
  const map = new Map<string, IsoDate>();
  for (const label of res.data.labels ?? []) {
    const date = promisedDateOfLabel(label.name ?? undefined);
    if (date !== undefined && label.id) map.set(label.id, date);
  }
  return map;
}

/** The mailbox's replies in a thread (SENT) and the latest promise label on it. */
export function threadMarks(
  thread: gmail_v1.Schema$Thread,
  promises: ReadonlyMap<string, IsoDate>,
): { readonly replies: number[]; readonly promised: IsoDate | undefined } {
  let promised: IsoDate | undefined;
  const replies: number[] = [];
  for (const m of thread.messages ?? []) {
    const labels = m.labelIds ?? [];
    if (labels.includes('SENT')) replies.push(Number(m.internalDate));
    for (const id of labels) {
      const date = promises.get(id);
      if (date !== undefined && (promised === undefined || date > promised)) promised = date;
    }
  }
  return { replies, promised };
}

/**
 * Before a digest or warning: how each labelled message stands now (metadata only: the thread's
 * SENT replies and the add-on's promise label). Answered ones leave the counts; acknowledged ones
 * count on their promised date.
 */
export async function settleGmailDuties(
  address: string,
  state: MailboxWatchState,
  context: GmailWatchContext,
): Promise<void> {
  const ids = Object.keys(state.duties).filter((id) => state.settled?.[id] !== null);
  if (ids.length === 0) return;
  const users = gmailClient(context.authFor(address, [GMAIL_MODIFY])).users;
  const promises = await promiseLabels(users, context.retry);
  const settled = (state.settled ??= {});
  for (const id of ids) {
    let message: gmail_v1.Schema$Message;
    try {
      message = (
        await context.retry(() => users.messages.get({ userId: 'me', id, format: 'minimal' }))
      ).data;
    } catch (error) {
      if (statusOf(error) === 404) {
        settled[id] = null; // deleted once handled
        continue;
      }
      throw error;
    }
    const receivedAt = Number(message.internalDate);
    const threadId = message.threadId ?? id;
    const thread = await context.retry(() =>
      users.threads.get({ userId: 'me', id: threadId, format: 'minimal' }),
    );
    const { replies, promised } = threadMarks(thread.data, promises);
    const due = openDueDate(
      receivedAt,
      gmailResponses(
        receivedAt,
        replies.filter((at) => at <= context.now),
        promised,
      ),
      context.org,
      context.now,
    );
    if (due === undefined) delete settled[id];
    else settled[id] = due;
  }
  context.save();
}

/** Sends notices from the mailbox to its owners (gmail.send only). */
export async function sendGmailNotices(
  address: string,
  owners: readonly string[],
  notices: readonly Notice[],
  state: MailboxWatchState,
  context: GmailWatchContext,
): Promise<void> {
  if (notices.length === 0) return;
  const users = gmailClient(context.authFor(address, [GMAIL_SEND])).users;
  for (const notice of notices) {
    const raw = Buffer.from(rfc822(address, owners, notice), 'utf8').toString('base64url');
    await context.retry(() => users.messages.send({ userId: 'me', requestBody: { raw } }));
    notice.mark(state);
    context.save();
  }
}

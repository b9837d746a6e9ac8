import type { DemoAddress, DemoMessage } from '../demo-mailbox.ts';

/** A response of the stand-in, as an HTTP server would send it. status 0 = drop the connection. */
export interface StandinResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** JSON text, or '' for 204 / a dropped connection. */
  readonly body: string;
}

export type Json = Record<string, unknown>;

let requestCounter = 0;

/** A fresh request id, shaped like Graph's (a GUID). */
export function requestId(): string {
  requestCounter += 1;
  return `00000000-0000-4000-8000-${requestCounter.toString(16).padStart(12, '0')}`;
}

/** A JSON response with Graph's usual headers. */
export function json(
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): StandinResponse {
  return {
    status,
    headers: {
      'Content-Type': 'application/json; odata.metadata=minimal; charset=utf-8',
      'request-id': requestId(),
      ...extra,
    },
    body: status === 204 ? '' : JSON.stringify(body),
  };
}

/** Graph's error body: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`. */
export function graphError(
  status: number,
  code: string,
  message: string,
  nowMs: number,
  extra: Record<string, string> = {},
): StandinResponse {
  const id = requestId();
  return {
    status,
    headers: { 'Content-Type': 'application/json', 'request-id': id, ...extra },
    body: JSON.stringify({
      error: {
        code,
        message,
        innerError: {
          date: new Date(nowMs).toISOString().slice(0, 19),
          'request-id': id,
          'client-request-id': id,
        },
      },
    }),
  };
}

export function recipient(a: DemoAddress): Json {
  return { emailAddress: { name: a.name, address: a.address } };
}

/** Unfolds a raw header block into Graph's internetMessageHeaders list. */
export function headerList(raw: string): { name: string; value: string }[] {
  const unfolded = raw.replace(/\r?\n(?=[ \t])/g, '');
  const list: { name: string; value: string }[] = [];
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    list.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  return list;
}

/** The properties Graph returns for a message without $select (internetMessageHeaders only on $select). */
export const DEFAULT_MESSAGE_PROPERTIES = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'receivedDateTime',
  'sentDateTime',
  'hasAttachments',
  'internetMessageId',
  'subject',
  'bodyPreview',
  'importance',
  'parentFolderId',
  'conversationId',
  'isRead',
  'isDraft',
  'body',
  'sender',
  'from',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'flag',
] as const;

export const SELECTABLE_MESSAGE_PROPERTIES = new Set<string>([
  ...DEFAULT_MESSAGE_PROPERTIES,
  'internetMessageHeaders',
  'categories',
]);

/** A demo message as Graph's full message resource (before $select). */
export function graphMessage(
  m: DemoMessage,
  folder: 'inbox' | 'sentitems',
  flag: Json,
  isRead: boolean,
): Json {
  const headers = headerList(m.internetHeaders);
  const messageId =
    headers.find((h) => h.name.toLowerCase() === 'message-id')?.value ?? `<${m.id}@demo.invalid>`;
  return {
    '@odata.etag': `W/"${m.id}"`,
    id: m.id,
    createdDateTime: m.receivedDateTime,
    lastModifiedDateTime: m.receivedDateTime,
    receivedDateTime: m.receivedDateTime,
    sentDateTime: m.sentDateTime,
    hasAttachments: false,
    internetMessageId: messageId,
    subject: m.subject,
    bodyPreview: m.bodyText.slice(0, 255),
    importance: 'normal',
    parentFolderId: folder,
    conversationId: m.conversationId,
    isRead,
    isDraft: false,
    body: { contentType: 'text', content: m.bodyText },
    sender: recipient(m.from),
    from: recipient(m.from),
    toRecipients: m.to.map(recipient),
    ccRecipients: m.cc.map(recipient),
    bccRecipients: [],
    replyTo: [],
    flag,
    categories: [],
    internetMessageHeaders: headers,
  };
}

/** Keeps the `$select`ed properties (plus id and @odata.etag, which Graph always returns). */
export function selectProperties(message: Json, select: readonly string[] | null): Json {
  const keys = select ?? DEFAULT_MESSAGE_PROPERTIES;
  const out: Json = { '@odata.etag': message['@odata.etag'], id: message['id'] };
  for (const key of keys) if (key in message) out[key] = message[key];
  return out;
}

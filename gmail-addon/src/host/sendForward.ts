/**
 * Sends a "not ours" message on through the Gmail advanced service, with no scope beyond the
 * add-on's `gmail.modify`: the original is read whole (users.messages.get, format=raw) and sent
 * attached as message/rfc822 under a short note (users.messages.send). GmailMessage.forward would
 * need the full https://mail.google.com/ scope, which the add-on never asks for.
 */
import { binaryToBase64, buildForwardMime, rawToBinary } from './forwardMime';
import { HostError } from './hostError';
import type { GmailAdvanced } from './hostTypes';

/**
 * The largest original the add-on forwards itself (Gmail's own limit for a sent message is 25 MB
 * after encoding); a bigger one is forwarded in Gmail by hand.
 */
export const FORWARD_MAX_BYTES = 20 * 1024 * 1024;

/** A forward that cannot be sent from the add-on, with the reason shown to the user. */
export class ForwardTooLarge extends Error {
  readonly bytes: number;
  constructor(bytes: number) {
    super('message too large to forward');
    this.name = 'ForwardTooLarge';
    this.bytes = bytes;
  }
}

export interface ForwardRequest {
  readonly messageId: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly note: string;
  /** Gmail's size estimate of the original, when known: checked before it is read. */
  readonly sizeEstimate: number | undefined;
}

/** Reads the original and sends the forward; returns the sent message's id. Throws on failure. */
export function sendForward(gmail: GmailAdvanced, request: ForwardRequest): string {
  if (request.sizeEstimate !== undefined && request.sizeEstimate > FORWARD_MAX_BYTES) {
    throw new ForwardTooLarge(request.sizeEstimate);
  }
  const message = gmail.Users.Messages.get('me', request.messageId, { format: 'raw' });
  const original = rawToBinary(message.raw);
  if (original === undefined || original === '') {
    throw new HostError('unknown', 'the raw message could not be read');
  }
  if (original.length > FORWARD_MAX_BYTES) throw new ForwardTooLarge(original.length);
  const mime = buildForwardMime({
    from: request.from,
    to: request.to,
    subject: request.subject,
    note: request.note,
    original,
  });
  const sent = gmail.Users.Messages.send({ raw: binaryToBase64(mime, true) }, 'me');
  if (sent.id === undefined) throw new HostError('unknown', 'send answered without an id');
  return sent.id;
}

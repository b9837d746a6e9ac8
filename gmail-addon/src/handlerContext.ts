import { stockholmDate } from './core';
import type { Lang, Organisation } from './core';
import type { ResponseModel } from './cards/cardModel';
import type { GmailEvent } from './host/gmailEvent';
import type { GmailAdvanced, Host } from './host/hostTypes';

/** What a handler gets: the event, the user's language, the organisation and the host. */
export interface HandlerContext {
  readonly e: GmailEvent;
  readonly lang: Lang;
  readonly org: Organisation;
  /** The organisation is the built-in demo (ORG_CONFIG not set). */
  readonly demo: boolean;
  readonly host: Host;
  /** The Gmail advanced service; throws a 'service-missing' HostError when it is not enabled. */
  readonly gmail: () => GmailAdvanced;
}

/** A trigger or action over a context; it may throw, the wrapper answers for it. */
export type Handler = (context: HandlerContext) => ResponseModel;

/** Today in Stockholm. */
export function todayOf(context: HandlerContext): string {
  return stockholmDate(context.host.now());
}

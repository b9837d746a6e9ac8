import type { Organisation } from '../policy/organisation.ts';
import type { ParsedHeaders } from '../triage/parseHeaders.ts';
import { triageMessage } from '../triage/triageMessage.ts';
import type { Triage } from '../triage/triageTypes.ts';

/**
 * Triage of a message for a mailbox under the organisation's options (internal senders, Cc only).
 * @example triageFor(parseHeaders(raw), org, 'anna.lind@vaxjo.se').duty // false for an auto-reply
 */
export function triageFor(headers: ParsedHeaders, org: Organisation, mailbox: string): Triage {
  return triageMessage(headers, {
    mailbox,
    orgDomains: org.domains,
    internalSendersExempt: org.internalSendersExempt,
    ccOnlyNoDuty: org.ccOnlyNoDuty,
  });
}

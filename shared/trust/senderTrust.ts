import type { Bilingual } from '../i18n/lang.ts';
import type { ParsedHeaders } from '../triage/parseHeaders.ts';
import { parseAddressList } from '../triage/parseAddressList.ts';
import { stripComments } from '../triage/stripComments.ts';
import { lookalikeOf } from './lookalikeDomain.ts';

/** What the receiving boundary's Authentication-Results said (RFC 8601), lower-cased results. */
export interface AuthenticationResults {
  readonly authservId: string;
  readonly spf?: string;
  readonly dkim?: string;
  readonly dmarc?: string;
  /** The From domain DMARC was evaluated for (`header.from=`). */
  readonly headerFrom?: string;
}

/** A calm remark about the sender; never a change of duty. */
export interface SenderTrustNote {
  readonly code: 'OWN_DOMAIN_DMARC_FAIL' | 'LOOKALIKE_DOMAIN';
  readonly evidence: string;
  readonly message: Bilingual;
}

/** Sender trust as plain data (docs/rules.md §9; Vimmerby 004 "Hantera din e-post på ett säkert sätt"). */
export interface SenderTrust {
  readonly authentication: AuthenticationResults | undefined;
  readonly notes: readonly SenderTrustNote[];
}

/** Who the organisation is, and which authserv-ids its boundary writes (empty: the topmost field). */
export interface SenderTrustOptions {
  readonly orgDomains: readonly string[];
  readonly authservIds?: readonly string[];
}

/** An Authentication-Results value is read on its first 8,000 characters; real ones are under 2,000. */
const MAX_RESULTS = 8_000;
const METHODS = ['spf', 'dkim', 'dmarc'] as const;

/** Parses one Authentication-Results value; the first result of each method counts. */
export function parseAuthenticationResults(value: string): AuthenticationResults {
  const pieces = stripComments(value.slice(0, MAX_RESULTS)).split(';');
  const first = pieces[0]?.trim() ?? '';
  // Exchange Online writes no authserv-id: its value starts with a result ('spf=pass …').
  const hasId = !/^[a-z0-9-]+\s*=/i.test(first);
  const results: {
    authservId: string;
    spf?: string;
    dkim?: string;
    dmarc?: string;
    headerFrom?: string;
  } = {
    authservId: hasId ? (first.split(/\s/)[0] ?? '').toLowerCase() : '',
  };
  for (const piece of hasId ? pieces.slice(1) : pieces) {
    const match = /^\s*([a-z-]+)\s*=\s*([a-z]+)/i.exec(piece);
    if (match === null) continue;
    const method = (match[1] ?? '').toLowerCase();
    const result = (match[2] ?? '').toLowerCase();
    if (!(METHODS as readonly string[]).includes(method)) continue;
    const key = method as (typeof METHODS)[number];
    if (results[key] !== undefined) continue;
    results[key] = result;
    if (key === 'dmarc') {
      const from = /header\.from\s*=\s*([^\s;]+)/i.exec(piece)?.[1];
      if (from !== undefined) results.headerFrom = from.toLowerCase();
    }
  }
  return Object.freeze(results);
}

/** The topmost Authentication-Results written by the organisation's boundary, parsed. */
function boundaryResults(
  headers: ParsedHeaders,
  ids: readonly string[],
): AuthenticationResults | undefined {
  for (const value of headers.getAll('Authentication-Results')) {
    const results = parseAuthenticationResults(value);
    // Only the topmost counts: lower ones were written before the mail reached the boundary, and
    // anyone on the way (the sender too) can write them.
    if (ids.length === 0) return results;
    if (ids.includes(results.authservId)) return results;
  }
  return undefined;
}

function isOwn(domain: string, orgDomains: readonly string[]): boolean {
  return orgDomains.some((own) => domain === own || domain.endsWith(`.${own}`));
}

/**
 * Sender trust for a message: the boundary's SPF, DKIM and DMARC results, and calm notes when a
 * message claims the organisation's own domain but fails DMARC, or comes from a domain that looks
 * like one of the organisation's. Linear in the headers; never throws; never touches the duty.
 * @example senderTrust(parseHeaders(raw), { orgDomains: ['vaxjo.se'] }).notes[0]?.code // 'LOOKALIKE_DOMAIN'
 */
export function senderTrust(headers: ParsedHeaders, options: SenderTrustOptions): SenderTrust {
  const orgDomains = options.orgDomains.map((domain) => domain.toLowerCase());
  const authentication = boundaryResults(headers, options.authservIds ?? []);
  const sender = parseAddressList(headers.get('From') ?? '')[0];
  const at = sender?.address.lastIndexOf('@') ?? -1;
  const domain = sender === undefined || at < 0 ? '' : sender.address.slice(at + 1).toLowerCase();
  const notes: SenderTrustNote[] = [];
  const claimed = authentication?.headerFrom ?? domain;
  if (authentication?.dmarc === 'fail' && claimed !== '' && isOwn(claimed, orgDomains)) {
    notes.push({
      code: 'OWN_DOMAIN_DMARC_FAIL',
      evidence: `dmarc=fail header.from=${claimed}`,
      message: {
        sv: `Meddelandet säger sig komma från ${claimed}, men klarar inte kontrollen av avsändaren (DMARC). Var försiktig med länkar och bilagor.`,
        en: `The message claims to come from ${claimed} but fails the sender check (DMARC). Be careful with links and attachments.`,
      },
    });
  }
  const imitated = domain === '' ? undefined : lookalikeOf(domain, orgDomains);
  if (imitated !== undefined) {
    const shown = domain.length > 80 ? `${domain.slice(0, 79)}…` : domain;
    notes.push({
      code: 'LOOKALIKE_DOMAIN',
      evidence: `From: …@${shown}`,
      message: {
        sv: `Avsändarens domän ${shown} liknar organisationens ${imitated} men är en annan. Kontrollera avsändaren innan du svarar.`,
        en: `The sender's domain ${shown} looks like the organisation's ${imitated} but is another. Check the sender before you answer.`,
      },
    });
  }
  return Object.freeze({
    authentication,
    notes: Object.freeze(notes.map((n) => Object.freeze(n))),
  });
}

/** What went wrong in a host call, in the terms the user is told about. */
export type HostErrorKind =
  'quota' | 'permission' | 'service-missing' | 'not-found' | 'readback-mismatch' | 'unknown';

/** A host failure the add-on raises itself, with its kind. */
export class HostError extends Error {
  readonly kind: HostErrorKind;
  constructor(kind: HostErrorKind, message: string) {
    super(message);
    this.name = 'HostError';
    this.kind = kind;
  }
}

const PATTERNS: readonly (readonly [HostErrorKind, RegExp])[] = [
  [
    'quota',
    /Service invoked too many times|too many times for one day|Rate Limit Exceeded|rateLimitExceeded|quota|\b429\b|Limit Exceeded/i,
  ],
  [
    'permission',
    /permission|Insufficient|not authori[sz]ed|Authorization is required|access denied|forbidden|\b403\b|\b401\b/i,
  ],
  [
    'service-missing',
    /Gmail is not defined|advanced service|is not enabled|Gmail API has not been used/i,
  ],
  ['not-found', /not found|Requested entity was not found|\b404\b|Invalid id value/i],
];

/** Classifies anything thrown by Apps Script into a kind the user can act on. */
export function classifyHostError(error: unknown): HostErrorKind {
  if (error instanceof HostError) return error.kind;
  const message =
    error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  for (const [kind, pattern] of PATTERNS) if (pattern.test(message)) return kind;
  return 'unknown';
}

import { isExternalForwardingBlocked, isGraphError } from '../host/graph/graphError.ts';
import type { UiStrings } from '../i18n/uiStrings.ts';

/** Graph's error code, shown in parentheses for support when it looks like one (never Graph's English text). */
function supportCode(code: string): string {
  return /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/.test(code) ? code : '';
}

/**
 * Turns any failure from the host or Graph into one clear sentence for the user, in their
 * language. Never includes addresses, message content or Graph's own (English) error text.
 */
export function describeError(err: unknown, t: UiStrings): string {
  if (isGraphError(err)) {
    if (isExternalForwardingBlocked(err)) return t.errExternalForward;
    if (err.code === 'ErrorInboxRulesValidationError')
      return t.errRuleRejected(supportCode(err.code));
    if (err.code === 'ReadBackMismatch') return t.readBackMismatch;
    if (err.code === 'AuthFailed' || err.code === 'AuthCancelled') return t.errUnauthenticated;
    if (err.status === 0) return t.errNetwork;
    if (err.status === 401) return t.errUnauthenticated;
    if (err.status === 403 || err.code === 'ErrorAccessDenied') return t.errAccessDenied;
    if (err.status === 429) return t.errThrottled;
    if (err.status >= 500) return t.errServer;
    if (err.status >= 400) return t.errInvalid(supportCode(err.code));
    return t.errUnknown;
  }
  if (
    err instanceof TypeError ||
    (err instanceof Error && /network|fetch|offline/i.test(err.message))
  )
    return t.errNetwork;
  return t.errUnknown;
}

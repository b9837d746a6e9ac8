import type { UiStrings } from '../i18n/uiStrings.ts';

/** The shape of a Graph failure as the host layer reports it (`GraphError`). */
interface GraphFailure {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

function isGraphFailure(err: unknown): err is GraphFailure {
  return (
    typeof err === 'object' &&
    err !== null &&
    typeof (err as { status?: unknown }).status === 'number' &&
    typeof (err as { code?: unknown }).code === 'string'
  );
}

/** Whether a failure is "external forwarding blocked" (Exchange's outbound spam policy). */
function isExternalForwardBlocked(f: GraphFailure): boolean {
  return (
    f.code === 'ErrorInboxRulesValidationError' ||
    /5\.7\.520|external forwarding|AutoForwardingBlocked/i.test(`${f.code} ${f.message}`)
  );
}

/**
 * Turns any failure from the host or Graph into one clear sentence for the user, in their
 * language. Never includes addresses or message content.
 */
export function describeError(err: unknown, t: UiStrings): string {
  if (isGraphFailure(err)) {
    if (isExternalForwardBlocked(err)) return t.errExternalForward;
    if (err.code === 'ReadBackMismatch') return t.readBackMismatch;
    if (err.code === 'AuthFailed' || err.code === 'AuthCancelled') return t.errUnauthenticated;
    if (err.status === 0) return t.errNetwork;
    if (err.status === 401) return t.errUnauthenticated;
    if (err.status === 403 || err.code === 'ErrorAccessDenied') return t.errAccessDenied;
    if (err.status === 429) return t.errThrottled;
    if (err.status >= 500) return t.errServer;
    if (err.status >= 400) return t.errInvalid(err.message || err.code);
    return t.errUnknown;
  }
  if (
    err instanceof TypeError ||
    (err instanceof Error && /network|fetch|offline/i.test(err.message))
  )
    return t.errNetwork;
  return t.errUnknown;
}

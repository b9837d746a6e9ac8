// Google APIs' response and error shapes (JSON error body with code, message, errors[], status).
import type { StandinResponse } from '../graph-standin/graphShapes.ts';

const STATUS_NAMES: Readonly<Record<number, [string, string]>> = {
  400: ['FAILED_PRECONDITION', 'failedPrecondition'],
  401: ['UNAUTHENTICATED', 'authError'],
  403: ['PERMISSION_DENIED', 'insufficientPermissions'],
  404: ['NOT_FOUND', 'notFound'],
  409: ['ALREADY_EXISTS', 'alreadyExists'],
  429: ['RESOURCE_EXHAUSTED', 'rateLimitExceeded'],
  500: ['INTERNAL', 'backendError'],
  503: ['UNAVAILABLE', 'backendError'],
};

/** A JSON answer. */
export function googleJson(
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): StandinResponse {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=UTF-8', ...extra },
    body: status === 204 ? '' : JSON.stringify(body),
  };
}

/** Google's error body: `{ error: { code, message, errors: [{ message, domain, reason }], status } }`. */
export function googleError(
  status: number,
  message: string,
  extra: Record<string, string> = {},
): StandinResponse {
  const [name, reason] = STATUS_NAMES[status] ?? ['UNKNOWN', 'unknown'];
  return googleJson(
    status,
    {
      error: {
        code: status,
        message,
        errors: [{ message, domain: 'global', reason }],
        status: name,
      },
    },
    extra,
  );
}

/** The OAuth token endpoint's error body: `{ error, error_description }`. */
export function oauthError(status: number, error: string, description: string): StandinResponse {
  return googleJson(status, { error, error_description: description });
}

/** A failed Microsoft Graph call: the HTTP status and Graph's `error.code` (status 0 = no HTTP answer). */
export class GraphError extends Error {
  override readonly name = 'GraphError';
  readonly status: number;
  readonly code: string;
  /** Graph's `innerError` / extra detail, when there was one. */
  readonly detail: unknown;

  constructor(status: number, code: string, message: string, detail?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

/** True for a GraphError, also one made in another realm (duck-typed on name, status and code). */
export function isGraphError(e: unknown): e is GraphError {
  if (e instanceof GraphError) return true;
  if (typeof e !== 'object' || e === null) return false;
  const candidate = e as { name?: unknown; status?: unknown; code?: unknown };
  return (
    candidate.name === 'GraphError' &&
    typeof candidate.status === 'number' &&
    typeof candidate.code === 'string'
  );
}

/**
 * Builds a GraphError from a Graph error response body (`{ error: { code, message, innerError } }`).
 * Bodies that are not in that shape still give a usable error.
 */
export function graphErrorFromBody(status: number, body: unknown): GraphError {
  const error =
    typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null) {
    const { code, message, innerError } = error as {
      code?: unknown;
      message?: unknown;
      innerError?: unknown;
    };
    return new GraphError(
      status,
      typeof code === 'string' ? code : `Http${status}`,
      typeof message === 'string' ? message : `HTTP ${status}`,
      innerError,
    );
  }
  return new GraphError(status, `Http${status}`, `HTTP ${status}`);
}

/**
 * True when a rule could not be created because the organisation blocks forwarding outside it.
 * Exchange says so with the 5.7.520 transport text inside an `ErrorInboxRulesValidationError`; that
 * code alone also covers other invalid rules, so it is not enough.
 */
export function isExternalForwardingBlocked(e: unknown): boolean {
  if (!isGraphError(e)) return false;
  return /5\.7\.520|external forwarding|AutoForwardingBlocked/i.test(`${e.code} ${e.message}`);
}

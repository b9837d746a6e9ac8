/** A recoverable domain outcome: a value, or a coded error that says what is wrong. */
export type Result<T, E extends CodedError = CodedError> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A domain error with a stable code, an English detail and, where it helps, the offending field. */
export interface CodedError {
  readonly code: string;
  readonly message: string;
  readonly field?: string;
}

/** Wraps a value as a successful result. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Wraps a coded error as a failed result. */
export function fail<E extends CodedError>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

import {
  graphDateTime,
  instantOfGraphDateTime,
  isKnownTimeZone,
} from '../../addin/src/host/graph/graphDateTime.ts';
import { SELECTABLE_MESSAGE_PROPERTIES } from './graphShapes.ts';
import type { Json } from './graphShapes.ts';

// Reading and checking request bodies the way Graph does; failures are thrown as BadRequest /
// NotFound and turned into Graph error responses by the router.

/** A 400 raised while reading a body; the router turns it into Graph's error response. */
export class BadRequest extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** A 404 raised while routing. */
export class NotFound extends Error {}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readJsonBody(body: string | undefined): Json {
  if (body === undefined || body.trim() === '') {
    throw new BadRequest('RequestBodyRead', 'Empty Payload. JSON content expected.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new BadRequest(
      'RequestBodyRead',
      'Invalid JSON. An unexpected token was found in the request body.',
    );
  }
  if (!isObject(parsed))
    throw new BadRequest('RequestBodyRead', 'A JSON object was expected in the request body.');
  return parsed;
}

export function rejectUnknown(value: Json, allowed: ReadonlySet<string>, type: string): void {
  for (const key of Object.keys(value)) {
    if (key.startsWith('@odata.')) continue;
    if (!allowed.has(key)) {
      throw new BadRequest(
        'RequestBodyRead',
        `The property '${key}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
      );
    }
  }
}

export function enumValue(value: unknown, allowed: readonly string[], type: string): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new BadRequest(
      'RequestBodyRead',
      `Cannot convert the literal '${String(value)}' to the expected type 'microsoft.graph.${type}'.`,
    );
  }
  return value;
}

/** Validates a dateTimeTimeZone and stores it as Graph reads it back: in UTC, 7 fractional digits. */
export function storedDateTime(value: unknown, name: string): Json {
  if (
    !isObject(value) ||
    typeof value['dateTime'] !== 'string' ||
    typeof value['timeZone'] !== 'string'
  ) {
    throw new BadRequest(
      'RequestBodyRead',
      `Cannot read '${name}': a dateTimeTimeZone with dateTime and timeZone is expected.`,
    );
  }
  const timeZone = value['timeZone'];
  if (!isKnownTimeZone(timeZone)) {
    throw new BadRequest(
      'ErrorInvalidRequest',
      `The time zone '${timeZone}' is not supported (stand-in knows UTC and W. Europe Standard Time).`,
    );
  }
  const instant = instantOfGraphDateTime({ dateTime: value['dateTime'], timeZone });
  if (instant === undefined) {
    throw new BadRequest(
      'ErrorInvalidRequest',
      `The value '${value['dateTime']}' of '${name}' is not a valid date and time.`,
    );
  }
  return { ...graphDateTime(instant, 'UTC') };
}

export function instantOf(value: unknown): number {
  return isObject(value)
    ? (instantOfGraphDateTime(value as { dateTime: string; timeZone: string }) ?? NaN)
    : NaN;
}

/** Reads a message `$select` as Graph does: an unknown property is a 400 naming it. */
export function parseSelect(value: string | null): string[] | null {
  if (value === null) return null;
  const keys = value
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k !== '');
  for (const key of keys) {
    if (!SELECTABLE_MESSAGE_PROPERTIES.has(key) && key !== 'sentDateTime') {
      throw new BadRequest(
        'RequestBroker--ParseUri',
        `Could not find a property named '${key}' on type 'microsoft.graph.message'.`,
      );
    }
  }
  return keys;
}

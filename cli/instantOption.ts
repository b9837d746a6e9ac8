import { parseInstant } from '../shared/index.ts';
import { UsageError } from './usageError.ts';

/** Reads standard input line by line, for commands that stream (report). */
export interface LineInput {
  readonly stdinLines?: () => AsyncIterable<string>;
}

/** An instant as ISO 8601 with offset, or as epoch milliseconds (all digits). */
export function instantOf(text: string): ReturnType<typeof parseInstant> {
  if (/^-?\d{1,15}$/.test(text.trim())) return { ok: true, value: Number(text.trim()) };
  return parseInstant(text);
}

/** The instant of an option, or undefined when absent; a UsageError naming the option when bad. */
export function instantOption(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const parsed = instantOf(text);
  if (!parsed.ok) throw new UsageError(`--${flag}: ${parsed.error.message}`);
  return parsed.value;
}

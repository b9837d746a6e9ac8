// The Gmail watcher's access tokens on disk, so a run-once cycle (cron) reuses the tokens of the
// last run instead of asking Google for one per mailbox again. The service-account key the
// watcher reads is strictly more powerful than any hour-long token minted from it, so a file of
// such tokens beside the state adds no exposure, as long as only the key's owner can read it: the
// file is 0600, and one with a wider mode or another owner is ignored (and replaced).
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { writeAtomically } from './writeAtomically.ts';

/** One cached token: the exact scope string it was asked for, and when it expires (epoch ms). */
export interface CachedToken {
  readonly scope: string;
  readonly accessToken: string;
  readonly expiresAt: number;
}

interface TokenFileContent {
  version: 1;
  /** By impersonated mailbox (lower case); one entry per scope string. */
  tokens: Record<string, CachedToken[]>;
}

/** The token cache file: read once, saved when a token was added. Nothing in it is ever logged. */
export interface TokenFile {
  readonly path: string;
  /** A token for exactly `scope` valid beyond `now + marginMs`, else undefined. */
  find(subject: string, scope: string, now: number, marginMs: number): CachedToken | undefined;
  put(subject: string, token: CachedToken): void;
  /** Writes the file atomically if something changed, leaving out expired tokens. */
  save(now: number): void;
}

const isToken = (value: unknown): value is CachedToken => {
  const t = value as Partial<CachedToken> | null;
  return (
    typeof t?.scope === 'string' &&
    typeof t.accessToken === 'string' &&
    typeof t.expiresAt === 'number' &&
    Number.isFinite(t.expiresAt)
  );
};

function tokensOf(text: string): Map<string, CachedToken[]> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const content = value as Partial<TokenFileContent> | null;
  if (content?.version !== 1 || typeof content.tokens !== 'object' || content.tokens === null)
    return undefined;
  const tokens = new Map<string, CachedToken[]>();
  for (const [subject, list] of Object.entries(content.tokens))
    if (Array.isArray(list)) tokens.set(subject, list.filter(isToken));
  return tokens;
}

/** Why the file at `fd` must not be trusted, or undefined when only its owner can read it. */
function distrustOf(fd: number): string | undefined {
  const stat = fstatSync(fd);
  if (!stat.isFile()) return 'it is not a regular file';
  // No POSIX owner or mode bits to check where there is no getuid (Windows): ACLs govern there.
  const uid = process.getuid?.();
  if (uid === undefined) return undefined;
  if (stat.uid !== uid) return `it belongs to uid ${stat.uid}, not to this user (${uid})`;
  const mode = stat.mode & 0o777;
  if ((mode & 0o077) !== 0)
    return `its mode ${mode.toString(8).padStart(4, '0')} is wider than 0600`;
  return undefined;
}

function read(path: string, warn: (line: string) => void): Map<string, CachedToken[]> {
  let fd: number;
  try {
    // Never follow a symlink planted in the token file's place.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      warn(
        `ignoring the token cache ${path}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`,
      );
    return new Map();
  }
  try {
    const distrust = distrustOf(fd);
    if (distrust !== undefined) {
      warn(`ignoring the token cache ${path}: ${distrust}; it will be replaced`);
      return new Map();
    }
    const tokens = tokensOf(readFileSync(fd, 'utf8'));
    if (tokens === undefined)
      warn(`ignoring the token cache ${path}: not a svarsplikt token cache`);
    return tokens ?? new Map();
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens the token cache at `path` (missing = empty); `warn` gets one line naming the file, never a
 * token, when the file is ignored.
 */
export function openTokenFile(path: string, warn: (line: string) => void): TokenFile {
  const tokens = read(path, warn);
  let changed = false;
  return {
    path,
    find(subject, scope, now, marginMs) {
      return tokens
        .get(subject.toLowerCase())
        ?.find((t) => t.scope === scope && t.expiresAt - marginMs > now);
    },
    put(subject, token) {
      const key = subject.toLowerCase();
      tokens.set(key, [...(tokens.get(key) ?? []).filter((t) => t.scope !== token.scope), token]);
      changed = true;
    },
    save(now) {
      if (!changed) return;
      const live = [...tokens]
        .map(([subject, list]) => [subject, list.filter((t) => t.expiresAt > now)] as const)
        .filter(([, list]) => list.length > 0);
      const content: TokenFileContent = { version: 1, tokens: Object.fromEntries(live) };
      writeAtomically(path, JSON.stringify(content));
      changed = false;
    },
  };
}

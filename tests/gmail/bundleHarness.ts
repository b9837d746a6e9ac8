/**
 * Builds the add-on bundle with its real Vite config (into a temporary directory, so test files
 * can build in parallel) and loads it into a fresh V8 context, the way Apps Script evaluates a
 * project: one global scope, the services as globals.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface BuiltBundle {
  readonly code: string;
  readonly manifest: Record<string, unknown>;
}

/** Runs `vite build` with gmail-addon/vite.config.ts and returns the output. */
export async function buildBundle(): Promise<BuiltBundle> {
  const { build } = await import('vite');
  const dir = mkdtempSync(join(tmpdir(), 'svarsplikt-gmail-'));
  await build({
    configFile: join(repoRoot, 'gmail-addon/vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: dir, emptyOutDir: true },
  });
  try {
    return {
      code: readFileSync(join(dir, 'Code.js'), 'utf8'),
      manifest: JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as Record<
        string,
        unknown
      >,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The Apps Script service globals a context provides. */
export type ServiceGlobals = Record<string, unknown>;

export interface LoadedBundle {
  readonly context: vm.Context;
  /** Names of the service globals read so far. */
  readonly touched: string[];
  /** Makes the service globals readable (they throw until then). */
  arm(globals: ServiceGlobals): void;
  /** Calls a top-level function of the bundle as Apps Script would. */
  call(name: string, event?: unknown): unknown;
}

export const SERVICE_NAMES = [
  'CardService',
  'GmailApp',
  'Gmail',
  'PropertiesService',
  'Session',
  'Utilities',
  'ScriptApp',
  'UrlFetchApp',
  'CacheService',
  'LockService',
  'Logger',
] as const;

/**
 * Evaluates the bundle in a new context whose service globals throw on access until armed, with
 * Date.now fixed at `now`. Throws if evaluation itself touches a service.
 */
export function loadBundle(code: string, now: number): LoadedBundle {
  const touched: string[] = [];
  let globals: ServiceGlobals | undefined;
  const sandbox: Record<string, unknown> = {};
  for (const name of SERVICE_NAMES) {
    Object.defineProperty(sandbox, name, {
      configurable: true,
      enumerable: true,
      get() {
        touched.push(name);
        if (globals === undefined) throw new Error(`${name} was read while the bundle loaded`);
        if (!(name in globals)) throw new ReferenceError(`${name} is not defined`);
        return globals[name];
      },
    });
  }
  sandbox['console'] = { log() {}, warn() {}, error() {}, info() {} };
  const context = vm.createContext(sandbox);
  vm.runInContext(`Date.now = function () { return ${now}; };`, context);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return {
    context,
    touched,
    arm(next) {
      globals = next;
      // A service that is not there (an advanced service not enabled) is undeclared, as in Apps Script.
      for (const name of SERVICE_NAMES)
        if (!(name in next)) delete (context as Record<string, unknown>)[name];
    },
    call(name, event) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function`);
      return JSON.parse(JSON.stringify((fn as (e: unknown) => unknown)(event))) as unknown;
    },
  };
}

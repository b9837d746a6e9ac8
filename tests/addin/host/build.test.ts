import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { initialJs, staticImports } from '../../../scripts/budgets.mjs';

const configFile = fileURLToPath(new URL('../../../vite.config.ts', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'addin-build-'));

describe('staticImports (budget script)', () => {
  it.each<[string, string, string[]]>([
    ['named import', 'import{a as b}from"./x-1.js";', ['./x-1.js']],
    ['side-effect import', 'import"./y.js";', ['./y.js']],
    ['re-export', 'export{c}from"./z.js"', ['./z.js']],
    ['dynamic import ignored', 'const m=()=>import("./lazy.js")', []],
    ['string mentioning a file ignored', 'const f="./x.js"', []],
  ])('%s', (_case, code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('the add-in build', () => {
  beforeAll(async () => {
    // Vitest runs with NODE_ENV=test, which would make React's development build.
    const nodeEnv = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      await build({
        configFile,
        mode: 'production',
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env['NODE_ENV'] = nodeEnv;
    }
  }, 120_000);

  it('emits taskpane.html, the auth dialog, config and icons', () => {
    for (const file of [
      'taskpane.html',
      'auth-dialog.html',
      'config/org.json',
      'config/addin.json',
      'icons/icon-80.png',
    ]) {
      expect(existsSync(join(outDir, file)), file).toBe(true);
    }
  });

  it('keeps MSAL and the Graph client out of the first paint (lazy chunks)', () => {
    const initial = initialJs(outDir);
    expect(initial.files[0]).toMatch(/^assets\/taskpane-.*\.js$/);
    const code = initial.files.map((f) => readFileSync(join(outDir, f), 'utf8')).join('\n');
    expect(code).not.toContain('createNestablePublicClientApplication');
    expect(code).not.toContain('Refusing to send the Graph token');
    const all = readdirSync(join(outDir, 'assets'))
      .map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'))
      .join('\n');
    expect(all).toContain('Refusing to send the Graph token'); // it is there, just lazy
  });

  it('is a production build', () => {
    const all = readdirSync(join(outDir, 'assets'))
      .map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'))
      .join('\n');
    expect(all).not.toContain('jsxDEV');
  });

  it('ships no playground code (stand-ins, demo mailbox)', () => {
    const all = readdirSync(join(outDir, 'assets'))
      .map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'))
      .join('\n');
    expect(all).not.toContain('NumberOfNotificationMessagesExceeded'); // the Office stand-in
    expect(all).not.toContain('MailboxConcurrency'); // the Graph stand-in
    expect(all).not.toContain('anna.lind@vaxjo.se');
  });
});

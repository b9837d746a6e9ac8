import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { PREVIEW_STYLE } from '../../../addin/src/absence/HtmlFrame.tsx';
import { TASKPANE_INITIAL_JS_BUDGET, initialJs, staticImports } from '../../../scripts/budgets.mjs';
import { enUiStrings } from '../../../addin/src/i18n/enUiStrings.ts';

/** Words that only the playground's stand-ins and their wiring use. */
const STANDIN_TRACES = [/stand-?in/i, /playground/i, /\/graph\/v1\.0/, /svarsplikt-standin-token/];

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );
}

/** The page's Content-Security-Policy meta as directive → sources. */
function cspOf(html: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
  expect(content, 'a Content-Security-Policy meta').toBeDefined();
  return new Map(
    (content ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

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

  it('keeps lazy views, their components, lazy-only core rules and English out of the first paint', () => {
    const initial = initialJs(outDir);
    const code = initial.files.map((f) => readFileSync(join(outDir, f), 'utf8')).join('\n');
    const all = readdirSync(join(outDir, 'assets'))
      .map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'))
      .join('\n');
    const lazyOnly = [
      'fui-Textarea', // Fluent components only the out-of-office and queue views use
      'fui-Switch',
      'fui-DatePicker',
      'DATES_INVALID', // the core's absence findings (shared/absence/findingRules.ts)
      enUiStrings.datePicker.isOutOfBoundsErrorMessage, // the English table
      enUiStrings.tabAbsence,
    ];
    for (const text of lazyOnly) {
      expect(all, `${text} is built`).toContain(text);
      expect(code, `${text} is not in the first paint`).not.toContain(text);
    }
  });

  it('keeps the first paint within its budget', () => {
    expect(initialJs(outDir).gzipBytes).toBeLessThanOrEqual(TASKPANE_INITIAL_JS_BUDGET);
  });

  it('is a production build', () => {
    const all = readdirSync(join(outDir, 'assets'))
      .map((f) => readFileSync(join(outDir, 'assets', f), 'utf8'))
      .join('\n');
    expect(all).not.toContain('jsxDEV');
  });

  it('mentions no stand-in anywhere in its output (pages, scripts, config)', () => {
    const files = filesUnder(outDir).filter((f) => !f.endsWith('.png'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(join(outDir, file), 'utf8');
      for (const needle of STANDIN_TRACES)
        expect(text, `${file} mentions ${needle}`).not.toMatch(needle);
    }
  });

  it.each(['taskpane.html', 'auth-dialog.html'])(
    '%s has a strict Content-Security-Policy and no inline script',
    (page) => {
      const html = readFileSync(join(outDir, page), 'utf8');
      const policy = cspOf(html);
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      for (const sources of policy.values()) {
        expect(sources).not.toContain("'unsafe-inline'");
        expect(sources).not.toContain("'unsafe-eval'");
        expect(sources).not.toContain('*');
      }
      for (const origin of [
        ...(policy.get('connect-src') ?? []),
        ...(policy.get('frame-src') ?? []),
      ])
        expect([
          "'self'",
          'https://graph.microsoft.com',
          'https://login.microsoftonline.com',
        ]).toContain(origin);
      // Every <script> has a src: no inline script at all.
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes = '', body = ''] of scripts) {
        expect(attributes).toMatch(/\bsrc="/);
        expect(body.trim()).toBe('');
      }
    },
  );

  it("admits only Griffel's empty style elements and the preview's style sheet, by hash", () => {
    const styles = cspOf(readFileSync(join(outDir, 'taskpane.html'), 'utf8')).get('style-src');
    expect(styles).toEqual([
      "'self'",
      `'sha256-${sha256('')}'`,
      `'sha256-${sha256(PREVIEW_STYLE)}'`,
    ]);
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

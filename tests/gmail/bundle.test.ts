/**
 * The built bundle is a classic Apps Script file: top-level function declarations only, every
 * function the manifest and the cards name exists, nothing Apps Script lacks, and the manifest
 * asks for the least scopes.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';
import { ACTION } from '../../gmail-addon/src/cards/actionNames.ts';
import { buildBundle } from './bundleHarness.ts';
import { parseScript, scriptViolations } from './scriptChecks.ts';
import type { BuiltBundle } from './bundleHarness.ts';

let bundle: BuiltBundle;
let source: ts.SourceFile;

beforeAll(async () => {
  bundle = await buildBundle();
  source = parseScript(bundle.code);
});

function topLevelFunctions(): string[] {
  return source.statements.filter(ts.isFunctionDeclaration).map((f) => f.name?.text ?? '');
}

describe('the bundle is a classic script', () => {
  test('it parses as a script', () => {
    const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] })
      .parseDiagnostics;
    expect(diagnostics).toEqual([]);
  });

  test('only declarations at top level; no modules, private fields, missing globals or newer syntax', () => {
    expect(scriptViolations(bundle.code)).toEqual([]);
    expect(bundle.code).not.toMatch(
      /\bimport\s*\(|\bimport\.meta\b|\bfetch\(|new URL\(|TextEncoder/,
    );
  });

  test.each([
    ['export function f() {}', 'module syntax'],
    ['import x from "y";', 'module syntax'],
    ['function f() { return import("y"); }', 'module syntax'],
    ['function f() { return import.meta.url; }', 'module syntax'],
    ['function f() { return class { #a = 1; }; }', 'private field'],
    ['function f() { setTimeout(f, 1); }', 'missing in Apps Script: setTimeout'],
    ['function f() { return fetch("x"); }', 'missing in Apps Script: fetch'],
    ['function f() { return new URL("https://x"); }', 'missing in Apps Script: URL'],
    ['function f(a) { a ??= 1; }', 'newer than ES2020'],
    ['function f(a) { return a.replaceAll("x", "y"); }', 'newer than ES2020: .replaceAll'],
    ['function f(a) { return a.at(-1); }', 'newer than ES2020: .at'],
    ['function f(a) { return a?.at(-1); }', 'newer than ES2020: .at'],
    ['var x = CardService.newCardBuilder();', 'top-level work'],
    ['(function () {})();', 'top-level work'],
  ])('the check catches %s', (code, problem) => {
    expect(scriptViolations(code).join('; ')).toContain(problem);
  });

  test('a data field named like a newer method is no violation', () => {
    expect(scriptViolations('function f(p) { return p.at < 1 ? p.at : 0; }')).toEqual([]);
  });

  test('mentions no stand-in or playground: production knows nothing of them', () => {
    expect(bundle.code).not.toMatch(/stand-?in/i);
    expect(bundle.code).not.toMatch(/playground/i);
  });

  test('size stays within the budget of 150 KB', () => {
    expect(Buffer.byteLength(bundle.code)).toBeLessThanOrEqual(150 * 1024);
  });
});

describe('every function named exists as a top-level function', () => {
  test('the manifest triggers', () => {
    const addOns = bundle.manifest['addOns'] as {
      common: {
        homepageTrigger: { runFunction: string };
        universalActions?: { runFunction: string }[];
      };
      gmail: { contextualTriggers: { onTriggerFunction: string }[] };
    };
    const named = [
      addOns.common.homepageTrigger.runFunction,
      ...(addOns.common.universalActions ?? []).map((a) => a.runFunction),
      ...addOns.gmail.contextualTriggers.map((t) => t.onTriggerFunction),
    ];
    expect(named).toEqual(['onHomepage', 'onGmailMessageOpen']);
    for (const name of named) expect(topLevelFunctions()).toContain(name);
  });

  test('every action name the cards can use (setFunctionName)', () => {
    const functions = topLevelFunctions();
    for (const name of Object.values(ACTION)) expect(functions, name).toContain(name);
  });

  test('every setFunctionName literal in the sources', () => {
    const names = new Set<string>();
    const files = ts.sys.readDirectory('gmail-addon/src', ['.ts']);
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/functionName: ACTION\.(\w+)/g)) {
        names.add(ACTION[match[1] as keyof typeof ACTION]);
      }
    }
    expect(names.size).toBeGreaterThan(8);
    for (const name of names) expect(topLevelFunctions()).toContain(name);
  });
});

describe('appsscript.json', () => {
  test('V8, Stockholm time, the Gmail advanced service, locale from the app', () => {
    const m = bundle.manifest as {
      runtimeVersion: string;
      timeZone: string;
      dependencies: { enabledAdvancedServices: unknown[] };
      addOns: { common: { useLocaleFromApp: boolean } };
    };
    expect(m.runtimeVersion).toBe('V8');
    expect(m.timeZone).toBe('Europe/Stockholm');
    expect(m.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Gmail', serviceId: 'gmail', version: 'v1' },
    ]);
    expect(m.addOns.common.useLocaleFromApp).toBe(true);
  });

  test('the least scopes, never full mail access', () => {
    expect(bundle.manifest['oauthScopes']).toEqual([
      'https://www.googleapis.com/auth/gmail.addons.execute',
      'https://www.googleapis.com/auth/gmail.addons.current.message.metadata',
      'https://www.googleapis.com/auth/gmail.addons.current.action.compose',
      'https://www.googleapis.com/auth/gmail.modify',
      'https://www.googleapis.com/auth/gmail.settings.basic',
      'https://www.googleapis.com/auth/script.locale',
    ]);
    expect(bundle.manifest['oauthScopes']).not.toContain('https://mail.google.com/');
  });

  test('the forward needs no scope beyond gmail.modify: no full mail, no outside fetch', () => {
    const scopes = bundle.manifest['oauthScopes'] as string[];
    // users.messages.send and messages.get format=raw both accept gmail.modify (Gmail API reference).
    expect(bundle.code).toMatch(/Users\.Messages\.send\(/);
    expect(bundle.code).toMatch(/format:\s*[`"']raw[`"']/);
    // GmailMessage.forward, GmailApp.sendEmail and MailApp would demand https://mail.google.com/;
    // UrlFetchApp would demand script.external_request. The bundle uses none of them.
    expect(bundle.code).not.toMatch(/\.forward\(|sendEmail|MailApp|UrlFetchApp|getOAuthToken/);
    expect(scopes).not.toContain('https://www.googleapis.com/auth/script.external_request');
    expect(scopes).not.toContain('https://www.googleapis.com/auth/gmail.send');
    expect(scopes.some((s) => s === 'https://mail.google.com/' || s.endsWith('/gmail'))).toBe(
      false,
    );
  });

  test('the copy in dist is the repository root file', () => {
    expect(bundle.manifest).toEqual(JSON.parse(readFileSync('appsscript.json', 'utf8')));
  });

  test('links the cards open are allowed by openLinkUrlPrefixes', () => {
    const prefixes = (bundle.manifest['addOns'] as { common: { openLinkUrlPrefixes: string[] } })
      .common.openLinkUrlPrefixes;
    const urls = [...bundle.code.matchAll(/["'`](https:\/\/mail\.google\.com\/[^"'`]*)["'`]/g)].map(
      (m) => m[1] ?? '',
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(prefixes.some((p) => url.startsWith(p))).toBe(true);
  });
});

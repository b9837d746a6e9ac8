import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildManifest, manifestFor, normaliseBaseUrl } from '../../scripts/build-manifest.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
// A copy of ../shared/schemas/office-manifest (checked below) so the test runs in any checkout.
const SCHEMA_DIR = join(root, 'tests/addin/manifest-schemas');
const schema = join(SCHEMA_DIR, 'OfficeAppManifestV1_1.xsd');
const SHARED_SCHEMA_DIR = join(root, '../shared/schemas/office-manifest');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

/** xmllint's verdict: '' when valid, else its error output. */
function validate(file: string): string {
  try {
    execFileSync('xmllint', ['--noout', '--schema', schema, file], { stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: Buffer }).stderr ?? e);
  }
}

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'manifest-')), name);
  writeFileSync(file, text);
  return file;
}

/** The text between the first `<tag` and its matching `</tag>` at the same nesting (VersionOverrides nest). */
function section(text: string, open: string, close: string, from = 0): string {
  const start = text.indexOf(open, from);
  let depth = 0;
  const pattern = new RegExp(`${open}|${close}`, 'g');
  pattern.lastIndex = start;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    depth += m[0] === close ? -1 : 1;
    if (depth === 0) return text.slice(start, m.index + close.length);
  }
  throw new Error(`unclosed ${open}`);
}

describe('manifest.xml', () => {
  it('uses the five schemas of ../shared/schemas/office-manifest, unchanged where that folder exists', () => {
    const names = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.xsd'));
    expect(names.length).toBe(5);
    if (!existsSync(SHARED_SCHEMA_DIR)) return; // a checkout without the reference folder (CI)
    expect(
      readdirSync(SHARED_SCHEMA_DIR)
        .filter((f) => f.endsWith('.xsd'))
        .sort(),
    ).toEqual(names.sort());
    for (const name of names) {
      expect(readFileSync(join(SCHEMA_DIR, name), 'utf8'), name).toBe(
        readFileSync(join(SHARED_SCHEMA_DIR, name), 'utf8'),
      );
    }
  });

  it('validates against the Office add-in manifest schema', () => {
    expect(validate(join(root, 'manifest.xml'))).toBe('');
  });

  it('(control) the schema rejects SupportsPinning in VersionOverrides 1.0', () => {
    const outer = section(
      manifest,
      '<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides"',
      '</VersionOverrides>',
    );
    const nestedStart = outer.indexOf(
      '<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1"',
    );
    const v10 = outer.slice(0, nestedStart);
    const broken = manifest.replace(
      v10,
      v10.replace(
        '<SourceLocation resid="Taskpane.Url" />',
        '<SourceLocation resid="Taskpane.Url" />\n<SupportsPinning>true</SupportsPinning>',
      ),
    );
    expect(broken).not.toBe(manifest);
    expect(validate(tempFile('broken.xml', broken))).toMatch(/SupportsPinning/);
  });

  it('asks for the least permission (ReadItem) and Mailbox 1.1 as the base requirement', () => {
    expect(manifest).toMatch(/<Permissions>ReadItem<\/Permissions>/);
    expect(manifest).toMatch(/<Set Name="Mailbox" MinVersion="1.1" \/>/);
    expect(manifest).not.toMatch(/ReadWriteMailbox|ReadWriteItem/);
  });

  it('offers a pinnable task pane only in the nested VersionOverrides 1.1, on the message-read surface', () => {
    const outer = section(
      manifest,
      '<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides"',
      '</VersionOverrides>',
    );
    const nested = section(outer, '<VersionOverrides', '</VersionOverrides>', 1);
    expect(nested).toContain('xsi:type="VersionOverridesV1_1"');
    expect(nested).toContain('<SupportsPinning>true</SupportsPinning>');
    expect(outer.replace(nested, '')).not.toContain('SupportsPinning');
    for (const block of [outer.replace(nested, ''), nested]) {
      expect(block).toContain('xsi:type="MessageReadCommandSurface"');
      expect(block).toContain('<Action xsi:type="ShowTaskpane">');
      expect(block).toContain('DefaultValue="https://localhost:3000/taskpane.html"');
    }
  });

  it('defaults to Swedish with English overrides for every visible string', () => {
    expect(manifest).toContain('<DefaultLocale>sv-SE</DefaultLocale>');
    const strings = [
      ...manifest.matchAll(/<(DisplayName|Description|bt:String)\b[^>]*>([\s\S]*?)<\/\1>/g),
    ];
    expect(strings.length).toBeGreaterThanOrEqual(4);
    for (const [, , inner] of strings) expect(inner).toMatch(/Locale="en-US"/);
  });

  it('defines every resid it uses', () => {
    const used = new Set([...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]));
    const defined = new Set(
      [...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]),
    );
    for (const id of used) expect(defined, id).toContain(id);
  });

  it('points at icons that are real PNGs of the right size', () => {
    const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/icons\/icon-(\d+)\.png/g)];
    expect(new Set(icons.map((m) => m[1]))).toEqual(new Set(['16', '32', '64', '80', '128']));
    for (const [, size] of icons) {
      const png = readFileSync(join(root, 'addin/public/icons', `icon-${size}.png`));
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('build-manifest', () => {
  it('writes a valid manifest for another base URL with no localhost left', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.xml');
    buildManifest({ baseUrl: 'https://svarsplikt.vaxjo.se/outlook/', out });
    const built = readFileSync(out, 'utf8');
    expect(validate(out)).toBe('');
    expect(built).not.toContain('localhost');
    expect(built).toContain(
      '<SourceLocation DefaultValue="https://svarsplikt.vaxjo.se/outlook/taskpane.html" />',
    );
    expect(built).toContain('<AppDomain>https://svarsplikt.vaxjo.se</AppDomain>');
    expect(built).toContain(
      '<bt:Image id="Icon.80x80" DefaultValue="https://svarsplikt.vaxjo.se/outlook/icons/icon-80.png" />',
    );
  });

  it('keeps https://localhost:3000 by default', () => {
    expect(manifestFor(manifest, 'https://localhost:3000')).toContain(
      'https://localhost:3000/taskpane.html',
    );
  });

  it.each(['http://svarsplikt.vaxjo.se', 'https://x.se/?a=1', 'not a url'])(
    'refuses the base URL %s',
    (url) => {
      expect(() => normaliseBaseUrl(url)).toThrow();
    },
  );
});

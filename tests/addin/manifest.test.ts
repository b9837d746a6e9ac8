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

const SHARED_FOLDERS = '<SupportsSharedFolders>true</SupportsSharedFolders>';
// Microsoft's docs: SupportsSharedFolders is an optional xs:boolean child of DesktopFormFactor,
// valid only in Mail VersionOverrides 1.1, placed before FunctionFile. The pinned schemas predate it.
const SHARED_FOLDERS_DECLARATION =
  '<xs:element name="SupportsSharedFolders" type="xs:boolean" minOccurs="0" maxOccurs="1" />';
const FORM_FACTOR_SEQUENCE = /(<xs:complexType name="FormFactor">[\s\S]*?<xs:sequence>)/;

/** The pinned schemas with MailAppVersionOverridesV1_1.xsd's FormFactor given the element, first. */
function schemaWithSharedFolders(): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-schemas-'));
  for (const name of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.xsd'))) {
    let text = readFileSync(join(SCHEMA_DIR, name), 'utf8');
    if (name === 'MailAppVersionOverridesV1_1.xsd') {
      const matches = text.match(new RegExp(FORM_FACTOR_SEQUENCE, 'g')) ?? [];
      if (matches.length !== 1) throw new Error(`expected one FormFactor sequence in ${name}`);
      text = text.replace(FORM_FACTOR_SEQUENCE, `$1\n      ${SHARED_FOLDERS_DECLARATION}`);
    }
    writeFileSync(join(dir, name), text);
  }
  return join(dir, 'OfficeAppManifestV1_1.xsd');
}
const derivedSchema = schemaWithSharedFolders();

/** The manifest with exactly the SupportsSharedFolders element taken out (for the pinned schemas). */
function withoutSharedFolders(text: string): string {
  const out = text.replace(new RegExp(`\\n[ ]*${SHARED_FOLDERS}`), '');
  if (out === text) throw new Error('the manifest has no SupportsSharedFolders element');
  return out;
}

/** xmllint's verdict: '' when valid, else its error output. */
function validate(file: string, schemaFile = schema): string {
  try {
    execFileSync('xmllint', ['--noout', '--schema', schemaFile, file], { stdio: 'pipe' });
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

  it('validates against the pinned schemas once SupportsSharedFolders is taken out', () => {
    const rest = withoutSharedFolders(manifest);
    expect(rest.split('\n').length).toBe(manifest.split('\n').length - 1);
    expect(validate(tempFile('pinned.xml', rest))).toBe('');
  });

  it('(control) the pinned schemas reject SupportsSharedFolders, so the derived schema is needed', () => {
    expect(validate(join(root, 'manifest.xml'))).toMatch(/SupportsSharedFolders/);
  });

  it('validates as a whole against the pinned schemas plus SupportsSharedFolders as documented', () => {
    expect(
      readFileSync(
        derivedSchema.replace('OfficeAppManifestV1_1', 'MailAppVersionOverridesV1_1'),
        'utf8',
      ),
    ).toContain(SHARED_FOLDERS_DECLARATION);
    expect(validate(join(root, 'manifest.xml'), derivedSchema)).toBe('');
  });

  it('declares SupportsSharedFolders once, first in the nested 1.1 DesktopFormFactor', () => {
    const outer = section(
      manifest,
      '<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides"',
      '</VersionOverrides>',
    );
    const nested = section(outer, '<VersionOverrides', '</VersionOverrides>', 1);
    expect(manifest.split(SHARED_FOLDERS).length).toBe(2);
    expect(outer.replace(nested, '')).not.toContain('SupportsSharedFolders');
    expect(nested).toMatch(
      /<DesktopFormFactor>\s*(?:<!--[^>]*-->\s*)?<SupportsSharedFolders>true<\/SupportsSharedFolders>\s*<ExtensionPoint/,
    );
  });

  it.each([
    ['in the VersionOverrides 1.0 DesktopFormFactor', 'v1.0'],
    ['with a value that is not a boolean', 'not-boolean'],
    ['after the ExtensionPoint instead of first', 'out-of-order'],
  ] as const)('(control) the derived schema rejects SupportsSharedFolders %s', (_name, variant) => {
    const outer = section(
      manifest,
      '<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides"',
      '</VersionOverrides>',
    );
    const nested = section(outer, '<VersionOverrides', '</VersionOverrides>', 1);
    const v10 = outer.slice(0, outer.indexOf(nested));
    let broken: string;
    if (variant === 'v1.0') {
      broken = manifest.replace(
        v10,
        v10.replace('<DesktopFormFactor>', `<DesktopFormFactor>\n${SHARED_FOLDERS}`),
      );
    } else if (variant === 'not-boolean') {
      broken = manifest.replace(
        SHARED_FOLDERS,
        '<SupportsSharedFolders>ja</SupportsSharedFolders>',
      );
    } else {
      const moved = withoutSharedFolders(nested).replace(
        '</ExtensionPoint>',
        `</ExtensionPoint>\n${SHARED_FOLDERS}`,
      );
      broken = manifest.replace(nested, moved);
    }
    expect(broken).not.toBe(manifest);
    expect(validate(tempFile('broken.xml', broken), derivedSchema)).toMatch(
      /SupportsSharedFolders/,
    );
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
    expect(validate(tempFile('broken.xml', broken), derivedSchema)).toMatch(/SupportsPinning/);
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
    expect(validate(out, derivedSchema)).toBe('');
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

// Every source a user can be shown names the guideline document, who adopted it and when, and the
// section heading, and each of those is really in the guideline (the copies in
// tests/fixtures/seeds, the only place the suite reads them from).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ABSENCE_SOURCES } from '../../shared/absence/absenceSources.ts';
import { FINDING_RULES } from '../../shared/absence/findingRules.ts';
import { citeSource } from '../../shared/policy/citeSource.ts';
import { GUIDELINES } from '../../shared/policy/guidelines.ts';
import { POLICY_PRESETS } from '../../shared/policy/presets.ts';
import type { Source } from '../../shared/policy/source.ts';
import { parseOrgConfig } from '../../shared/index.ts';
import { SEED_FILE_NAME } from '../fixtures/seedFileName.ts';

const seedsDir = new URL('../fixtures/seeds/', import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => readFileSync(new URL(file, seedsDir), 'utf8'));

/** The guideline with this title: its first line that begins "Riktlinje". */
function seedTitled(title: string): string {
  const found = seeds.filter(
    (text) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line.startsWith('Riktlinje')) === title,
  );
  expect(found, `one guideline titled "${title}"`).toHaveLength(1);
  return found[0]!;
}

/** Headings: the guideline's own lines, without Markdown emphasis or a table of contents' dots. */
function headings(text: string): readonly string[] {
  return text.split('\n').map((line) => line.replace(/\*/g, '').trim());
}

const ALL_SOURCES: readonly (readonly [string, Source])[] = [
  ...POLICY_PRESETS.flatMap((p) =>
    [p.reply, p.target, p.forwardWithin]
      .filter((rule) => rule !== undefined)
      .map((rule) => [`preset ${p.id}`, rule.source] as const),
  ),
  ...Object.entries(ABSENCE_SOURCES),
  ...FINDING_RULES.flatMap((rule, i) =>
    rule.source === null ? [] : [[`finding row ${i} ${rule.id}`, rule.source] as const],
  ),
];

describe('sources', () => {
  it.each(ALL_SOURCES.filter(([, s]) => s.kind === 'guideline'))(
    '%s: the title, the adoption and the section heading are in the guideline',
    (_name, source) => {
      const text = seedTitled(source.guideline);
      if (source.adoptedOn !== null) expect(text).toContain(source.adoptedOn);
      if (source.decision !== null) expect(text).toContain(source.decision);
      expect(headings(text)).toContain(source.section);
    },
  );

  it.each(ALL_SOURCES.filter(([, s]) => s.kind === 'law'))(
    '%s: a law, with its article',
    (_name, source) => {
      expect(source.guideline).toBe('Dataskyddsförordningen (EU) 2016/679');
      expect(source.section).toMatch(/^art\. \d/);
    },
  );

  it('the documents as they name themselves, with who adopted them and when', () => {
    for (const doc of Object.values(GUIDELINES).filter((d) => d.kind === 'guideline')) {
      const text = seedTitled(doc.title);
      if (doc.adoptedOn !== null) expect(text).toContain(doc.adoptedOn);
    }
    expect(seeds).toHaveLength(5);
  });

  it.each([
    [
      'a guideline in Swedish',
      POLICY_PRESETS[1]!.reply.source,
      'sv',
      'Riktlinje för service i Vaxholms stad, antagen av kommunstyrelsen i Vaxholms stad 2021-10-28 § 167, avsnittet ”Svarstider”',
    ],
    [
      'a guideline in English',
      POLICY_PRESETS[1]!.reply.source,
      'en',
      'Riktlinje för service i Vaxholms stad, adopted by the municipal executive board of Vaxholm on 2021-10-28, § 167, section "Svarstider"',
    ],
    [
      'a guideline adopted without a paragraph number',
      POLICY_PRESETS[3]!.reply.source,
      'sv',
      'Riktlinjer för svar och bemötande, antagen av Vimmerby kommuns ledningsgrupp 2024-04-08, avsnittet ”Besvara e-post skyndsamt”',
    ],
    [
      'a law',
      ABSENCE_SOURCES.gdprArt9,
      'en',
      'Dataskyddsförordningen (EU) 2016/679, adopted by the European Parliament and the Council on 2016-04-27, art. 9',
    ],
  ] as const)('cites %s', (_case, source, lang, expected) => {
    expect(citeSource(source, lang)).toBe(expected);
  });

  it("cites an organisation's own numbers as its configuration", () => {
    const parsed = parseOrgConfig({
      name: 'Exempel kommun',
      policy: { replyWithin: 4 },
      domains: ['ex.se'],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { source } = parsed.value.policy.reply;
    expect(citeSource(source, 'sv')).toBe(
      'Organisationens egen regel i Svarspliktkonfigurationen för Exempel kommun',
    );
    expect(citeSource(source, 'en')).toBe(
      "The organisation's own rule in the Svarsplikt configuration for Exempel kommun",
    );
  });

  it.each(ALL_SOURCES)(
    '%s: no file name anywhere in the source or its citation',
    (_name, source) => {
      expect(JSON.stringify(source)).not.toMatch(SEED_FILE_NAME);
      for (const lang of ['sv', 'en'] as const) {
        const cited = citeSource(source, lang);
        expect(cited).not.toMatch(SEED_FILE_NAME);
        expect(cited).toContain(source.guideline);
        expect(cited).toContain(source.adoptedBy[lang]);
        if (source.adoptedOn !== null) expect(cited).toContain(source.adoptedOn);
        expect(cited).toContain(source.section);
      }
    },
  );
});

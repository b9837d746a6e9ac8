// docs/rules.md holds every rule the code cites: each "docs/rules.md §N" in the repository has its
// section, nothing cites a document outside the repository, and the tables name what the core has.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_RULES } from '../../shared/absence/findingRules.ts';
import { GUIDELINES } from '../../shared/policy/guidelines.ts';
import { POLICY_PRESETS } from '../../shared/policy/presets.ts';

const repo = path.join(import.meta.dirname, '../..');
const rules = readFileSync(path.join(repo, 'docs/rules.md'), 'utf8');
const sections = new Set([...rules.matchAll(/^## §(\d+) /gm)].map((m) => Number(m[1])));

/** Every code, script and test file, with its text. */
function sourceFiles(): readonly { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const visit = (relative: string): void => {
    const full = path.join(repo, relative);
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full)) {
        if (name !== 'node_modules' && name !== 'seeds') visit(path.join(relative, name));
      }
    } else if (/\.(ts|tsx|mjs|js|json|html)$/.test(relative)) {
      found.push({ file: relative, text: readFileSync(full, 'utf8') });
    }
  };
  for (const root of ['shared', 'addin', 'gmail-addon', 'cli', 'scripts', 'tests', 'playground'])
    visit(root);
  return found;
}

const files = sourceFiles();

describe('docs/rules.md', () => {
  it('has the nine sections, in order', () => {
    expect([...sections]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('holds every section the code cites', () => {
    const cited = files.flatMap(({ file, text }) =>
      [...text.matchAll(/docs\/rules\.md §(\d+)/g)].map((m) => [file, Number(m[1])] as const),
    );
    expect(cited.length).toBeGreaterThan(20);
    expect(cited.filter(([, n]) => !sections.has(n))).toEqual([]);
  });

  it('is the only rule book: nothing cites SPEC or reads ../shared', () => {
    const outside = files.filter(
      ({ file, text }) =>
        file !== path.join('tests', 'docs', 'rules.test.ts') &&
        (/\bSPEC\b/.test(text) || /['"`](\.\.\/)+shared\/(SPEC|STYLE|seeds)/.test(text)),
    );
    expect(outside.map(({ file }) => file)).toEqual([]);
  });

  it('names every finding of the core in §4', () => {
    const section4 = rules.slice(rules.indexOf('## §4'), rules.indexOf('## §5'));
    for (const id of new Set(FINDING_RULES.map((rule) => rule.id)))
      expect(section4).toContain(`\`${id}\``);
  });

  it('names every preset, with its reply duty, in §6', () => {
    const section6 = rules.slice(rules.indexOf('## §6'), rules.indexOf('## §7'));
    for (const policy of POLICY_PRESETS) {
      const row = section6.split('\n').find((line) => line.startsWith(`| \`${policy.id}\``));
      expect(row, policy.id).toBeDefined();
      expect(row).toContain(`within ${policy.reply.workingDays}`);
      expect(row).toContain(policy.reply.source.section);
    }
  });

  it('lists every guideline by its title, who adopted it and when', () => {
    for (const doc of Object.values(GUIDELINES)) {
      expect(rules).toContain(doc.title);
      if (doc.kind === 'guideline' && doc.adoptedOn !== null)
        expect(rules).toContain(doc.adoptedBy.sv);
      if (doc.adoptedOn !== null) expect(rules).toContain(doc.adoptedOn);
    }
  });
});

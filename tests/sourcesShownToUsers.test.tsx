// @vitest-environment happy-dom
// What users read about where a rule comes from: the guideline document, who adopted it and when,
// and the section heading — in both hosts and both languages, and never an internal file name such
// as the guideline copies' "000_2e14a13f8a0d382d.txt".
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingsList } from '../addin/src/components/FindingsList.tsx';
import { uiStrings } from '../addin/src/i18n/uiStrings.ts';
import { absenceCard } from '../gmail-addon/src/cards/absenceCard.ts';
import { FINDING_RULES } from '../shared/absence/findingRules.ts';
import {
  buildReferral,
  citeSource,
  explainClock,
  POLICY_PRESETS,
  presetOrganisation,
  replyClock,
} from '../shared/index.ts';
import type { Finding, Lang, Organisation } from '../shared/index.ts';
import { SEED_FILE_NAME } from './fixtures/seedFileName.ts';

const LANGS: readonly Lang[] = ['sv', 'en'];

function organisation(id: string): Organisation {
  const result = presetOrganisation(id);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** One finding per row of the compliance table, so every source is drawn. */
const EVERY_FINDING: readonly Finding[] = FINDING_RULES.map((rule, i) => ({
  id: rule.id,
  severity: rule.severity,
  message: rule.message,
  source: rule.source,
  field: `row${i}`,
}));
const repo = path.join(import.meta.dirname, '..');
const CITED = EVERY_FINDING.filter((f) => f.source !== null);

afterEach(cleanup);

describe('sources shown to users', () => {
  it('the seed file name pattern matches the copies it guards against', () => {
    const names = readdirSync(path.join(repo, 'tests/fixtures/seeds'));
    expect(names.filter((name) => SEED_FILE_NAME.test(name))).toHaveLength(5);
  });

  it.each(POLICY_PRESETS.flatMap((policy) => LANGS.map((lang) => [policy.id, lang] as const)))(
    'reply clock explanation (%s, %s) cites the guideline, not a file',
    (id, lang) => {
      const org = organisation(id);
      const received = Date.parse('2026-04-02T10:00:00Z');
      const clock = replyClock({ receivedAt: received, receivedAtSource: 'server' }, org, received);
      const text = explainClock(clock, org, lang).join('\n');
      expect(text).toContain(citeSource(org.policy.reply.source, lang));
      expect(text).not.toMatch(SEED_FILE_NAME);
    },
  );

  it.each(LANGS)('Outlook findings list (%s) cites each guideline, not a file', (lang) => {
    const { container } = render(
      <FindingsList findings={EVERY_FINDING} lang={lang} t={uiStrings(lang)} active />,
    );
    const text = container.textContent ?? '';
    for (const finding of CITED) expect(text).toContain(citeSource(finding.source!, lang));
    expect(text).not.toMatch(SEED_FILE_NAME);
  });

  it.each(LANGS)('Gmail absence card (%s) cites each guideline, not a file', (lang) => {
    const org = organisation('vimmerby');
    const referral = buildReferral(
      { firstDay: '2026-12-23', lastDay: '2027-01-08', contacts: [] },
      org,
      '2026-12-22',
    );
    const card = absenceCard({
      lang,
      org,
      demo: false,
      userEmail: 'anna.lind@vimmerby.se',
      now: Date.parse('2026-12-22T09:00:00Z'),
      current: { enableAutoReply: false },
      backupSavedAt: undefined,
      absence: undefined,
      form: {
        firstDay: '2026-12-23',
        lastDay: '2027-01-08',
        personName: '',
        contactName: '',
        contactAddress: '',
        contactPhone: '',
        forwardTo: '',
        delegate: '',
        note: '',
        english: true,
      },
      eligibleForwarding: [],
      preview: { ...referral, findings: EVERY_FINDING },
    });
    const text = JSON.stringify(card);
    for (const finding of CITED) {
      expect(text).toContain(JSON.stringify(citeSource(finding.source!, lang)).slice(1, -1));
    }
    expect(text).not.toMatch(SEED_FILE_NAME);
  });

  // The sweep behind the cases above: no product code, configuration or playground file holds a
  // seed file name at all, so no view can show one.
  it('no product or playground file contains a seed file name', () => {
    const roots = ['shared', 'addin', 'gmail-addon', 'cli', 'playground', 'bin'];
    const files = ['manifest.xml', 'appsscript.json', 'README.md', 'ARCHITECTURE.md', 'docs'];
    const offenders: string[] = [];
    let read = 0;
    const visit = (relative: string): void => {
      const full = path.join(repo, relative);
      let stat;
      try {
        stat = statSync(full);
      } catch {
        return; // ARCHITECTURE.md or docs/ not written yet in an older checkout
      }
      if (stat.isDirectory()) {
        if (relative.endsWith('node_modules')) return;
        for (const name of readdirSync(full)) visit(path.join(relative, name));
        return;
      }
      read += 1;
      if (SEED_FILE_NAME.test(readFileSync(full, 'latin1'))) offenders.push(relative);
    };
    for (const root of [...roots, ...files]) visit(root);
    expect(read).toBeGreaterThan(100);
    expect(offenders).toEqual([]);
  });
});

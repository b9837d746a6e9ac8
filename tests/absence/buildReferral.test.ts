import { describe, expect, it } from 'vitest';
import { absenceReasonTerm } from '../../shared/absence/absenceReasonTerm.ts';
import { buildReferral } from '../../shared/absence/buildReferral.ts';
import type { AbsenceInput } from '../../shared/absence/types.ts';
import { vaxjo } from './fixtures.ts';

const BASE: AbsenceInput = {
  firstDay: '2026-04-08',
  lastDay: '2026-04-09',
  contacts: [{ name: 'Anna Berg', address: 'anna.berg@vaxjo.se' }],
};

describe('buildReferral', () => {
  it.each([
    ['an ordinary Thursday → Friday', '2026-04-09', '2026-04-10'],
    ['a Friday → Monday', '2026-04-10', '2026-04-13'],
    ['skärtorsdagen → Tuesday after annandag påsk', '2026-04-02', '2026-04-07'],
    ['the day before midsommarafton → Monday', '2026-06-18', '2026-06-22'],
    [
      '23 December → 28 December (julafton, juldagen, annandag jul, weekend)',
      '2026-12-23',
      '2026-12-28',
    ],
    ['30 December 2026 → Monday 4 January 2027', '2026-12-30', '2027-01-04'],
    ['a Saturday → Monday', '2026-04-11', '2026-04-13'],
  ])('back on: %s', (_case, lastDay, backOn) => {
    const referral = buildReferral({ ...BASE, firstDay: null, lastDay }, vaxjo(), '2026-01-01');
    expect(referral.backOn).toBe(backOn);
  });

  it('respects an organisation closing on a klämdag', () => {
    const org = vaxjo({ extraClosedDates: [{ date: '2026-05-15', name: 'Klämdag' }] });
    const referral = buildReferral(
      { ...BASE, firstDay: null, lastDay: '2026-05-13' },
      org,
      '2026-05-01',
    );
    expect(referral.backOn).toBe('2026-05-18');
    expect(referral.external.text).toContain('Jag är tillbaka måndag 18 maj 2026.');
    expect(referral.external.text).toContain('I will be back on Monday 18 May 2026.');
  });

  it('says back on as weekday and date, Swedish before English', () => {
    const { external } = buildReferral(BASE, vaxjo(), '2026-04-01');
    expect(external.subject).toBe(
      'Frånvarande, åter fredag 10 april 2026 / Out of office, back on Friday 10 April 2026',
    );
    expect(external.text.indexOf('Jag är tillbaka fredag 10 april 2026.')).toBeGreaterThan(0);
    expect(external.text.indexOf('Jag är tillbaka')).toBeLessThan(
      external.text.indexOf('I will be back'),
    );
    expect(external.html.indexOf('<div lang="sv">')).toBeLessThan(
      external.html.indexOf('<div lang="en">'),
    );
  });

  it('lists official channels before functional mailboxes before colleagues', () => {
    const { external, internal } = buildReferral(BASE, vaxjo(), '2026-04-01');
    const at = (s: string): number => external.text.indexOf(s);
    expect(at('växel 0470-410 00')).toBeGreaterThan(0);
    expect(at('växel 0470-410 00')).toBeLessThan(at('e-post kommunen@vaxjo.se'));
    expect(at('e-post kommunen@vaxjo.se')).toBeLessThan(
      at('Kontaktcenter: kontaktcenter@vaxjo.se'),
    );
    expect(at('Kontaktcenter: kontaktcenter@vaxjo.se')).toBeLessThan(
      at('Anna Berg: anna.berg@vaxjo.se'),
    );
    // Colleagues know the switchboard: the internal text is shorter.
    expect(internal.text).not.toContain('0470-410 00');
    expect(internal.text).toContain('Anna Berg: anna.berg@vaxjo.se');
    expect(internal.text.length).toBeLessThan(external.text.length);
  });

  it.each([
    [
      'forwarded',
      { forwardTo: 'kontaktcenter@vaxjo.se' },
      'Ditt meddelande har vidarebefordrats till kontaktcenter@vaxjo.se.',
      'Your message has been forwarded to kontaktcenter@vaxjo.se.',
    ],
    [
      'a delegate reads the mail',
      { delegate: 'anna.berg@vaxjo.se' },
      'En kollega läser min e-post medan jag är borta.',
      'A colleague is reading my e-mail while I am away.',
    ],
    [
      'handled on return',
      {},
      'Jag tar hand om ditt meddelande när jag är tillbaka.',
      'I will deal with your message when I am back.',
    ],
  ])('says what happens to the message: %s', (_case, extra, sv, en) => {
    const { external } = buildReferral({ ...BASE, ...extra }, vaxjo(), '2026-04-01');
    expect(external.text).toContain(sv);
    expect(external.text).toContain(en);
    expect(external.text).toContain('Tack för ditt meddelande. Det har kommit fram.');
  });

  it('names the forwarding address exactly as set, and links it', () => {
    const { external, internal } = buildReferral(
      { ...BASE, forwardTo: ' Bygglov@Vaxjo.se ' },
      vaxjo(),
      '2026-04-01',
    );
    for (const texts of [external, internal]) {
      expect(texts.text).toContain('vidarebefordrats till Bygglov@Vaxjo.se.');
      expect(texts.html).toContain('<a href="mailto:Bygglov@Vaxjo.se">Bygglov@Vaxjo.se</a>');
    }
  });

  it('never writes a reason for absence of its own', () => {
    const referral = buildReferral(
      { ...BASE, forwardTo: 'kontaktcenter@vaxjo.se', personName: 'Erik Lind' },
      vaxjo(),
      '2026-04-01',
    );
    for (const texts of [referral.external, referral.internal]) {
      expect(absenceReasonTerm(texts.subject + texts.text)).toBeUndefined();
    }
  });

  it('writes only the languages asked for, Swedish first whatever the order given', () => {
    expect(
      buildReferral({ ...BASE, languages: ['sv'] }, vaxjo(), '2026-04-01').external.html,
    ).not.toContain('lang="en"');
    const en = buildReferral({ ...BASE, languages: ['en'] }, vaxjo(), '2026-04-01').external;
    expect(en.subject).toBe('Out of office, back on Friday 10 April 2026');
    expect(en.html).not.toContain('lang="sv"');
    const both = buildReferral(
      { ...BASE, languages: ['en', 'sv'] },
      vaxjo(),
      '2026-04-01',
    ).external;
    expect(both.text.startsWith('Hej!')).toBe(true);
  });

  it.each([
    [
      'no last day',
      { lastDay: null },
      'Jag är frånvarande från och med onsdag 8 april 2026.',
      'Frånvarande / Out of office',
    ],
    [
      'no dates',
      { firstDay: null, lastDay: null },
      'Jag är frånvarande.',
      'Frånvarande / Out of office',
    ],
    [
      'end before start',
      { firstDay: '2026-04-09', lastDay: '2026-04-08' },
      'Jag är frånvarande.',
      'Frånvarande / Out of office',
    ],
    [
      'not a date',
      { lastDay: '2026-04-31' },
      'Jag är frånvarande från och med onsdag 8 april 2026.',
      'Frånvarande / Out of office',
    ],
  ])('still writes a text with %s, and blocks', (_case, dates, sentence, subject) => {
    const referral = buildReferral({ ...BASE, ...dates }, vaxjo(), '2026-04-01');
    expect(referral.backOn).toBeNull();
    expect(referral.external.text).toContain(sentence);
    expect(referral.external.subject).toBe(subject);
    expect(referral.blocking).toBe(true);
  });

  it('blocks on any error and only then', () => {
    expect(buildReferral(BASE, vaxjo(), '2026-04-01').blocking).toBe(false);
    // A warning and an info do not block.
    const soft = buildReferral({ ...BASE, note: 'sjuk', languages: ['sv'] }, vaxjo(), '2026-04-01');
    expect(soft.findings.map((f) => f.severity)).toEqual(['warning', 'info']);
    expect(soft.blocking).toBe(false);
    const hard = buildReferral({ ...BASE, forwardTo: 'me@gmail.com' }, vaxjo(), '2026-04-01');
    expect(hard.blocking).toBe(true);
  });

  it('returns frozen data', () => {
    const referral = buildReferral(BASE, vaxjo(), '2026-04-01');
    expect(Object.isFrozen(referral)).toBe(true);
    expect(Object.isFrozen(referral.external)).toBe(true);
  });
});

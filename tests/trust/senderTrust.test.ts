import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../../shared/triage/parseHeaders.ts';
import { triageMessage } from '../../shared/triage/triageMessage.ts';
import { lookalikeOf } from '../../shared/trust/lookalikeDomain.ts';
import { unicodeDomain } from '../../shared/trust/punycode.ts';
import { parseAuthenticationResults, senderTrust } from '../../shared/trust/senderTrust.ts';

const ORG = ['vaxjo.se', 'vimmerby.se'];

// Shapes as Exchange Online and Gmail write them (addresses and IPs changed).
const EXCHANGE_DMARC_FAIL =
  'spf=softfail (sender IP is 203.0.113.9) smtp.mailfrom=vaxjo.se; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=vaxjo.se;compauth=fail reason=000';
const EXCHANGE_PASS =
  'spf=pass (sender IP is 40.107.22.52) smtp.mailfrom=vaxjo.se; dkim=pass (signature was verified) header.d=vaxjo.se;dmarc=pass action=none header.from=vaxjo.se;compauth=pass reason=100';
const GOOGLE_PASS =
  'mx.google.com;\r\n       dkim=pass header.i=@vaxjo.se header.s=selector1 header.b=AbCdEf12;\r\n       spf=pass (google.com: domain of anna@vaxjo.se designates 40.107.22.52 as permitted sender) smtp.mailfrom=anna@vaxjo.se;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=vaxjo.se';
const GOOGLE_FAIL =
  'mx.google.com;\r\n       spf=fail (google.com: domain of kontakt@vaxjo.se does not designate 198.51.100.4 as permitted sender) smtp.mailfrom=kontakt@vaxjo.se;\r\n       dmarc=fail (p=REJECT sp=REJECT dis=QUARANTINE) header.from=vaxjo.se';

function message(from: string, ...results: string[]): string {
  const fields = results.map(
    (value) => `Authentication-Results: ${value.replace(/\r\n/g, '\r\n')}\r\n`,
  );
  return `${fields.join('')}From: ${from}\r\nTo: anna.lind@vaxjo.se\r\nSubject: Faktura\r\n\r\n`;
}

describe('parseAuthenticationResults', () => {
  it.each([
    [
      'Exchange Online, no authserv-id',
      EXCHANGE_DMARC_FAIL,
      { authservId: '', spf: 'softfail', dkim: 'none', dmarc: 'fail', headerFrom: 'vaxjo.se' },
    ],
    [
      'Exchange Online, pass',
      EXCHANGE_PASS,
      { authservId: '', spf: 'pass', dkim: 'pass', dmarc: 'pass', headerFrom: 'vaxjo.se' },
    ],
    [
      'Gmail, folded',
      parseHeaders(`A-R: ${GOOGLE_PASS}\r\n`).get('A-R') ?? '',
      {
        authservId: 'mx.google.com',
        spf: 'pass',
        dkim: 'pass',
        dmarc: 'pass',
        headerFrom: 'vaxjo.se',
      },
    ],
    ['no results', 'mx.example.se; none', { authservId: 'mx.example.se' }],
  ])('%s', (_case, value, expected) => {
    expect(parseAuthenticationResults(value)).toEqual(expected);
  });
});

describe('senderTrust', () => {
  it('notes a message that claims the own domain but fails DMARC (Exchange Online)', () => {
    const trust = senderTrust(
      parseHeaders(message('Kontaktcenter <kontakt@vaxjo.se>', EXCHANGE_DMARC_FAIL)),
      { orgDomains: ORG },
    );
    expect(trust.notes.map((note) => note.code)).toEqual(['OWN_DOMAIN_DMARC_FAIL']);
    expect(trust.notes[0]?.message.sv).toContain('vaxjo.se');
  });

  it('notes a DMARC failure written by Gmail', () => {
    const trust = senderTrust(parseHeaders(message('kontakt@vaxjo.se', GOOGLE_FAIL)), {
      orgDomains: ORG,
    });
    expect(trust.authentication?.authservId).toBe('mx.google.com');
    expect(trust.notes.map((note) => note.code)).toEqual(['OWN_DOMAIN_DMARC_FAIL']);
  });

  it('counts only the topmost Authentication-Results: a forged lower one changes nothing', () => {
    const passes = senderTrust(
      parseHeaders(message('anna@vaxjo.se', GOOGLE_PASS, EXCHANGE_DMARC_FAIL)),
      { orgDomains: ORG },
    );
    expect(passes.notes).toEqual([]);
    const fails = senderTrust(parseHeaders(message('anna@vaxjo.se', GOOGLE_FAIL, EXCHANGE_PASS)), {
      orgDomains: ORG,
    });
    expect(fails.notes.map((note) => note.code)).toEqual(['OWN_DOMAIN_DMARC_FAIL']);
  });

  it('with the boundary named, skips fields other servers wrote above it', () => {
    const trust = senderTrust(
      parseHeaders(
        message('anna@vaxjo.se', 'relay.example.net; dmarc=pass header.from=vaxjo.se', GOOGLE_FAIL),
      ),
      { orgDomains: ORG, authservIds: ['mx.google.com'] },
    );
    expect(trust.notes.map((note) => note.code)).toEqual(['OWN_DOMAIN_DMARC_FAIL']);
  });

  it('says nothing of a DMARC failure for someone else’s domain', () => {
    const trust = senderTrust(
      parseHeaders(message('a@example.com', 'mx.google.com; dmarc=fail header.from=example.com')),
      { orgDomains: ORG },
    );
    expect(trust.notes).toEqual([]);
  });

  it('notes a look-alike sender and never changes the duty', () => {
    const headers = parseHeaders(message('Ekonomi <ekonomi@vaxj0.se>'));
    expect(senderTrust(headers, { orgDomains: ORG }).notes.map((note) => note.code)).toEqual([
      'LOOKALIKE_DOMAIN',
    ]);
    expect(triageMessage(headers).duty).toBe(true);
  });
});

describe('lookalikeOf', () => {
  it.each([
    ['digit for a letter', 'vaxj0.se', 'vaxjo.se'],
    ['swapped neighbours', 'vaxoj.se', 'vaxjo.se'],
    ['one letter more', 'vaxxjo.se', 'vaxjo.se'],
    ['two edits in a long name', 'vimerbyy.se', 'vimmerby.se'],
    ['rn for m', 'virnmerby.se', 'vimmerby.se'],
    ['Cyrillic а (Punycode)', 'xn--vxjo-53d.se', 'vaxjo.se'],
    ['Cyrillic а (Unicode)', 'vаxjo.se', 'vaxjo.se'],
    ['accents', 'xn--vxj-qla6g.se', 'vaxjo.se'],
    ['same name, other top-level domain', 'vaxjo.com', 'vaxjo.se'],
    ['subdomain of a look-alike', 'mail.vaxj0.se', 'vaxjo.se'],
  ])('%s: %s imitates %s', (_case, domain, own) => {
    expect(lookalikeOf(domain, ORG)).toBe(own);
  });

  it.each([
    ['the domain itself', 'vaxjo.se'],
    ['a subdomain', 'skola.vaxjo.se'],
    ['an unrelated domain', 'gmail.com'],
    ['two edits in a short name', 'vaxxjjo.se'],
    ['a neighbour municipality', 'vaxholm.se'],
  ])('%s (%s) is no look-alike', (_case, domain) => {
    expect(lookalikeOf(domain, ORG)).toBeUndefined();
  });

  it('decodes Punycode labels', () => {
    expect(unicodeDomain('xn--vxj-qla6g.se')).toBe('växjö.se');
    expect(unicodeDomain('xn--zz!.se')).toBe('xn--zz!.se');
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAcknowledgement } from '../../shared/absence/buildAcknowledgement.ts';
import { buildNotOursNotice } from '../../shared/absence/buildNotOursNotice.ts';
import { buildReferral } from '../../shared/absence/buildReferral.ts';
import { buildStatusUpdate } from '../../shared/absence/buildStatusUpdate.ts';
import type {
  AbsenceInput,
  AcknowledgementInput,
  NotOursNoticeInput,
  ReferralTexts,
  StatusUpdateInput,
} from '../../shared/absence/types.ts';
import { vaxjo } from './fixtures.ts';

// Generated texts compared byte for byte. `UPDATE_GOLDEN=1 npx vitest run tests/absence` rewrites
// them; read the diff before committing.
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const dir = new URL('./golden/', import.meta.url);

function golden(name: string, actual: string): void {
  const file = new URL(name, dir);
  if (UPDATE) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name}; run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

function goldenTexts(name: string, texts: ReferralTexts): void {
  golden(`${name}.txt`, `Subject: ${texts.subject}\n\n${texts.text}`);
  golden(`${name}.html`, texts.html);
}

const REFERRALS: readonly (readonly [string, AbsenceInput, Record<string, unknown>, string])[] = [
  [
    'referral-easter',
    {
      firstDay: '2026-04-01',
      lastDay: '2026-04-02',
      contacts: [
        {
          name: 'Anna Berg',
          role: 'handläggare',
          address: 'anna.berg@vaxjo.se',
          phone: '0470-123 45',
        },
      ],
      personName: 'Erik Lind',
    },
    {},
    '2026-03-30',
  ],
  [
    'referral-summer-forwarded',
    {
      firstDay: '2026-06-22',
      lastDay: '2026-07-31',
      contacts: [{ name: 'Bygglovsenheten', phone: '0470-410 00' }],
      forwardTo: 'bygglov@vaxjo.se',
      personName: 'Erik Lind',
      note: 'Gäller det bygglov på Öland?\nRing då länsstyrelsen.',
    },
    {},
    '2026-06-01',
  ],
  [
    'referral-delegate-swedish-only',
    {
      firstDay: null,
      lastDay: '2026-12-23',
      contacts: [],
      delegate: 'anna.berg@vaxjo.se',
      languages: ['sv'],
    },
    { mainNumber: undefined },
    '2026-12-01',
  ],
  [
    'referral-hostile-input',
    {
      firstDay: '2026-04-08',
      lastDay: '2026-04-09',
      contacts: [
        { name: 'Tom & Jerry <script>alert(1)</script>', role: '"chef"', address: 'tom@vaxjo.se' },
        { name: "O'Brien", address: 'x"onmouseover="alert(1)@vaxjo.se' },
      ],
      personName: '</p><img src=x onerror=alert(1)>',
      note: '<a href="javascript:alert(1)">klicka</a> & <b>fet</b>',
    },
    { name: 'Kommun <i>&</i> Co' },
    '2026-04-01',
  ],
];

const ACKNOWLEDGEMENTS: readonly (readonly [
  string,
  AcknowledgementInput,
  Record<string, unknown>,
])[] = [
  [
    'ack-both',
    {
      receivedAt: Date.UTC(2026, 3, 7, 8, 12),
      answerBy: Date.UTC(2026, 3, 9, 14, 30),
      subject: 'Fråga om bygglov',
      senderName: 'Karin',
    },
    {},
  ],
  [
    'ack-confidential-sv',
    {
      receivedAt: Date.UTC(2026, 3, 2, 15, 0),
      answerBy: Date.UTC(2026, 3, 8, 14, 30),
      subject: 'Orosanmälan om barn på Storgatan 1',
      signature: 'Erik Lind\nSocialförvaltningen, Växjö kommun',
      confidential: true,
      lang: 'sv',
    },
    {},
  ],
  [
    'ack-en-no-channels',
    {
      receivedAt: Date.UTC(2026, 11, 31, 23, 30),
      answerBy: Date.UTC(2027, 0, 8, 15, 30),
      lang: 'en',
    },
    { mainNumber: undefined, officialAddress: undefined },
  ],
];

const PROMISED_ACKNOWLEDGEMENTS: readonly (readonly [string, AcknowledgementInput])[] = [
  [
    'ack-promised-date',
    {
      receivedAt: Date.UTC(2026, 3, 2, 10, 0),
      promised: '2026-04-15',
      answerBy: Date.UTC(2026, 3, 8, 14, 30),
      subject: 'Fråga om bygglov',
      senderName: 'Karin',
    },
  ],
];

const STATUS_UPDATES: readonly (readonly [string, StatusUpdateInput, Record<string, unknown>])[] = [
  [
    'status-update-both',
    {
      receivedAt: Date.UTC(2026, 3, 2, 10, 0),
      promised: '2026-04-22',
      previouslyPromised: '2026-04-15',
      subject: 'Fråga om bygglov',
      senderName: 'Karin',
    },
    {},
  ],
  [
    'status-update-confidential-sv',
    {
      receivedAt: Date.UTC(2026, 3, 2, 10, 0),
      promised: '2026-04-22',
      subject: 'Orosanmälan om barn på Storgatan 1',
      signature: 'Erik Lind\nSocialförvaltningen, Växjö kommun',
      confidential: true,
      lang: 'sv',
    },
    {},
  ],
];

const NOT_OURS: readonly (readonly [string, NotOursNoticeInput, Record<string, unknown>])[] = [
  [
    'not-ours-both',
    {
      receivedAt: Date.UTC(2026, 3, 7, 8, 12),
      forwardedTo: {
        name: 'Länsstyrelsen i Kronobergs län',
        address: 'kronoberg@lansstyrelsen.se',
        phone: '010-223 70 00',
      },
      answerBy: '2026-04-14',
      subject: 'Strandskydd vid Helgasjön',
      senderName: 'Karin',
    },
    {},
  ],
  [
    'not-ours-unknown-date-sv',
    {
      receivedAt: Date.UTC(2026, 3, 7, 8, 12),
      forwardedTo: { name: 'Bygglovsenheten', address: 'bygglov@vaxjo.se' },
      lang: 'sv',
    },
    {},
  ],
  [
    'not-ours-hostile-input',
    {
      receivedAt: Date.UTC(2026, 3, 7, 8, 12),
      forwardedTo: {
        name: 'Tom & Jerry <script>alert(1)</script>',
        address: 'x"onmouseover="alert(1)@vaxjo.se',
      },
      subject: '<img src=x onerror=alert(1)>',
      senderName: '</p><b>Karin</b>',
    },
    { name: 'Kommun <i>&</i> Co' },
  ],
];

describe('golden texts', () => {
  it.each(REFERRALS)('%s', (name, input, org, today) => {
    const referral = buildReferral(input, vaxjo(org), today);
    goldenTexts(`${name}.external`, referral.external);
    goldenTexts(`${name}.internal`, referral.internal);
  });

  it.each(ACKNOWLEDGEMENTS)('%s', (name, input, org) => {
    goldenTexts(name, buildAcknowledgement(input, vaxjo(org)));
  });

  it.each(PROMISED_ACKNOWLEDGEMENTS)('%s', (name, input) => {
    goldenTexts(name, buildAcknowledgement(input, vaxjo()));
  });

  it.each(STATUS_UPDATES)('%s', (name, input, org) => {
    goldenTexts(name, buildStatusUpdate(input, vaxjo(org)));
  });

  it.each(NOT_OURS)('%s', (name, input, org) => {
    goldenTexts(name, buildNotOursNotice(input, vaxjo(org)));
  });
});

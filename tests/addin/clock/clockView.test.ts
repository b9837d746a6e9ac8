import { describe, expect, it } from 'vitest';
import { messageFacts } from '../../../addin/src/clock/clockView.ts';
import type { MessageExtras } from '../../../addin/src/clock/clockView.ts';
import type { SelectedMessage } from '../../../addin/src/pane/ports.ts';
import { CITIZEN, MAILBOX, testOrg } from '../pane/fakes.ts';

const SERVER = Date.parse('2026-12-21T16:05:10Z');
const TOPMOST_RECEIVED = Date.parse('2026-12-21T16:05:00Z'); // 17:05 +0100
const DATE_HEADER = Date.parse('2026-12-21T15:58:00Z'); // 16:58 +0100
const CREATED = CITIZEN.dateTimeCreated;

const WITHOUT_RECEIVED = [
  'From: Erik Svensson <erik.svensson@example.se>',
  `To: Anna Lind <${MAILBOX}>`,
  'Date: Mon, 21 Dec 2026 16:58:00 +0100',
].join('\r\n');

describe('messageFacts picks the time of receipt like the core (and Gmail)', () => {
  it.each<[string, string | null, MessageExtras, number, string]>([
    [
      'Graph’s server time before the headers',
      CITIZEN.internetHeaders,
      { serverReceivedAt: SERVER },
      SERVER,
      'server',
    ],
    [
      'the topmost Received: without Graph',
      CITIZEN.internetHeaders,
      {},
      TOPMOST_RECEIVED,
      'received-header',
    ],
    ['the Date: header when no Received: came', WITHOUT_RECEIVED, {}, DATE_HEADER, 'date-header'],
    ['the creation time when nothing else is known', null, {}, CREATED, 'created'],
    [
      'a server time that is not a number is ignored',
      CITIZEN.internetHeaders,
      { serverReceivedAt: Number.NaN },
      TOPMOST_RECEIVED,
      'received-header',
    ],
  ])('%s', (_case, internetHeaders, extras, receivedAt, source) => {
    const message: SelectedMessage = { ...CITIZEN, internetHeaders };
    const facts = messageFacts(message, extras, testOrg(), MAILBOX);
    expect(facts.receivedAt).toBe(receivedAt);
    expect(facts.receivedAtSource).toBe(source);
  });

  it('triages from the headers with the organisation’s rules', () => {
    const auto: SelectedMessage = {
      ...CITIZEN,
      internetHeaders: `${CITIZEN.internetHeaders ?? ''}\r\nAuto-Submitted: auto-replied`,
    };
    expect(messageFacts(auto, {}, testOrg(), MAILBOX).triage?.duty).toBe(false);
    expect(messageFacts(CITIZEN, {}, testOrg(), MAILBOX).triage?.duty).toBe(true);
    expect(messageFacts({ ...CITIZEN, internetHeaders: null }, {}, testOrg(), MAILBOX).triage).toBe(
      undefined,
    );
  });
});

/**
 * The smoke test of issue 4: the BUILT bundle, loaded in a fresh V8 context with stand-ins for
 * the Apps Script services, answers every trigger and action, including the error paths, and
 * loading it touches no service.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { DEMO_MESSAGES, DEMO_OWNER } from '../../playground/demo-mailbox.ts';
import {
  createAppsScriptGlobals,
  discardDraft,
  sendDraft,
} from '../../playground/gmail/standins/gmailWorld.ts';
import type { GmailWorld } from '../../playground/gmail/standins/gmailWorld.ts';
import { createRecordingCardService } from '../../playground/gmail/standins/recordingCardService.ts';
import type {
  RecordedActionResponse,
  RecordedCard,
  RecordedComposeResponse,
} from '../../playground/gmail/standins/recordingCardService.ts';
import { buildBundle, loadBundle } from './bundleHarness.ts';
import { readVacationBackup } from '../../gmail-addon/src/host/vacationBackup.ts';
import type { LoadedBundle } from './bundleHarness.ts';
import {
  NOW,
  cardTexts,
  demoWorld,
  facts,
  navigatedCard,
  notificationOf,
  openEvent,
} from './fixture.ts';

let code: string;
/** Every Action.setFunctionName the cards made during this file's runs. */
const calledFunctionNames: string[][] = [];

beforeAll(async () => {
  code = (await buildBundle()).code;
});

interface Session {
  readonly bundle: LoadedBundle;
  readonly world: GmailWorld;
  readonly globals: Record<string, unknown>;
  readonly functionNames: string[];
}

/** The vacation backup as the add-on stored it (in pieces when large). */
function backupIn(world: GmailWorld): unknown {
  return readVacationBackup({
    getProperty: (key) => world.userProperties.get(key) ?? null,
    setProperty: () => undefined,
    deleteProperty: () => undefined,
  })?.setting;
}

function session(
  options: {
    orgConfig?: string | null;
    locale?: string;
    omit?: string[];
    world?: GmailWorld;
    now?: number;
  } = {},
): Session {
  const world = options.world ?? demoWorld(options);
  world.clock = () => options.now ?? NOW;
  const cards = createRecordingCardService();
  const globals: Record<string, unknown> = {
    ...createAppsScriptGlobals(world),
    CardService: cards.service,
  };
  for (const name of options.omit ?? []) delete globals[name];
  const bundle = loadBundle(code, options.now ?? NOW);
  bundle.arm(globals);
  calledFunctionNames.push(cards.functionNames);
  return { bundle, world, globals, functionNames: cards.functionNames };
}

/** A date picker's input as Gmail sends it: ms since epoch at 00:00 UTC, as a string. */
const dateInput = (iso: string) => ({
  dateInput: { msSinceEpoch: String(Date.parse(`${iso}T00:00:00Z`)) },
});
const text = (value: string) => ({ stringInputs: { value: [value] } });

function absenceForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    firstDay: dateInput('2026-12-23'),
    lastDay: dateInput('2027-01-08'),
    contactName: text('Karin Holm'),
    contactAddress: text('karin.holm@vaxjo.se'),
    english: { stringInputs: { value: ['en'] } },
    ...overrides,
  };
}

const action = (
  parameters: Record<string, string> = {},
  formInputs: Record<string, unknown> = {},
) => ({
  commonEventObject: { userLocale: 'sv', parameters, formInputs },
  gmail: { messageId: parameters['messageId'] ?? 'demo-01', accessToken: 'token-1' },
});

describe('loading the built bundle', () => {
  test('evaluation touches no service and declares the handlers as functions', () => {
    const bundle = loadBundle(code, NOW);
    expect(bundle.touched).toEqual([]);
    expect(typeof (bundle.context as Record<string, unknown>)['onGmailMessageOpen']).toBe(
      'function',
    );
  });

  test('a trigger before the services exist fails loudly, so the load test can fail', () => {
    const bundle = loadBundle(code, NOW);
    expect(() => bundle.call('onHomepage', {})).toThrow(/read while the bundle loaded/);
  });
});

describe('triggers', () => {
  test.each(DEMO_MESSAGES.map((m) => [m.id, m.subject] as const))(
    'onGmailMessageOpen %s answers a message card',
    (id) => {
      const { bundle } = session();
      const card = bundle.call('onGmailMessageOpen', openEvent(id)) as RecordedCard;
      expect(card.type).toBe('Card');
      expect(card.name).toBe('message');
      expect(facts(card).get('Status')).toMatch(
        /I tid|Förfaller snart|Försenat|Besvarat|Ingen svarsplikt/,
      );
    },
  );

  test('the answered demo message shows as answered', () => {
    const answered = DEMO_MESSAGES.find((m) => m.answeredAt !== undefined);
    expect(answered).toBeDefined();
    const { bundle } = session();
    const card = bundle.call('onGmailMessageOpen', openEvent(answered?.id ?? '')) as RecordedCard;
    expect(facts(card).get('Status')).toBe('Besvarat');
  });

  test('English for an English locale', () => {
    const { bundle } = session();
    const card = bundle.call('onGmailMessageOpen', openEvent('demo-01', 'en-GB')) as RecordedCard;
    expect(facts(card).get('Status')).toBe('On track');
    expect(facts(card).get('Answer by')).toBe('Tuesday 29 December 2026, 16:30');
  });

  test('onHomepage lists the queue sorted by due, with counts and a next page', () => {
    const { bundle } = session();
    const card = bundle.call('onHomepage', {
      commonEventObject: { userLocale: 'sv' },
    }) as RecordedCard;
    expect(card.name).toBe('queue');
    const f = facts(card);
    expect(
      Number(f.get('Försenade')) + Number(f.get('Förfaller i dag')) + Number(f.get('Senare')),
    ).toBeGreaterThan(0);
    const items = card.sections[1]?.widgets ?? [];
    const dueLabels = items.map((w) => String(w['bottomLabel']));
    expect(dueLabels.length).toBeGreaterThan(1);
    expect(cardTexts(card)).toContain('Nästa sida');
  });
});

describe('actions', () => {
  test('the homepage stays small: each inbox thread read once for the queue and the follow-up', () => {
    const { bundle, world } = session();
    const gmailCalls = () => world.calls.filter((c) => c.startsWith('gmail.'));
    const card = bundle.call('onHomepage', { commonEventObject: { userLocale: 'sv' } });
    expect(cardTexts(card as RecordedCard)).toContain('Uppföljning');
    // The demo inbox has 15 threads: the queue's page reads 10, the follow-up only the other 5.
    expect(gmailCalls().filter((c) => c === 'gmail.users.threads.get')).toHaveLength(15);
    expect(gmailCalls().filter((c) => c === 'gmail.users.threads.list')).toHaveLength(2);
    expect(gmailCalls().length).toBeLessThanOrEqual(20);
    world.calls.length = 0;
    bundle.call('onQueuePage', action({ pageToken: '10', page: '2' }));
    expect(gmailCalls().filter((c) => c === 'gmail.users.threads.get').length).toBeLessThanOrEqual(
      10,
    );
    world.calls.length = 0;
    bundle.call('onLabelQueue', action({ page: '1' }));
    expect(gmailCalls().filter((c) => c === 'gmail.users.threads.get')).toHaveLength(10);
    expect(gmailCalls().length).toBeLessThanOrEqual(30);
  });

  test('the queue opened from a message card goes on top of it; paging replaces it', () => {
    const { bundle } = session();
    const opened = bundle.call(
      'onQueuePage',
      action({ navigation: 'push' }),
    ) as RecordedActionResponse;
    expect(opened.navigation?.pushCard?.name).toBe('queue');
    const paged = bundle.call('onQueuePage', action({ pageToken: '10', page: '2' }));
    expect((paged as RecordedActionResponse).navigation?.updateCard?.name).toBe('queue');
  });

  test('onQueuePage reads the next page', () => {
    const { bundle } = session();
    const response = bundle.call('onQueuePage', action({ pageToken: '10', page: '2' }));
    expect(cardTexts(navigatedCard(response))).toContain('Första sidan');
  });

  test('onLabelQueue labels every waiting thread with its due date', () => {
    const { bundle, world } = session();
    const response = bundle.call('onLabelQueue', action({ page: '1' }));
    expect(notificationOf(response)).toMatch(/^\d+ trådar märktes/);
    const names = world.labels.map((l) => l.name);
    expect(names).toContain('Svarsplikt');
    expect(names).toContain('Svarsplikt/2026-12-29');
  });

  test('onLabelThread labels the thread, and the label goes once the thread is answered', () => {
    const { bundle, world } = session();
    const response = bundle.call('onLabelThread', action({ messageId: 'demo-01' }));
    expect(notificationOf(response)).toBe('Tråden märktes Svarsplikt/2026-12-29.');
    const label = world.labels.find((l) => l.name === 'Svarsplikt/2026-12-29');
    const thread = () => world.messages.filter((m) => m.threadId === 'AAQkADdemo01');
    expect(thread().every((m) => m.labelIds.includes(label?.id ?? '?'))).toBe(true);
    world.messages.push({
      id: 'demo-01-reply',
      threadId: 'AAQkADdemo01',
      labelIds: ['SENT'],
      internalDate: NOW - 60_000,
      headers: [{ name: 'From', value: DEMO_OWNER.address }],
    });
    const card = bundle.call('onGmailMessageOpen', openEvent('demo-01')) as RecordedCard;
    expect(facts(card).get('Status')).toBe('Besvarat');
    expect(thread().some((m) => m.labelIds.includes(label?.id ?? '?'))).toBe(false);
  });

  test('onNotOurs opens the recipient card and changes nothing yet; onOursAfterAll undoes a mark', () => {
    const { bundle, world } = session();
    const response = bundle.call(
      'onNotOurs',
      action({ messageId: 'demo-01' }),
    ) as RecordedActionResponse;
    expect(response.navigation?.pushCard?.name).toBe('passOn');
    expect(world.userProperties.size).toBe(0);
    world.userProperties.set('svarsplikt.notOurs', JSON.stringify(['demo-01']));
    const ours = navigatedCard(bundle.call('onOursAfterAll', action({ messageId: 'demo-01' })));
    expect(facts(ours).has('Svara senast')).toBe(true);
  });

  test('onAcknowledge opens a reply draft with the kvittens text', () => {
    const { bundle, world } = session();
    const response = bundle.call(
      'onAcknowledge',
      action({ messageId: 'demo-01' }),
    ) as RecordedComposeResponse;
    expect(response.type).toBe('ComposeActionResponse');
    const draft = world.drafts.find((d) => d.id === response.draftId);
    expect(draft?.kind).toBe('reply');
    expect(draft?.body).toMatch(/tisdag 29 december 2026/);
  });

  test('the card offers the answer date, prefilled with the default promise', () => {
    const { bundle } = session();
    const card = bundle.call('onGmailMessageOpen', openEvent('demo-01')) as RecordedCard;
    const picker = JSON.stringify(card);
    expect(picker).toContain('Svar utlovas senast');
    expect(picker).toContain(String(Date.parse('2026-12-29T00:00:00Z')));
  });

  test.each([
    ['2027-01-07', /torsdag 7 januari 2027/],
    ['2027-01-12', /tisdag 12 januari 2027/],
  ])('onAcknowledge with a chosen working day %s states it in the draft', (date, said) => {
    const { bundle, world } = session();
    const response = bundle.call(
      'onAcknowledge',
      action({ messageId: 'demo-01', chosen: '1' }, { promised: dateInput(date) }),
    ) as RecordedComposeResponse;
    expect(response.type).toBe('ComposeActionResponse');
    expect(world.drafts.find((d) => d.id === response.draftId)?.body).toMatch(said);
  });

  test.each([
    ['2027-01-06', /ingen arbetsdag \(trettondedag jul\)/],
    ['2027-01-09', /ingen arbetsdag/],
    ['2026-12-21', /har redan passerat/],
  ])('onAcknowledge refuses %s with the core message and drafts nothing', (date, said) => {
    const { bundle, world } = session();
    const response = bundle.call(
      'onAcknowledge',
      action({ messageId: 'demo-01', chosen: '1' }, { promised: dateInput(date) }),
    );
    expect(notificationOf(response)).toMatch(said);
    expect(world.drafts).toHaveLength(0);
  });

  test('the promise lives in a label: promised → broken → lägesbesked → promised again', () => {
    const first = session();
    const world = first.world;
    const ack = first.bundle.call(
      'onAcknowledge',
      action({ messageId: 'demo-01', chosen: '1' }, { promised: dateInput('2027-01-07') }),
    ) as RecordedComposeResponse;
    const threadLabels = () =>
      world.messages
        .filter((m) => m.threadId === 'AAQkADdemo01')
        .flatMap((m) => m.labelIds)
        .map((id) => world.labels.find((l) => l.id === id)?.name);
    // Only a draft so far: no promise label, and the card says it is a draft.
    expect(threadLabels().some((n) => n?.startsWith('Svarsplikt/utlovat/'))).toBe(false);
    const drafted = first.bundle.call('onGmailMessageOpen', openEvent('demo-01')) as RecordedCard;
    expect(cardTexts(drafted).join('\n')).toContain('ligger som utkast');
    expect(facts(drafted).get('Status')).toBe('I tid');
    // The kvittens is sent a minute later.
    const later = NOW + 60_000;
    world.clock = () => later;
    sendDraft(world, ack.draftId);
    const promised = session({ world, now: later + 60_000 }).bundle.call(
      'onGmailMessageOpen',
      openEvent('demo-01'),
    ) as RecordedCard;
    expect(threadLabels()).toContain('Svarsplikt/utlovat/2027-01-07');
    expect(facts(promised).get('Status')).toBe('Svar utlovat');
    expect(cardTexts(promised).join('\n')).toContain('Svar utlovat senast torsdag 7 januari 2027');
    expect(cardTexts(promised).join('\n')).not.toContain('ligger som utkast');
    expect(cardTexts(promised).join('\n')).not.toContain('Skicka lägesbesked');

    // The playground clock passes the promised date's closing unanswered.
    const brokenAt = Date.parse('2027-01-08T09:00:00Z');
    const broken = session({ world, now: brokenAt });
    const card = broken.bundle.call('onGmailMessageOpen', openEvent('demo-01')) as RecordedCard;
    expect(facts(card).get('Status')).toBe('Utlovat datum passerat – skicka lägesbesked');
    expect(cardTexts(card).join('\n')).toContain('Skicka lägesbesked');
    // The queue keeps the promised thread, by its nearest unmet duty: the lägesbesked, overdue.
    const queue = broken.bundle.call('onHomepage', action()) as RecordedCard;
    expect(cardTexts(queue).join('\n')).toMatch(/Förskoleplats/);
    const refused = broken.bundle.call(
      'onStatusUpdate',
      action({ messageId: 'demo-01' }, { promised: dateInput('2027-01-09') }),
    );
    expect(notificationOf(refused)).toMatch(/ingen arbetsdag/);
    const sent = broken.bundle.call(
      'onStatusUpdate',
      action({ messageId: 'demo-01' }, { promised: dateInput('2027-01-14') }),
    ) as RecordedComposeResponse;
    expect(world.drafts.find((d) => d.id === sent.draftId)?.body).toMatch(/14 januari 2027/);
    // Until the lägesbesked is sent, the earlier promise is the one the asker has.
    expect(threadLabels()).toContain('Svarsplikt/utlovat/2027-01-07');
    world.clock = () => brokenAt + 60_000;
    sendDraft(world, sent.draftId);
    const again = session({ world, now: brokenAt + 120_000 }).bundle.call(
      'onGmailMessageOpen',
      openEvent('demo-01'),
    ) as RecordedCard;
    expect(threadLabels()).toContain('Svarsplikt/utlovat/2027-01-14');
    expect(threadLabels()).not.toContain('Svarsplikt/utlovat/2027-01-07');
    expect(facts(again).get('Status')).toBe('Svar utlovat');
    expect(cardTexts(again).join('\n')).toContain('Svar utlovat senast torsdag 14 januari 2027');

    const answered = navigatedCard(
      broken.bundle.call('onAnswered', action({ messageId: 'demo-01' })),
    );
    expect(facts(answered).get('Status')).toBe('Besvarat');
    expect(threadLabels().some((name) => name?.startsWith('Svarsplikt/utlovat/'))).toBe(false);
  });

  test('a kvittens draft that is discarded promises nothing: no label, and the kvittens is offered again', () => {
    const { bundle, world } = session();
    const ack = bundle.call(
      'onAcknowledge',
      action({ messageId: 'demo-01', chosen: '1' }, { promised: dateInput('2027-01-07') }),
    ) as RecordedComposeResponse;
    expect(world.userProperties.get('svarsplikt.pendingPromises')).toContain('2027-01-07');
    discardDraft(world, ack.draftId);
    const card = bundle.call('onGmailMessageOpen', openEvent('demo-01')) as RecordedCard;
    const names = world.messages
      .filter((m) => m.threadId === 'AAQkADdemo01')
      .flatMap((m) => m.labelIds)
      .map((id) => world.labels.find((l) => l.id === id)?.name);
    expect(names.some((n) => n?.startsWith('Svarsplikt/utlovat/'))).toBe(false);
    expect(world.userProperties.get('svarsplikt.pendingPromises')).toBe('{}');
    expect(cardTexts(card).join('\n')).not.toContain('ligger som utkast');
    expect(cardTexts(card)).toContain('Skapa kvittens');
    expect(facts(card).get('Status')).toBe('I tid');
  });

  test('a kvittens sent without opening the message again is settled by the queue', () => {
    const { bundle, world } = session();
    const before = bundle.call('onHomepage', action()) as RecordedCard;
    expect(cardTexts(before).join('\n')).toMatch(/Förskoleplats/);
    const ack = bundle.call(
      'onAcknowledge',
      action({ messageId: 'demo-01', chosen: '1' }, { promised: dateInput('2027-01-07') }),
    ) as RecordedComposeResponse;
    sendDraft(world, ack.draftId);
    const queue = bundle.call('onHomepage', action()) as RecordedCard;
    expect(world.labels.map((l) => l.name)).toContain('Svarsplikt/utlovat/2027-01-07');
    expect(world.userProperties.get('svarsplikt.pendingPromises')).toBe('{}');
    // Held to its promise, the thread stays in the queue instead of counting as answered.
    expect(cardTexts(queue).join('\n')).toMatch(/Förskoleplats/);
  });

  test.each([
    ['sent', 'Svarsplikt/utlovat/2026-12-29'],
    ['discarded', undefined],
  ] as const)(
    'a confidential kvittens is its own thread: pending while drafted, then %s',
    (fate, label) => {
      const { bundle, world } = session();
      const ack = bundle.call(
        'onAcknowledgeConfidential',
        action({ messageId: 'demo-01' }),
      ) as RecordedComposeResponse;
      const opened = bundle.call('onGmailMessageOpen', openEvent('demo-01')) as RecordedCard;
      expect(cardTexts(opened).join('\n')).toContain('ligger som utkast');
      if (fate === 'sent') sendDraft(world, ack.draftId);
      else discardDraft(world, ack.draftId);
      const card = bundle.call('onGmailMessageOpen', openEvent('demo-01')) as RecordedCard;
      expect(cardTexts(card).join('\n')).not.toContain('ligger som utkast');
      const promiseLabels = world.labels
        .map((l) => l.name)
        .filter((n) => n.startsWith('Svarsplikt/utlovat/'));
      expect(promiseLabels).toEqual(label === undefined ? [] : [label]);
      expect(facts(card).get('Status')).toBe(fate === 'sent' ? 'Svar utlovat' : 'I tid');
      // The queue holds the thread to its promise too, and the follow-up counts it acknowledged.
      const queue = bundle.call('onHomepage', action()) as RecordedCard;
      expect(cardTexts(queue).join('\n')).toMatch(/Förskoleplats/);
    },
  );

  test('a draft still open keeps the promise pending across opens', () => {
    const { bundle, world } = session();
    bundle.call('onAcknowledge', action({ messageId: 'demo-01' }));
    for (let i = 0; i < 2; i += 1) {
      const card = bundle.call('onGmailMessageOpen', openEvent('demo-01')) as RecordedCard;
      expect(cardTexts(card).join('\n')).toContain(
        'Kvittensen med svar senast tisdag 29 december 2026 ligger som utkast.',
      );
    }
    expect(world.labels.some((l) => l.name.startsWith('Svarsplikt/utlovat/'))).toBe(false);
  });

  test('the homepage follow-up counts from metadata; an answer moves a message from open to done', () => {
    const { bundle, world } = session();
    const open = (card: RecordedCard) =>
      (facts(card).get('Öppna nu') ?? '').split(' | ').map((cell) => Number(cell.split(' ')[0]));
    const before = bundle.call('onHomepage', action()) as RecordedCard;
    expect(before.name).toBe('queue');
    expect(facts(before).get('Period')).toBe('30 dagar | 90 dagar');
    const [open30 = 0] = open(before);
    expect(open30).toBeGreaterThan(0);
    world.messages.push({
      id: 'demo-01-answer',
      threadId: 'AAQkADdemo01',
      labelIds: ['SENT'],
      internalDate: NOW - 60_000,
      headers: [{ name: 'From', value: DEMO_OWNER.address }],
    });
    const after = bundle.call('onHomepage', action()) as RecordedCard;
    expect(open(after)[0]).toBe(open30 - 1);
    expect(facts(after).get('Kvitterat i tid')).toMatch(/^(\d+ %|–) \| (\d+ %|–)$/);
  });

  test('onAcknowledgeConfidential opens a new draft that neither quotes nor names the original', () => {
    const { bundle, world } = session();
    const response = bundle.call(
      'onAcknowledgeConfidential',
      action({ messageId: 'demo-01' }),
    ) as RecordedComposeResponse;
    const draft = world.drafts.find((d) => d.id === response.draftId);
    expect(draft?.kind).toBe('standalone');
    expect(draft?.replyToMessageId).toBeUndefined();
    expect(draft?.subject).not.toMatch(/Förskoleplats/);
    expect(draft?.body).not.toMatch(/Förskoleplats/);
  });

  test('the confidential acknowledgement goes to the Reply-To address', () => {
    const { bundle, world } = session();
    world.messages
      .find((m) => m.id === 'demo-01')
      ?.headers.push({ name: 'Reply-To', value: 'Familjen Hassan <familjen.hassan@example.se>' });
    const response = bundle.call(
      'onAcknowledgeConfidential',
      action({ messageId: 'demo-01' }),
    ) as RecordedComposeResponse;
    expect(world.drafts.find((d) => d.id === response.draftId)?.to).toBe(
      'familjen.hassan@example.se',
    );
  });

  test('absence: open, preview with findings, save with backup and read-back, back, restore', () => {
    const { bundle, world } = session();
    world.vacation = { enableAutoReply: true, responseSubject: 'Gammalt autosvar' };
    world.forwardingAddresses.push(
      { forwardingEmail: 'kontaktcenter@vaxjo.se', verificationStatus: 'accepted' },
      { forwardingEmail: 'privat@example.com', verificationStatus: 'accepted' },
    );
    const opened = navigatedCard(bundle.call('onAbsenceOpen', action()));
    expect(opened.name).toBe('absence');
    expect(cardTexts(opened)).toContain('Gammalt autosvar');
    expect(cardTexts(opened)).toContain('kontaktcenter@vaxjo.se');
    expect(cardTexts(opened)).not.toContain('privat@example.com');

    const blocked = navigatedCard(
      bundle.call(
        'onAbsencePreview',
        action(
          {},
          absenceForm({ lastDay: undefined, contactName: undefined, contactAddress: undefined }),
        ),
      ),
    );
    expect(cardTexts(blocked)).toContain('Fel – måste rättas');

    const saved = bundle.call(
      'onAbsenceSave',
      action({}, absenceForm({ forwardTo: text('kontaktcenter@vaxjo.se') })),
    );
    expect(notificationOf(saved)).toMatch(/Autosvaret är på från onsdag 23 december 2026/);
    // Saved the day before the absence: the forwarding filter works at once, and says so.
    expect(notificationOf(saved)).toMatch(
      /Vidarebefordran till kontaktcenter@vaxjo\.se gäller redan från nu\.$/,
    );
    expect(world.vacation.enableAutoReply).toBe(true);
    expect(world.vacation.startTime).toBe(String(Date.parse('2026-12-22T23:00:00Z')));
    expect(world.vacation.endTime).toBe(String(Date.parse('2027-01-10T23:00:00Z')));
    expect(world.filters).toHaveLength(1);
    expect(world.filters[0]?.action.forward).toBe('kontaktcenter@vaxjo.se');
    expect(backupIn(world)).toMatchObject({ responseSubject: 'Gammalt autosvar' });

    const back = bundle.call('onAbsenceBack', action());
    expect(notificationOf(back)).toMatch(/Välkommen tillbaka/);
    expect(world.vacation.enableAutoReply).toBe(false);
    expect(world.filters).toHaveLength(0);

    const restored = bundle.call('onAbsenceRestore', action());
    expect(notificationOf(restored)).toMatch(/återställda/);
    expect(world.vacation).toMatchObject({
      enableAutoReply: true,
      responseSubject: 'Gammalt autosvar',
    });
  });

  test('"Jag är tillbaka" on a responder set elsewhere backs it up first, so it can be restored', () => {
    const { bundle, world } = session();
    world.vacation = { enableAutoReply: true, responseSubject: 'Satt i Gmail' };
    bundle.call('onAbsenceBack', action());
    expect(world.vacation.enableAutoReply).toBe(false);
    bundle.call('onAbsenceRestore', action());
    expect(world.vacation).toMatchObject({
      enableAutoReply: true,
      responseSubject: 'Satt i Gmail',
    });
  });

  test('a responder set in Gmail after an earlier absence is backed up before the next save', () => {
    const { bundle, world } = session();
    const save = () => bundle.call('onAbsenceSave', action({}, absenceForm()));
    save();
    // Editing the add-on's own absence keeps the backup from before it.
    save();
    const backup = () => backupIn(world);
    expect(backup()).toEqual({ enableAutoReply: false });
    bundle.call('onAbsenceBack', action());
    world.vacation = { enableAutoReply: true, responseSubject: 'Satt i Gmail i våras' };
    save();
    expect(backup()).toMatchObject({ responseSubject: 'Satt i Gmail i våras' });
    bundle.call('onAbsenceRestore', action());
    expect(world.vacation).toMatchObject({
      enableAutoReply: true,
      responseSubject: 'Satt i Gmail i våras',
    });
  });

  test.each([
    [
      'forwarding cannot be set: no auto-reply goes out saying mail is forwarded',
      'gmail.users.settings.filters.create',
      'API call to gmail.users.settings.filters.create failed with error: Forwarding disabled by administrator',
      /Gmail tillät inte vidarebefordran, så autosvaret sparades inte/,
    ],
    [
      'the auto-reply cannot be saved: the new forwarding is removed again',
      'gmail.users.settings.updateVacation',
      'Rate Limit Exceeded',
      /begränsar just nu/,
    ],
  ])('%s', (_name, method, message, expected) => {
    const { bundle, world } = session();
    world.forwardingAddresses.push({
      forwardingEmail: 'kontaktcenter@vaxjo.se',
      verificationStatus: 'accepted',
    });
    world.failures.set(method, message);
    const response = bundle.call(
      'onAbsenceSave',
      action({}, absenceForm({ forwardTo: text('kontaktcenter@vaxjo.se') })),
    );
    expect(notificationOf(response)).toMatch(expected);
    expect(world.vacation.enableAutoReply).toBe(false);
    expect(world.filters).toEqual([]);
    expect(world.userProperties.has('svarsplikt.absence')).toBe(false);
  });

  test('when Gmail will not list forwarding addresses, the absence card still opens', () => {
    const { bundle, world } = session();
    world.failures.set('gmail.users.settings.forwardingAddresses.list', 'Insufficient Permission');
    const card = navigatedCard(bundle.call('onAbsenceOpen', action()));
    expect(card.name).toBe('absence');
    expect(cardTexts(card)).toContain('Beställning till IT (kopiera)');
    world.failures.delete('gmail.users.settings.forwardingAddresses.list');
    world.failures.set('gmail.users.settings.forwardingAddresses.list', 'Rate Limit Exceeded');
    expect(notificationOf(bundle.call('onAbsenceOpen', action()))).toMatch(/begränsar just nu/);
  });

  test('saving with errors is refused and changes nothing', () => {
    const { bundle, world } = session();
    const response = bundle.call('onAbsenceSave', action({}, absenceForm({ lastDay: undefined })));
    expect(notificationOf(response)).toBe('Rätta felen innan du sparar.');
    expect(world.vacation.enableAutoReply).toBe(false);
    expect(world.calls).not.toContain('gmail.users.settings.updateVacation');
  });

  test('forwarding to an address outside the organisation is refused', () => {
    const { bundle, world } = session();
    world.forwardingAddresses.push({
      forwardingEmail: 'privat@example.com',
      verificationStatus: 'accepted',
    });
    const response = bundle.call(
      'onAbsenceSave',
      action({}, absenceForm({ forwardTo: text('privat@example.com') })),
    );
    expect(notificationOf(response)).toMatch(/Rätta felen|kan inte användas/);
    expect(world.filters).toHaveLength(0);
    expect(world.vacation.enableAutoReply).toBe(false);
  });

  test('the first open after the day back removes the forwarding filter', () => {
    const s = session();
    s.world.forwardingAddresses.push({
      forwardingEmail: 'kontaktcenter@vaxjo.se',
      verificationStatus: 'accepted',
    });
    s.bundle.call(
      'onAbsenceSave',
      action({}, absenceForm({ forwardTo: text('kontaktcenter@vaxjo.se') })),
    );
    expect(s.world.filters).toHaveLength(1);
    const later = loadBundle(code, Date.parse('2027-01-11T07:00:00Z'));
    later.arm(s.globals);
    const card = later.call('onGmailMessageOpen', openEvent('demo-01')) as RecordedCard;
    expect(cardTexts(card)).toContain(
      '<b>Välkommen tillbaka! Vidarebefordran under frånvaron är borttagen.</b>',
    );
    expect(s.world.filters).toHaveLength(0);
  });
});

describe('error paths answer in plain Swedish and never throw', () => {
  const quota = 'Service invoked too many times for one day: gmail.';
  test.each([
    ['quota on a trigger', 'gmail.users.messages.get', quota, /begränsar just nu/],
    [
      'permission on a trigger',
      'gmail.users.messages.get',
      'Insufficient Permission',
      /saknar behörighet/,
    ],
    [
      'not found',
      'gmail.users.messages.get',
      'Requested entity was not found.',
      /finns inte längre/,
    ],
    ['anything else', 'gmail.users.getProfile', 'Backend Error', /Något gick fel/],
  ])('%s', (_name, method, message, expected) => {
    const { bundle, world } = session();
    world.failures.set(method, message);
    const card = bundle.call('onGmailMessageOpen', openEvent('demo-01')) as RecordedCard;
    expect(card.name).toBe('error');
    expect(cardTexts(card).join(' ')).toMatch(expected);
  });

  test('an action failure becomes a notification', () => {
    const { bundle, world } = session();
    world.failures.set('gmail.users.settings.updateVacation', 'Rate Limit Exceeded');
    const response = bundle.call(
      'onAbsenceSave',
      action({}, absenceForm()),
    ) as RecordedActionResponse;
    expect(response.type).toBe('ActionResponse');
    expect(notificationOf(response)).toMatch(/begränsar just nu/);
  });

  test('a vacation Gmail did not keep is reported', () => {
    const { bundle, globals } = session();
    const gmail = globals['Gmail'] as { Users: { Settings: { updateVacation: unknown } } };
    gmail.Users.Settings.updateVacation = () => ({});
    const response = bundle.call('onAbsenceSave', action({}, absenceForm()));
    expect(notificationOf(response)).toMatch(/sparade inte inställningen/);
  });

  test('a compose action without the per-message token is answered, not thrown', () => {
    const { bundle } = session();
    const response = bundle.call('onAcknowledge', {
      commonEventObject: { parameters: { messageId: 'demo-01' } },
    });
    expect(notificationOf(response)).toMatch(/saknar behörighet/);
  });

  test('the Gmail advanced service not enabled', () => {
    const { bundle } = session({ omit: ['Gmail'] });
    const card = bundle.call('onHomepage', {}) as RecordedCard;
    expect(cardTexts(card).join(' ')).toMatch(/Gmail API är inte aktiverad/);
  });

  test('an invalid ORG_CONFIG shows which field is wrong', () => {
    const { bundle } = session({
      orgConfig: JSON.stringify({ name: 'X', policy: 'vaxjo', domains: ['not a domain'] }),
    });
    const card = bundle.call('onHomepage', {}) as RecordedCard;
    expect(card.name).toBe('config-error');
    expect(facts(card).get('Fält')).toMatch(/^domains/);
  });

  test('no ORG_CONFIG: the Vimmerby demo configuration, marked as demo', () => {
    const { bundle } = session({ orgConfig: null });
    const card = bundle.call('onGmailMessageOpen', openEvent('demo-01')) as RecordedCard;
    expect(card.header?.subtitle).toBe('Vimmerby kommun (demo)');
  });

  test('even a CardService that fails throws nothing at Gmail', () => {
    const { bundle, globals } = session();
    bundle.arm({
      ...globals,
      CardService: {
        newCardBuilder() {
          throw new Error('Internal error');
        },
      },
    });
    expect(bundle.call('onGmailMessageOpen', openEvent('demo-01'))).toBeNull();
  });

  test('a missing or odd event still gets a card', () => {
    const { bundle } = session();
    for (const event of [undefined, null, 42, {}]) {
      const card = bundle.call('onGmailMessageOpen', event) as RecordedCard;
      expect(card.type).toBe('Card');
    }
  });
});

describe('every Action.setFunctionName the cards made while running', () => {
  test('names a top-level function of the bundle (runs last in this file)', () => {
    const names = new Set(calledFunctionNames.flat());
    expect(names.size).toBeGreaterThanOrEqual(12);
    const bundle = loadBundle(code, NOW);
    for (const name of names) {
      expect(typeof (bundle.context as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});

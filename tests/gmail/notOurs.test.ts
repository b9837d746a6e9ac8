/**
 * "Inte mitt ärende" as one action, through the BUILT bundle in a fresh V8 context over the
 * stand-ins: the recipient is checked by the core, the message is forwarded with
 * users.messages.send (the original attached whole), the forward duty is recorded, the notice to
 * the asker is drafted; a forward is never sent twice, and a half-done run says what happened.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { createAppsScriptGlobals, sendDraft } from '../../playground/gmail/standins/gmailWorld.ts';
import type { GmailWorld } from '../../playground/gmail/standins/gmailWorld.ts';
import { createRecordingCardService } from '../../playground/gmail/standins/recordingCardService.ts';
import type {
  RecordedActionResponse,
  RecordedCard,
  RecordedComposeResponse,
} from '../../playground/gmail/standins/recordingCardService.ts';
import { buildBundle, loadBundle } from './bundleHarness.ts';
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

beforeAll(async () => {
  code = (await buildBundle()).code;
});

function session(world: GmailWorld = demoWorld()): { bundle: LoadedBundle; world: GmailWorld } {
  world.clock = () => NOW;
  const bundle = loadBundle(code, NOW);
  bundle.arm({
    ...createAppsScriptGlobals(world),
    CardService: createRecordingCardService().service,
  });
  return { bundle, world };
}

const text = (value: string) => ({ stringInputs: { value: [value] } });
const dateInput = (iso: string) => ({
  dateInput: { msSinceEpoch: String(Date.parse(`${iso}T00:00:00Z`)) },
});

/** The pass-on form for demo-01 as Gmail sends it. */
const passOn = (fields: Record<string, unknown>) => ({
  commonEventObject: { userLocale: 'sv', parameters: { messageId: 'demo-01' }, formInputs: fields },
  gmail: { messageId: 'demo-01', accessToken: 'token-1' },
});

const LANSSTYRELSEN = {
  passOnMailbox: text(''),
  passOnAddress: text('registrator@lansstyrelsen.se'),
  passOnName: text('Länsstyrelsen'),
  passOnExternal: text('yes'),
};

function threadLabelNames(world: GmailWorld): (string | undefined)[] {
  return world.messages
    .filter((m) => m.threadId === 'AAQkADdemo01')
    .flatMap((m) => m.labelIds)
    .map((id) => world.labels.find((l) => l.id === id)?.name);
}

const sends = (world: GmailWorld) =>
  world.calls.filter((c) => c === 'gmail.users.messages.send').length;

describe('Inte mitt ärende: forward, record, draft', () => {
  test('a functional mailbox: forwarded with the original attached, duty met, notice drafted', () => {
    const { bundle, world } = session();
    const response = bundle.call(
      'onPassOn',
      passOn({
        passOnMailbox: text('kontaktcenter@vaxjo.se'),
        passOnAnswerBy: dateInput('2027-01-12'),
      }),
    ) as RecordedComposeResponse;
    expect(response.type).toBe('ComposeActionResponse');
    // The forward: read whole (format=raw), sent once, to the mailbox, with a note and the original.
    expect(world.calls).toContain('gmail.users.messages.get');
    expect(world.sentByApi).toHaveLength(1);
    const sent = world.sentByApi[0];
    expect(sent?.to).toBe('kontaktcenter@vaxjo.se');
    const raw = sent?.raw ?? '';
    expect(raw).toMatch(
      /^From: anna\.lind@vaxjo\.se\r\nTo: kontaktcenter@vaxjo\.se\r\nSubject: =\?UTF-8\?B\?/,
    );
    expect(raw).toContain('Content-Type: message/rfc822');
    const original = demoWorld().messages.find((m) => m.id === 'demo-01');
    const subject = original?.headers.find((h) => h.name === 'Subject')?.value ?? '?';
    expect(Buffer.from(raw, 'latin1').toString('utf8')).toContain(`Subject: ${subject}`);
    const note = /base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/.exec(raw)?.[1] ?? '';
    const decoded = Buffer.from(note.replace(/\r\n/g, ''), 'base64').toString('utf8');
    expect(decoded).toMatch(/inte vårt ärende/);
    expect(decoded).toMatch(/svarar senast tisdag 12 januari 2027/);
    // The notice to the asker: a reply draft naming who answers and by when.
    const notice = world.drafts.find((d) => d.id === response.draftId);
    expect(notice?.kind).toBe('reply');
    expect(notice?.body).toMatch(/Kontaktcenter/);
    expect(notice?.body).toMatch(/senast tisdag 12 januari 2027/);
    // Recorded: the forward log, not ours, the thread's label; the card says forwarded.
    expect(JSON.parse(world.userProperties.get('svarsplikt.forwards') ?? '{}')).toMatchObject({
      'demo-01': { state: 'sent', to: 'kontaktcenter@vaxjo.se', sentId: expect.any(String) },
    });
    expect(threadLabelNames(world)).toContain('Svarsplikt/vidarebefordrat');
    const card = bundle.call('onGmailMessageOpen', openEvent('demo-01')) as RecordedCard;
    expect(facts(card).get('Status')).toBe('Vidarebefordrad – inte vårt ärende');
    expect(cardTexts(card)).toContain('Skriv beskedet till avsändaren');
    expect(cardTexts(card)).not.toContain('Inte mitt ärende');
    // Forwarded, the message no longer waits in the queue, even before the notice is sent.
    const queue = bundle.call('onHomepage', { commonEventObject: { userLocale: 'sv' } });
    expect(cardTexts(queue as RecordedCard).join('\n')).not.toMatch(/Förskoleplats/);
    // The notice is sent: the thread counts as answered, and the forward label stays.
    sendDraft(world, response.draftId);
    bundle.call('onGmailMessageOpen', openEvent('demo-01'));
    expect(threadLabelNames(world)).toContain('Svarsplikt/vidarebefordrat');
  });

  test('an external authority only once its warning is ticked', () => {
    const { bundle, world } = session();
    const { passOnExternal: _ticked, ...unticked } = LANSSTYRELSEN;
    const refused = bundle.call('onPassOn', passOn(unticked));
    expect(notificationOf(refused)).toMatch(
      /registrator@lansstyrelsen\.se ligger utanför organisationen\. Meddelandet lämnar organisationen\./,
    );
    expect(sends(world)).toBe(0);
    expect(world.drafts).toHaveLength(0);
    bundle.call('onPassOn', passOn(LANSSTYRELSEN));
    expect(world.sentByApi.map((s) => s.to)).toEqual(['registrator@lansstyrelsen.se']);
    expect(world.drafts[0]?.body).toMatch(/Länsstyrelsen/);
  });

  test.each([
    ['no recipient', { passOnMailbox: text('') }, /Välj en funktionsbrevlåda/],
    ['not an address', { passOnAddress: text('nej') }, /ingen e-postadress: nej/],
    [
      'a routing trick in an own domain counts as external',
      { passOnAddress: text('x%evil.example@vaxjo.se') },
      /ligger utanför organisationen/,
    ],
    [
      'an answer date on a closed day',
      { passOnMailbox: text('kontaktcenter@vaxjo.se'), passOnAnswerBy: dateInput('2027-01-06') },
      /ingen arbetsdag/,
    ],
  ])('%s is refused before anything is sent', (_name, fields, said) => {
    const { bundle, world } = session();
    expect(notificationOf(bundle.call('onPassOn', passOn(fields)))).toMatch(said);
    expect(sends(world)).toBe(0);
    expect(world.drafts).toHaveLength(0);
    expect(world.userProperties.has('svarsplikt.forwards')).toBe(false);
  });

  test('never twice: a second click drafts the notice again but sends nothing', () => {
    const { bundle, world } = session();
    bundle.call('onPassOn', passOn(LANSSTYRELSEN));
    const again = bundle.call(
      'onPassOn',
      passOn({ passOnMailbox: text('kontaktcenter@vaxjo.se') }),
    ) as RecordedComposeResponse;
    expect(sends(world)).toBe(1);
    expect(world.drafts.find((d) => d.id === again.draftId)?.body).toMatch(/Länsstyrelsen/);
  });

  test('Gmail refuses the send: nothing recorded, nothing drafted, and a retry sends once', () => {
    const { bundle, world } = session();
    world.failures.set(
      'gmail.users.messages.send',
      'API call to gmail.users.messages.send failed with error: Invalid To header',
    );
    const failed = bundle.call('onPassOn', passOn(LANSSTYRELSEN));
    expect(notificationOf(failed)).toBeDefined();
    expect(world.sentByApi).toHaveLength(0);
    expect(world.drafts).toHaveLength(0);
    expect(threadLabelNames(world)).not.toContain('Svarsplikt/vidarebefordrat');
    expect(world.userProperties.get('svarsplikt.forwards')).toBe('{}');
    world.failures.clear();
    expect((bundle.call('onPassOn', passOn(LANSSTYRELSEN)) as RecordedComposeResponse).type).toBe(
      'ComposeActionResponse',
    );
    expect(world.sentByApi).toHaveLength(1);
  });

  test('forwarded but the draft failed: said so, recorded, and the draft alone is offered', () => {
    const { bundle, world } = session();
    world.failures.set('GmailMessage.createDraftReply', 'Service error: Gmail');
    const response = bundle.call('onPassOn', passOn(LANSSTYRELSEN)) as RecordedActionResponse;
    expect(notificationOf(response)).toBe(
      'Meddelandet skickades vidare till registrator@lansstyrelsen.se, men beskedet till avsändaren kunde inte skrivas. Försök igen med Skriv beskedet.',
    );
    const card = navigatedCard(response);
    expect(card.name).toBe('passOnSent');
    expect(cardTexts(card)).toContain('Skriv beskedet till avsändaren');
    expect(world.sentByApi).toHaveLength(1);
    expect(threadLabelNames(world)).toContain('Svarsplikt/vidarebefordrat');
    world.failures.clear();
    const draft = bundle.call('onPassOnNotice', passOn({})) as RecordedComposeResponse;
    expect(world.drafts.find((d) => d.id === draft.draftId)?.body).toMatch(/Länsstyrelsen/);
    bundle.call('onPassOn', passOn(LANSSTYRELSEN));
    expect(sends(world)).toBe(1);
  });

  test('the send took effect but its answer was lost: not repeated without the user', () => {
    const { bundle, world } = session();
    // Fail the send call after it took effect (as when the execution times out mid-call).
    const index = (() => {
      const probe = demoWorld();
      const { bundle: b } = session(probe);
      b.call('onPassOn', passOn(LANSSTYRELSEN));
      return probe.calls.indexOf('gmail.users.messages.send');
    })();
    world.failAt = { index, phase: 'after', message: 'Backend Error' };
    bundle.call('onPassOn', passOn(LANSSTYRELSEN));
    world.failAt = null;
    expect(world.sentByApi).toHaveLength(1);
    const retry = bundle.call('onPassOn', passOn(LANSSTYRELSEN));
    expect(notificationOf(retry)).toMatch(/avbröts innan Gmail bekräftade det\. Titta i Skickat/);
    expect(world.sentByApi).toHaveLength(1);
    const reopened = navigatedCard(bundle.call('onPassOnOpen', passOn({})));
    expect(cardTexts(reopened).join('\n')).toMatch(/Titta i Skickat innan du skickar igen/);
    // The user found nothing in Sent and says so: sent again, once.
    bundle.call('onPassOn', passOn({ ...LANSSTYRELSEN, passOnResend: text('yes') }));
    expect(world.sentByApi).toHaveLength(2);
    bundle.call('onPassOn', passOn({ ...LANSSTYRELSEN, passOnResend: text('yes') }));
    expect(world.sentByApi).toHaveLength(2);
  });

  test('a message too large to forward from here is refused with its size', () => {
    const world = demoWorld();
    const message = world.messages.find((m) => m.id === 'demo-01');
    if (message !== undefined) message.body = 'x'.repeat(21 * 1024 * 1024);
    const { bundle } = session(world);
    expect(notificationOf(bundle.call('onPassOn', passOn(LANSSTYRELSEN)))).toMatch(
      /för stort \(21\.0 MB\)/,
    );
    expect(sends(world)).toBe(0);
    expect(world.userProperties.get('svarsplikt.forwards')).toBe('{}');
  });
});

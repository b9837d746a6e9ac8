/**
 * The demo mailbox through both hosts' adapters: Outlook (Office.js item + Graph, via the stand-ins)
 * and Gmail (the advanced service, via its stand-in). Every duty decision is the core's, so the
 * two hosts must agree on every message: state, due, the kvittens promise, and the words shown.
 */
import { describe, expect, it } from 'vitest';
import {
  answerByDate,
  buildAcknowledgement,
  formatDateTime,
  parseOrgConfig,
  replyClock,
  replyQueue,
} from '../../shared/index.ts';
import type { MessageFacts, Organisation } from '../../shared/index.ts';
import { messageFacts } from '../../addin/src/clock/clockView.ts';
import { createOfficeMailHost } from '../../addin/src/host/mailHost.ts';
import { uiStrings } from '../../addin/src/i18n/uiStrings.ts';
import { createGraphAccess } from '../../addin/src/pane/graphAccess.ts';
import { createPaneStores } from '../../addin/src/pane/paneStores.ts';
import { createAddOn } from '../../gmail-addon/src/addOn.ts';
import { createStandInHost } from '../../playground/gmail/standins/standInHost.ts';
import { stateText } from '../../gmail-addon/src/cards/messageCard.ts';
import { factsOf, readMessageWithThread } from '../../gmail-addon/src/host/mailboxReader.ts';
import type { GmailAdvanced } from '../../gmail-addon/src/host/hostTypes.ts';
import { DEMO_MESSAGES, DEMO_NOW, DEMO_OWNER } from '../../playground/demo-mailbox.ts';
import { createGraphStandin } from '../../playground/graph-standin/graphStandin.ts';
import {
  createGmailAdvanced,
  createGmailWorld,
} from '../../playground/gmail/standins/gmailWorld.ts';
import { createOfficeStandin } from '../../playground/office-standin/officeStandin.ts';
import { standinGraph } from '../../playground/outlook/paneWiring.ts';
import { VAXJO_ORG_JSON } from '../fixtures/vaxjoOrgJson.ts';

const NOW = Date.parse(DEMO_NOW);
/** A week later too: more of the demo is overdue, so the kvittens promise moves from today. */
const LATER = Date.parse('2027-01-04T13:00:00Z');

function org(): Organisation {
  const parsed = parseOrgConfig(VAXJO_ORG_JSON);
  if (!parsed.ok) throw new Error('fixture organisation is invalid');
  return parsed.value;
}

/** Outlook: the selected Office item, then Graph's receivedDateTime and answered check. */
async function outlookFacts(id: string, o: Organisation, now: number): Promise<MessageFacts> {
  const office = createOfficeStandin({
    messages: DEMO_MESSAGES,
    owner: DEMO_OWNER,
    selectedId: id,
  }).office;
  const host = createOfficeMailHost(office);
  const selected = await host.getSelectedMessage();
  if (!selected) throw new Error(`${id} not selected`);
  const standin = createGraphStandin({ mailbox: DEMO_MESSAGES, owner: DEMO_OWNER });
  const fetchImpl: typeof fetch = async (input, init) => {
    const res = await standin.handle({
      method: init?.method ?? 'GET',
      url: String(input),
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      ...(typeof init?.body === 'string' ? { body: init.body } : {}),
    });
    return new Response(res.body === '' ? null : res.body, {
      status: res.status,
      headers: res.headers,
    });
  };
  const graph = await standinGraph(() => {}, 'http://standin/v1.0', fetchImpl);
  const details = await graph.getMessage(host.convertToRestId(selected.itemId));
  const serverReceivedAt = Date.parse(details.receivedDateTime);
  const first = messageFacts(selected, { serverReceivedAt }, o, host.mailboxAddress);
  if (first.triage && !first.triage.duty) return first;
  const answered = await graph.hasReplyAfter(
    details.conversationId,
    new Date(first.receivedAt).toISOString(),
  );
  // The pane stamps "answered" when Graph says so (as clockStore does).
  return messageFacts(
    selected,
    { serverReceivedAt, ...(answered ? { answeredAt: now } : {}) },
    o,
    host.mailboxAddress,
  );
}

/** Gmail: the message and its thread through the advanced service. */
function gmailFacts(gmail: GmailAdvanced, id: string, o: Organisation, now: number): MessageFacts {
  const { message, thread } = readMessageWithThread(gmail, id, now);
  return factsOf(message, thread, o, DEMO_OWNER.address, false, now);
}

describe.each([
  ['at the demo "now"', NOW],
  ['two weeks later', LATER],
])('the demo mailbox through both hosts, %s', (_when, now) => {
  const o = org();
  const gmail = createGmailAdvanced(
    createGmailWorld({ owner: DEMO_OWNER, messages: DEMO_MESSAGES }),
  ) as unknown as GmailAdvanced;

  it.each(DEMO_MESSAGES.map((m) => [m.id, m] as const))(
    '%s: same state, due, kvittens promise and words',
    async (id, demo) => {
      const outlook = await outlookFacts(id, o, now);
      const google = gmailFacts(gmail, id, o, now);
      const a = replyClock(outlook, o, now);
      const b = replyClock(google, o, now);
      expect(a.state, 'state').toBe(b.state);
      expect(a.receivedAt, 'received').toBe(b.receivedAt);
      expect(a.deadline?.due, 'due').toBe(b.deadline?.due);
      expect(a.triage?.duty, 'duty').toBe(b.triage?.duty);

      const promiseA = answerByDate(outlook, o, now);
      const promiseB = answerByDate(google, o, now);
      expect(promiseA, 'kvittens promise').toBe(promiseB);
      if (promiseA !== null) expect(promiseA).toBeGreaterThan(now);

      for (const lang of ['sv', 'en'] as const) {
        expect(uiStrings(lang).states[a.state], `${lang} state word`).toBe(
          stateText(b.state, lang),
        );
      }
      if (promiseA !== null && promiseB !== null) {
        const ack = (answerBy: number) =>
          buildAcknowledgement(
            { receivedAt: a.receivedAt, answerBy, subject: demo.subject, confidential: false },
            o,
          ).text;
        expect(ack(promiseA)).toBe(ack(promiseB));
        expect(ack(promiseA)).toContain(formatDateTime(promiseA, 'sv').split(' kl.')[0] ?? '');
      }
    },
  );

  it('the same queue: order and counts', async () => {
    const outlook = await Promise.all(
      DEMO_MESSAGES.map(async (m) => ({ id: m.id, facts: await outlookFacts(m.id, o, now) })),
    );
    const google = DEMO_MESSAGES.map((m) => ({ id: m.id, facts: gmailFacts(gmail, m.id, o, now) }));
    const qa = replyQueue(outlook, (m) => replyClock(m.facts, o, now), now);
    const qb = replyQueue(google, (m) => replyClock(m.facts, o, now), now);
    expect(qa.entries.map((e) => e.item.id)).toEqual(qb.entries.map((e) => e.item.id));
    expect(qa.counts).toEqual(qb.counts);
    expect(qa.entries.length).toBeGreaterThan(0);
  });
});

describe('the kvittens each host opens for an overdue message', () => {
  // demo-11 came on Wednesday 16 December: overdue on 22 December.
  const id = 'demo-11';

  /** The date line of a kvittens text: "… svar senast <weekday> <d> <month> <yyyy> …". */
  function promisedDate(text: string): string {
    const match = /senast (\p{L}+dag \d{1,2} \p{L}+ \d{4})/u.exec(text.replace(/<[^>]+>/g, ' '));
    if (!match?.[1]) throw new Error(`no promised date in: ${text.slice(0, 200)}`);
    return match[1];
  }

  it('promises the same date in Outlook and Gmail, and not in the past', async () => {
    const o = org();
    // Outlook: the real clock store over the Office and Graph stand-ins.
    const standin = createOfficeStandin({
      messages: DEMO_MESSAGES,
      owner: DEMO_OWNER,
      selectedId: id,
    });
    const forms: string[] = [];
    standin.onReplyForm((form) => forms.push(form.html));
    const graphStandin = createGraphStandin({ mailbox: DEMO_MESSAGES, owner: DEMO_OWNER });
    const fetchImpl: typeof fetch = async (input, init) => {
      const res = await graphStandin.handle({
        method: init?.method ?? 'GET',
        url: String(input),
        headers: Object.fromEntries(new Headers(init?.headers).entries()),
        ...(typeof init?.body === 'string' ? { body: init.body } : {}),
      });
      return new Response(res.body === '' ? null : res.body, {
        status: res.status,
        headers: res.headers,
      });
    };
    const stores = createPaneStores({
      host: createOfficeMailHost(standin.office),
      org: o,
      graph: createGraphAccess((onRetry) =>
        standinGraph(onRetry, 'http://standin/v1.0', fetchImpl),
      ),
      lang: 'sv',
      t: uiStrings('sv'),
      now: () => NOW,
    });
    await stores.clock.getState().start();
    expect(stores.clock.getState().view?.clock.state).toBe('overdue');
    await stores.clock.getState().sendAcknowledgement();
    const outlookText = forms[0] ?? '';

    // Gmail: the add-on's own handler over the Gmail stand-ins.
    const world = createGmailWorld({ owner: DEMO_OWNER, messages: DEMO_MESSAGES });
    world.scriptProperties.set('ORG_CONFIG', JSON.stringify(VAXJO_ORG_JSON));
    const { host } = createStandInHost(world, () => NOW);
    createAddOn(host).onAcknowledge({
      commonEventObject: { userLocale: 'sv', parameters: { messageId: id } },
      gmail: { messageId: id, accessToken: 'token-1' },
    });
    const gmailText = world.drafts[0]?.body ?? '';

    expect(promisedDate(outlookText)).toBe(promisedDate(gmailText));
    const promised = answerByDate(
      gmailFacts(createGmailAdvanced(world) as unknown as GmailAdvanced, id, o, NOW),
      o,
      NOW,
    );
    expect(promised).toBeGreaterThan(NOW);
    expect(formatDateTime(promised ?? 0, 'sv')).toContain(promisedDate(gmailText));
  });
});

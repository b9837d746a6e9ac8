/** The card models are pure: built from data, drawn by the renderer with a recording CardService. */
import { describe, expect, test } from 'vitest';
import {
  buildReferral,
  parseHeaders,
  parseOrgConfig,
  replyClock,
  triageMessage,
} from '../../shared/index.ts';
import type { Organisation } from '../../shared/index.ts';
import {
  absenceCard,
  datePickerMs,
  vacationBodyText,
} from '../../gmail-addon/src/cards/absenceCard.ts';
import type { AbsenceCardInput } from '../../gmail-addon/src/cards/absenceCard.ts';
import type { CardModel, WidgetModel } from '../../gmail-addon/src/cards/cardModel.ts';
import type { CardServiceLike } from '../../gmail-addon/src/cards/cardServiceLike.ts';
import { errorText } from '../../gmail-addon/src/cards/errorCard.ts';
import { messageCard } from '../../gmail-addon/src/cards/messageCard.ts';
import { passOnCard } from '../../gmail-addon/src/cards/passOnCard.ts';
import { queueCard } from '../../gmail-addon/src/cards/queueCard.ts';
import { renderCard, renderResponse } from '../../gmail-addon/src/cards/renderCard.ts';
import { DEMO_ORG_CONFIG } from '../../gmail-addon/src/host/loadOrganisation.ts';
import type { HostErrorKind } from '../../gmail-addon/src/host/hostError.ts';
import { createRecordingCardService } from '../../playground/gmail/standins/recordingCardService.ts';
import type { RecordedCard } from '../../playground/gmail/standins/recordingCardService.ts';
import { NOW, VAXJO_CONFIG } from './fixture.ts';

function org(json: unknown): Organisation {
  const parsed = parseOrgConfig(json);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}
const vaxjo = org(JSON.parse(VAXJO_CONFIG));
const vimmerby = org(DEMO_ORG_CONFIG);

function widgets(card: CardModel): WidgetModel[] {
  return card.sections.flatMap((s) => s.widgets);
}
function buttonTexts(card: CardModel): string[] {
  return widgets(card).flatMap((w) => (w.kind === 'buttons' ? w.buttons.map((b) => b.text) : []));
}
function allText(card: CardModel): string {
  return JSON.stringify(card);
}

const received = Date.parse('2026-12-22T07:30:00Z');
const human = triageMessage(
  parseHeaders('From: Fatima Hassan <fatima@example.se>\r\nTo: anna.lind@vaxjo.se\r\n'),
);
const automatic = triageMessage(
  parseHeaders('From: x@example.se\r\nAuto-Submitted: auto-replied\r\n'),
);

function clock(
  overrides: { triage?: typeof human; answeredAt?: number; notOurs?: boolean; now?: number } = {},
) {
  return replyClock(
    {
      receivedAt: received,
      receivedAtSource: 'server',
      triage: overrides.triage ?? human,
      ...(overrides.answeredAt !== undefined ? { answeredAt: overrides.answeredAt } : {}),
      ...(overrides.notOurs !== undefined ? { notOurs: overrides.notOurs } : {}),
    },
    vaxjo,
    overrides.now ?? NOW,
  );
}

const messageInput = { org: vaxjo, lang: 'sv' as const, demo: false, messageId: 'm1', label: null };

describe('messageCard', () => {
  test.each([
    [
      'on track',
      clock(),
      'I tid',
      ['Skapa kvittens', 'Inte mitt ärende', 'Märk tråden med förfallodag'],
    ],
    ['answered', clock({ answeredAt: received + 3_600_000 }), 'Besvarat', ['Visa kön', 'Frånvaro']],
    ['automatic', clock({ triage: automatic }), 'Ingen svarsplikt', ['Visa kön']],
    ['not ours', clock({ notOurs: true }), 'I tid – inte vårt ärende', ['Mitt ärende ändå']],
    ['overdue', clock({ now: Date.parse('2027-01-05T12:00:00Z') }), 'Försenat', ['Skapa kvittens']],
  ])('%s', (_name, c, status, buttons) => {
    const card = messageCard({ ...messageInput, clock: c });
    const first = card.sections[0]?.widgets[0];
    expect(first).toMatchObject({ kind: 'fact', label: 'Status', text: status });
    for (const text of buttons) expect(buttonTexts(card)).toContain(text);
  });

  test('the kvittens date picker is prefilled with the default and has its own button', () => {
    const card = messageCard({ ...messageInput, clock: clock(), promisedDefault: '2027-01-12' });
    const picker = widgets(card).find((w) => w.kind === 'datePicker');
    expect(picker).toMatchObject({
      name: 'promised',
      label: 'Svar utlovas senast',
      valueMs: Date.UTC(2027, 0, 12),
    });
    expect(buttonTexts(card)).toEqual(
      expect.arrayContaining(['Skapa kvittens', 'Kvittens med valt datum']),
    );
    const answered = messageCard({
      ...messageInput,
      clock: clock({ answeredAt: received + 1 }),
      promisedDefault: '2027-01-12',
    });
    expect(widgets(answered).some((w) => w.kind === 'datePicker')).toBe(false);
  });

  test('the pass-on card offers the functional mailboxes and warns before leaving', () => {
    const card = passOnCard({ org: vimmerby, demo: true, lang: 'sv', messageId: 'm1' });
    const mailbox = widgets(card).find((w) => w.kind === 'dropdown');
    expect(mailbox?.kind === 'dropdown' && mailbox.items.map((i) => i.value)).toEqual([
      '',
      'kontaktcenter@vimmerby.se',
    ]);
    expect(allText(card)).toContain('Meddelandet lämnar organisationen.');
    expect(allText(card)).toContain('jag vet att meddelandet lämnar organisationen');
    expect(widgets(card).find((w) => w.kind === 'datePicker')).toMatchObject({
      name: 'passOnAnswerBy',
      label: 'Svar senast (om det är känt)',
    });
    expect(widgets(card).find((w) => w.kind === 'datePicker')).not.toHaveProperty('valueMs');
    expect(buttonTexts(card)).toEqual(['Skicka vidare och skriv besked']);
    expect(allText(card)).not.toContain('Skicka igen');
    const interrupted = passOnCard({
      org: vimmerby,
      demo: true,
      lang: 'sv',
      messageId: 'm1',
      interruptedTo: 'bygg@vimmerby.se',
    });
    expect(allText(interrupted)).toContain('Titta i Skickat innan du skickar igen.');
  });

  test('"Inte mitt ärende" is one button that opens the recipient card', () => {
    const card = messageCard({ ...messageInput, clock: clock() });
    const buttons = card.sections
      .flatMap((s) => s.widgets)
      .flatMap((w) => (w.kind === 'buttons' ? w.buttons : []));
    expect(buttons.map((b) => b.text)).not.toContain('Skicka vidare med besked');
    expect(buttons.find((b) => b.text === 'Inte mitt ärende')?.action).toEqual({
      kind: 'call',
      functionName: 'onPassOnOpen',
      parameters: { messageId: 'm1', navigation: 'push' },
    });
    const forwarded = messageCard({
      ...messageInput,
      clock: clock({ notOurs: true }),
      forwarded: true,
    });
    expect(buttonTexts(forwarded)).toContain('Skriv beskedet till avsändaren');
    expect(buttonTexts(forwarded)).not.toContain('Inte mitt ärende');
  });

  test('a drafted promise is shown as a draft, not as a promise', () => {
    const card = messageCard({
      ...messageInput,
      clock: clock(),
      pending: { promised: '2027-01-07', kind: 'kvittens' },
    });
    expect(allText(card)).toContain(
      'Kvittensen med svar senast torsdag 7 januari 2027 ligger som utkast. Löftet gäller när den är skickad.',
    );
    expect(allText(card)).not.toContain('Svar utlovat senast');
  });

  test('a promise in force: the promised line, and a lägesbesked once it is broken', () => {
    const base = {
      ...messageInput,
      clock: clock(),
      promised: '2027-01-07',
      promisedDefault: '2027-01-14',
    };
    const kept = messageCard(base);
    expect(allText(kept)).toContain('Svar utlovat senast torsdag 7 januari 2027');
    expect(buttonTexts(kept)).not.toContain('Skicka lägesbesked');
    expect(buttonTexts(kept)).not.toContain('Skapa kvittens');
    const broken = messageCard({
      ...base,
      timeline: {
        state: 'overdue',
        current: {
          kind: 'status-update',
          due: 0,
          dueDate: '2027-01-07',
          met: false,
          metAt: null,
          late: true,
        },
        duties: [],
        promised: '2027-01-07',
        brokenPromises: 1,
        workingMsLeft: 0,
      },
    });
    expect(buttonTexts(broken)).toContain('Skicka lägesbesked');
    expect(widgets(broken).find((w) => w.kind === 'datePicker')).toMatchObject({
      label: 'Nytt svarsdatum',
      valueMs: Date.UTC(2027, 0, 14),
    });
  });

  test('no acknowledgement and no "not ours" for automatic or answered mail', () => {
    for (const c of [clock({ triage: automatic }), clock({ answeredAt: received + 1 })]) {
      const buttons = buttonTexts(messageCard({ ...messageInput, clock: c }));
      expect(buttons).not.toContain('Skapa kvittens');
      expect(buttons).not.toContain('Inte mitt ärende');
    }
  });

  test('"Visa kön" puts the queue on top of the message card, so Back returns to it', () => {
    const card = messageCard({ ...messageInput, clock: clock() });
    const show = card.sections
      .flatMap((s) => s.widgets)
      .flatMap((w) => (w.kind === 'buttons' ? w.buttons : []))
      .find((b) => b.text === 'Visa kön');
    expect(show?.action).toEqual({
      kind: 'call',
      functionName: 'onQueuePage',
      parameters: { navigation: 'push' },
    });
  });

  test('automatic mail says why, in the user language', () => {
    const card = messageCard({ ...messageInput, lang: 'en', clock: clock({ triage: automatic }) });
    expect(allText(card)).toContain('Auto-Submitted: auto-replied');
    expect(card.title).toBe('Reply duty');
  });

  test('a fallback time of receipt is labelled', () => {
    const c = replyClock(
      { receivedAt: received, receivedAtSource: 'date-header', triage: human },
      vaxjo,
      NOW,
    );
    expect(allText(messageCard({ ...messageInput, clock: c }))).toContain(
      'Reserv: serverns mottagningstid saknas',
    );
  });

  test('the demo organisation is marked', () => {
    expect(
      messageCard({ ...messageInput, org: vimmerby, demo: true, clock: clock() }).subtitle,
    ).toBe('Vimmerby kommun (demo)');
  });
});

describe('queueCard', () => {
  const base = {
    org: vaxjo,
    demo: false,
    lang: 'sv' as const,
    userEmail: 'anna.lind@vaxjo.se',
    items: [{ threadId: 'thread-1', subject: 'Hej', sender: 'Fatima', clock: clock() }],
    counts: { overdue: 1, dueToday: 2, later: 3 },
    scanned: 10,
  };
  test('counts and paging buttons', () => {
    const first = queueCard({ ...base, page: 1, pageToken: undefined, nextPageToken: '10' });
    expect(buttonTexts(first)).toEqual(['Märk trådarna med förfallodag', 'Nästa sida', 'Frånvaro']);
    const last = queueCard({ ...base, page: 2, pageToken: '10', nextPageToken: undefined });
    expect(buttonTexts(last)).toEqual([
      'Märk trådarna med förfallodag',
      'Första sidan',
      'Frånvaro',
    ]);
    expect(widgets(first).slice(0, 3)).toEqual([
      { kind: 'fact', label: 'Försenade', text: '1' },
      { kind: 'fact', label: 'Förfaller i dag', text: '2' },
      { kind: 'fact', label: 'Senare', text: '3' },
    ]);
  });
  test("an item opens its thread in Gmail, in the mailbox's own account", () => {
    const card = queueCard({ ...base, page: 1, pageToken: undefined, nextPageToken: undefined });
    expect(widgets(card).find((w) => w.kind === 'fact' && w.text === 'Hej')).toMatchObject({
      openUrl: 'https://mail.google.com/mail/?authuser=anna.lind%40vaxjo.se#inbox/thread-1',
    });
  });

  test.each([
    [1, 10, '10', 'Sida 1: 10 trådar i inkorgen har lästs.', true],
    [2, 1, undefined, 'Sida 2: 1 tråd i inkorgen har lästs.', false],
  ] as const)(
    'page %i: the counts are for the page, and older threads are pointed out',
    (page, scanned, next, readText, older) => {
      const card = queueCard({
        ...base,
        page,
        scanned,
        pageToken: page === 1 ? undefined : '10',
        nextPageToken: next,
      });
      expect(card.sections[0]?.header).toBe('Obesvarat på den här sidan');
      expect(allText(card)).toContain(readText);
      expect(allText(card).includes('Där kan fler vara försenade.')).toBe(older);
    },
  );

  test('an empty page says so and offers no labelling', () => {
    const card = queueCard({
      ...base,
      items: [],
      page: 1,
      pageToken: undefined,
      nextPageToken: undefined,
    });
    expect(allText(card)).toContain('Inget obesvarat med svarsplikt');
    expect(buttonTexts(card)).toEqual(['Frånvaro']);
  });

  test('the personal follow-up is a compact table section of the homepage, 30 | 90 days', () => {
    const window = (days: number, open: number) => ({
      days,
      received: 12,
      inTime: 9,
      late: 2,
      open,
      openOverdue: 1,
      shareInTime: 9 / 11,
      medianResponseMinutes: 75,
      brokenPromises: days === 90 ? 2 : 0,
    });
    const card = queueCard({
      ...base,
      page: 1,
      pageToken: undefined,
      nextPageToken: undefined,
      followUp: { windows: [window(30, 1), window(90, 3)], scanned: 30 },
    });
    const section = card.sections.find((s) => s.header === 'Uppföljning');
    const rows = new Map(
      (section?.widgets ?? []).flatMap((w) => (w.kind === 'fact' ? [[w.label, w.text]] : [])),
    );
    expect(rows.get('Period')).toBe('30 dagar | 90 dagar');
    expect(rows.get('Kvitterat i tid')).toBe('82 % | 82 %');
    expect(rows.get('Mediantid till första svar')).toBe('1 tim 15 min | 1 tim 15 min');
    expect(rows.get('Brutna löften')).toBe('0 | 2');
    expect(rows.get('Öppna nu')).toBe('1 (försenade 1) | 3 (försenade 1)');
    expect(allText(card)).toContain('Räknat på de 30 senaste trådarna i inkorgen, bara metadata.');
    const without = queueCard({ ...base, page: 2, pageToken: '10', nextPageToken: undefined });
    expect(without.sections.some((s) => s.header === 'Uppföljning')).toBe(false);
  });
});

describe('absenceCard', () => {
  const form = {
    firstDay: '2026-12-23',
    lastDay: '2027-01-08',
    personName: '',
    contactName: 'Karin Holm',
    contactAddress: 'karin.holm@vimmerby.se',
    contactPhone: '',
    forwardTo: '',
    delegate: '',
    note: '',
    english: true,
  };
  const input: AbsenceCardInput = {
    lang: 'sv',
    org: vimmerby,
    demo: true,
    userEmail: 'anna.lind@vimmerby.se',
    now: NOW,
    current: { enableAutoReply: false },
    backupSavedAt: undefined,
    absence: undefined,
    form,
    eligibleForwarding: [],
  };

  test('without an accepted forwarding address: explanation, ITSAM request text, delegation link', () => {
    const card = absenceCard(input);
    const text = allText(card);
    expect(text).toContain('I Vimmerby beställs vidarebefordran via ITSAM.');
    expect(text).toContain('Beställning till IT (kopiera)');
    expect(text).toContain(
      'https://mail.google.com/mail/?authuser=anna.lind%40vimmerby.se#settings/accounts',
    );
    expect(widgets(card).some((w) => w.kind === 'dropdown')).toBe(false);
  });

  test('with accepted addresses: a dropdown of exactly those', () => {
    const card = absenceCard({ ...input, eligibleForwarding: ['kontaktcenter@vimmerby.se'] });
    const dropdown = widgets(card).find((w) => w.kind === 'dropdown');
    expect(dropdown).toMatchObject({
      items: [
        { value: '', selected: true },
        { value: 'kontaktcenter@vimmerby.se', selected: false },
      ],
    });
  });

  test('errors in the preview disable saving; a clean preview makes it the primary action', () => {
    const blocking = buildReferral(
      { firstDay: '2026-12-23', lastDay: null, contacts: [] },
      vimmerby,
      '2026-12-22',
    );
    const blockedCard = absenceCard({ ...input, preview: blocking });
    const save = (card: CardModel) =>
      widgets(card)
        .flatMap((w) => (w.kind === 'buttons' ? w.buttons : []))
        .find((b) => b.text === 'Spara och slå på autosvar');
    expect(blocking.blocking).toBe(true);
    expect(save(blockedCard)).toMatchObject({ disabled: true, primary: false });
    expect(allText(blockedCard)).toContain('Fel – måste rättas');
    const clean = buildReferral(
      {
        firstDay: '2026-12-23',
        lastDay: '2027-01-08',
        contacts: [{ name: 'Karin', address: 'karin@vimmerby.se' }],
        delegate: 'karin@vimmerby.se',
      },
      vimmerby,
      '2026-12-22',
    );
    expect(clean.blocking).toBe(false);
    expect(save(absenceCard({ ...input, preview: clean }))).toMatchObject({
      disabled: false,
      primary: true,
    });
  });

  test('date pickers show the chosen dates', () => {
    const pickers = widgets(absenceCard(input)).filter((w) => w.kind === 'datePicker');
    expect(pickers.map((p) => (p.kind === 'datePicker' ? p.valueMs : 0))).toEqual([
      Date.UTC(2026, 11, 23),
      Date.UTC(2027, 0, 8),
    ]);
    expect(datePickerMs('2026-03-29')).toBe(Date.UTC(2026, 2, 29));
  });

  test('the current settings, a restorable backup and the way back are shown', () => {
    const card = absenceCard({
      ...input,
      current: { enableAutoReply: true, responseSubject: 'Borta', startTime: String(NOW) },
      backupSavedAt: NOW,
      absence: { firstDay: '2026-12-23', lastDay: '2027-01-08', backOn: '2027-01-11' },
    });
    expect(buttonTexts(card)).toEqual(
      expect.arrayContaining(['Jag är tillbaka', 'Återställ tidigare inställningar']),
    );
    expect(allText(card)).toContain('Borta');
  });

  test.each([
    [
      'plain text',
      { responseBodyPlainText: 'Jag är borta.\nRing växeln.' },
      'Jag är borta.\nRing växeln.',
    ],
    [
      'HTML only, as Gmail saves it',
      {
        responseBodyHtml:
          '<div>Jag är borta &amp; nås&nbsp;inte.</div><div>Ring <b>växeln</b>.<br></div>',
      },
      'Jag är borta & nås inte.\nRing växeln.',
    ],
  ])('the current responder text is shown: %s', (_name, body, shown) => {
    const card = absenceCard({ ...input, current: { enableAutoReply: true, ...body } });
    expect(widgets(card)).toContainEqual({ kind: 'fact', label: 'Text', text: shown });
  });

  test('a long responder text is cut', () => {
    const text = vacationBodyText({ responseBodyPlainText: 'Frånvarande '.repeat(200) });
    expect(text.length).toBeLessThanOrEqual(302);
    expect(text).toMatch(/^(Frånvarande )+…$/);
  });

  test('a responder whose period has ended is shown as off', () => {
    const card = absenceCard({
      ...input,
      current: { enableAutoReply: true, endTime: String(NOW - 1), responseSubject: 'Gammalt' },
    });
    expect(widgets(card)[0]).toEqual({
      kind: 'fact',
      label: 'Autosvar',
      text: 'Av – perioden är slut',
    });
    expect(buttonTexts(card)).not.toContain('Jag är tillbaka');
  });
});

describe('renderCard', () => {
  const cs = () => createRecordingCardService();
  /** Draws one section of widgets with a recording CardService. */
  function drawn(widgetModels: WidgetModel[]) {
    const r = cs();
    const card = renderCard(
      { name: 'x', title: 'T', sections: [{ widgets: widgetModels }] },
      r.service as unknown as CardServiceLike,
    ) as RecordedCard;
    return { widgets: card.sections[0]?.widgets ?? [], functionNames: r.functionNames };
  }

  test('text is escaped: a subject cannot inject markup', () => {
    const { widgets: w } = drawn([
      { kind: 'text', text: '<b>hej</b> & <a href="x">' },
      { kind: 'fact', label: 'L', text: '<i>' },
    ]);
    expect(w[0]?.['text']).toBe('&lt;b&gt;hej&lt;/b&gt; &amp; &lt;a href="x"&gt;');
    expect(w[1]?.['text']).toBe('&lt;i&gt;');
  });

  test('buttons: compose type, link, style, parameters; recorded function names', () => {
    const { widgets: w, functionNames } = drawn([
      {
        kind: 'buttons',
        buttons: [
          {
            text: 'A',
            action: {
              kind: 'compose',
              functionName: 'onA',
              parameters: { id: '1' },
              draftType: 'standalone',
            },
            primary: true,
          },
          {
            text: 'B',
            action: { kind: 'openLink', url: 'https://mail.google.com/x' },
            disabled: true,
          },
        ],
      },
    ]);
    expect(w[0]).toEqual({
      type: 'ButtonSet',
      buttons: [
        {
          type: 'TextButton',
          text: 'A',
          composeAction: {
            action: { type: 'Action', functionName: 'onA', parameters: { id: '1' } },
            composedEmailType: 'STANDALONE_DRAFT',
          },
          textButtonStyle: 'FILLED',
        },
        {
          type: 'TextButton',
          text: 'B',
          openLink: { type: 'OpenLink', url: 'https://mail.google.com/x' },
          disabled: true,
        },
      ],
    });
    expect(functionNames).toEqual(['onA']);
  });

  test('the stand-in is strict like CardService: a card needs a section', () => {
    const r = cs();
    expect(() =>
      renderCard({ name: 'x', title: 'T', sections: [] }, r.service as unknown as CardServiceLike),
    ).toThrow(/at least one section/);
  });

  test('an action response carries navigation and notification', () => {
    const r = cs();
    const response = renderResponse(
      {
        kind: 'action',
        navigation: {
          mode: 'push',
          card: { name: 'n', title: 'T', sections: [{ widgets: [{ kind: 'divider' }] }] },
        },
        notification: 'Klart',
      },
      r.service as unknown as CardServiceLike,
    );
    expect(response).toMatchObject({
      type: 'ActionResponse',
      navigation: { pushCard: { name: 'n' } },
      notification: { text: 'Klart' },
    });
  });
});

describe('errorText', () => {
  const kinds: HostErrorKind[] = [
    'quota',
    'permission',
    'service-missing',
    'not-found',
    'readback-mismatch',
    'unknown',
  ];
  test.each(kinds)('%s is explained in Swedish and in English', (kind) => {
    expect(errorText(kind, 'sv')).toMatch(/[åäö]|Försök|Kontakta|Gmail/);
    expect(errorText(kind, 'en')).not.toBe(errorText(kind, 'sv'));
  });
});

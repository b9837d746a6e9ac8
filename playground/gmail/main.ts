/**
 * The Gmail playground: a Gmail-like inbox of the demo mailbox with the add-on's side panel. The
 * panel runs the add-on's real handlers in the browser over the same stand-ins the smoke test
 * uses, and draws the cards CardService would get. "Now" is fixed at DEMO_NOW.
 */
import './gmail.css';
import vaxjoConfig from '../../addin/public/config/org.json';
import { createAddOn } from '../../gmail-addon/src/addOn.ts';
import { DEMO_MESSAGES, DEMO_NOW, DEMO_OWNER } from '../demo-mailbox.ts';
import { drawCard, formInputsOf } from './drawCard.ts';
import type { CardClick } from './drawCard.ts';
import {
  createGmailWorld,
  discardDraft,
  sendDraft as sendWorldDraft,
} from './standins/gmailWorld.ts';
import type { GmailWorld } from './standins/gmailWorld.ts';
import type {
  RecordedActionResponse,
  RecordedCard,
  RecordedComposeResponse,
} from './standins/recordingCardService.ts';
import { createStandInHost } from './standins/standInHost.ts';

const NOW = Date.parse(DEMO_NOW);

const ORG_CONFIGS: Record<string, string | null> = {
  vaxjo: JSON.stringify(vaxjoConfig),
  demo: null,
  invalid: JSON.stringify({ name: 'Felkommun', policy: 'vaxjo', domains: ['inte en domän'] }),
};

/** A responder the user set in Gmail's own settings, which saves HTML only. */
const GMAIL_SET_VACATION = {
  enableAutoReply: true,
  responseSubject: 'Ledig över jul',
  responseBodyHtml:
    '<div>Hej!</div><div>Jag är ledig till och med 6 januari. Ring växeln 0470-410 00 om det är bråttom.</div><div>/Anna</div>',
  restrictToContacts: false,
  restrictToDomain: false,
};

interface State {
  world: GmailWorld;
  addOn: ReturnType<typeof createAddOn>;
  stack: RecordedCard[];
  selected: string | undefined;
  locale: string;
  org: string;
  vacation: string;
  /** The playground clock: working through days past DEMO_NOW. */
  clockDays: number;
  /** The draft shown in the compose window, if any. */
  draftId: string | undefined;
}

const DAY_MS = 86_400_000;
const now = (): number => NOW + state.clockDays * DAY_MS;

function newWorld(org: string, locale: string, vacation = 'off'): GmailWorld {
  const world = createGmailWorld({
    owner: DEMO_OWNER,
    messages: DEMO_MESSAGES,
    locale,
    clock: () => now(),
  });
  if (vacation === 'on') world.vacation = { ...GMAIL_SET_VACATION };
  const config = ORG_CONFIGS[org];
  if (config !== null && config !== undefined) world.scriptProperties.set('ORG_CONFIG', config);
  // Gmail knows three forwarding addresses; only the first is accepted and inside Växjö.
  world.forwardingAddresses.push(
    { forwardingEmail: 'kontaktcenter@vaxjo.se', verificationStatus: 'accepted' },
    { forwardingEmail: 'lars.berg@vaxjo.se', verificationStatus: 'pending' },
    { forwardingEmail: 'anna.privat@example.com', verificationStatus: 'accepted' },
  );
  return world;
}

const state: State = (() => {
  const world = newWorld('vaxjo', 'sv');
  return {
    world,
    addOn: createAddOn(createStandInHost(world, () => now()).host),
    stack: [],
    selected: undefined,
    locale: 'sv',
    org: 'vaxjo',
    vacation: 'off',
    clockDays: 0,
    draftId: undefined,
  };
})();

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (node === null) throw new Error(`#${id} missing`);
  return node as T;
}

function reset(): void {
  state.world = newWorld(state.org, state.locale, state.vacation);
  state.addOn = createAddOn(createStandInHost(state.world, () => now()).host);
  state.clockDays = 0;
  byId<HTMLInputElement>('gmail-clock-days').value = '0';
  state.stack = [];
  state.selected = undefined;
}

function announce(text: string): void {
  const status = byId('gmail-status');
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = text;
  }, 30);
}

function event(extra: object = {}): Record<string, unknown> {
  return {
    commonEventObject: { userLocale: state.locale, hostApp: 'GMAIL', platform: 'WEB' },
    ...(state.selected !== undefined
      ? { gmail: { messageId: state.selected, threadId: 't', accessToken: 'playground-token' } }
      : {}),
    ...extra,
  };
}

function openRoot(): void {
  const card =
    state.selected === undefined
      ? state.addOn.onHomepage(event())
      : state.addOn.onGmailMessageOpen(event());
  state.stack = [card as RecordedCard];
  render();
}

function handleClick(click: CardClick, form: HTMLElement): void {
  const handler = (state.addOn as Record<string, (e: unknown) => unknown>)[click.functionName];
  if (handler === undefined) {
    announce(`Okänd funktion: ${click.functionName}`);
    return;
  }
  const before = state.stack[state.stack.length - 1]?.name;
  const clicked = document.activeElement?.textContent ?? null;
  const base = event();
  const response = handler({
    ...base,
    commonEventObject: {
      ...(base['commonEventObject'] as object),
      parameters: click.parameters,
      formInputs: formInputsOf(form),
    },
    parameters: click.parameters,
  }) as RecordedActionResponse | RecordedComposeResponse | RecordedCard;
  if (response.type === 'ComposeActionResponse') {
    const draft = state.world.drafts.find((d) => d.id === response.draftId);
    state.draftId = response.draftId;
    showDraft(draft?.subject ?? '', draft?.to ?? '', draft?.body ?? '');
    announce('Ett utkast öppnades i ett skrivfönster.');
    render();
    restoreFocus(clicked);
    return;
  }
  if (response.type === 'ActionResponse') {
    const push = response.navigation?.pushCard;
    const update = response.navigation?.updateCard;
    if (push !== undefined) state.stack.push(push);
    if (update !== undefined) state.stack[state.stack.length - 1] = update;
    if (response.notification !== undefined) announce(response.notification.text);
  }
  render();
  restoreFocus(state.stack[state.stack.length - 1]?.name === before ? clicked : null);
}

/**
 * Keeps keyboard and screen-reader users in place after the panel is drawn again: on the button
 * they used when the card stayed, else on the new card's heading.
 */
function restoreFocus(buttonText: string | null): void {
  const panel = byId('gmail-panel-card');
  const same = [...panel.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => buttonText !== null && b.textContent === buttonText && !b.disabled,
  );
  (same ?? panel.querySelector<HTMLElement>('h2'))?.focus();
}

function showDraft(subject: string, to: string, body: string): void {
  const box = byId('gmail-draft');
  box.hidden = false;
  byId('draft-to').textContent = to;
  byId('draft-subject').textContent = subject;
  byId('draft-body').textContent = body;
}

function labelNames(messageThread: string): string[] {
  const ids = new Set(
    state.world.messages.filter((m) => m.threadId === messageThread).flatMap((m) => m.labelIds),
  );
  return state.world.labels.filter((l) => l.type === 'user' && ids.has(l.id)).map((l) => l.name);
}

function renderInbox(): void {
  const list = byId<HTMLUListElement>('gmail-inbox');
  list.replaceChildren();
  for (const m of DEMO_MESSAGES) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'inbox-item';
    if (m.id === state.selected) button.setAttribute('aria-current', 'true');
    const from = document.createElement('span');
    from.className = 'inbox-from';
    from.textContent = m.from.name || m.from.address;
    const subject = document.createElement('span');
    subject.className = 'inbox-subject';
    subject.textContent = m.subject;
    button.append(from, subject);
    for (const name of labelNames(m.conversationId)) {
      const chip = document.createElement('span');
      chip.className = 'label-chip';
      chip.textContent = name;
      button.append(chip);
    }
    button.addEventListener('click', () => {
      state.selected = m.id;
      byId('gmail-draft').hidden = true;
      openRoot();
    });
    item.append(button);
    list.append(item);
  }
}

function renderMessage(): void {
  const view = byId('gmail-message');
  view.replaceChildren();
  const message = DEMO_MESSAGES.find((m) => m.id === state.selected);
  const h = document.createElement('h2');
  if (message === undefined) {
    h.textContent = 'Inget meddelande valt';
    const p = document.createElement('p');
    p.textContent =
      'Välj ett meddelande i inkorgen. Utan valt meddelande visar tillägget kön (startsidan).';
    view.append(h, p);
    return;
  }
  h.textContent = message.subject;
  const meta = document.createElement('p');
  meta.className = 'message-meta';
  meta.textContent = `Från: ${message.from.name} <${message.from.address}> · Mottaget ${new Date(message.receivedDateTime).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' })}`;
  const body = document.createElement('pre');
  body.className = 'message-body';
  body.textContent = message.bodyText;
  view.append(h, meta, body);
}

function renderPanel(): void {
  const panel = byId('gmail-panel-card');
  panel.replaceChildren();
  const card = state.stack[state.stack.length - 1];
  if (card === undefined) return;
  if (state.stack.length > 1) {
    const back = document.createElement('button');
    back.type = 'button';
    back.className = 'panel-back';
    back.textContent = state.locale.startsWith('en') ? '← Back' : '← Tillbaka';
    back.addEventListener('click', () => {
      state.stack.pop();
      render();
      restoreFocus(null);
    });
    panel.append(back);
  }
  const drawn: HTMLElement = drawCard(
    card,
    (click) => handleClick(click, drawn),
    state.locale.startsWith('en'),
  );
  panel.append(drawn);
  byId('gmail-settings').textContent = JSON.stringify(
    {
      vacation: state.world.vacation,
      filters: state.world.filters,
      labels: state.world.labels.filter((l) => l.type === 'user').map((l) => l.name),
      userProperties: Object.fromEntries(state.world.userProperties),
    },
    null,
    2,
  );
}

function render(): void {
  renderInbox();
  renderMessage();
  renderPanel();
  renderSent();
}

/** Sends the shown draft as Gmail does: a reply joins its thread as the user's sent message. */
function sendDraft(): void {
  if (state.draftId !== undefined) sendWorldDraft(state.world, state.draftId);
  state.draftId = undefined;
  byId('gmail-draft').hidden = true;
  announce('Utkastet skickades.');
  openRoot();
}

/** Discards the shown draft: nothing is sent, and a promise it held is dropped on the next open. */
function discardShownDraft(): void {
  if (state.draftId !== undefined) discardDraft(state.world, state.draftId);
  state.draftId = undefined;
  byId('gmail-draft').hidden = true;
  announce('Utkastet slängdes.');
  openRoot();
}

/** What the add-on sent itself (users.messages.send): the forwards of "not ours" messages. */
function renderSent(): void {
  const list = byId<HTMLUListElement>('gmail-sent-list');
  list.replaceChildren();
  byId('gmail-sent').hidden = state.world.sentByApi.length === 0;
  for (const sent of state.world.sentByApi) {
    const item = document.createElement('li');
    const attached = sent.raw.includes('Content-Type: message/rfc822') ? ' (original bifogat)' : '';
    item.textContent = `Till: ${sent.to} · Ämne: ${decodeSubject(sent.subject)}${attached}`;
    list.append(item);
  }
}

/** An RFC 2047 subject (UTF-8, base64 words) as text, for the playground's own display. */
function decodeSubject(subject: string): string {
  return subject.replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/gi, (_m, b64: string) => {
    const binary = atob(b64);
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  });
}

function start(): void {
  byId('draft-send').addEventListener('click', sendDraft);
  byId('draft-discard').addEventListener('click', discardShownDraft);
  byId<HTMLInputElement>('gmail-clock-days').addEventListener('change', (e) => {
    const days = Number((e.target as HTMLInputElement).value);
    state.clockDays = Number.isInteger(days) && days >= 0 && days <= 60 ? days : 0;
    openRoot();
  });
  byId<HTMLSelectElement>('gmail-org').addEventListener('change', (e) => {
    state.org = (e.target as HTMLSelectElement).value;
    reset();
    openRoot();
  });
  byId<HTMLSelectElement>('gmail-vacation').addEventListener('change', (e) => {
    state.vacation = (e.target as HTMLSelectElement).value;
    reset();
    openRoot();
  });
  byId<HTMLSelectElement>('gmail-locale').addEventListener('change', (e) => {
    state.locale = (e.target as HTMLSelectElement).value;
    state.world.locale = state.locale;
    openRoot();
  });
  // Links to a Gmail thread (the queue's items) open the thread here instead.
  byId('gmail-panel-card').addEventListener('click', (e) => {
    const link = (e.target as HTMLElement).closest('a');
    const thread = /#inbox\/(.+)$/.exec(link?.getAttribute('href') ?? '')?.[1];
    if (thread === undefined) return;
    e.preventDefault();
    const message = DEMO_MESSAGES.find((m) => m.conversationId === decodeURIComponent(thread));
    if (message === undefined) return;
    state.selected = message.id;
    byId('gmail-draft').hidden = true;
    openRoot();
  });
  byId('gmail-home').addEventListener('click', () => {
    state.selected = undefined;
    byId('gmail-draft').hidden = true;
    openRoot();
  });
  openRoot();
}

start();

/**
 * The add-on's triggers and actions over an injected host. Every handler answers with a card, a
 * notification or a draft, and none lets an exception reach Gmail: failures become a card (for
 * triggers) or a notification (for actions) in the user's language.
 */
import {
  buildAcknowledgement,
  buildNotOursNotice,
  isEmailAddress,
  isInOrganisation,
  buildStatusUpdate,
  checkPromisedDate,
  dutyTimeline,
  defaultPromisedDate,
  parseAddressList,
  replyClock,
  senderTrust,
} from './core';
import type { DutyEvents, DutyTimeline, Lang } from './core';
import { absenceHandlers, finishAbsenceIfOver } from './absenceHandlers';
import type { Handler, HandlerContext } from './handlerContext';
import type { ResponseModel } from './cards/cardModel';
import { configErrorCard, errorCard, errorText } from './cards/errorCard';
import { PROMISED_FIELD, messageCard } from './cards/messageCard';
import { followUpCard } from './cards/followUpCard';
import { PASS_ON_FIELD, passOnCard } from './cards/passOnCard';
import { queueCard } from './cards/queueCard';
import { renderResponse } from './cards/renderCard';
import { tr } from './cards/tr';
import {
  LabelBook,
  currentDueLabel,
  currentPromise,
  dueLabelName,
  syncDueLabel,
  syncPromiseLabel,
} from './host/dueLabels';
import {
  asEvent,
  eventLang,
  eventMessage,
  eventParameter,
  formDateMs,
  formString,
  formStrings,
} from './host/gmailEvent';
import { HostError, classifyHostError } from './host/hostError';
import type { GmailAdvanced, Host } from './host/hostTypes';
import { readFollowUp } from './host/followUpReader';
import { readQueuePage } from './host/inboxQueue';
import type { QueuePage } from './host/inboxQueue';
import { loadOrganisation } from './host/loadOrganisation';
import { answeredAfter, factsOf, readMessageWithThread, userEmailOf } from './host/mailboxReader';
import { isNotOurs, setNotOurs } from './host/userState';

/** How a handler's failure is answered: triggers show a card, actions a notification. */
type Kind = 'trigger' | 'action';

function failure(
  kind: Kind,
  errorKind: ReturnType<typeof classifyHostError>,
  lang: Lang,
): ResponseModel {
  return kind === 'trigger'
    ? { kind: 'card', card: errorCard(errorKind, lang) }
    : { kind: 'action', notification: errorText(errorKind, lang) };
}

/** Wraps a handler: event parsing, configuration, error mapping, rendering. Never throws. */
export function wrap(kind: Kind, handler: Handler, host: Host): (event: unknown) => unknown {
  return (event: unknown) => {
    const e = asEvent(event);
    const lang = eventLang(e, () => host.session.getActiveUserLocale());
    let response: ResponseModel;
    try {
      const loaded = loadOrganisation(host.scriptProperties);
      if (!loaded.ok) {
        const card = configErrorCard(loaded.field, loaded.message, lang);
        response =
          kind === 'trigger'
            ? { kind: 'card', card }
            : { kind: 'action', navigation: { mode: 'update', card } };
      } else {
        const gmail = (): GmailAdvanced => {
          if (host.gmail === undefined)
            throw new HostError('service-missing', 'Gmail advanced service');
          return host.gmail;
        };
        response = handler({ e, lang, org: loaded.org, demo: loaded.demo, host, gmail });
      }
    } catch (error) {
      const errorKind = classifyHostError(error);
      host.log(`svarsplikt: handler failed (${errorKind})`);
      response = failure(kind, errorKind, lang);
    }
    try {
      return renderResponse(response, host.cardService);
    } catch {
      host.log('svarsplikt: rendering failed');
      try {
        return renderResponse(failure(kind, 'unknown', lang), host.cardService);
      } catch {
        // CardService itself failed: nothing can be drawn, but nothing is thrown at Gmail either.
        return null;
      }
    }
  };
}

function requireMessageId(context: HandlerContext): string {
  const id = eventParameter(context.e, 'messageId') ?? eventMessage(context.e).messageId;
  if (id === undefined) throw new HostError('not-found', 'no message in the event');
  return id;
}

/** The clock of one message, its thread's labels, its promise, and what the card needs. */
function messageState(context: HandlerContext, messageId: string) {
  const gmail = context.gmail();
  const now = context.host.now();
  const userEmail = userEmailOf(gmail);
  const { message, thread } = readMessageWithThread(gmail, messageId, now);
  const notOurs = isNotOurs(context.host.userProperties, messageId);
  const threadLabels = [...new Set(thread.flatMap((view) => view.labelIds))];
  const book = new LabelBook(gmail);
  const promised = currentPromise(book, threadLabels);
  const firstReply = answeredAfter(thread, message.receivedAt, userEmail);
  const facts = factsOf(message, thread, context.org, userEmail, notOurs, now);
  // Under a promise label the user's replies are the kvittens and lägesbesked, not the answer:
  // the answer is marked by taking the promise away ("Markera som besvarat").
  const events: DutyEvents =
    promised !== undefined
      ? firstReply !== undefined
        ? { acknowledged: { at: firstReply, promised } }
        : {}
      : firstReply !== undefined
        ? { answeredAt: firstReply }
        : {};
  const clockFacts =
    promised !== undefined ? (({ answeredAt: _answered, ...rest }) => rest)(facts) : facts;
  const clock = replyClock(clockFacts, context.org, now);
  const computed = dutyTimeline(clockFacts, events, context.org, now);
  const timeline: DutyTimeline | undefined = computed.ok ? computed.value : undefined;
  return {
    gmail,
    book,
    now,
    userEmail,
    message,
    thread,
    facts: clockFacts,
    clock,
    threadLabels,
    promised,
    timeline,
  };
}

function messageResponse(context: HandlerContext, messageId: string, notice?: string) {
  const state = messageState(context, messageId);
  const book = state.book;
  // The badge goes once the thread is answered or carries no duty.
  if (state.clock.state === 'answered' || state.clock.state === 'not-required') {
    syncDueLabel(state.gmail, book, state.message.threadId, state.threadLabels, undefined);
  }
  const label =
    state.clock.state === 'answered' || state.clock.state === 'not-required'
      ? null
      : (currentDueLabel(book, state.threadLabels) ?? null);
  return messageCard({
    clock: state.clock,
    org: context.org,
    lang: context.lang,
    demo: context.demo,
    messageId,
    label,
    senderNotes: senderTrust(state.message.headers, { orgDomains: context.org.domains }).notes.map(
      (note) => note.message[context.lang],
    ),
    ...(notice !== undefined ? { notice } : {}),
    ...(offersKvittens(state.clock) || state.promised !== undefined
      ? { promisedDefault: defaultPromisedDate(state.facts.receivedAt, context.org, state.now) }
      : {}),
    ...(state.promised !== undefined ? { promised: state.promised } : {}),
    forwarded: state.threadLabels.some((id) => book.nameOf(id) === FORWARDED_LABEL),
    ...(state.timeline !== undefined ? { timeline: state.timeline } : {}),
  });
}

function offersKvittens(clock: ReturnType<typeof replyClock>): boolean {
  return clock.deadline !== null && clock.state !== 'answered' && clock.kind === 'reply';
}

/** A date picker's value (midnight UTC of the picked day) as YYYY-MM-DD. */
function pickedDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function onGmailMessageOpen(context: HandlerContext): ResponseModel {
  const notice = finishAbsenceIfOver(context);
  return { kind: 'card', card: messageResponse(context, requireMessageId(context), notice) };
}

/** Reads the queue page the event names (first page without a token). */
function readEventPage(context: HandlerContext, book: LabelBook): QueuePage {
  const gmail = context.gmail();
  return readQueuePage({
    gmail,
    book,
    userProperties: context.host.userProperties,
    org: context.org,
    userEmail: userEmailOf(gmail),
    now: context.host.now(),
    pageToken: eventParameter(context.e, 'pageToken'),
  });
}

function queueResponse(context: HandlerContext, result: QueuePage, notice?: string) {
  const page = Math.max(1, Number(eventParameter(context.e, 'page') ?? '1') || 1);
  return queueCard({
    org: context.org,
    demo: context.demo,
    lang: context.lang,
    userEmail: result.userEmail,
    items: result.items,
    counts: result.counts,
    page,
    scanned: result.scanned,
    pageToken: eventParameter(context.e, 'pageToken'),
    nextPageToken: result.nextPageToken,
    ...(notice !== undefined ? { notice } : {}),
  });
}

function onHomepage(context: HandlerContext): ResponseModel {
  const notice = finishAbsenceIfOver(context);
  const result = readEventPage(context, new LabelBook(context.gmail()));
  return { kind: 'card', card: queueResponse(context, result, notice) };
}

/** Pages the queue in place; opened from a message card, the queue goes on top of it instead. */
function onQueuePage(context: HandlerContext): ResponseModel {
  const result = readEventPage(context, new LabelBook(context.gmail()));
  const mode = eventParameter(context.e, 'navigation') === 'push' ? 'push' : 'update';
  return { kind: 'action', navigation: { mode, card: queueResponse(context, result) } };
}

/** Labels every waiting thread of the page with its due date; one read of the page serves both. */
function onLabelQueue(context: HandlerContext): ResponseModel {
  const gmail = context.gmail();
  const book = new LabelBook(gmail);
  const result = readEventPage(context, book);
  let changed = 0;
  for (const item of result.items) {
    const dueDate = item.clock.deadline?.dueDate;
    if (syncDueLabel(gmail, book, item.threadId, item.labelIds, dueDate)) changed += 1;
  }
  return {
    kind: 'action',
    navigation: { mode: 'update', card: queueResponse(context, result) },
    notification:
      changed === 1
        ? tr(
            context.lang,
            '1 tråd märktes med förfallodag.',
            '1 thread labelled with its due date.',
          )
        : tr(
            context.lang,
            `${changed} trådar märktes med förfallodag.`,
            `${changed} threads labelled with their due date.`,
          ),
  };
}

function onLabelThread(context: HandlerContext): ResponseModel {
  const messageId = requireMessageId(context);
  const state = messageState(context, messageId);
  const dueDate = state.clock.deadline?.dueDate;
  if (dueDate === undefined || state.clock.state === 'answered') {
    return {
      kind: 'action',
      notification: tr(context.lang, 'Tråden behöver ingen etikett.', 'The thread needs no label.'),
    };
  }
  syncDueLabel(
    state.gmail,
    new LabelBook(state.gmail),
    state.message.threadId,
    state.threadLabels,
    dueDate,
  );
  return {
    kind: 'action',
    navigation: { mode: 'update', card: messageResponse(context, messageId) },
    notification: tr(
      context.lang,
      `Tråden märktes ${dueLabelName(dueDate)}.`,
      `The thread was labelled ${dueLabelName(dueDate)}.`,
    ),
  };
}

function markNotOurs(notOurs: boolean): Handler {
  return (context) => {
    const messageId = requireMessageId(context);
    setNotOurs(context.host.userProperties, messageId, notOurs);
    return {
      kind: 'action',
      navigation: { mode: 'update', card: messageResponse(context, messageId) },
      notification: notOurs
        ? tr(
            context.lang,
            'Markerat som inte ditt ärende. Nu gäller tiden för att skicka det vidare.',
            'Marked as not yours. The time to pass it on applies now.',
          )
        : tr(context.lang, 'Markerat som ditt ärende igen.', 'Marked as yours again.'),
    };
  };
}

function acknowledge(confidential: boolean): Handler {
  return (context) => {
    const messageId = requireMessageId(context);
    const state = messageState(context, messageId);
    if (state.clock.deadline === null) {
      return {
        kind: 'action',
        notification: tr(
          context.lang,
          'Meddelandet har ingen svarsplikt.',
          'The message carries no reply duty.',
        ),
      };
    }
    // The one-click kvittens promises the core's default; the other button the picked date.
    let promised = defaultPromisedDate(state.facts.receivedAt, context.org, state.now);
    if (eventParameter(context.e, 'chosen') === '1') {
      const picked = pickedPromise(context, state.now);
      if (!picked.ok) return { kind: 'action', notification: picked.notification };
      promised = picked.value;
    }
    const ack = buildAcknowledgement(
      {
        receivedAt: state.message.receivedAt,
        promised,
        confidential,
        ...(confidential ? {} : { subject: state.message.subject }),
        ...(state.message.from?.name ? { senderName: state.message.from.name } : {}),
      },
      context.org,
    );
    const { accessToken } = eventMessage(context.e);
    const gmailApp = context.host.gmailApp;
    if (accessToken !== undefined) gmailApp.setCurrentMessageAccessToken(accessToken);
    if (confidential || !ack.quoteOriginal) {
      const replyTo = state.message.headers.get('Reply-To');
      const recipient =
        (replyTo !== undefined ? parseAddressList(replyTo)[0]?.address : undefined) ??
        state.message.from?.address;
      if (recipient === undefined) throw new HostError('not-found', 'no sender to answer');
      const draft = gmailApp.createDraft(recipient, ack.subject, ack.text, { htmlBody: ack.html });
      keepPromise(state, promised);
      return { kind: 'compose', draft };
    }
    const original = gmailApp.getMessageById(messageId);
    if (original === null) throw new HostError('not-found', 'message not found');
    const draft = original.createDraftReply(ack.text, { htmlBody: ack.html });
    keepPromise(state, promised);
    return { kind: 'compose', draft };
  };
}

/** The promise lives in the mailbox: the thread's label names the date, replacing any earlier. */
function keepPromise(state: ReturnType<typeof messageState>, promised: string): void {
  syncPromiseLabel(state.gmail, state.book, state.message.threadId, state.threadLabels, promised);
}

/** The picked answer date, checked by the core; a refusal is the notification to show. */
function pickedPromise(
  context: HandlerContext,
  now: number,
): { ok: true; value: string } | { ok: false; notification: string } {
  const ms = formDateMs(context.e, PROMISED_FIELD);
  const checked = checkPromisedDate(
    ms === undefined ? '' : pickedDate(ms),
    now,
    context.org.calendar,
  );
  return checked.ok
    ? { ok: true, value: checked.value }
    : { ok: false, notification: tr(context.lang, checked.error.sv, checked.error.message) };
}

/** A lägesbesked: a reply that promises a new answer date, which replaces the promise label. */
function onStatusUpdate(context: HandlerContext): ResponseModel {
  const messageId = requireMessageId(context);
  const state = messageState(context, messageId);
  const picked = pickedPromise(context, state.now);
  if (!picked.ok) return { kind: 'action', notification: picked.notification };
  const update = buildStatusUpdate(
    {
      receivedAt: state.message.receivedAt,
      promised: picked.value,
      ...(state.promised !== undefined ? { previouslyPromised: state.promised } : {}),
      subject: state.message.subject,
      ...(state.message.from?.name ? { senderName: state.message.from.name } : {}),
    },
    context.org,
  );
  const { accessToken } = eventMessage(context.e);
  const gmailApp = context.host.gmailApp;
  if (accessToken !== undefined) gmailApp.setCurrentMessageAccessToken(accessToken);
  const original = gmailApp.getMessageById(messageId);
  if (original === null) throw new HostError('not-found', 'message not found');
  const draft = original.createDraftReply(update.text, { htmlBody: update.html });
  keepPromise(state, picked.value);
  return { kind: 'compose', draft };
}

/** The answer is sent: the promise is kept, its label goes, and the thread counts as answered. */
function onAnswered(context: HandlerContext): ResponseModel {
  const messageId = requireMessageId(context);
  const state = messageState(context, messageId);
  syncPromiseLabel(state.gmail, state.book, state.message.threadId, state.threadLabels, undefined);
  return {
    kind: 'action',
    navigation: { mode: 'update', card: messageResponse(context, messageId) },
    notification: tr(context.lang, 'Markerat som besvarat.', 'Marked as answered.'),
  };
}

/** The label that marks a thread's forward duty met. */
export const FORWARDED_LABEL = 'Svarsplikt/vidarebefordrat';

function onPassOnOpen(context: HandlerContext): ResponseModel {
  const messageId = requireMessageId(context);
  const card = passOnCard({ org: context.org, demo: context.demo, lang: context.lang, messageId });
  return { kind: 'action', navigation: { mode: 'push', card } };
}

/**
 * Passes a message that is not ours on with word: checks the recipient (an address outside the
 * organisation only when ticked as an external authority), marks the message not ours and its
 * forward duty met (a label), and drafts the notice to the asker.
 */
function onPassOn(context: HandlerContext): ResponseModel {
  const messageId = requireMessageId(context);
  const { e, lang, org } = context;
  const address = formString(e, PASS_ON_FIELD.address) ?? formString(e, PASS_ON_FIELD.mailbox);
  const refuse = (sv: string, en: string): ResponseModel => ({
    kind: 'action',
    notification: tr(lang, sv, en),
  });
  if (address === undefined) {
    return refuse(
      'Välj en funktionsbrevlåda eller ange mottagarens e-post.',
      "Choose a mailbox or give the recipient's e-mail.",
    );
  }
  if (!isEmailAddress(address)) {
    return refuse(
      `Mottagarens e-post är ogiltig: ${address}`,
      `The recipient's e-mail is invalid: ${address}`,
    );
  }
  const external = formStrings(e, PASS_ON_FIELD.external).includes('yes');
  if (!isInOrganisation(address, org) && !external) {
    return refuse(
      `${address} ligger utanför organisationen. Kryssa i Extern myndighet om meddelandet ska lämna organisationen.`,
      `${address} is outside the organisation. Tick External authority if the message is to leave it.`,
    );
  }
  const mailbox = org.functionalMailboxes.find((m) => m.address === address);
  const name = formString(e, PASS_ON_FIELD.name) ?? mailbox?.name ?? address;
  const state = messageState(context, messageId);
  const notice = buildNotOursNotice(
    {
      receivedAt: state.message.receivedAt,
      forwardedTo: { name, address },
      subject: state.message.subject,
      ...(state.message.from?.name ? { senderName: state.message.from.name } : {}),
    },
    org,
  );
  const { accessToken } = eventMessage(e);
  const gmailApp = context.host.gmailApp;
  if (accessToken !== undefined) gmailApp.setCurrentMessageAccessToken(accessToken);
  const original = gmailApp.getMessageById(messageId);
  if (original === null) throw new HostError('not-found', 'message not found');
  const draft = original.createDraftReply(notice.text, { htmlBody: notice.html });
  setNotOurs(context.host.userProperties, messageId, true);
  const forwardedId = state.book.ensure(FORWARDED_LABEL);
  if (!state.threadLabels.includes(forwardedId)) {
    state.gmail.Users.Threads.modify({ addLabelIds: [forwardedId] }, 'me', state.message.threadId);
  }
  return { kind: 'compose', draft };
}

/** The personal follow-up, loaded only when asked for: a bounded read of metadata. */
function onFollowUp(context: HandlerContext): ResponseModel {
  const gmail = context.gmail();
  const read = readFollowUp({
    gmail,
    book: new LabelBook(gmail),
    org: context.org,
    userEmail: userEmailOf(gmail),
    now: context.host.now(),
  });
  const card = followUpCard({
    org: context.org,
    demo: context.demo,
    lang: context.lang,
    windows: read.windows,
    scanned: read.scanned,
  });
  return { kind: 'action', navigation: { mode: 'push', card } };
}

/** The handlers by the name of their top-level function. */
export function createAddOn(host: Host) {
  const absence = absenceHandlers();
  return {
    onGmailMessageOpen: wrap('trigger', onGmailMessageOpen, host),
    onHomepage: wrap('trigger', onHomepage, host),
    onQueuePage: wrap('action', onQueuePage, host),
    onLabelQueue: wrap('action', onLabelQueue, host),
    onLabelThread: wrap('action', onLabelThread, host),
    onNotOurs: wrap('action', markNotOurs(true), host),
    onOursAfterAll: wrap('action', markNotOurs(false), host),
    onAcknowledge: wrap('action', acknowledge(false), host),
    onAcknowledgeConfidential: wrap('action', acknowledge(true), host),
    onStatusUpdate: wrap('action', onStatusUpdate, host),
    onAnswered: wrap('action', onAnswered, host),
    onPassOnOpen: wrap('action', onPassOnOpen, host),
    onPassOn: wrap('action', onPassOn, host),
    onFollowUp: wrap('action', onFollowUp, host),
    onAbsenceOpen: wrap('action', absence.open, host),
    onAbsencePreview: wrap('action', absence.preview, host),
    onAbsenceSave: wrap('action', absence.save, host),
    onAbsenceRestore: wrap('action', absence.restore, host),
    onAbsenceBack: wrap('action', absence.back, host),
  };
}

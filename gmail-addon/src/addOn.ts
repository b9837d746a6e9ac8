/**
 * The add-on's triggers and actions over an injected host. Every handler answers with a card, a
 * notification or a draft, and none lets an exception reach Gmail: failures become a card (for
 * triggers) or a notification (for actions) in the user's language.
 */
import {
  buildAcknowledgement,
  buildStatusUpdate,
  checkPromisedDate,
  defaultPromisedDate,
  parseAddressList,
} from './core';
import type { Lang } from './core';
import { absenceHandlers, finishAbsenceIfOver } from './absenceHandlers';
import type { Handler, HandlerContext } from './handlerContext';
import type { ResponseModel } from './cards/cardModel';
import { configErrorCard, errorCard, errorText } from './cards/errorCard';
import { PROMISED_FIELD } from './cards/messageCard';
import { queueCard } from './cards/queueCard';
import { renderResponse } from './cards/renderCard';
import { tr } from './cards/tr';
import { LabelBook, dueLabelName, syncDueLabel, syncPromiseLabel } from './host/dueLabels';
import { asEvent, eventLang, eventMessage, eventParameter, formDateMs } from './host/gmailEvent';
import { HostError, classifyHostError } from './host/hostError';
import type { GmailAdvanced, GmailDraftLike, Host } from './host/hostTypes';
import { readFollowUp } from './host/followUpReader';
import type { FollowUpRead } from './host/followUpReader';
import { readQueuePage } from './host/inboxQueue';
import type { QueuePage } from './host/inboxQueue';
import { loadOrganisation } from './host/loadOrganisation';
import { cachedThreadReader, userEmailOf } from './host/mailboxReader';
import type { MessageView } from './host/mailboxReader';
import { recordPendingPromise } from './host/pendingPromises';
import { setNotOurs } from './host/userState';
import { messageResponse, messageState } from './messageState';
import type { MessageState } from './messageState';
import { passOnHandlers } from './passOnHandlers';

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

/** A date picker's value (midnight UTC of the picked day) as YYYY-MM-DD. */
function pickedDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function onGmailMessageOpen(context: HandlerContext): ResponseModel {
  const notice = finishAbsenceIfOver(context);
  return { kind: 'card', card: messageResponse(context, requireMessageId(context), notice) };
}

/** Reads the queue page the event names (first page without a token). */
function readEventPage(
  context: HandlerContext,
  book: LabelBook,
  threadOf?: (threadId: string) => MessageView[],
): QueuePage {
  const gmail = context.gmail();
  return readQueuePage({
    gmail,
    book,
    userProperties: context.host.userProperties,
    org: context.org,
    userEmail: userEmailOf(gmail),
    now: context.host.now(),
    pageToken: eventParameter(context.e, 'pageToken'),
    ...(threadOf !== undefined ? { threadOf } : {}),
  });
}

/**
 * The homepage's first page with the personal follow-up beside it; both read through one thread
 * cache, so the follow-up costs only the threads beyond the queue's page.
 */
function firstPageWithFollowUp(context: HandlerContext): {
  result: QueuePage;
  followUp: FollowUpRead | undefined;
} {
  const gmail = context.gmail();
  const book = new LabelBook(gmail);
  const now = context.host.now();
  const threadOf = cachedThreadReader(gmail, now);
  const result = readEventPage(context, book, threadOf);
  if (eventParameter(context.e, 'pageToken') !== undefined) return { result, followUp: undefined };
  const followUp = readFollowUp({
    gmail,
    book,
    org: context.org,
    userEmail: result.userEmail,
    now,
    threadOf,
    userProperties: context.host.userProperties,
  });
  return { result, followUp };
}

function queueResponse(
  context: HandlerContext,
  result: QueuePage,
  notice?: string,
  followUp?: FollowUpRead,
) {
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
    ...(followUp !== undefined ? { followUp } : {}),
  });
}

function onHomepage(context: HandlerContext): ResponseModel {
  const notice = finishAbsenceIfOver(context);
  const { result, followUp } = firstPageWithFollowUp(context);
  return { kind: 'card', card: queueResponse(context, result, notice, followUp) };
}

/** Pages the queue in place; opened from a message card, the queue goes on top of it instead. */
function onQueuePage(context: HandlerContext): ResponseModel {
  const { result, followUp } = firstPageWithFollowUp(context);
  const mode = eventParameter(context.e, 'navigation') === 'push' ? 'push' : 'update';
  return {
    kind: 'action',
    navigation: { mode, card: queueResponse(context, result, undefined, followUp) },
  };
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

/** "Mitt ärende ändå": back to the reply clock. */
const oursAfterAll: Handler = (context) => {
  const messageId = requireMessageId(context);
  setNotOurs(context.host.userProperties, messageId, false);
  return {
    kind: 'action',
    navigation: { mode: 'update', card: messageResponse(context, messageId) },
    notification: tr(context.lang, 'Markerat som ditt ärende igen.', 'Marked as yours again.'),
  };
};

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
      keepPromise(context, state, promised, 'kvittens', draftThreadOf(state, draft));
      return { kind: 'compose', draft };
    }
    const original = gmailApp.getMessageById(messageId);
    if (original === null) throw new HostError('not-found', 'message not found');
    const draft = original.createDraftReply(ack.text, { htmlBody: ack.html });
    keepPromise(context, state, promised, 'kvittens');
    return { kind: 'compose', draft };
  };
}

/**
 * A drafted promise is pending until the sent kvittens or lägesbesked is seen in the thread
 * (messageState settles it on the next open): an unsent draft never puts a promise label on it.
 */
function keepPromise(
  context: HandlerContext,
  state: MessageState,
  promised: string,
  kind: 'kvittens' | 'status-update',
  draftThreadId?: string,
): void {
  recordPendingPromise(context.host.userProperties, state.message.threadId, {
    promised,
    draftedAt: state.now,
    kind,
    ...(draftThreadId !== undefined && draftThreadId !== state.message.threadId
      ? { draftThreadId }
      : {}),
  });
}

/**
 * The thread of a new (not reply) draft: the confidential kvittens is sent from there, so that is
 * where its sending is seen. Undefined when Gmail cannot say.
 */
function draftThreadOf(state: MessageState, draft: GmailDraftLike): string | undefined {
  try {
    return state.gmail.Users.Messages.get('me', draft.getMessageId(), { format: 'minimal' })
      .threadId;
  } catch {
    return undefined;
  }
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
  keepPromise(context, state, picked.value, 'status-update');
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

/** The handlers by the name of their top-level function. */
export function createAddOn(host: Host) {
  const absence = absenceHandlers();
  const passOn = passOnHandlers();
  return {
    onGmailMessageOpen: wrap('trigger', onGmailMessageOpen, host),
    onHomepage: wrap('trigger', onHomepage, host),
    onQueuePage: wrap('action', onQueuePage, host),
    onLabelQueue: wrap('action', onLabelQueue, host),
    onLabelThread: wrap('action', onLabelThread, host),
    onNotOurs: wrap('action', passOn.open, host),
    onOursAfterAll: wrap('action', oursAfterAll, host),
    onAcknowledge: wrap('action', acknowledge(false), host),
    onAcknowledgeConfidential: wrap('action', acknowledge(true), host),
    onStatusUpdate: wrap('action', onStatusUpdate, host),
    onAnswered: wrap('action', onAnswered, host),
    onPassOnOpen: wrap('action', passOn.open, host),
    onPassOn: wrap('action', passOn.passOn, host),
    onPassOnNotice: wrap('action', passOn.notice, host),
    onAbsenceOpen: wrap('action', absence.open, host),
    onAbsencePreview: wrap('action', absence.preview, host),
    onAbsenceSave: wrap('action', absence.save, host),
    onAbsenceRestore: wrap('action', absence.restore, host),
    onAbsenceBack: wrap('action', absence.back, host),
  };
}

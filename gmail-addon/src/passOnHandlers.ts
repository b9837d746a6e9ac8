/**
 * "Inte mitt ärende" as one action (docs/rules.md §7): the user picks who will answer, the add-on
 * forwards the message there, records the forward (the forward duty is met) and drafts the notice
 * to the asker, which the user sends. A forward is never sent twice: the forward log in user
 * properties is the idempotency key. When the forward went out but the draft failed, the user is
 * told so and offered the draft alone.
 */
import { buildForwardNote, buildNotOursNotice, checkPromisedDate, forwardTarget } from './core';
import type { ForwardTarget } from './core';
import type { Handler, HandlerContext } from './handlerContext';
import type { ResponseModel } from './cards/cardModel';
import { PASS_ON_FIELD, passOnCard, passOnSentCard } from './cards/passOnCard';
import { tr } from './cards/tr';
import { FORWARDED_LABEL, LabelBook } from './host/dueLabels';
import { forgetForward, forwardOf, recordForward } from './host/forwardLog';
import type { ForwardRecord } from './host/forwardLog';
import {
  eventMessage,
  eventParameter,
  formDateMs,
  formString,
  formStrings,
} from './host/gmailEvent';
import { HostError, classifyHostError } from './host/hostError';
import { readMessageWithThread, userEmailOf } from './host/mailboxReader';
import type { MessageView } from './host/mailboxReader';
import { ForwardTooLarge, sendForward } from './host/sendForward';
import { setNotOurs } from './host/userState';

function requireMessageId(context: HandlerContext): string {
  const id = eventParameter(context.e, 'messageId') ?? eventMessage(context.e).messageId;
  if (id === undefined) throw new HostError('not-found', 'no message in the event');
  return id;
}

const notify = (context: HandlerContext, sv: string, en: string): ResponseModel => ({
  kind: 'action',
  notification: tr(context.lang, sv, en),
});

/** The form's recipient: a typed address wins over the chosen functional mailbox. */
function chosenTarget(
  context: HandlerContext,
): { ok: true; target: ForwardTarget; name: string } | { ok: false; response: ResponseModel } {
  const { e, lang, org } = context;
  const address =
    formString(e, PASS_ON_FIELD.address) ?? formString(e, PASS_ON_FIELD.mailbox) ?? '';
  const checked = forwardTarget(address, org);
  if (!checked.ok) {
    return {
      ok: false,
      response: { kind: 'action', notification: tr(lang, checked.error.sv, checked.error.message) },
    };
  }
  const target = checked.value;
  if (target.leavesOrganisation && !formStrings(e, PASS_ON_FIELD.external).includes('yes')) {
    return {
      ok: false,
      response: notify(
        context,
        `${target.address} ligger utanför organisationen. ${target.warning?.sv ?? ''} Kryssa i rutan för extern myndighet om det är rätt.`,
        `${target.address} is outside the organisation. ${target.warning?.en ?? ''} Tick the external authority box if that is right.`,
      ),
    };
  }
  const name = formString(e, PASS_ON_FIELD.name) ?? target.name ?? target.address;
  return { ok: true, target, name };
}

/** The answer date the asker is told, if the user gave one; checked like a promise. */
function chosenAnswerBy(
  context: HandlerContext,
): { ok: true; value: string | undefined } | { ok: false; response: ResponseModel } {
  const ms = formDateMs(context.e, PASS_ON_FIELD.answerBy);
  if (ms === undefined) return { ok: true, value: undefined };
  const checked = checkPromisedDate(
    new Date(ms).toISOString().slice(0, 10),
    context.host.now(),
    context.org.calendar,
  );
  return checked.ok
    ? { ok: true, value: checked.value }
    : {
        ok: false,
        response: {
          kind: 'action',
          notification: tr(context.lang, checked.error.sv, checked.error.message),
        },
      };
}

/** Drafts the notice to the asker as a reply to the message; throws when Gmail refuses. */
function draftNotice(
  context: HandlerContext,
  message: MessageView,
  record: ForwardRecord,
): unknown {
  const notice = buildNotOursNotice(
    {
      receivedAt: message.receivedAt,
      forwardedTo: { name: record.name, address: record.to },
      subject: message.subject,
      ...(message.from?.name ? { senderName: message.from.name } : {}),
      ...(record.answerBy !== undefined ? { answerBy: record.answerBy } : {}),
    },
    context.org,
  );
  const { accessToken } = eventMessage(context.e);
  const gmailApp = context.host.gmailApp;
  if (accessToken !== undefined) gmailApp.setCurrentMessageAccessToken(accessToken);
  const original = gmailApp.getMessageById(message.id);
  if (original === null) throw new HostError('not-found', 'message not found');
  return original.createDraftReply(notice.text, { htmlBody: notice.html });
}

/** Marks the forward duty met where every view sees it: not ours, and the thread's label. */
function markForwarded(
  context: HandlerContext,
  message: MessageView,
  labelIds: readonly string[],
): void {
  setNotOurs(context.host.userProperties, message.id, true);
  try {
    const gmail = context.gmail();
    const id = new LabelBook(gmail).ensure(FORWARDED_LABEL);
    if (!labelIds.includes(id))
      gmail.Users.Threads.modify({ addLabelIds: [id] }, 'me', message.threadId);
  } catch {
    // The forward log already holds the duty as met; the label only shows it in Gmail's list.
    context.host.log('svarsplikt: forwarded label not set');
  }
}

/** Errors after which Gmail certainly did not send: it refused the request. */
function surelyNotSent(error: unknown): boolean {
  if (error instanceof ForwardTooLarge) return true;
  const kind = classifyHostError(error);
  if (kind === 'quota' || kind === 'permission' || kind === 'not-found') return true;
  const text = error instanceof Error ? error.message : String(error);
  return /Invalid|required|Bad Request|\b400\b|could not be read/i.test(text);
}

/** Sends the forward once, recording it before (as sending) and after (as sent). */
function forwardOnce(
  context: HandlerContext,
  message: MessageView,
  target: ForwardTarget,
  name: string,
  answerBy: string | undefined,
): ForwardRecord {
  const props = context.host.userProperties;
  const gmail = context.gmail();
  const base = { to: target.address, name, ...(answerBy !== undefined ? { answerBy } : {}) };
  recordForward(props, message.id, { state: 'sending', at: context.host.now(), ...base });
  let sentId: string;
  try {
    sentId = sendForward(gmail, {
      messageId: message.id,
      from: userEmailOf(gmail),
      to: target.address,
      subject: message.subject,
      note: buildForwardNote(
        {
          receivedAt: message.receivedAt,
          ...(message.from !== undefined
            ? { sender: { name: message.from.name, address: message.from.address } }
            : {}),
          ...(answerBy !== undefined ? { answerBy } : {}),
        },
        context.org,
      ),
      sizeEstimate: message.sizeEstimate,
    });
  } catch (error) {
    // A refusal (bad request, quota, permission, too large) means nothing went out, so the
    // next try may send. Anything else (a timeout, a server error) may have sent it: the record
    // stays unconfirmed and the user decides after looking in Sent.
    if (surelyNotSent(error)) forgetForward(props, message.id);
    throw error;
  }
  const record: ForwardRecord = { state: 'sent', at: context.host.now(), sentId, ...base };
  recordForward(props, message.id, record);
  return record;
}

/** "Inte mitt ärende": the recipient card. */
const open: Handler = (context) => {
  const messageId = requireMessageId(context);
  const earlier = forwardOf(context.host.userProperties, messageId);
  const card = passOnCard({
    org: context.org,
    demo: context.demo,
    lang: context.lang,
    messageId,
    ...(earlier?.state === 'sending' ? { interruptedTo: earlier.to } : {}),
  });
  return { kind: 'action', navigation: { mode: 'push', card } };
};

/** Forward, record, draft: the one action. */
const passOn: Handler = (context) => {
  const messageId = requireMessageId(context);
  const props = context.host.userProperties;
  const earlier = forwardOf(props, messageId);
  const resend = formStrings(context.e, PASS_ON_FIELD.resend).includes('yes');
  if (earlier?.state === 'sending' && !resend) {
    return notify(
      context,
      `Ett tidigare försök att skicka vidare till ${earlier.to} avbröts innan Gmail bekräftade det. Titta i Skickat. Finns det inte där, kryssa i Skicka igen och försök på nytt.`,
      `An earlier attempt to forward to ${earlier.to} ended before Gmail confirmed it. Look in Sent. If it is not there, tick Send again and retry.`,
    );
  }
  const { message, thread } = readMessageWithThread(context.gmail(), messageId, context.host.now());
  const labelIds = [...new Set(thread.flatMap((view) => view.labelIds))];
  let record: ForwardRecord;
  if (earlier?.state === 'sent') {
    record = earlier;
  } else {
    const target = chosenTarget(context);
    if (!target.ok) return target.response;
    const answerBy = chosenAnswerBy(context);
    if (!answerBy.ok) return answerBy.response;
    try {
      record = forwardOnce(context, message, target.target, target.name, answerBy.value);
    } catch (error) {
      if (!(error instanceof ForwardTooLarge)) throw error;
      const mb = (error.bytes / 1024 / 1024).toFixed(1);
      return notify(
        context,
        `Meddelandet är för stort (${mb} MB) för att skickas vidare härifrån. Vidarebefordra det i Gmail.`,
        `The message is too large (${mb} MB) to forward from here. Forward it in Gmail.`,
      );
    }
  }
  markForwarded(context, message, labelIds);
  try {
    return { kind: 'compose', draft: draftNotice(context, message, record) };
  } catch {
    context.host.log('svarsplikt: notice draft failed after forward');
    return {
      kind: 'action',
      navigation: {
        mode: 'update',
        card: passOnSentCard({
          org: context.org,
          demo: context.demo,
          lang: context.lang,
          messageId,
          to: record.to,
          name: record.name,
        }),
      },
      notification: tr(
        context.lang,
        `Meddelandet skickades vidare till ${record.to}, men beskedet till avsändaren kunde inte skrivas. Försök igen med Skriv beskedet.`,
        `The message was forwarded to ${record.to}, but the notice to the sender could not be drafted. Retry with Draft the notice.`,
      ),
    };
  }
};

/** The notice alone, for a message already forwarded (e.g. when its draft failed). */
const notice: Handler = (context) => {
  const messageId = requireMessageId(context);
  const record = forwardOf(context.host.userProperties, messageId);
  if (record?.state !== 'sent') {
    return notify(
      context,
      'Meddelandet är inte vidarebefordrat än. Välj Inte mitt ärende först.',
      'The message has not been forwarded yet. Choose Not ours first.',
    );
  }
  const { message } = readMessageWithThread(context.gmail(), messageId, context.host.now());
  return { kind: 'compose', draft: draftNotice(context, message, record) };
};

/** The pass-on handlers by role. */
export function passOnHandlers(): { open: Handler; passOn: Handler; notice: Handler } {
  return { open, passOn, notice };
}

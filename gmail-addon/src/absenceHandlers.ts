/**
 * The absence actions: open the card, preview the referral with its findings, save it as Gmail's
 * vacation responder (with a backup first and a read-back after), restore the earlier settings,
 * and end the absence (also done by itself on the first trigger after the day back).
 */
import {
  buildReferral,
  formatDate,
  planAbsenceBack,
  planAbsenceChange,
  planAbsenceRestore,
  planAbsenceReturn,
  restoreOffered,
  runAbsencePlanSync,
  stockholmDate,
} from './core';
import type { AbsenceInput, AbsenceOutcome, AbsencePlan, AbsenceRead, Referral } from './core';
import { FIELD, absenceCard } from './cards/absenceCard';
import type { AbsenceForm } from './cards/absenceCard';
import type { CardModel, ResponseModel } from './cards/cardModel';
import { tr } from './cards/tr';
import type { Handler, HandlerContext } from './handlerContext';
import { todayOf } from './handlerContext';
import { formDateMs, formString, formStrings } from './host/gmailEvent';
import { classifyHostError } from './host/hostError';
import { userEmailOf } from './host/mailboxReader';
import { forwardingOptions } from './host/vacation';
import { readAbsence } from './host/userState';
import { gmailAbsencePort, readAbsenceState } from './host/absencePort';
import { readVacationBackup } from './host/vacationBackup';
import type { GmailAdvanced, VacationSettings } from './host/hostTypes';

/** The form as the user left it in the event. */
export function formFromEvent(context: HandlerContext): AbsenceForm {
  const { e } = context;
  const day = (name: string): string | null => {
    const ms = formDateMs(e, name);
    return ms === undefined ? null : stockholmDate(ms);
  };
  return {
    firstDay: day(FIELD.firstDay),
    lastDay: day(FIELD.lastDay),
    personName: formString(e, FIELD.personName) ?? '',
    contactName: formString(e, FIELD.contactName) ?? '',
    contactAddress: formString(e, FIELD.contactAddress) ?? '',
    contactPhone: formString(e, FIELD.contactPhone) ?? '',
    forwardTo: formString(e, FIELD.forwardTo) ?? '',
    delegate: formString(e, FIELD.delegate) ?? '',
    note: formString(e, FIELD.note) ?? '',
    english: formStrings(e, FIELD.english).includes('en'),
  };
}

/** The core's input for a filled-in form. */
export function absenceInputOf(form: AbsenceForm): AbsenceInput {
  const hasContact =
    form.contactName !== '' || form.contactAddress !== '' || form.contactPhone !== '';
  const name = form.contactName || form.contactAddress || form.contactPhone;
  return {
    firstDay: form.firstDay,
    lastDay: form.lastDay,
    contacts: hasContact
      ? [
          {
            name,
            ...(form.contactAddress !== '' ? { address: form.contactAddress } : {}),
            ...(form.contactPhone !== '' ? { phone: form.contactPhone } : {}),
          },
        ]
      : [],
    ...(form.forwardTo !== '' ? { forwardTo: form.forwardTo } : {}),
    ...(form.delegate !== '' ? { delegate: form.delegate } : {}),
    ...(form.personName !== '' ? { personName: form.personName } : {}),
    ...(form.note !== '' ? { note: form.note } : {}),
    languages: form.english ? ['sv', 'en'] : ['sv'],
  };
}

function defaultForm(context: HandlerContext): AbsenceForm {
  const absence = readAbsence(context.host.userProperties);
  return {
    firstDay: absence?.firstDay ?? todayOf(context),
    lastDay: absence?.lastDay ?? null,
    personName: '',
    contactName: '',
    contactAddress: '',
    contactPhone: '',
    forwardTo: absence?.forwardTo ?? '',
    delegate: '',
    note: '',
    english: context.org.languages.includes('en'),
  };
}

/**
 * The accepted forwarding addresses inside the organisation. When Gmail will not list them (e.g.
 * forwarding is restricted for the account), the card still opens and explains how to order
 * forwarding from IT: the auto-reply must never depend on forwarding.
 */
function eligibleForwarding(context: HandlerContext, gmail: GmailAdvanced): readonly string[] {
  try {
    return forwardingOptions(gmail, context.org).eligible;
  } catch (error) {
    const kind = classifyHostError(error);
    if (kind === 'quota' || kind === 'service-missing') throw error;
    context.host.log(`svarsplikt: forwarding addresses unavailable (${kind})`);
    return [];
  }
}

function cardFor(
  context: HandlerContext,
  form: AbsenceForm,
  extra: { preview?: Referral; notice?: string } = {},
): CardModel {
  const gmail = context.gmail();
  const props = context.host.userProperties;
  const read = readOf(context);
  return absenceCard({
    lang: context.lang,
    org: context.org,
    demo: context.demo,
    userEmail: userEmailOf(gmail),
    now: context.host.now(),
    current: read.autoReply,
    backupSavedAt: restoreOffered(read) ? readVacationBackup(props)?.savedAt : undefined,
    absence: readAbsence(props),
    form,
    eligibleForwarding: eligibleForwarding(context, gmail),
    ...extra,
  });
}

/** What the plans are made from, read fresh: another device may have changed it. */
function readOf(context: HandlerContext): AbsenceRead<VacationSettings> {
  const gmail = context.gmail();
  return readAbsenceState(gmail, context.host.userProperties, userEmailOf(gmail), todayOf(context));
}

/** Carries out a plan through Gmail and user properties. */
function run(
  context: HandlerContext,
  plan: AbsencePlan<VacationSettings>,
): AbsenceOutcome<VacationSettings> {
  const gmail = context.gmail();
  const outcome = runAbsencePlanSync(
    plan,
    gmailAbsencePort({
      gmail,
      props: context.host.userProperties,
      org: context.org,
      userEmail: userEmailOf(gmail),
      now: context.host.now,
    }),
  );
  if (outcome.ok && outcome.tidyError !== undefined) {
    context.host.log(
      `svarsplikt: tidying up after the change failed (${classifyHostError(outcome.tidyError)})`,
    );
  }
  if (!outcome.ok && !outcome.undone)
    context.host.log('svarsplikt: undoing a failed change failed');
  return outcome;
}

/**
 * Ends an absence whose day back has come: removes its forwarding filter and forgets it.
 * Returns a notice for the card, or undefined when there was nothing to end. Never throws: a
 * failure here must not hide the card the user opened.
 */
export function finishAbsenceIfOver(context: HandlerContext): string | undefined {
  try {
    // The cheap check first: most opens have no absence to end, and cost no Gmail call.
    const saved = readAbsence(context.host.userProperties);
    if (saved === undefined || todayOf(context) < saved.backOn) return undefined;
    const read = readOf(context);
    const plan = planAbsenceReturn(read, context.org);
    if (plan.action === 'none' || !run(context, plan).ok) return undefined;
    if (read.record === null) return undefined;
    return read.forwarding.length > 0
      ? tr(
          context.lang,
          'Välkommen tillbaka! Vidarebefordran under frånvaron är borttagen.',
          'Welcome back! Forwarding during the absence has been removed.',
        )
      : tr(context.lang, 'Välkommen tillbaka!', 'Welcome back!');
  } catch {
    context.host.log('svarsplikt: ending the absence failed');
    return undefined;
  }
}

/** The answer after the absence changed: a fresh card with the notice, also as a notification. */
function afterChange(context: HandlerContext, notice: string): ResponseModel {
  return update(cardFor(context, defaultForm(context), { notice }), notice);
}

/** Nothing was saved because of the forwarding: the form again, with no forwarding chosen. */
function withoutForwarding(
  context: HandlerContext,
  form: AbsenceForm,
  preview: Referral,
  why: string,
): ResponseModel {
  return update(cardFor(context, { ...form, forwardTo: '' }, { preview }), why);
}

function update(card: CardModel, notification?: string): ResponseModel {
  return {
    kind: 'action',
    navigation: { mode: 'update', card },
    ...(notification !== undefined ? { notification } : {}),
  };
}

const open: Handler = (context) => {
  const notice = finishAbsenceIfOver(context);
  return {
    kind: 'action',
    navigation: {
      mode: 'push',
      card: cardFor(context, defaultForm(context), notice !== undefined ? { notice } : {}),
    },
  };
};

const preview: Handler = (context) => {
  const form = formFromEvent(context);
  const referral = buildReferral(absenceInputOf(form), context.org, todayOf(context));
  return update(cardFor(context, form, { preview: referral }));
};

const save: Handler = (context) => {
  const { lang, org } = context;
  const form = formFromEvent(context);
  const input = absenceInputOf(form);
  const referral = buildReferral(input, org, todayOf(context));
  const blocked = (): ResponseModel =>
    update(
      cardFor(context, form, { preview: referral }),
      tr(lang, 'Rätta felen innan du sparar.', 'Fix the errors before saving.'),
    );
  if (referral.blocking || form.firstDay === null || referral.backOn === null) return blocked();
  const gmail = context.gmail();
  if (form.forwardTo !== '' && !forwardingOptions(gmail, org).eligible.includes(form.forwardTo)) {
    return withoutForwarding(
      context,
      form,
      referral,
      tr(
        lang,
        'Adressen kan inte användas för vidarebefordran. Välj en godkänd adress inom organisationen.',
        'That address cannot be used for forwarding. Choose an accepted address inside the organisation.',
      ),
    );
  }
  const planned = planAbsenceChange(readOf(context), input, org, { datedForwarding: false });
  if (!planned.ok) return blocked();
  const plan = planned.value;
  const outcome = run(context, plan);
  if (!outcome.ok) {
    const kind = classifyHostError(outcome.error);
    if (outcome.failedStep !== 'addForwarding' || kind === 'quota' || kind === 'service-missing') {
      throw outcome.error;
    }
    // Gmail said no, e.g. the administrator has turned automatic forwarding off.
    context.host.log(`svarsplikt: forwarding refused (${kind})`);
    return withoutForwarding(
      context,
      form,
      referral,
      tr(
        lang,
        'Gmail tillät inte vidarebefordran, så autosvaret sparades inte. Spara utan vidarebefordran, eller beställ vidarebefordran hos IT.',
        'Gmail did not allow forwarding, so the auto-reply was not saved. Save without forwarding, or order forwarding from IT.',
      ),
    );
  }
  const { firstDay, backOn, forwardTo } = plan.record ?? {
    firstDay: form.firstDay,
    backOn: referral.backOn,
    forwardTo: null,
  };
  const saved = tr(
    lang,
    `Autosvaret är på från ${formatDate(firstDay, lang)}. Du är tillbaka ${formatDate(backOn, lang)}.`,
    `The auto-reply is on from ${formatDate(firstDay, lang)}. You are back on ${formatDate(backOn, lang)}.`,
  );
  // A Gmail filter cannot wait for a date: forwarding set ahead of the absence starts now.
  const early =
    forwardTo !== null && firstDay > todayOf(context)
      ? tr(
          lang,
          ` Vidarebefordran till ${forwardTo} gäller redan från nu.`,
          ` Forwarding to ${forwardTo} applies from now already.`,
        )
      : '';
  const dropped = plan.forwardingDropped
    ? tr(
        lang,
        ` Frånvaron är kortare än ${org.longAbsenceThreshold} arbetsdagar, så e-posten vidarebefordras inte.`,
        ` The absence is shorter than ${org.longAbsenceThreshold} working days, so mail is not forwarded.`,
      )
    : '';
  const notice = saved + early + dropped;
  return update(cardFor(context, form, { notice }), notice);
};

const restore: Handler = (context) => {
  const { lang } = context;
  const plan = planAbsenceRestore(readOf(context));
  if (plan.action === 'none') {
    return {
      kind: 'action',
      notification: tr(
        lang,
        'Det finns ingen sparad kopia att återställa.',
        'There is no saved copy to restore.',
      ),
    };
  }
  const outcome = run(context, plan);
  if (!outcome.ok) throw outcome.error;
  return afterChange(
    context,
    tr(lang, 'Dina tidigare inställningar är återställda.', 'Your earlier settings are restored.'),
  );
};

const back: Handler = (context) => {
  const plan = planAbsenceBack(readOf(context));
  const outcome = run(context, plan);
  if (!outcome.ok) throw outcome.error;
  return afterChange(
    context,
    tr(
      context.lang,
      'Välkommen tillbaka! Autosvaret är avstängt och vidarebefordran borttagen.',
      'Welcome back! The auto-reply is off and forwarding removed.',
    ),
  );
};

/** The absence handlers, named by their role. */
export function absenceHandlers(): Readonly<
  Record<'open' | 'preview' | 'save' | 'restore' | 'back', Handler>
> {
  return { open, preview, save, restore, back };
}

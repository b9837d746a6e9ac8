/**
 * The absence actions: open the card, preview the referral with its findings, save it as Gmail's
 * vacation responder (with a backup first and a read-back after), restore the earlier settings,
 * and end the absence (also done by itself on the first trigger after the day back).
 */
import { buildReferral, formatDate, stockholmDate } from './core';
import type { AbsenceInput, Referral } from './core';
import { FIELD, absenceCard } from './cards/absenceCard';
import type { AbsenceForm } from './cards/absenceCard';
import type { CardModel, ResponseModel } from './cards/cardModel';
import { tr } from './cards/tr';
import type { Handler, HandlerContext } from './handlerContext';
import { todayOf } from './handlerContext';
import { formDateMs, formString, formStrings } from './host/gmailEvent';
import { classifyHostError } from './host/hostError';
import { userEmailOf } from './host/mailboxReader';
import {
  createForwardingFilter,
  forwardingOptions,
  removeFilter,
  vacationFor,
  writeVacation,
} from './host/vacation';
import {
  deleteAbsence,
  deleteBackup,
  readAbsence,
  readBackup,
  saveAbsence,
  saveBackup,
  saveBackupOnce,
} from './host/userState';
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
  return absenceCard({
    lang: context.lang,
    org: context.org,
    demo: context.demo,
    userEmail: userEmailOf(gmail),
    now: context.host.now(),
    current: gmail.Users.Settings.getVacation('me'),
    backupSavedAt: readBackup(props)?.savedAt,
    absence: readAbsence(props),
    form,
    eligibleForwarding: eligibleForwarding(context, gmail),
    ...extra,
  });
}

/**
 * Ends an absence whose day back has come: removes its forwarding filter and forgets it.
 * Returns a notice for the card, or undefined when there was nothing to end. Never throws: a
 * failure here must not hide the card the user opened.
 */
export function finishAbsenceIfOver(context: HandlerContext): string | undefined {
  try {
    const absence = readAbsence(context.host.userProperties);
    if (absence === undefined || todayOf(context) < absence.backOn) return undefined;
    return endAbsence(context, absence)
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

/**
 * Backs up the vacation settings before a change. While the add-on's own absence is active, the
 * backup from before it stays (editing or ending the absence must still restore what came
 * before); otherwise the settings as they are now replace any older backup, so a responder the
 * user set in Gmail since then is never lost.
 */
function backUpBeforeChange(context: HandlerContext, settings: VacationSettings): void {
  const props = context.host.userProperties;
  const backup = { savedAt: context.host.now(), settings };
  if (readAbsence(props) === undefined) saveBackup(props, backup);
  else saveBackupOnce(props, backup);
}

/** Removes a filter the save just created, when a later step failed; never throws. */
function rollBackFilter(context: HandlerContext, filterId: string | undefined): void {
  if (filterId === undefined) return;
  try {
    removeFilter(context.gmail(), filterId);
  } catch {
    context.host.log('svarsplikt: removing the new forwarding filter failed');
  }
}

/** Removes the absence's forwarding filter and forgets it; true when there was a filter. */
function endAbsence(
  context: HandlerContext,
  absence = readAbsence(context.host.userProperties),
): boolean {
  if (absence?.filterId !== undefined) removeFilter(context.gmail(), absence.filterId);
  deleteAbsence(context.host.userProperties);
  return absence?.filterId !== undefined;
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
  const referral = buildReferral(absenceInputOf(form), org, todayOf(context));
  if (referral.blocking || form.firstDay === null || referral.backOn === null) {
    return update(
      cardFor(context, form, { preview: referral }),
      tr(lang, 'Rätta felen innan du sparar.', 'Fix the errors before saving.'),
    );
  }
  const gmail = context.gmail();
  const props = context.host.userProperties;
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
  backUpBeforeChange(context, gmail.Users.Settings.getVacation('me'));
  // Forwarding first: if it cannot be set, no auto-reply goes out saying mail is forwarded. The
  // earlier absence's filter goes before, so mail never keeps going to an address no longer wanted.
  const previous = readAbsence(props);
  if (previous?.filterId !== undefined) removeFilter(gmail, previous.filterId);
  let filterId: string | undefined;
  try {
    if (form.forwardTo !== '') {
      filterId = createForwardingFilter(gmail, org, userEmailOf(gmail), form.forwardTo);
    }
  } catch (error) {
    const kind = classifyHostError(error);
    if (kind === 'quota' || kind === 'service-missing') throw error;
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
  try {
    writeVacation(gmail, vacationFor(referral.external, form.firstDay, referral.backOn));
  } catch (error) {
    rollBackFilter(context, filterId);
    throw error;
  }
  saveAbsence(props, {
    firstDay: form.firstDay,
    lastDay: form.lastDay ?? form.firstDay,
    backOn: referral.backOn,
    ...(form.forwardTo !== '' ? { forwardTo: form.forwardTo } : {}),
    ...(filterId !== undefined ? { filterId } : {}),
  });
  const saved = tr(
    lang,
    `Autosvaret är på från ${formatDate(form.firstDay, lang)}. Du är tillbaka ${formatDate(referral.backOn, lang)}.`,
    `The auto-reply is on from ${formatDate(form.firstDay, lang)}. You are back on ${formatDate(referral.backOn, lang)}.`,
  );
  // A Gmail filter cannot wait for a date: forwarding set ahead of the absence starts now.
  const early =
    filterId !== undefined && form.firstDay > todayOf(context)
      ? tr(
          lang,
          ` Vidarebefordran till ${form.forwardTo} gäller redan från nu.`,
          ` Forwarding to ${form.forwardTo} applies from now already.`,
        )
      : '';
  return update(cardFor(context, form, { notice: saved + early }), saved + early);
};

const restore: Handler = (context) => {
  const { lang } = context;
  const props = context.host.userProperties;
  const backup = readBackup(props);
  if (backup === undefined) {
    return {
      kind: 'action',
      notification: tr(
        lang,
        'Det finns ingen sparad kopia att återställa.',
        'There is no saved copy to restore.',
      ),
    };
  }
  writeVacation(context.gmail(), backup.settings);
  endAbsence(context);
  deleteBackup(props);
  return afterChange(
    context,
    tr(lang, 'Dina tidigare inställningar är återställda.', 'Your earlier settings are restored.'),
  );
};

const back: Handler = (context) => {
  const gmail = context.gmail();
  const current = gmail.Users.Settings.getVacation('me');
  if (current.enableAutoReply === true) {
    backUpBeforeChange(context, current);
    writeVacation(gmail, { ...current, enableAutoReply: false });
  }
  endAbsence(context);
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

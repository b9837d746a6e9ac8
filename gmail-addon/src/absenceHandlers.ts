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
  saveBackupOnce,
} from './host/userState';

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
    current: gmail.Users.Settings.getVacation('me'),
    backupSavedAt: readBackup(props)?.savedAt,
    absence: readAbsence(props),
    form,
    eligibleForwarding: forwardingOptions(gmail, context.org).eligible,
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
    const props = context.host.userProperties;
    const absence = readAbsence(props);
    if (absence === undefined || todayOf(context) < absence.backOn) return undefined;
    if (absence.filterId !== undefined) removeFilter(context.gmail(), absence.filterId);
    deleteAbsence(props);
    return absence.filterId !== undefined
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
    return update(
      cardFor(context, { ...form, forwardTo: '' }, { preview: referral }),
      tr(
        lang,
        'Adressen kan inte användas för vidarebefordran. Välj en godkänd adress inom organisationen.',
        'That address cannot be used for forwarding. Choose an accepted address inside the organisation.',
      ),
    );
  }
  saveBackupOnce(props, {
    savedAt: context.host.now(),
    settings: gmail.Users.Settings.getVacation('me'),
  });
  writeVacation(gmail, vacationFor(referral.external, form.firstDay, referral.backOn));
  const previous = readAbsence(props);
  if (previous?.filterId !== undefined) removeFilter(gmail, previous.filterId);
  const filterId =
    form.forwardTo !== ''
      ? createForwardingFilter(gmail, org, userEmailOf(gmail), form.forwardTo)
      : undefined;
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
  return update(cardFor(context, form, { notice: saved }), saved);
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
  const gmail = context.gmail();
  writeVacation(gmail, backup.settings);
  const absence = readAbsence(props);
  if (absence?.filterId !== undefined) removeFilter(gmail, absence.filterId);
  deleteAbsence(props);
  deleteBackup(props);
  const notice = tr(
    lang,
    'Dina tidigare inställningar är återställda.',
    'Your earlier settings are restored.',
  );
  return update(cardFor(context, defaultForm(context), { notice }), notice);
};

const back: Handler = (context) => {
  const { lang } = context;
  const props = context.host.userProperties;
  const gmail = context.gmail();
  const current = gmail.Users.Settings.getVacation('me');
  if (current.enableAutoReply === true) {
    saveBackupOnce(props, { savedAt: context.host.now(), settings: current });
    writeVacation(gmail, { ...current, enableAutoReply: false });
  }
  const absence = readAbsence(props);
  if (absence?.filterId !== undefined) removeFilter(gmail, absence.filterId);
  deleteAbsence(props);
  const notice = tr(
    lang,
    'Välkommen tillbaka! Autosvaret är avstängt och vidarebefordran borttagen.',
    'Welcome back! The auto-reply is off and forwarding removed.',
  );
  return update(cardFor(context, defaultForm(context), { notice }), notice);
};

/** The absence handlers, named by their role. */
export function absenceHandlers(): Readonly<
  Record<'open' | 'preview' | 'save' | 'restore' | 'back', Handler>
> {
  return { open, preview, save, restore, back };
}

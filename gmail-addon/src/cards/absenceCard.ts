import { citeSource, formatDate, formatDateTime, severityWord } from '../core';
import type { Finding, Lang, Organisation, Referral } from '../core';
import type { VacationSettings } from '../host/hostTypes';
import { ACTION, gmailDelegationUrl } from './actionNames';
import type { ButtonModel, CardModel, SectionModel, WidgetModel } from './cardModel';
import { datePickerMs, orgSubtitle } from './messageCard';

export { datePickerMs };
import { tr } from './tr';

/** The absence form's values (also what the card is prefilled with). */
export interface AbsenceForm {
  readonly firstDay: string | null;
  readonly lastDay: string | null;
  readonly personName: string;
  readonly contactName: string;
  readonly contactAddress: string;
  readonly contactPhone: string;
  readonly forwardTo: string;
  readonly delegate: string;
  readonly note: string;
  readonly english: boolean;
}

/** The absence the add-on has set, as shown on the card. */
export interface ActiveAbsence {
  readonly firstDay: string;
  readonly lastDay: string;
  readonly backOn: string;
  readonly forwardTo?: string;
}

export interface AbsenceCardInput {
  readonly lang: Lang;
  readonly org: Organisation;
  readonly demo: boolean;
  readonly userEmail: string;
  /** Now, to tell a responder whose period has ended from one that is on. */
  readonly now: number;
  readonly current: VacationSettings;
  /** When the settings before the first change were saved, if they were. */
  readonly backupSavedAt: number | undefined;
  readonly absence: ActiveAbsence | undefined;
  readonly form: AbsenceForm;
  /** Forwarding addresses accepted by Gmail and inside the organisation. */
  readonly eligibleForwarding: readonly string[];
  /** The referral and its findings, once previewed. */
  readonly preview?: Referral;
  readonly notice?: string;
}

/** Field names of the form, shared by the card and the handlers. */
export const FIELD = Object.freeze({
  firstDay: 'firstDay',
  lastDay: 'lastDay',
  personName: 'personName',
  contactName: 'contactName',
  contactAddress: 'contactAddress',
  contactPhone: 'contactPhone',
  forwardTo: 'forwardTo',
  delegate: 'delegate',
  note: 'note',
  english: 'english',
});

function severityText(finding: Finding, lang: Lang): string {
  return severityWord(finding.severity, lang);
}

/** Enough of the responder text to recognise it; the rest is cut with an ellipsis. */
const BODY_SHOWN = 300;

/**
 * The responder's text as plain text. Gmail's own settings page saves only HTML, so tags are
 * dropped and the common entities decoded; the renderer escapes the result again.
 */
export function vacationBodyText(current: VacationSettings): string {
  const plain = current.responseBodyPlainText?.trim();
  const text =
    plain !== undefined && plain !== ''
      ? plain
      : (current.responseBodyHtml ?? '')
          .replace(/<br\s*\/?>|<\/(?:p|div|li|h\d)>/gi, '\n')
          .replace(/<[^>]*>/g, '')
          .replace(/&nbsp;/g, ' ')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&')
          .replace(/[ \t]+\n/g, '\n')
          .replace(/\n{3,}/g, '\n\n')
          .trim();
  // Cut at a word boundary, so no word is shown half.
  return text.length > BODY_SHOWN
    ? `${text.slice(0, BODY_SHOWN + 1).replace(/\s+\S*$/, '')} …`
    : text;
}

function currentSection(input: AbsenceCardInput): SectionModel {
  const { lang, current } = input;
  const enabled = current.enableAutoReply === true;
  const ended = enabled && current.endTime !== undefined && Number(current.endTime) <= input.now;
  const on = enabled && !ended;
  const widgets: WidgetModel[] = [
    {
      kind: 'fact',
      label: tr(lang, 'Autosvar', 'Auto-reply'),
      text: on
        ? tr(lang, 'På', 'On')
        : ended
          ? tr(lang, 'Av – perioden är slut', 'Off – the period has ended')
          : tr(lang, 'Av', 'Off'),
    },
  ];
  if (on) {
    const start = Number(current.startTime);
    const end = Number(current.endTime);
    widgets.push({
      kind: 'fact',
      label: tr(lang, 'Period', 'Period'),
      text: `${current.startTime ? formatDateTime(start, lang) : tr(lang, 'nu', 'now')} – ${current.endTime ? formatDateTime(end, lang) : tr(lang, 'tills vidare', 'until further notice')}`,
    });
    if (current.responseSubject) {
      widgets.push({
        kind: 'fact',
        label: tr(lang, 'Ämne', 'Subject'),
        text: current.responseSubject,
      });
    }
    const body = vacationBodyText(current);
    if (body !== '') {
      widgets.push({ kind: 'fact', label: tr(lang, 'Text', 'Text'), text: body });
    }
  }
  if (input.absence !== undefined) {
    const a = input.absence;
    widgets.push({
      kind: 'fact',
      label: tr(lang, 'Frånvaro', 'Absence'),
      text: `${formatDate(a.firstDay, lang)} – ${formatDate(a.lastDay, lang)}`,
      bottomLabel: `${tr(lang, 'Tillbaka', 'Back on')} ${formatDate(a.backOn, lang)}`,
    });
    if (a.forwardTo !== undefined) {
      widgets.push({
        kind: 'fact',
        label: tr(lang, 'Vidarebefordras till', 'Forwarded to'),
        text: a.forwardTo,
        bottomLabel: tr(lang, 'Tas bort när du är tillbaka', 'Removed when you are back'),
      });
    }
  }
  const buttons: ButtonModel[] = [];
  if (on || input.absence !== undefined) {
    buttons.push({
      text: tr(lang, 'Jag är tillbaka', 'I am back'),
      action: { kind: 'call', functionName: ACTION.absenceBack },
    });
  }
  if (input.backupSavedAt !== undefined) {
    widgets.push({
      kind: 'text',
      text: tr(
        lang,
        `Dina tidigare inställningar sparades ${formatDateTime(input.backupSavedAt, lang)} och kan återställas.`,
        `Your earlier settings were saved ${formatDateTime(input.backupSavedAt, lang)} and can be restored.`,
      ),
    });
    buttons.push({
      text: tr(lang, 'Återställ tidigare inställningar', 'Restore earlier settings'),
      action: { kind: 'call', functionName: ACTION.absenceRestore },
    });
  }
  if (buttons.length > 0) widgets.push({ kind: 'buttons', buttons });
  return { header: tr(lang, 'Ditt autosvar nu', 'Your auto-reply now'), widgets };
}

function formSection(input: AbsenceCardInput): SectionModel {
  const { lang, form } = input;
  const text = (name: string, label: string, value: string, hint?: string): WidgetModel => ({
    kind: 'textInput',
    name,
    label,
    value,
    ...(hint !== undefined ? { hint } : {}),
  });
  return {
    header: tr(lang, 'Ny frånvaro', 'New absence'),
    widgets: [
      {
        kind: 'datePicker',
        name: FIELD.firstDay,
        label: tr(lang, 'Första frånvarodag', 'First day away'),
        ...(form.firstDay !== null ? { valueMs: datePickerMs(form.firstDay) } : {}),
      },
      {
        kind: 'datePicker',
        name: FIELD.lastDay,
        label: tr(lang, 'Sista frånvarodag', 'Last day away'),
        ...(form.lastDay !== null ? { valueMs: datePickerMs(form.lastDay) } : {}),
      },
      text(FIELD.personName, tr(lang, 'Ditt namn', 'Your name'), form.personName),
      text(
        FIELD.contactName,
        tr(lang, 'Hänvisa till (kollega)', 'Refer to (colleague)'),
        form.contactName,
        input.org.functionalMailboxes.length > 0
          ? tr(
              lang,
              `Funktionsbrevlådan ${input.org.functionalMailboxes[0]?.name ?? ''} nämns alltid.`,
              `The functional mailbox ${input.org.functionalMailboxes[0]?.name ?? ''} is always named.`,
            )
          : undefined,
      ),
      text(
        FIELD.contactAddress,
        tr(lang, 'Kollegans e-post', "Colleague's e-mail"),
        form.contactAddress,
      ),
      text(
        FIELD.contactPhone,
        tr(lang, 'Kollegans telefon', "Colleague's phone"),
        form.contactPhone,
      ),
      {
        kind: 'textInput',
        name: FIELD.note,
        label: tr(lang, 'Egen text (valfri)', 'Your own text (optional)'),
        value: form.note,
        hint: tr(lang, 'Skriv inte varför du är borta.', 'Do not say why you are away.'),
        multiline: true,
      },
      {
        kind: 'checkboxes',
        name: FIELD.english,
        label: tr(lang, 'Språk', 'Languages'),
        items: [
          {
            text: tr(lang, 'Även på engelska', 'Also in English'),
            value: 'en',
            selected: form.english,
          },
        ],
      },
    ],
  };
}

/** The text of a request to IT to forward mail during the absence. */
export function forwardingRequestText(input: AbsenceCardInput): string {
  const { lang, form, org } = input;
  const period =
    form.firstDay !== null && form.lastDay !== null
      ? `${formatDate(form.firstDay, lang)} – ${formatDate(form.lastDay, lang)}`
      : tr(lang, '(ange datum)', '(give the dates)');
  const target =
    form.contactAddress !== ''
      ? form.contactAddress
      : (org.functionalMailboxes[0]?.address ?? tr(lang, '(ange adress)', '(give an address)'));
  const name = form.personName !== '' ? form.personName : input.userEmail;
  return tr(
    lang,
    `Hej! Jag är frånvarande ${period}. Jag behöver att e-post till ${input.userEmail} vidarebefordras till ${target} under den tiden och att vidarebefordran tas bort när jag är tillbaka. Hälsningar, ${name}`,
    `Hello! I will be away ${period}. Please forward mail to ${input.userEmail} to ${target} during that time and remove the forwarding when I am back. Regards, ${name}`,
  );
}

function forwardingSection(input: AbsenceCardInput): SectionModel {
  const { lang, org, form } = input;
  const widgets: WidgetModel[] = [];
  if (input.eligibleForwarding.length > 0) {
    widgets.push(
      {
        kind: 'dropdown',
        name: FIELD.forwardTo,
        label: tr(lang, 'Vidarebefordra under frånvaron till', 'Forward during the absence to'),
        items: [
          {
            text: tr(lang, 'Ingen vidarebefordran', 'No forwarding'),
            value: '',
            selected: form.forwardTo === '',
          },
          ...input.eligibleForwarding.map((address) => ({
            text: address,
            value: address,
            selected: form.forwardTo === address,
          })),
        ],
      },
      {
        kind: 'text',
        text: tr(
          lang,
          `Bara adresser som Gmail har godkänt för vidarebefordran och som hör till ${org.name} visas. Vidarebefordran börjar när du sparar och tas bort när du är tillbaka.`,
          `Only addresses Gmail has accepted for forwarding and that belong to ${org.name} are shown. Forwarding starts when you save and is removed when you are back.`,
        ),
      },
    );
  } else {
    const channel =
      org.policy.id === 'vimmerby'
        ? tr(
            lang,
            'I Vimmerby beställs vidarebefordran via ITSAM.',
            'In Vimmerby, forwarding is ordered through ITSAM.',
          )
        : tr(lang, 'Vidarebefordran beställs hos IT.', 'Forwarding is ordered from IT.');
    widgets.push(
      {
        kind: 'text',
        text: tr(
          lang,
          `Du har ingen adress för vidarebefordran som Gmail har godkänt och som hör till ${org.name}, så tillägget kan inte vidarebefordra din e-post. ${channel} Vid längre frånvaro kan du i stället ge en kollega åtkomst till din e-post.`,
          `You have no forwarding address that Gmail has accepted and that belongs to ${org.name}, so the add-on cannot forward your mail. ${channel} For a longer absence you can give a colleague access to your mail instead.`,
        ),
      },
      {
        kind: 'fact',
        label: tr(lang, 'Beställning till IT (kopiera)', 'Request to IT (copy)'),
        text: forwardingRequestText(input),
      },
    );
  }
  widgets.push(
    {
      kind: 'textInput',
      name: FIELD.delegate,
      label: tr(lang, 'Kollega med åtkomst till din e-post', 'Colleague with access to your mail'),
      value: form.delegate,
    },
    {
      kind: 'buttons',
      buttons: [
        {
          text: tr(lang, 'Ge en kollega åtkomst (Gmail)', 'Give a colleague access (Gmail)'),
          action: { kind: 'openLink', url: gmailDelegationUrl(input.userEmail) },
        },
      ],
    },
  );
  return { header: tr(lang, 'Vidarebefordran och åtkomst', 'Forwarding and access'), widgets };
}

function previewSections(preview: Referral, lang: Lang): SectionModel[] {
  const findings: WidgetModel[] =
    preview.findings.length === 0
      ? [{ kind: 'text', text: tr(lang, 'Inga anmärkningar.', 'No remarks.') }]
      : preview.findings.map((finding) => ({
          kind: 'fact' as const,
          label: severityText(finding, lang),
          text: finding.message[lang],
          ...(finding.source !== null ? { bottomLabel: citeSource(finding.source, lang) } : {}),
        }));
  return [
    {
      header: tr(lang, 'Kontroll mot riktlinjen', 'Check against the guideline'),
      widgets: findings,
    },
    {
      header: tr(lang, 'Förhandsvisning', 'Preview'),
      widgets: [
        { kind: 'fact', label: tr(lang, 'Ämne', 'Subject'), text: preview.external.subject },
        { kind: 'text', text: preview.external.text },
      ],
    },
  ];
}

/**
 * The absence card: the auto-reply as it is now (restorable), the form for a new absence, the
 * forwarding options or how to get them, and once previewed, the text in Swedish and English
 * with the guideline's findings. Errors block saving.
 */
export function absenceCard(input: AbsenceCardInput): CardModel {
  const { lang } = input;
  const sections: SectionModel[] = [];
  if (input.notice !== undefined) {
    sections.push({ widgets: [{ kind: 'text', text: input.notice, bold: true }] });
  }
  sections.push(currentSection(input), formSection(input), forwardingSection(input));
  if (input.preview !== undefined) sections.push(...previewSections(input.preview, lang));
  const blocked = input.preview?.blocking === true;
  const buttons: ButtonModel[] = [
    {
      text: tr(lang, 'Förhandsgranska', 'Preview'),
      action: { kind: 'call', functionName: ACTION.absencePreview },
      primary: input.preview === undefined || blocked,
    },
    {
      text: tr(lang, 'Spara och slå på autosvar', 'Save and turn on auto-reply'),
      action: { kind: 'call', functionName: ACTION.absenceSave },
      primary: input.preview !== undefined && !blocked,
      disabled: blocked,
    },
  ];
  if (blocked) {
    sections.push({
      widgets: [
        {
          kind: 'text',
          text: tr(
            lang,
            'Rätta felen ovan innan du sparar.',
            'Fix the errors above before saving.',
          ),
          bold: true,
        },
      ],
    });
  }
  sections.push({ widgets: [{ kind: 'buttons', buttons }] });
  return {
    name: 'absence',
    title: tr(lang, 'Frånvaro och autosvar', 'Absence and auto-reply'),
    subtitle: orgSubtitle(input.org, input.demo, lang),
    sections,
  };
}

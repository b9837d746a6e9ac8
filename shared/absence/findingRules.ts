import { SUPPORTED_RANGE } from '../calendar/supportedRange.ts';
import type { Bilingual } from '../i18n/lang.ts';
import { isInOrganisation } from '../policy/organisation.ts';
import type { Organisation } from '../policy/organisation.ts';
import type { Source } from '../policy/source.ts';
import { ABSENCE_SOURCES } from './absenceSources.ts';
import { absenceReasonTerm } from './absenceReasonTerm.ts';
import { givenText } from './givenText.ts';
import { isEmailAddress } from '../policy/isEmailAddress.ts';
import type { AbsenceInput, FindingId, Severity } from './types.ts';

/** What the rules look at: the input, the organisation, today, and the dates already validated. */
export interface FindingContext {
  readonly input: AbsenceInput;
  readonly org: Organisation;
  readonly today: string;
  /** `input.firstDay` when it is a usable date, else null. */
  readonly firstDay: string | null;
  /** `input.lastDay` when it is a usable date, else null. */
  readonly lastDay: string | null;
}

/** One place a rule fires: the field, and values for the message's `{placeholders}`. */
export interface FindingHit {
  readonly field?: string;
  readonly values?: Readonly<Record<string, string>>;
}

/** A row of the compliance table: when it fires, how serious, what it says, where it comes from. */
export interface FindingRule {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly message: Bilingual;
  readonly source: Source | null;
  readonly check: (context: FindingContext) => readonly FindingHit[];
}

const S = ABSENCE_SOURCES;
const RANGE = { first: SUPPORTED_RANGE.first, last: SUPPORTED_RANGE.last };

/** Addresses the user typed, with the field each came from. */
function addresses(
  input: AbsenceInput,
): readonly { field: string; address: string; kind: 'forward' | 'delegate' | 'contact' }[] {
  const found: { field: string; address: string; kind: 'forward' | 'delegate' | 'contact' }[] = [];
  const forwardTo = givenText(input.forwardTo);
  if (forwardTo !== undefined)
    found.push({ field: 'forwardTo', address: forwardTo, kind: 'forward' });
  const delegate = givenText(input.delegate);
  if (delegate !== undefined)
    found.push({ field: 'delegate', address: delegate, kind: 'delegate' });
  input.contacts.forEach((contact, i) => {
    const address = givenText(contact.address);
    if (address !== undefined)
      found.push({ field: `contacts[${i}].address`, address, kind: 'contact' });
  });
  return found;
}

function externalHits(context: FindingContext, kinds: readonly string[]): readonly FindingHit[] {
  return addresses(context.input)
    .filter((a) => kinds.includes(a.kind) && isEmailAddress(a.address))
    .filter((a) => !isInOrganisation(a.address, context.org))
    .map((a) => ({ field: a.field }));
}

/** Texts the user wrote that end up in the referral, with their fields. */
function userTexts(input: AbsenceInput): readonly { field: string; text: string }[] {
  const texts: { field: string; text: string }[] = [];
  if (input.note !== undefined) texts.push({ field: 'note', text: input.note });
  input.contacts.forEach((contact, i) => {
    texts.push({ field: `contacts[${i}].name`, text: contact.name });
    if (contact.role !== undefined)
      texts.push({ field: `contacts[${i}].role`, text: contact.role });
  });
  return texts;
}

function isReachable(contact: { address?: string; phone?: string }): boolean {
  return givenText(contact.address) !== undefined || givenText(contact.phone) !== undefined;
}

/**
 * The compliance table of docs/rules.md §4, one row per way a referral can fall short. Order is the order
 * findings are reported in: errors about dates first, then whom to contact, then the rest.
 */
export const FINDING_RULES: readonly FindingRule[] = Object.freeze([
  {
    id: 'DATES_INVALID',
    severity: 'error',
    message: {
      sv: 'Datumet är inte giltigt. Ange det som ÅÅÅÅ-MM-DD, från {first} till {last}.',
      en: 'The date is not valid. Give it as YYYY-MM-DD, from {first} to {last}.',
    },
    source: null,
    check: ({ input, firstDay, lastDay }) => [
      ...(input.firstDay !== null && firstDay === null
        ? [{ field: 'firstDay', values: RANGE }]
        : []),
      ...(input.lastDay !== null && lastDay === null ? [{ field: 'lastDay', values: RANGE }] : []),
    ],
  },
  {
    id: 'DATES_INVALID',
    severity: 'error',
    message: {
      sv: 'Sista frånvarodagen ligger före den första.',
      en: 'The last day of absence is before the first.',
    },
    source: null,
    check: ({ firstDay, lastDay }) =>
      firstDay !== null && lastDay !== null && lastDay < firstDay ? [{ field: 'lastDay' }] : [],
  },
  {
    id: 'DATES_INVALID',
    severity: 'error',
    message: {
      sv: 'Frånvaron börjar på ett datum som redan har passerat.',
      en: 'The absence starts on a date that has already passed.',
    },
    source: null,
    check: ({ firstDay, today }) =>
      firstDay !== null && firstDay < today ? [{ field: 'firstDay' }] : [],
  },
  {
    id: 'DATES_INVALID',
    severity: 'error',
    message: {
      sv: 'Sista frånvarodagen har redan passerat.',
      en: 'The last day of absence has already passed.',
    },
    source: null,
    check: ({ firstDay, lastDay, today }) =>
      firstDay === null && lastDay !== null && lastDay < today ? [{ field: 'lastDay' }] : [],
  },
  {
    id: 'RETURN_MISSING',
    severity: 'error',
    message: {
      sv: 'Ange sista frånvarodag, så att autosvaret kan säga när du är tillbaka och när svar kan väntas.',
      en: 'Give your last day of absence, so that the autoreply can say when you are back and when an answer can be expected.',
    },
    source: S.vaxholmTrust,
    check: ({ input }) => (input.lastDay === null ? [{ field: 'lastDay' }] : []),
  },
  {
    id: 'REFERRAL_MISSING',
    severity: 'error',
    message: {
      sv: 'Autosvaret hänvisar inte till någon. Ange en kollega eller en funktionsbrevlåda med e-postadress eller telefonnummer (så kräver också Ale: ”Vi är tillgängliga”).',
      en: 'The autoreply refers to no one. Add a colleague or a functional mailbox with an e-mail address or phone number (Ale requires this too: "Vi är tillgängliga").',
    },
    source: S.vimmerbyAbsence,
    check: ({ input, org }) =>
      input.contacts.some(isReachable) || org.functionalMailboxes.length > 0
        ? []
        : [{ field: 'contacts' }],
  },
  {
    id: 'OFFICIAL_CHANNEL_MISSING',
    severity: 'warning',
    message: {
      sv: 'Organisationens huvudnummer saknas i konfigurationen. Autosvaret ska i första hand hänvisa till huvudnummer och officiell e-postadress.',
      en: "The organisation's main number is missing from its configuration. The autoreply should refer first to the main number and the official e-mail address.",
    },
    source: S.vaxjoOneWayIn,
    check: ({ org }) => (givenText(org.mainNumber) === undefined ? [{ field: 'mainNumber' }] : []),
  },
  {
    id: 'OFFICIAL_CHANNEL_MISSING',
    severity: 'warning',
    message: {
      sv: 'Organisationens officiella e-postadress saknas i konfigurationen. Autosvaret ska i första hand hänvisa till huvudnummer och officiell e-postadress.',
      en: "The organisation's official e-mail address is missing from its configuration. The autoreply should refer first to the main number and the official e-mail address.",
    },
    source: S.vaxjoOneWayIn,
    check: ({ org }) =>
      givenText(org.officialAddress) === undefined ? [{ field: 'officialAddress' }] : [],
  },
  {
    id: 'ADDRESS_INVALID',
    severity: 'error',
    message: {
      sv: 'Det här är ingen giltig e-postadress.',
      en: 'This is not a valid e-mail address.',
    },
    source: null,
    check: ({ input }) =>
      addresses(input)
        .filter((a) => !isEmailAddress(a.address))
        .map((a) => ({ field: a.field })),
  },
  {
    id: 'EXTERNAL_TARGET',
    severity: 'error',
    message: {
      sv: 'E-posten vidarebefordras till en adress utanför organisationen. Det kan lämna ut personuppgifter, och Exchange stoppar extern automatisk vidarebefordran som standard. Välj en intern adress.',
      en: 'Mail is forwarded to an address outside the organisation. That can disclose personal data, and Exchange blocks external automatic forwarding by default. Choose an internal address.',
    },
    source: S.gdpr,
    check: (context) => externalHits(context, ['forward']),
  },
  {
    id: 'EXTERNAL_TARGET',
    severity: 'error',
    message: {
      sv: 'Ombudet har en adress utanför organisationen. Bara kollegor inom organisationen kan få behörighet till din e-post.',
      en: "The delegate's address is outside the organisation. Only colleagues inside it can be given access to your mailbox.",
    },
    source: S.gdpr,
    check: (context) => externalHits(context, ['delegate']),
  },
  {
    id: 'EXTERNAL_TARGET',
    severity: 'warning',
    message: {
      sv: 'Hänvisningen pekar på en adress utanför organisationen. Kontrollera att den är rätt.',
      en: 'The referral points to an address outside the organisation. Check that it is right.',
    },
    source: S.gdpr,
    check: (context) => externalHits(context, ['contact']),
  },
  {
    id: 'ABSENCE_REASON',
    severity: 'warning',
    message: {
      sv: 'Texten nämner ”{term}”. Skriv inte varför du är frånvarande: autosvaret går till vem som helst, och uppgifter om till exempel hälsa är känsliga personuppgifter.',
      en: 'The text mentions "{term}". Do not say why you are away: the autoreply goes to anyone, and details about health, for example, are sensitive personal data.',
    },
    source: S.gdprArt9,
    check: ({ input }) =>
      userTexts(input).flatMap(({ field, text }) => {
        const term = absenceReasonTerm(text);
        return term === undefined ? [] : [{ field, values: { term } }];
      }),
  },
  {
    id: 'LONG_ABSENCE_UNCOVERED',
    severity: 'warning',
    message: {
      sv: 'Frånvaron är {days} arbetsdagar, men e-posten vidarebefordras inte och ingen kollega har behörighet. Vidarebefordra till en funktionsbrevlåda eller en närvarande kollega, eller ge en kollega behörighet. (Vimmerby: vidarebefordra vid längre frånvaro; Ale: e-posten ska öppnas varje dag vid frånvaro.)',
      en: 'The absence is {days} working days, but mail is not forwarded and no colleague has access. Forward it to a functional mailbox or a colleague who is in, or give a colleague access. (Vimmerby: forward during a longer absence; Ale: mail is to be opened every day during absence.)',
    },
    source: S.vimmerbyAbsence,
    check: ({ input, org, firstDay, lastDay }) => {
      if (firstDay === null || lastDay === null || lastDay < firstDay) return [];
      if (givenText(input.forwardTo) !== undefined || givenText(input.delegate) !== undefined) {
        return [];
      }
      const days = org.calendar.workingDaysBetween(firstDay, lastDay);
      return days >= org.longAbsenceThreshold
        ? [{ field: 'forwardTo', values: { days: String(days) } }]
        : [];
    },
  },
  {
    id: 'ENGLISH_MISSING',
    severity: 'info',
    message: {
      sv: 'Autosvaret är bara på svenska. Lägg till engelska för den som inte läser svenska.',
      en: 'The autoreply is in Swedish only. Add English for those who do not read Swedish.',
    },
    source: S.vaxjoFlexibility,
    check: ({ input, org }) =>
      (input.languages ?? org.languages).includes('en') ? [] : [{ field: 'languages' }],
  },
] satisfies readonly FindingRule[]);

import { EXTERNAL_FORWARD_WARNING } from '../../../shared/index.ts';
import type { Lang } from '../../../shared/index.ts';

/** The pane's words for passing a message that is not ours on (sv first, en second). */
export interface PassOnStrings {
  readonly heading: string;
  readonly intro: string;
  readonly targetLabel: string;
  readonly otherAddress: string;
  readonly addressLabel: string;
  readonly addressHint: string;
  readonly nameLabel: string;
  readonly nameHint: string;
  readonly answerByLabel: string;
  readonly answerByHint: string;
  readonly external: (address: string) => string;
  readonly externalConfirm: string;
  readonly externalNotConfirmed: string;
  readonly kindInternal: string;
  readonly kindFunctional: string;
  readonly submit: string;
  readonly cancel: string;
  readonly close: string;
  readonly forwarding: (name: string) => string;
  readonly drafting: string;
  readonly forwardFailed: (reason: string) => string;
  readonly forwardUnsure: string;
  readonly draftFailed: (name: string, reason: string) => string;
  readonly retryDraft: string;
  readonly done: (name: string) => string;
  readonly draftHeading: string;
  readonly comment: (user: string, by: string | null) => string;
  readonly recordFailed: string;
}

const SV: PassOnStrings = {
  heading: 'Skicka vidare med besked till avsändaren',
  intro:
    'Meddelandet skickas vidare till den som ska svara. Ett utkast med besked till avsändaren skapas; du granskar och skickar det själv.',
  targetLabel: 'Vem ska svara?',
  otherAddress: 'Annan mottagare',
  addressLabel: 'Mottagarens e-post',
  addressHint: 'En kollega eller en annan myndighet.',
  nameLabel: 'Mottagarens namn (valfritt)',
  nameHint: 'Så som avsändaren ska läsa det, t.ex. Länsstyrelsen.',
  answerByLabel: 'Svar senast (om känt)',
  answerByHint: 'Lämna tomt om du inte vet. Endast arbetsdagar.',
  external: (address) =>
    `Varning: ${address} ligger utanför organisationen. ${EXTERNAL_FORWARD_WARNING.sv}`,
  externalConfirm: 'Jag förstår att meddelandet lämnar organisationen',
  externalNotConfirmed: 'Bekräfta att meddelandet får lämna organisationen innan du skickar.',
  kindInternal: 'Inom organisationen.',
  kindFunctional: 'Organisationens funktionsbrevlåda.',
  submit: 'Skicka vidare och skapa besked',
  cancel: 'Avbryt',
  close: 'Stäng',
  forwarding: (name) => `Skickar vidare till ${name}…`,
  drafting: 'Skapar utkastet till avsändaren…',
  forwardFailed: (reason) => `Meddelandet skickades inte vidare. ${reason}`,
  forwardUnsure:
    'Svaret från servern kom inte fram, så det är oklart om meddelandet skickades vidare. Titta i Skickat innan du försöker igen.',
  draftFailed: (name, reason) =>
    `Meddelandet skickades vidare till ${name}, men utkastet till avsändaren kunde inte skapas. ${reason} Försök skapa utkastet igen; meddelandet skickas inte vidare en gång till.`,
  retryDraft: 'Försök skapa utkastet igen',
  done: (name) =>
    `Skickat vidare till ${name}. Beskedet till avsändaren ligger i Utkast: granska och skicka det.`,
  draftHeading: 'Utkastet till avsändaren',
  comment: (user, by) =>
    `Det här ärendet hör inte till mig. Avsändaren får besked om att ni svarar${by ? ` senast ${by}` : ''}.${user ? ` Hälsningar ${user}` : ''}`,
  recordFailed: 'Vidarebefordringen kunde inte sparas på meddelandet. Klockan visar den bara här.',
};

const EN: PassOnStrings = {
  heading: 'Pass on with word to the sender',
  intro:
    'The message is forwarded to whoever is to answer. A draft telling the sender is created; you review and send it yourself.',
  targetLabel: 'Who is to answer?',
  otherAddress: 'Someone else',
  addressLabel: "Recipient's e-mail",
  addressHint: 'A colleague or another authority.',
  nameLabel: "Recipient's name (optional)",
  nameHint: 'As the sender should read it, e.g. the County Administrative Board.',
  answerByLabel: 'Answer by (if known)',
  answerByHint: "Leave empty if you don't know. Working days only.",
  external: (address) =>
    `Warning: ${address} is outside the organisation. ${EXTERNAL_FORWARD_WARNING.en}`,
  externalConfirm: 'I understand that the message leaves the organisation',
  externalNotConfirmed: 'Confirm that the message may leave the organisation before sending.',
  kindInternal: 'Inside the organisation.',
  kindFunctional: "The organisation's functional mailbox.",
  submit: 'Pass on and create the notice',
  cancel: 'Cancel',
  close: 'Close',
  forwarding: (name) => `Forwarding to ${name}…`,
  drafting: 'Creating the draft to the sender…',
  forwardFailed: (reason) => `The message was not forwarded. ${reason}`,
  forwardUnsure:
    "The server's answer did not arrive, so it is unclear whether the message was forwarded. Look in Sent Items before you try again.",
  draftFailed: (name, reason) =>
    `The message was forwarded to ${name}, but the draft to the sender could not be created. ${reason} Try the draft again; the message is not forwarded a second time.`,
  retryDraft: 'Try the draft again',
  done: (name) =>
    `Forwarded to ${name}. The notice to the sender is in Drafts: review and send it.`,
  draftHeading: 'The draft to the sender',
  comment: (user, by) =>
    `This case is not mine. The sender is told that you will answer${by ? ` by ${by}` : ''}.${user ? ` Regards, ${user}` : ''}`,
  recordFailed: 'The forward could not be saved on the message. Only this pane shows it.',
};

/** The pass-on words in one language. */
export function passOnStrings(lang: Lang): PassOnStrings {
  return lang === 'sv' ? SV : EN;
}

import type { Lang } from '../i18n/lang.ts';

/** The fixed wording of an acknowledgement (kvittens), per language. */
export interface AcknowledgementPhrases {
  readonly subject: string;
  readonly greeting: (name: string | undefined) => string;
  readonly received: (when: string) => string;
  readonly answerBy: (date: string) => string;
  readonly contactIntro: string;
  readonly mainNumber: (orgName: string) => string;
  readonly officialAddress: (orgName: string) => string;
  readonly closing: string;
}

const SV: AcknowledgementPhrases = {
  subject: 'Vi har tagit emot ditt meddelande',
  greeting: (name) => (name === undefined ? 'Hej!' : `Hej ${name}!`),
  received: (when) =>
    `Tack för ditt meddelande. Vi tog emot det ${when} och handläggningen har påbörjats.`,
  answerBy: (date) => `Du kan räkna med svar senast ${date}.`,
  contactIntro: 'Under tiden når du oss här:',
  mainNumber: (orgName) => `${orgName}, växel `,
  officialAddress: (orgName) => `${orgName}, e-post `,
  closing: 'Med vänlig hälsning',
};

const EN: AcknowledgementPhrases = {
  subject: 'We have received your message',
  greeting: (name) => (name === undefined ? 'Hello,' : `Hello ${name},`),
  received: (when) =>
    `Thank you for your message. We received it on ${when} and handling has started.`,
  answerBy: (date) => `You can expect an answer by ${date} at the latest.`,
  contactIntro: 'In the meantime you can reach us here:',
  mainNumber: (orgName) => `${orgName}, switchboard `,
  officialAddress: (orgName) => `${orgName}, e-mail `,
  closing: 'Kind regards',
};

/** The acknowledgement's wording in one language. */
export function acknowledgementPhrases(lang: Lang): AcknowledgementPhrases {
  return lang === 'en' ? EN : SV;
}

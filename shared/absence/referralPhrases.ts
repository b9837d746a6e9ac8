import type { Lang } from '../i18n/lang.ts';

/** The fixed wording of the referral, per language. Dates arrive already formatted. */
export interface ReferralPhrases {
  readonly subject: string;
  readonly subjectBack: (backOn: string) => string;
  readonly greeting: string;
  readonly greetingInternal: string;
  readonly received: string;
  readonly away: (first: string | null, last: string | null) => string;
  readonly back: (backOn: string) => string;
  readonly forwarded: string;
  readonly delegated: string;
  readonly delegatedTo: string;
  readonly onReturn: string;
  readonly onReturnInternal: string;
  readonly contactIntro: string;
  readonly contactIntroInternal: string;
  readonly mainNumber: (orgName: string) => string;
  readonly officialAddress: (orgName: string) => string;
  readonly closing: string;
}

const SV: ReferralPhrases = {
  subject: 'Frånvarande',
  subjectBack: (backOn) => `Frånvarande, åter ${backOn}`,
  greeting: 'Hej!',
  greetingInternal: 'Hej!',
  received: 'Tack för ditt meddelande. Det har kommit fram.',
  away: (first, last) =>
    first !== null && last !== null
      ? `Jag är frånvarande från och med ${first} till och med ${last}.`
      : last !== null
        ? `Jag är frånvarande till och med ${last}.`
        : first !== null
          ? `Jag är frånvarande från och med ${first}.`
          : 'Jag är frånvarande.',
  back: (backOn) => `Jag är tillbaka ${backOn}.`,
  forwarded: 'Ditt meddelande har vidarebefordrats till ',
  delegated: 'En kollega läser min e-post medan jag är borta.',
  delegatedTo: 'Min e-post läses under tiden av ',
  onReturn: 'Jag tar hand om ditt meddelande när jag är tillbaka.',
  onReturnInternal: 'Jag läser min e-post när jag är tillbaka.',
  contactIntro: 'Behöver du hjälp under tiden? Kontakta:',
  contactIntroInternal: 'Brådskande? Kontakta:',
  mainNumber: (orgName) => `${orgName}, växel `,
  officialAddress: (orgName) => `${orgName}, e-post `,
  closing: 'Med vänlig hälsning',
};

const EN: ReferralPhrases = {
  subject: 'Out of office',
  subjectBack: (backOn) => `Out of office, back on ${backOn}`,
  greeting: 'Hello,',
  greetingInternal: 'Hi,',
  received: 'Thank you for your message. It has been received.',
  away: (first, last) =>
    first !== null && last !== null
      ? `I am out of the office from ${first} to ${last}.`
      : last !== null
        ? `I am out of the office until ${last}.`
        : first !== null
          ? `I am out of the office from ${first}.`
          : 'I am out of the office.',
  back: (backOn) => `I will be back on ${backOn}.`,
  forwarded: 'Your message has been forwarded to ',
  delegated: 'A colleague is reading my e-mail while I am away.',
  delegatedTo: 'While I am away my e-mail is read by ',
  onReturn: 'I will deal with your message when I am back.',
  onReturnInternal: 'I will read my e-mail when I am back.',
  contactIntro: 'Need help in the meantime? Please contact:',
  contactIntroInternal: 'Urgent? Please contact:',
  mainNumber: (orgName) => `${orgName}, switchboard `,
  officialAddress: (orgName) => `${orgName}, e-mail `,
  closing: 'Kind regards',
};

/** The referral's wording in one language. */
export function referralPhrases(lang: Lang): ReferralPhrases {
  return lang === 'en' ? EN : SV;
}

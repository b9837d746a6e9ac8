import type { Lang } from '../i18n/lang.ts';

/** The fixed wording of a lägesbesked (status update with a new date), per language. */
export interface StatusUpdatePhrases {
  readonly subject: string;
  readonly notYet: (received: string, previous: string | undefined) => string;
  readonly newDate: (date: string) => string;
}

/** The fixed wording of the notice that a message is not ours and has been passed on. */
export interface NotOursPhrases {
  readonly subject: string;
  readonly received: (when: string) => string;
  readonly passedOn: (who: string, by: string | undefined) => string;
  readonly reach: (who: string) => string;
}

const STATUS_SV: StatusUpdatePhrases = {
  subject: 'Lägesbesked om ditt meddelande',
  notYet: (received, previous) =>
    `Vi har ännu inte kunnat besvara ditt meddelande, som vi tog emot ${received}. ` +
    `Handläggningen pågår men tar längre tid än vi först räknade med${previous === undefined ? '' : ` (svar senast ${previous})`}.`,
  newDate: (date) => `Du kan nu räkna med svar senast ${date}.`,
};

const STATUS_EN: StatusUpdatePhrases = {
  subject: 'Status update on your message',
  notYet: (received, previous) =>
    `We have not yet been able to answer your message, which we received on ${received}. ` +
    `Handling is under way but is taking longer than we first expected${previous === undefined ? '' : ` (an answer by ${previous})`}.`,
  newDate: (date) => `You can now expect an answer by ${date} at the latest.`,
};

const NOT_OURS_SV: NotOursPhrases = {
  subject: 'Ditt meddelande har skickats vidare',
  received: (when) => `Tack för ditt meddelande, som vi tog emot ${when}.`,
  passedOn: (who, by) =>
    `Ärendet hanteras inte av oss, så vi har skickat det vidare till ${who}, som kommer att svara dig${by === undefined ? '' : ` senast ${by}`}.`,
  reach: (who) => `Du når ${who} här:`,
};

const NOT_OURS_EN: NotOursPhrases = {
  subject: 'Your message has been passed on',
  received: (when) => `Thank you for your message, which we received on ${when}.`,
  passedOn: (who, by) =>
    `The matter is not handled by us, so we have passed it on to ${who}, who will answer you${by === undefined ? '' : ` by ${by} at the latest`}.`,
  reach: (who) => `You can reach ${who} here:`,
};

/** The lägesbesked's wording in one language. */
export function statusUpdatePhrases(lang: Lang): StatusUpdatePhrases {
  return lang === 'en' ? STATUS_EN : STATUS_SV;
}

/** The "not ours" notice's wording in one language. */
export function notOursPhrases(lang: Lang): NotOursPhrases {
  return lang === 'en' ? NOT_OURS_EN : NOT_OURS_SV;
}

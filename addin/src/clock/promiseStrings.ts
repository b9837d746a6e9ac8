import type { Lang } from '../../../shared/index.ts';

/** The pane's words for promises, status updates and passing a message on (sv first, en second). */
export interface PromiseStrings {
  readonly promiseLabel: string;
  readonly promiseHint: string;
  readonly promiseMissing: string;
  readonly promiseSaveFailed: string;
  readonly statusHeading: string;
  readonly sendStatus: string;
  readonly statusOpened: string;
  readonly statusOpening: string;
  /** Opens the pass-on form (its own words load with it: passOnStrings). */
  readonly passOnOpen: string;
  readonly forwardedLine: (name: string, when: string) => string;
}

const SV: PromiseStrings = {
  promiseLabel: 'Svar utlovas senast',
  promiseHint: 'Förifyllt med organisationens svarstid. Endast arbetsdagar.',
  promiseMissing: 'Välj det datum då svar kan ges.',
  promiseSaveFailed: 'Löftet kunde inte sparas i brevlådan. Klockan visar det bara här.',
  statusHeading: 'Lägesbesked',
  sendStatus: 'Skicka lägesbesked',
  statusOpened: 'Lägesbeskedet är öppnat. Granska och skicka.',
  statusOpening: 'Öppnar lägesbeskedet…',
  passOnOpen: 'Inte mitt ärende – skicka vidare…',
  forwardedLine: (name, when) => `Vidarebefordrat till ${name} ${when}.`,
};

const EN: PromiseStrings = {
  promiseLabel: 'Answer promised by',
  promiseHint: "Prefilled with the organisation's answer time. Working days only.",
  promiseMissing: 'Pick the date when an answer can be given.',
  promiseSaveFailed: 'The promise could not be saved in the mailbox. Only this pane shows it.',
  statusHeading: 'Status update',
  sendStatus: 'Send status update',
  statusOpened: 'The status update is open. Review and send.',
  statusOpening: 'Opening the status update…',
  passOnOpen: 'Not my case – pass it on…',
  forwardedLine: (name, when) => `Forwarded to ${name} ${when}.`,
};

/** The promise words in one language. */
export function promiseStrings(lang: Lang): PromiseStrings {
  return lang === 'sv' ? SV : EN;
}

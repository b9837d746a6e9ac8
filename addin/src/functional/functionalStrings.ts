import type { Lang } from '../../../shared/index.ts';

/** The functional-mailbox pane's texts, Swedish first (kept beside the feature). */
export interface FunctionalStrings {
  readonly heading: string;
  readonly chooser: string;
  readonly ownInbox: string;
  readonly load: string;
  readonly loading: string;
  readonly empty: string;
  readonly listLabel: (mailbox: string) => string;
  readonly take: string;
  readonly taken: (name: string) => string;
  readonly nobody: string;
  readonly register: string;
  readonly registered: string;
  readonly answered: string;
  readonly due: string;
  readonly delete: string;
  readonly deleteTitle: string;
  readonly deleteBody: (subject: string) => string;
  readonly deleteConfirm: string;
  readonly cancel: string;
  readonly deleted: (subject: string) => string;
  readonly deleteRefused: string;
  readonly failed: (detail: string) => string;
  readonly readOnly: string;
  readonly openedFromItem: (mailbox: string) => string;
  readonly readOnlyHint: string;
  readonly loadingCount: (read: number) => string;
  readonly truncated: (read: number) => string;
  readonly countsLabel: string;
  readonly overdue: string;
  readonly dueToday: string;
  readonly later: string;
  readonly takenCount: string;
}

const sv: FunctionalStrings = {
  heading: 'Funktionsbrevlåda',
  chooser: 'Brevlåda',
  ownInbox: 'Min inkorg',
  load: 'Hämta',
  loading: 'Hämtar…',
  empty: 'Inga meddelanden med svarsplikt.',
  listLabel: (mailbox) => `Meddelanden i ${mailbox}`,
  take: 'Jag tar den',
  taken: (name) => `Handläggs av ${name}`,
  nobody: 'Ingen har tagit den',
  register: 'Diarieförd',
  registered: 'Diarieförd',
  answered: 'Besvarat',
  due: 'Svara senast',
  delete: 'Radera',
  deleteTitle: 'Radera meddelandet?',
  deleteBody: (subject) =>
    `”${subject}” är diariefört och besvarat. Det flyttas till funktionsbrevlådans Borttagna objekt.`,
  deleteConfirm: 'Radera',
  cancel: 'Avbryt',
  deleted: (subject) => `”${subject}” flyttades till Borttagna objekt.`,
  deleteRefused: 'Bara meddelanden som är diarieförda och besvarade kan raderas.',
  failed: (detail) => `Det gick inte: ${detail}`,
  readOnly: 'Du har bara läsbehörighet i den här brevlådan.',
  openedFromItem: (mailbox) => `Meddelandet ligger i ${mailbox}.`,
  readOnlyHint: 'Du kan läsa men inte markera eller radera här (bara läsbehörighet).',
  loadingCount: (read) => `Hämtar… ${read} meddelanden lästa`,
  truncated: (read) => `Visar de ${read} senaste meddelandena; äldre hämtas inte.`,
  countsLabel: 'Öppna ärenden',
  overdue: 'Försenade',
  dueToday: 'Förfaller i dag',
  later: 'Senare',
  takenCount: 'Tagna av någon',
};

const en: FunctionalStrings = {
  heading: 'Functional mailbox',
  chooser: 'Mailbox',
  ownInbox: 'My inbox',
  load: 'Load',
  loading: 'Loading…',
  empty: 'No messages with a reply duty.',
  listLabel: (mailbox) => `Messages in ${mailbox}`,
  take: 'I take it',
  taken: (name) => `Handled by ${name}`,
  nobody: 'Nobody has taken it',
  register: 'Registered',
  registered: 'Registered',
  answered: 'Answered',
  due: 'Reply by',
  delete: 'Delete',
  deleteTitle: 'Delete the message?',
  deleteBody: (subject) =>
    `“${subject}” is registered and answered. It moves to the functional mailbox's Deleted Items.`,
  deleteConfirm: 'Delete',
  cancel: 'Cancel',
  deleted: (subject) => `“${subject}” was moved to Deleted Items.`,
  deleteRefused: 'Only registered and answered messages can be deleted.',
  failed: (detail) => `It failed: ${detail}`,
  readOnly: 'You only have read access to this mailbox.',
  openedFromItem: (mailbox) => `The message is in ${mailbox}.`,
  readOnlyHint: 'You can read but not mark or delete here (read access only).',
  loadingCount: (read) => `Loading… ${read} messages read`,
  truncated: (read) => `Showing the ${read} newest messages; older ones are not loaded.`,
  countsLabel: 'Open cases',
  overdue: 'Overdue',
  dueToday: 'Due today',
  later: 'Later',
  takenCount: 'Taken by someone',
};

/** The texts in the pane's language. */
export function functionalStrings(lang: Lang): FunctionalStrings {
  return lang === 'en' ? en : sv;
}

/**
 * The badge: a Gmail label "Svarsplikt/<due date>" on a thread that waits for an answer, so the
 * due date shows in the message list. Set per thread or for a queue page; removed once answered.
 */
import type { ApiLabel, GmailAdvanced } from './hostTypes';

export const LABEL_PARENT = 'Svarsplikt';

/** The label name for a due date, e.g. 'Svarsplikt/2026-12-23' (sorts by date in Gmail). */
export function dueLabelName(dueDate: string): string {
  return `${LABEL_PARENT}/${dueDate}`;
}

/** The label that marks a thread's forward duty met ("Inte mitt ärende" sent it on). */
export const FORWARDED_LABEL = `${LABEL_PARENT}/vidarebefordrat`;

/** The prefix of the promise labels, e.g. 'Svarsplikt/utlovat/2027-01-12'. */
export const PROMISE_PREFIX = `${LABEL_PARENT}/utlovat/`;

/** The label a thread carries for the answer date promised in it (by kvittens or lägesbesked). */
export function promiseLabelName(promised: string): string {
  return `${PROMISE_PREFIX}${promised}`;
}

/** The promised date a promise label names, or undefined for any other label. */
export function promisedDateOf(name: string | undefined): string | undefined {
  if (name === undefined || !name.startsWith(PROMISE_PREFIX)) return undefined;
  const date = name.slice(PROMISE_PREFIX.length);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

/**
 * True for the add-on's due-date labels, 'Svarsplikt/<YYYY-MM-DD>' only: not its promise labels
 * nor 'Svarsplikt/vidarebefordrat', which must outlive the answer.
 */
export function isDueLabelName(name: string | undefined): boolean {
  return (
    name !== undefined &&
    name.startsWith(`${LABEL_PARENT}/`) &&
    /^\d{4}-\d{2}-\d{2}$/.test(name.slice(LABEL_PARENT.length + 1))
  );
}

/** The user's labels, read once per invocation. */
export class LabelBook {
  private readonly gmail: GmailAdvanced;
  private labels: ApiLabel[] | undefined;

  constructor(gmail: GmailAdvanced) {
    this.gmail = gmail;
  }

  private all(): ApiLabel[] {
    if (this.labels === undefined)
      this.labels = [...(this.gmail.Users.Labels.list('me').labels ?? [])];
    return this.labels;
  }

  /** Ids of the add-on's due-date labels. */
  dueLabelIds(): Set<string> {
    const ids = new Set<string>();
    for (const label of this.all()) if (isDueLabelName(label.name) && label.id) ids.add(label.id);
    return ids;
  }

  /** Ids of the add-on's promise labels, with the date each names. */
  promiseLabels(): Map<string, string> {
    const ids = new Map<string, string>();
    for (const label of this.all()) {
      const date = promisedDateOf(label.name);
      if (date !== undefined && label.id) ids.set(label.id, date);
    }
    return ids;
  }

  /** The name of a label id. */
  nameOf(id: string): string | undefined {
    return this.all().find((label) => label.id === id)?.name;
  }

  /** The id of a label, created (with its parent) if missing. */
  ensure(name: string): string {
    const existing = this.all().find((label) => label.name === name);
    if (existing?.id !== undefined) return existing.id;
    // Gmail nests by name: every parent level must exist first.
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i += 1) {
      const parent = parts.slice(0, i).join('/');
      if (!this.all().some((label) => label.name === parent)) this.create(parent);
    }
    return this.create(name);
  }

  private create(name: string): string {
    const created = this.gmail.Users.Labels.create(
      { name, labelListVisibility: 'labelShow', messageListVisibility: 'show' },
      'me',
    );
    if (created.id === undefined) throw new Error('label without id');
    this.all().push(created);
    return created.id;
  }
}

/** The due-date label a thread carries now, if any (by the thread's message labels). */
export function currentDueLabel(book: LabelBook, labelIds: readonly string[]): string | undefined {
  const due = book.dueLabelIds();
  const id = labelIds.find((labelId) => due.has(labelId));
  return id === undefined ? undefined : book.nameOf(id);
}

/**
 * Puts the thread's due-date label in order: exactly `dueDate`'s label when it waits for an
 * answer, none when `dueDate` is undefined. Returns whether anything changed.
 */
export function syncDueLabel(
  gmail: GmailAdvanced,
  book: LabelBook,
  threadId: string,
  labelIds: readonly string[],
  dueDate: string | undefined,
): boolean {
  const due = book.dueLabelIds();
  const wanted = dueDate === undefined ? undefined : book.ensure(dueLabelName(dueDate));
  return syncLabelFamily(gmail, threadId, labelIds, due, wanted);
}

/** The answer date promised in a thread, by its promise label (the latest when several). */
export function currentPromise(book: LabelBook, labelIds: readonly string[]): string | undefined {
  const promises = book.promiseLabels();
  let latest: string | undefined;
  for (const id of labelIds) {
    const date = promises.get(id);
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  }
  return latest;
}

/**
 * Puts the thread's promise label in order: exactly `promised`'s label, or none when undefined.
 * A lägesbesked replaces the earlier promise this way. Returns whether anything changed.
 */
export function syncPromiseLabel(
  gmail: GmailAdvanced,
  book: LabelBook,
  threadId: string,
  labelIds: readonly string[],
  promised: string | undefined,
): boolean {
  const promises = book.promiseLabels();
  const wanted = promised === undefined ? undefined : book.ensure(promiseLabelName(promised));
  return syncLabelFamily(gmail, threadId, labelIds, promises, wanted);
}

/**
 * Leaves exactly `wanted` of one family of labels (due dates, promises) on the thread, or none of
 * them when undefined, in one modify call. Returns whether anything changed.
 */
function syncLabelFamily(
  gmail: GmailAdvanced,
  threadId: string,
  labelIds: readonly string[],
  family: { has(id: string): boolean },
  wanted: string | undefined,
): boolean {
  const remove = labelIds.filter((id) => family.has(id) && id !== wanted);
  const add = wanted !== undefined && !labelIds.includes(wanted) ? [wanted] : [];
  if (remove.length === 0 && add.length === 0) return false;
  gmail.Users.Threads.modify(
    {
      ...(add.length > 0 ? { addLabelIds: add } : {}),
      ...(remove.length > 0 ? { removeLabelIds: remove } : {}),
    },
    'me',
    threadId,
  );
  return true;
}

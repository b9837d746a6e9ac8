import type { IsoDate } from '../calendar/isoDate.ts';

/** One open duty in a watched functional mailbox: its mailbox and due date. */
export interface WatchedDuty {
  readonly mailbox: string;
  readonly dueDate: IsoDate;
}

/** The mailbox's local part with its @, as the warnings name it: 'kontaktcenter@'. */
export function mailboxShortName(address: string): string {
  const at = address.indexOf('@');
  return at < 0 ? address : address.slice(0, at + 1);
}

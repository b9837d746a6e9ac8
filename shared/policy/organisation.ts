import type { OfficeHours } from '../calendar/officeHours.ts';
import type { WorkCalendar } from '../calendar/workCalendar.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Policy } from './presets.ts';

/** A shared mailbox that answers for a unit, e.g. kontaktcenter@…. */
export interface FunctionalMailbox {
  readonly name: string;
  readonly address: string;
  /** Who gets the mailbox's digest and warnings (lower-case, inside the organisation's domains). */
  readonly owners?: readonly string[];
}

/** A validated organisation: its policy, channels, calendar and options. */
export interface Organisation {
  readonly name: string;
  readonly policy: Policy;
  /** Lower-case domains that count as the organisation's own, e.g. ['vaxjo.se']. */
  readonly domains: readonly string[];
  readonly mainNumber?: string;
  readonly officialAddress?: string;
  readonly functionalMailboxes: readonly FunctionalMailbox[];
  readonly officeHours: OfficeHours;
  /** Working days of absence from which forwarding or a delegate is expected. */
  readonly longAbsenceThreshold: number;
  /** Office minutes left at or below which a clock is "due soon". */
  readonly warningThreshold: number;
  /** Working days within which an answer is expected: the default promised date (docs/rules.md §7). */
  readonly expectedAnswerWithin?: number;
  readonly languages: readonly Lang[];
  readonly internalSendersExempt: boolean;
  readonly ccOnlyNoDuty: boolean;
  readonly calendar: WorkCalendar;
}

/**
 * Local-part characters that old mail routing reads as another hop ('x%evil.example@kommun.se',
 * 'evil!x@kommun.se') or that only a quoted local part can hold: such an address may leave the
 * organisation although its domain is the organisation's own.
 */
const ROUTING = /[%!"\\@\s]/;

/**
 * True when the address belongs to one of the organisation's domains or their subdomains, and its
 * local part cannot route the mail elsewhere (no '%', '!', quotes or a second '@').
 * @example isInOrganisation('anna@skola.vaxjo.se', org) // true for domains ['vaxjo.se']
 * @example isInOrganisation('x%evil.example@vaxjo.se', org) // false
 */
export function isInOrganisation(address: string, org: Pick<Organisation, 'domains'>): boolean {
  const at = address.lastIndexOf('@');
  if (at < 1) return false;
  if (ROUTING.test(address.slice(0, at).trim())) return false;
  const domain = address
    .slice(at + 1)
    .trim()
    .toLowerCase();
  return org.domains.some((own) => domain === own || domain.endsWith(`.${own}`));
}

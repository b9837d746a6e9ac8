/**
 * Gmail's vacation responder and the forwarding filter for an absence, through the Gmail advanced
 * service. Every change is read back; forwarding only ever goes to an address Gmail has accepted
 * for forwarding and that belongs to the organisation.
 */
import { isInOrganisation, stockholmInstant } from '../core';
import type { Organisation, ReferralTexts } from '../core';
import { HostError } from './hostError';
import type { GmailAdvanced, VacationSettings } from './hostTypes';

/** Forwarding addresses Gmail accepts, split by whether the organisation allows them. */
export interface ForwardingOptions {
  /** Accepted by Gmail and inside the organisation's domains. */
  readonly eligible: readonly string[];
  /** Known to Gmail but not usable: not verified, or outside the organisation. */
  readonly ineligible: number;
}

export function forwardingOptions(gmail: GmailAdvanced, org: Organisation): ForwardingOptions {
  const all = gmail.Users.Settings.ForwardingAddresses.list('me').forwardingAddresses ?? [];
  const eligible: string[] = [];
  for (const entry of all) {
    const address = entry.forwardingEmail;
    if (address === undefined) continue;
    if (entry.verificationStatus === 'accepted' && isInOrganisation(address, org)) {
      eligible.push(address.toLowerCase());
    }
  }
  return { eligible, ineligible: all.length - eligible.length };
}

/** The vacation settings for an absence: from the start of the first day to the start of the day back. */
export function vacationFor(
  texts: ReferralTexts,
  firstDay: string,
  backOn: string,
): VacationSettings {
  return {
    enableAutoReply: true,
    responseSubject: texts.subject,
    responseBodyPlainText: texts.text,
    responseBodyHtml: texts.html,
    restrictToContacts: false,
    restrictToDomain: false,
    startTime: String(stockholmInstant(firstDay, 0)),
    endTime: String(stockholmInstant(backOn, 0)),
  };
}

/** Writes the vacation settings and checks Gmail kept them; throws 'readback-mismatch' if not. */
export function writeVacation(gmail: GmailAdvanced, wanted: VacationSettings): VacationSettings {
  gmail.Users.Settings.updateVacation(wanted, 'me');
  const stored = gmail.Users.Settings.getVacation('me');
  const same = (key: keyof VacationSettings): boolean =>
    wanted[key] === undefined || String(stored[key]) === String(wanted[key]);
  const keys: (keyof VacationSettings)[] = [
    'enableAutoReply',
    'responseSubject',
    'startTime',
    'endTime',
  ];
  if (!keys.every(same)) throw new HostError('readback-mismatch', 'vacation settings differ');
  return stored;
}

/** Creates the forwarding filter for the absence and returns its id. */
export function createForwardingFilter(
  gmail: GmailAdvanced,
  org: Organisation,
  userEmail: string,
  forwardTo: string,
): string {
  const { eligible } = forwardingOptions(gmail, org);
  if (!eligible.includes(forwardTo.toLowerCase())) {
    throw new HostError(
      'permission',
      'forwarding address not accepted or outside the organisation',
    );
  }
  const filter = gmail.Users.Settings.Filters.create(
    { criteria: { query: `deliveredto:${userEmail}` }, action: { forward: forwardTo } },
    'me',
  );
  if (filter.id === undefined) throw new HostError('readback-mismatch', 'filter without id');
  return filter.id;
}

/** Removes a forwarding filter; one that is already gone is fine. */
export function removeFilter(gmail: GmailAdvanced, filterId: string): void {
  try {
    gmail.Users.Settings.Filters.remove('me', filterId);
  } catch (error) {
    if (!/not found|404/i.test(error instanceof Error ? error.message : String(error))) throw error;
  }
}

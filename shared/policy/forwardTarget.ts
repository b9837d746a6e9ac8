import type { Bilingual } from '../i18n/lang.ts';
import { fail, ok } from '../result.ts';
import type { Result } from '../result.ts';
import { isEmailAddress } from './isEmailAddress.ts';
import { isInOrganisation } from './organisation.ts';
import type { Organisation } from './organisation.ts';

/** Where a "not ours" message is passed on to (docs/rules.md §7). */
export type ForwardTargetKind = 'functional-mailbox' | 'organisation' | 'external';

/** A checked recipient for a "not ours" message, the same in both hosts. */
export interface ForwardTarget {
  readonly kind: ForwardTargetKind;
  /** The address, trimmed, as given (or as the configuration spells a functional mailbox). */
  readonly address: string;
  /** The functional mailbox's configured name, or else the address: what the notice names. */
  readonly name: string;
  /** True for an external authority: the message leaves the organisation's domains. */
  readonly leavesOrganisation: boolean;
  /** For an external authority: the warning the user must accept before it is sent. */
  readonly warning?: Bilingual;
}

export type ForwardTargetErrorCode =
  'FORWARD_ADDRESS_MISSING' | 'FORWARD_ADDRESS_INVALID' | 'FORWARD_ADDRESS_SELF';

/** Why a recipient was refused, in both languages (`message` is the English, as `en`). */
export interface ForwardTargetError extends Bilingual {
  readonly code: ForwardTargetErrorCode;
  readonly message: string;
}

function refuse(
  code: ForwardTargetErrorCode,
  sv: string,
  en: string,
): { readonly ok: false; readonly error: ForwardTargetError } {
  return fail({ code, message: en, sv, en });
}

/** The warning shown before a message is sent to an external authority. */
export const EXTERNAL_FORWARD_WARNING: Bilingual = Object.freeze({
  sv: 'Meddelandet lämnar organisationen. Det skickas till en extern mottagare med allt innehåll och alla bilagor. Skicka bara vidare om mottagaren är rätt myndighet för ärendet.',
  en: 'The message leaves the organisation. It goes to an outside recipient with all its content and attachments. Only pass it on if the recipient is the right authority for the case.',
});

/**
 * Classifies the recipient of a "not ours" message: one of the organisation's functional
 * mailboxes, another address inside its domains (isInOrganisation: no routing tricks), or an
 * external authority, which carries the warning the host must have the user accept. Passing
 * `self` (the user's own address) refuses passing a message on to oneself.
 * @example forwardTarget('kontaktcenter@vaxjo.se', org) // ok: { kind: 'functional-mailbox', … }
 * @example forwardTarget('registrator@lansstyrelsen.se', org) // ok: { kind: 'external', leavesOrganisation: true, … }
 */
export function forwardTarget(
  address: string,
  org: Pick<Organisation, 'domains' | 'functionalMailboxes'>,
  self?: string,
): Result<ForwardTarget, ForwardTargetError> {
  const given = address.trim();
  if (given === '') {
    return refuse(
      'FORWARD_ADDRESS_MISSING',
      'Välj en funktionsbrevlåda eller ange mottagarens e-postadress.',
      'choose a functional mailbox or give the e-mail address of the recipient',
    );
  }
  if (!isEmailAddress(given)) {
    return refuse(
      'FORWARD_ADDRESS_INVALID',
      `Mottagarens adress är ingen e-postadress: ${given}`,
      `the recipient's address is not an e-mail address: ${given}`,
    );
  }
  const lower = given.toLowerCase();
  if (self !== undefined && lower === self.trim().toLowerCase()) {
    return refuse(
      'FORWARD_ADDRESS_SELF',
      'Meddelandet kan inte skickas vidare till dig själv. Välj den som ska svara.',
      'the message cannot be passed on to yourself: choose who is to answer',
    );
  }
  const mailbox = org.functionalMailboxes.find((m) => m.address.toLowerCase() === lower);
  if (mailbox !== undefined && isInOrganisation(mailbox.address, org)) {
    return ok({
      kind: 'functional-mailbox',
      address: mailbox.address,
      name: mailbox.name,
      leavesOrganisation: false,
    });
  }
  if (isInOrganisation(given, org)) {
    return ok({ kind: 'organisation', address: given, name: given, leavesOrganisation: false });
  }
  return ok({
    kind: 'external',
    address: given,
    name: given,
    leavesOrganisation: true,
    warning: EXTERNAL_FORWARD_WARNING,
  });
}

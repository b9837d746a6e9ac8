import { fail, ok } from '../result.ts';
import type { CodedError, Result } from '../result.ts';
import { isEmailAddress } from './isEmailAddress.ts';
import { isInOrganisation } from './organisation.ts';
import type { Organisation } from './organisation.ts';

/** Where a message that is not ours goes: a person inside, a functional mailbox, or outside. */
export type ForwardTargetKind = 'internal' | 'functional' | 'external';

/** A checked forward target: the address as given (trimmed), its kind and a name to show. */
export interface ForwardTarget {
  readonly kind: ForwardTargetKind;
  readonly address: string;
  /** The functional mailbox's name, or the address. */
  readonly name: string;
  /** True when the message leaves the organisation: the host must warn before sending. */
  readonly leavesOrganisation: boolean;
}

/** Why a forward target was refused, with the sentence to show in each language. */
export interface ForwardTargetError extends CodedError {
  readonly code: 'FORWARD_TARGET_MISSING' | 'FORWARD_TARGET_INVALID' | 'FORWARD_TARGET_SELF';
  readonly sv: string;
  readonly en: string;
}

function refuse(
  code: ForwardTargetError['code'],
  sv: string,
  en: string,
): { readonly ok: false; readonly error: ForwardTargetError } {
  return fail({ code, message: en, field: 'to', sv, en });
}

/**
 * Checks and classifies the recipient of a message that is not ours (docs/rules.md §7): one of the
 * organisation's functional mailboxes, another address in its domains, or an external authority.
 * External targets are allowed but flagged `leavesOrganisation`, so the host warns before sending.
 * An address whose local part could route the mail elsewhere counts as external.
 * @example classifyForwardTarget('kontaktcenter@vaxjo.se', org).value.kind // 'functional'
 * @example classifyForwardTarget('registrator@lansstyrelsen.se', org).value.leavesOrganisation // true
 */
export function classifyForwardTarget(
  address: string,
  org: Pick<Organisation, 'domains' | 'functionalMailboxes'>,
  self?: string,
): Result<ForwardTarget, ForwardTargetError> {
  const given = address.trim();
  if (given === '')
    return refuse(
      'FORWARD_TARGET_MISSING',
      'Välj en funktionsbrevlåda eller ange mottagarens e-post.',
      "Choose a functional mailbox or give the recipient's e-mail.",
    );
  if (!isEmailAddress(given))
    return refuse(
      'FORWARD_TARGET_INVALID',
      `Mottagarens e-post är ogiltig: ${given}`,
      `The recipient's e-mail is invalid: ${given}`,
    );
  const lower = given.toLowerCase();
  if (self !== undefined && lower === self.trim().toLowerCase())
    return refuse(
      'FORWARD_TARGET_SELF',
      'Meddelandet kan inte skickas vidare till dig själv. Välj den som ska svara.',
      'The message cannot be passed on to yourself. Choose who is to answer.',
    );
  const mailbox = org.functionalMailboxes.find((m) => m.address.toLowerCase() === lower);
  if (mailbox !== undefined && isInOrganisation(given, org))
    return ok({
      kind: 'functional',
      address: given,
      name: mailbox.name,
      leavesOrganisation: false,
    });
  if (isInOrganisation(given, org))
    return ok({ kind: 'internal', address: given, name: given, leavesOrganisation: false });
  return ok({ kind: 'external', address: given, name: given, leavesOrganisation: true });
}

import type { Organisation } from '../../policy/organisation.ts';
import { fail, ok } from '../../result.ts';
import type { Result } from '../../result.ts';
import { buildReferral } from '../buildReferral.ts';
import type { AbsenceInput, ReferralTexts } from '../types.ts';
import { absenceLength } from './absenceLength.ts';
import type {
  AbsenceRead,
  AbsenceRecord,
  AbsenceSavePlan,
  AbsenceStep,
  AutoReplyBackup,
  ForwardingKey,
  OurAutoReply,
} from './absencePlan.ts';
import { backupBeforeChange } from './backupBeforeChange.ts';
import { markAsOurs } from './ourAutoReplyMarker.ts';
import { sameForwarding } from './sameForwarding.ts';

/** How the host's forwarding is named: Outlook rules carry the last day, Gmail filters do not. */
export interface AbsenceHostTraits {
  readonly datedForwarding: boolean;
}

function marked(texts: ReferralTexts): ReferralTexts {
  return Object.freeze({
    subject: texts.subject,
    text: markAsOurs(texts.text),
    html: markAsOurs(texts.html),
  });
}

/**
 * Plans saving an absence: back up the user's own autoreply (never ours), set the forwarding
 * first, then the autoreply that promises it, then the record; stale forwarding of ours goes
 * last. Forwarding is set only for a long absence (the organisation's threshold). A referral with
 * errors is refused with `ABSENCE_BLOCKED`.
 * @example
 * const plan = planAbsenceChange(read, { firstDay: '2026-12-21', lastDay: '2027-01-08', contacts, forwardTo: 'kc@vaxjo.se' }, org, { datedForwarding: true });
 * plan.ok && plan.value.steps.map((s) => s.kind) // ['keepBackup', 'addForwarding', 'writeAutoReply', 'keepRecord']
 */
export function planAbsenceChange<S>(
  read: AbsenceRead<S>,
  input: AbsenceInput,
  org: Organisation,
  traits: AbsenceHostTraits,
): Result<AbsenceSavePlan<S>> {
  const length = absenceLength(org, input.firstDay, input.lastDay);
  const asked = input.forwardTo?.trim() ? input.forwardTo.trim().toLowerCase() : null;
  const forwardTo = length.isLong ? asked : null;
  const { forwardTo: _dropped, ...rest } = input;
  const effective: AbsenceInput = forwardTo === null ? rest : { ...rest, forwardTo };
  const referral = buildReferral(effective, org, read.today);
  const { firstDay, lastDay } = input;
  if (referral.blocking || firstDay === null || lastDay === null || referral.backOn === null) {
    return fail({
      code: 'ABSENCE_BLOCKED',
      message: 'The referral has errors; fix them before saving.',
    });
  }
  const backOn = referral.backOn;
  const wanted: ForwardingKey | null =
    forwardTo === null ? null : { to: forwardTo, until: traits.datedForwarding ? lastDay : null };
  const reply: OurAutoReply = {
    firstDay,
    backOn,
    internal: marked(referral.internal),
    external: marked(referral.external),
    forwardTo,
  };
  const record: AbsenceRecord = { firstDay, lastDay, backOn, forwardTo };
  const backup: AutoReplyBackup<S> | null = backupBeforeChange(read);
  const steps: AbsenceStep<S>[] = [];
  if (backup !== null && backup !== read.backup) steps.push({ kind: 'keepBackup', backup });
  if (wanted !== null) steps.push({ kind: 'addForwarding', forwarding: wanted });
  steps.push({ kind: 'writeAutoReply', reply });
  steps.push({ kind: 'keepRecord', record });
  const tidyFrom = steps.length;
  const stale = read.forwarding.filter((key) => wanted === null || !sameForwarding(key, wanted));
  if (stale.length > 0) {
    // Only what this device saw: a forwarding another device just added is not ours to remove.
    steps.push({ kind: 'removeForwarding', only: stale, keep: wanted === null ? [] : [wanted] });
  }
  return ok({
    action: 'save',
    steps,
    tidyFrom,
    record,
    backup,
    read,
    referral,
    workingDays: length.workingDays,
    isLong: length.isLong,
    forwardingDropped: asked !== null && forwardTo === null,
  });
}

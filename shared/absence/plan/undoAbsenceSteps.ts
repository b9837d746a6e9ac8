import type { AbsencePlan, AbsenceStep } from './absencePlan.ts';
import { forwardingToRemove, includesForwarding } from './sameForwarding.ts';

/**
 * The steps that put back what was read, after step `failedAt` failed (before or after it took
 * effect: the undo covers both). Reverse order, so the autoreply is put back before the
 * forwarding it relies on goes. A failure in the tidy-up needs no undo: [].
 * @example undoAbsenceSteps(plan, 2).map((s) => s.kind) // ['putAutoReply', 'removeForwarding']
 */
export function undoAbsenceSteps<S>(plan: AbsencePlan<S>, failedAt: number): AbsenceStep<S>[] {
  if (failedAt >= plan.tidyFrom) return [];
  const { read } = plan;
  const undo: AbsenceStep<S>[] = [];
  let autoReplyBack = false;
  for (const step of plan.steps.slice(0, failedAt + 1).reverse()) {
    switch (step.kind) {
      case 'keepBackup':
        // A backup of the user's own text is never wrong to keep.
        break;
      case 'addForwarding':
        if (!includesForwarding(read.forwarding, step.forwarding)) {
          undo.push({ kind: 'removeForwarding', only: [step.forwarding], keep: [] });
        }
        break;
      case 'writeAutoReply':
      case 'putAutoReply':
      case 'disableAutoReply':
        if (!autoReplyBack) undo.push({ kind: 'putAutoReply', setting: read.autoReply });
        autoReplyBack = true;
        break;
      case 'removeForwarding':
        for (const key of forwardingToRemove(read.forwarding, step.only, step.keep)) {
          undo.push({ kind: 'addForwarding', forwarding: key });
        }
        break;
      case 'keepRecord':
        undo.push({ kind: 'keepRecord', record: read.record });
        break;
    }
  }
  return undo;
}

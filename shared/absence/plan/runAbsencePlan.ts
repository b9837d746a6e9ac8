import type {
  AbsencePlan,
  AbsenceRecord,
  AbsenceStep,
  AutoReplyBackup,
  ForwardingKey,
  OurAutoReply,
} from './absencePlan.ts';
import { undoAbsenceSteps } from './undoAbsenceSteps.ts';

/**
 * What a host does for each step, through its own API (Graph, the Gmail advanced service) and its
 * own storage. `R` is `void` for a synchronous host (Apps Script) and `Promise<void>` for Outlook.
 * Every method must be idempotent; a failure is a throw or a rejection.
 */
export interface AbsencePort<S, R> {
  keepBackup(backup: AutoReplyBackup<S>): R;
  addForwarding(forwarding: ForwardingKey): R;
  writeAutoReply(reply: OurAutoReply): R;
  putAutoReply(setting: S): R;
  disableAutoReply(onlyOurs: boolean): R;
  removeForwarding(only: readonly ForwardingKey[] | null, keep: readonly ForwardingKey[]): R;
  keepRecord(record: AbsenceRecord | null): R;
}

/** How a plan went, as the host reports it back. */
export type AbsenceOutcome<S> =
  | {
      readonly ok: true;
      /** A tidy-up step failed: the change stands, a later plan finishes the tidying. */
      readonly tidyError?: unknown;
    }
  | {
      readonly ok: false;
      readonly failedStep: AbsenceStep<S>['kind'];
      readonly error: unknown;
      /** True when every undo step ran: the state is as it was read. */
      readonly undone: boolean;
    };

function stepCall<S, R>(port: AbsencePort<S, R>, step: AbsenceStep<S>): R {
  switch (step.kind) {
    case 'keepBackup':
      return port.keepBackup(step.backup);
    case 'addForwarding':
      return port.addForwarding(step.forwarding);
    case 'writeAutoReply':
      return port.writeAutoReply(step.reply);
    case 'putAutoReply':
      return port.putAutoReply(step.setting);
    case 'disableAutoReply':
      return port.disableAutoReply(step.onlyOurs);
    case 'removeForwarding':
      return port.removeForwarding(step.only, step.keep);
    case 'keepRecord':
      return port.keepRecord(step.record);
  }
}

function failed<S>(
  plan: AbsencePlan<S>,
  index: number,
  error: unknown,
  undone: boolean,
): AbsenceOutcome<S> {
  if (index >= plan.tidyFrom) return { ok: true, tidyError: error };
  return { ok: false, failedStep: plan.steps[index]?.kind ?? 'keepRecord', error, undone };
}

/**
 * Runs a plan's steps in order through a synchronous port; on a failure before the tidy-up, runs
 * the undo and stops it at its first failure (an undo step further on could break a promise the
 * live autoreply still makes).
 * @example runAbsencePlanSync(plan, gmailPort) // { ok: true }
 */
export function runAbsencePlanSync<S>(
  plan: AbsencePlan<S>,
  port: AbsencePort<S, void>,
): AbsenceOutcome<S> {
  for (const [index, step] of plan.steps.entries()) {
    try {
      stepCall(port, step);
    } catch (error) {
      let undone = true;
      for (const undo of undoAbsenceSteps(plan, index)) {
        try {
          stepCall(port, undo);
        } catch {
          undone = false;
          break;
        }
      }
      return failed(plan, index, error, undone);
    }
  }
  return { ok: true };
}

/**
 * The same as `runAbsencePlanSync` over a promise-based port (Outlook's Graph client).
 * @example await runAbsencePlan(plan, graphPort) // { ok: true }
 */
export async function runAbsencePlan<S>(
  plan: AbsencePlan<S>,
  port: AbsencePort<S, Promise<void>>,
): Promise<AbsenceOutcome<S>> {
  for (const [index, step] of plan.steps.entries()) {
    try {
      await stepCall(port, step);
    } catch (error) {
      let undone = true;
      for (const undo of undoAbsenceSteps(plan, index)) {
        try {
          await stepCall(port, undo);
        } catch {
          undone = false;
          break;
        }
      }
      return failed(plan, index, error, undone);
    }
  }
  return { ok: true };
}

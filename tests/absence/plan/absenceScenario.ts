/** Absence actions over the model host, as a user (or the pane on open) would run them. */
import {
  planAbsenceBack,
  planAbsenceChange,
  planAbsenceRestore,
  planAbsenceReturn,
  runAbsencePlan,
} from '../../../shared/index.ts';
import type { AbsenceInput, AbsencePort, Organisation } from '../../../shared/index.ts';
import { readOf } from './modelHost.ts';
import type { ModelReply, ModelWorld } from './modelHost.ts';

export type Action =
  | { readonly kind: 'save'; readonly long: boolean; readonly forwardTo: string | null }
  | { readonly kind: 'back' }
  | { readonly kind: 'restore' }
  | { readonly kind: 'return' };

export const TODAY = '2026-12-01';
const AFTER_RETURN = '2027-01-20';

export function absenceInput(action: Extract<Action, { kind: 'save' }>): AbsenceInput {
  return {
    firstDay: '2026-12-21',
    lastDay: action.long ? '2027-01-08' : '2026-12-22',
    contacts: [{ name: 'Karin Holm', address: 'karin.holm@vaxjo.se', phone: '0470-410 00' }],
    ...(action.forwardTo !== null ? { forwardTo: action.forwardTo } : {}),
  };
}

/** Reads, plans and runs one action through the port; the read is an external call too. */
export async function runAction(
  world: ModelWorld,
  port: AbsencePort<ModelReply, Promise<void>>,
  org: Organisation,
  action: Action,
  read: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  await read();
  // Time only moves forward: after a return, every later action happens after it too.
  const today = action.kind === 'return' ? AFTER_RETURN : world.today;
  world.today = today;
  const seen = readOf(world, today);
  if (action.kind === 'save') {
    const plan = planAbsenceChange(seen, absenceInput(action), org, { datedForwarding: true });
    // Dates now in the past: the pane refuses the save, nothing runs.
    if (!plan.ok) return;
    await runAbsencePlan(plan.value, port);
    return;
  }
  const plan =
    action.kind === 'back'
      ? planAbsenceBack(seen)
      : action.kind === 'restore'
        ? planAbsenceRestore(seen)
        : planAbsenceReturn(seen, org);
  await runAbsencePlan(plan, port);
}

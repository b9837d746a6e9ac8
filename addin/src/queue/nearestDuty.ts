import type { DutyTimeline, ReplyClock } from '../../../shared/index.ts';

/**
 * The queue's view of a message: the core's reply clock re-timed to the nearest unmet duty of the
 * core's duty timeline (a promise, a lägesbesked, a forward), so that the core's `replyQueue`
 * sorts and buckets by it. Without a timeline the reply clock stands as it is.
 */
export function nearestDuty(clock: ReplyClock, timeline: DutyTimeline | null): ReplyClock {
  if (timeline === null || clock.deadline === null) return clock;
  const { current } = timeline;
  if (current === null) {
    return timeline.state === 'not-required' ? clock : { ...clock, state: 'answered' };
  }
  const state: ReplyClock['state'] =
    timeline.state === 'overdue' || timeline.state === 'promise-broken'
      ? 'overdue'
      : timeline.state === 'due-soon'
        ? 'due-soon'
        : 'on-track';
  return {
    ...clock,
    state,
    deadline: { ...clock.deadline, due: current.due, dueDate: current.dueDate },
    workingMsLeft: timeline.workingMsLeft,
  };
}

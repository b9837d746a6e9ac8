/**
 * An in-memory mail host for the absence plans: one autoreply, our forwarding, a backup and a
 * record, as one or more devices see them. Every port call is an external call that a test can
 * fail before or after it takes effect; every change is checked against the two promises the
 * plans make: no autoreply promises forwarding that is not in place, and no autoreply the user
 * wrote is overwritten unless it is in the backup.
 */
import { isOurAutoReply, sameForwarding, forwardingToRemove } from '../../../shared/index.ts';
import type {
  AbsencePort,
  AbsenceRead,
  AbsenceRecord,
  AutoReplyBackup,
  ForwardingKey,
} from '../../../shared/index.ts';

/** The model's autoreply setting: what the host would store. */
export interface ModelReply {
  readonly on: boolean;
  readonly html: string;
  /** The forwarding our text promises (null for none, and for any text the user wrote). */
  readonly promises: string | null;
  /** Our referral is scheduled to end at the start of this day; null = no end. */
  readonly until: string | null;
}

export interface ModelWorld {
  live: ModelReply;
  rules: { id: number; key: ForwardingKey }[];
  backup: AutoReplyBackup<ModelReply> | null;
  record: AbsenceRecord | null;
  nextId: number;
  /** External calls so far. */
  calls: number;
  violations: string[];
  /** The day the devices act on (the schedule of our autoreply ends at its day back). */
  today: string;
}

/** When a call fails: at the n-th external call, before or after it takes effect. */
export interface Fault {
  readonly at: number;
  readonly phase: 'before' | 'after';
}

export function modelWorld(live: ModelReply): ModelWorld {
  return {
    live,
    rules: [],
    backup: null,
    record: null,
    nextId: 1,
    calls: 0,
    violations: [],
    today: '2026-12-01',
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function checkPromise(world: ModelWorld, when: string): void {
  const { live } = world;
  if (!live.on || live.promises === null) return;
  if (live.until !== null && world.today >= live.until) return;
  if (!world.rules.some((r) => r.key.to === live.promises)) {
    world.violations.push(
      `${when}: the autoreply promises forwarding to ${live.promises}, none set`,
    );
  }
}

/**
 * Before our code replaces a text the user wrote, that text must be the backup. A text that is
 * off may be replaced while an older backup stands (it is, or came from, a turned-off copy).
 */
function checkOverwrite(world: ModelWorld, next: ModelReply, when: string): void {
  const { live } = world;
  if (isOurAutoReply([live.html]) || same(live, next)) return;
  if (!live.on && world.backup !== null) return;
  if (world.backup === null || !same(world.backup.setting, live)) {
    world.violations.push(`${when}: overwrote the user's autoreply without a backup of it`);
  }
}

/** What a device reads, as `AbsenceRead`. */
export function readOf(world: ModelWorld, today: string): AbsenceRead<ModelReply> {
  return structuredClone({
    autoReply: world.live,
    autoReplyOn: world.live.on,
    autoReplyTexts: [world.live.html],
    forwarding: world.rules.map((r) => r.key),
    record: world.record,
    backup: world.backup,
    today,
  });
}

/**
 * A port over the world. `beforeCall` runs before every external call (the two-device test awaits
 * its turn there); `fault` decides whether the n-th call fails.
 */
export function modelPort(
  world: ModelWorld,
  fault: (call: number) => Fault['phase'] | null,
  beforeCall: () => Promise<void> = () => Promise.resolve(),
): AbsencePort<ModelReply, Promise<void>> {
  async function call(name: string, effect: () => void): Promise<void> {
    await beforeCall();
    const n = world.calls;
    world.calls += 1;
    const phase = fault(n);
    if (phase === 'before') throw new Error(`${name} refused (503)`);
    effect();
    checkPromise(world, name);
    if (phase === 'after') throw new Error(`${name}: the answer was lost`);
  }
  const setLive = (next: ModelReply, name: string, restoring = false): void => {
    if (!restoring) checkOverwrite(world, next, name);
    world.live = next;
  };
  return {
    keepBackup: (backup) =>
      call('keepBackup', () => {
        if (isOurAutoReply([backup.setting.html])) world.violations.push('backed up our own text');
        world.backup = structuredClone(backup);
      }),
    addForwarding: (key) =>
      call('addForwarding', () => {
        if (!world.rules.some((r) => sameForwarding(r.key, key))) {
          world.rules.push({ id: world.nextId++, key: structuredClone(key) });
        }
      }),
    writeAutoReply: (reply) =>
      call('writeAutoReply', () =>
        setLive(
          {
            on: true,
            html: reply.external.html + reply.internal.html,
            promises: reply.forwardTo,
            until: reply.backOn,
          },
          'writeAutoReply',
        ),
      ),
    putAutoReply: (setting) =>
      call('putAutoReply', () =>
        // Putting the backup back is what the user asked for with "Återställ".
        setLive(structuredClone(setting), 'putAutoReply', same(setting, world.backup?.setting)),
      ),
    disableAutoReply: (onlyOurs) =>
      call('disableAutoReply', () => {
        if (!onlyOurs || isOurAutoReply([world.live.html])) {
          setLive({ ...world.live, on: false }, 'disableAutoReply');
        }
      }),
    removeForwarding: (only, keep) =>
      call('removeForwarding', () => {
        const gone = new Set(
          forwardingToRemove(
            world.rules.map((r) => r.key),
            only,
            keep,
          ),
        );
        world.rules = world.rules.filter((r) => !gone.has(r.key));
      }),
    keepRecord: (record) =>
      call('keepRecord', () => {
        world.record = structuredClone(record);
      }),
  };
}

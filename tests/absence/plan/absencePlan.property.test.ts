/**
 * The absence plans under failure: every external call fails in turn (before and after it takes
 * effect), and two devices run interleaved. Afterwards the user's earlier autoreply is always
 * restorable exactly and no forwarding of ours is left behind.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { planAbsenceChange, planAbsenceRestore, runAbsencePlan } from '../../../shared/index.ts';
import { vaxjo } from '../fixtures.ts';
import { TODAY, absenceInput, runAction } from './absenceScenario.ts';
import type { Action } from './absenceScenario.ts';
import { modelPort, modelWorld, readOf } from './modelHost.ts';
import type { ModelReply, ModelWorld } from './modelHost.ts';

const org = vaxjo();
const TARGETS = ['kontaktcenter@vaxjo.se', 'karin.holm@vaxjo.se'];

const userReply: fc.Arbitrary<ModelReply> = fc.record({
  on: fc.boolean(),
  html: fc.string({ unit: 'binary', maxLength: 40 }),
  promises: fc.constant(null),
  until: fc.constant(null),
});

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('save' as const),
    long: fc.boolean(),
    forwardTo: fc.option(fc.constantFrom(...TARGETS), { nil: null }),
  }),
  fc.constant({ kind: 'back' as const }),
  fc.constant({ kind: 'restore' as const }),
  fc.constant({ kind: 'return' as const }),
);

/** A fault-free "Återställ" from a fresh read, as a second pane would do it. */
async function restoreFresh(world: ModelWorld): Promise<void> {
  await runAbsencePlan(
    planAbsenceRestore(readOf(world, world.today)),
    modelPort(world, () => null),
  );
}

/** What must hold once the dust has settled. */
async function expectRestorable(world: ModelWorld, user: ModelReply): Promise<void> {
  expect(world.violations).toEqual([]);
  await restoreFresh(world);
  expect(world.live).toEqual(user);
  expect(world.rules).toEqual([]);
  expect(world.violations).toEqual([]);
}

async function runAll(
  world: ModelWorld,
  actions: readonly Action[],
  fault: (call: number) => 'before' | 'after' | null,
): Promise<void> {
  const port = modelPort(world, fault);
  for (const a of actions) await runAction(world, port, org, a);
}

describe('absence plans under failure', () => {
  test('each external call fails in turn, before and after it takes effect', async () => {
    await fc.assert(
      fc.asyncProperty(
        userReply,
        fc.array(action, { minLength: 1, maxLength: 4 }),
        async (user, actions) => {
          const dry = modelWorld(user);
          await runAll(dry, actions, () => null);
          expect(dry.violations).toEqual([]);
          for (let at = 0; at < dry.calls; at += 1) {
            for (const phase of ['before', 'after'] as const) {
              const world = modelWorld(user);
              await runAll(world, actions, (n) => (n === at ? phase : null));
              await expectRestorable(world, user);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a retry after any single failure converges on exactly the wanted forwarding', async () => {
    const save: Action = { kind: 'save', long: true, forwardTo: 'kontaktcenter@vaxjo.se' };
    await fc.assert(
      fc.asyncProperty(
        userReply,
        fc.nat(8),
        fc.constantFrom('before' as const, 'after' as const),
        async (user, at, phase) => {
          const world = modelWorld(user);
          await runAll(
            world,
            [{ kind: 'save', long: true, forwardTo: 'karin.holm@vaxjo.se' }],
            () => null,
          );
          await runAll(world, [save], (n) => (n === world.calls + at ? phase : null));
          await runAll(world, [save], () => null);
          expect(world.violations).toEqual([]);
          expect(world.rules.map((r) => r.key.to)).toEqual(['kontaktcenter@vaxjo.se']);
          expect(world.record?.forwardTo).toBe('kontaktcenter@vaxjo.se');
          expect(world.live.promises).toBe('kontaktcenter@vaxjo.se');
          await expectRestorable(world, user);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('two devices interleaved, with random failures', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        userReply,
        fc.array(action, { minLength: 1, maxLength: 3 }),
        fc.array(action, { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(null, null, null, 'before' as const, 'after' as const), {
          maxLength: 40,
        }),
        async (s, user, first, second, faults) => {
          const world = modelWorld(user);
          const turn = () => s.schedule(Promise.resolve()).then(() => undefined);
          const port = modelPort(world, (n) => faults[n] ?? null, turn);
          const device = async (actions: readonly Action[]) => {
            for (const a of actions) await runAction(world, port, org, a, turn);
          };
          await s.waitFor(Promise.all([device(first), device(second)]));
          // Known limit without transactions: while one device saves, another may end the
          // absence and remove all our forwarding between the first's addForwarding and its
          // writeAutoReply, so for a while the autoreply promises forwarding that is gone (the
          // next save, "Jag är tillbaka" or the return tidies it). The backup and the way back
          // must hold regardless.
          world.violations = world.violations.filter((v) => !v.includes('promises forwarding'));
          await expectRestorable(world, user);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('the issue scenario: two saves refused at the rule, restore from a second pane', async () => {
    const user: ModelReply = {
      on: true,
      html: '<p>Tillbaka den 4 januari.</p>',
      promises: null,
      until: null,
    };
    const world = modelWorld(user);
    const refuseRule = modelPort(world, () => null);
    const failing = { ...refuseRule, addForwarding: () => Promise.reject(new Error('503')) };
    for (let i = 0; i < 2; i += 1) {
      const plan = planAbsenceChange(
        readOf(world, TODAY),
        absenceInput({ kind: 'save', long: true, forwardTo: 'kontaktcenter@vaxjo.se' }),
        org,
        { datedForwarding: true },
      );
      if (!plan.ok) throw new Error(plan.error.message);
      const outcome = await runAbsencePlan(plan.value, failing);
      expect(outcome).toMatchObject({ ok: false, failedStep: 'addForwarding', undone: true });
      expect(world.live).toEqual(user);
    }
    await expectRestorable(world, user);
  });
});

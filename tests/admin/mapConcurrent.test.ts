// The audit's and watch's bounded pool: every item once, never more than `limit` at a time, and
// items taken from the source only as slots free up (the Directory's pages stream in).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapConcurrent } from '../../cli/admin/net/mapConcurrent.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A source that counts how far it has been read. */
function source(count: number, pageDelayMs = 0) {
  const state = { pulled: 0, closed: false };
  async function* items(): AsyncGenerator<number> {
    try {
      for (let i = 0; i < count; i++) {
        if (pageDelayMs > 0 && i % 10 === 0) await tick(pageDelayMs);
        state.pulled += 1;
        yield i;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, items: items() };
}

async function collect<R>(stream: AsyncGenerator<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const value of stream) out.push(value);
  return out;
}

describe('mapConcurrent', () => {
  it('maps every item exactly once with at most `limit` in flight, whatever the timings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 }),
        async (limit, delays) => {
          let inFlight = 0;
          let peak = 0;
          const { items } = source(delays.length);
          const results = await collect(
            mapConcurrent(items, limit, async (i) => {
              inFlight += 1;
              peak = Math.max(peak, inFlight);
              await tick(delays[i] ?? 0);
              inFlight -= 1;
              return i * 2;
            }),
          );
          expect([...results].sort((a, b) => a - b)).toEqual(delays.map((_, i) => i * 2));
          expect(peak).toBeLessThanOrEqual(limit);
          if (delays.length >= limit) expect(peak).toBe(limit);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('yields in completion order, not input order', async () => {
    const { items } = source(3);
    const delays = [30, 1, 10];
    const results = await collect(
      mapConcurrent(items, 3, async (i) => (await tick(delays[i] ?? 0), i)),
    );
    expect(results).toEqual([1, 2, 0]);
  });

  it('takes items from the source only as slots free up', async () => {
    const { state, items } = source(1000, 1);
    const stream = mapConcurrent(items, 4, async (i) => (await tick(1), i));
    const first = await stream.next();
    expect(first.done).toBe(false);
    expect(state.pulled).toBeLessThanOrEqual(5);
    await stream.return(undefined);
  });

  it('closes the source when the consumer stops early', async () => {
    const { state, items } = source(100);
    for await (const value of mapConcurrent(items, 3, async (i) => i)) if (value >= 5) break;
    expect(state.closed).toBe(true);
    expect(state.pulled).toBeLessThan(20);
  });

  it('ends with the error of a failed item, thrown at once or rejected', async () => {
    for (const fail of [
      () => {
        throw new Error('boom 7');
      },
      () => Promise.reject(new Error('boom 7')),
    ]) {
      const { items } = source(20);
      await expect(
        collect(mapConcurrent(items, 2, (i) => (i === 7 ? fail() : Promise.resolve(i)))),
      ).rejects.toThrow('boom 7');
    }
  });

  it('passes on a failure of the source (the Directory listing) after the rows before it', async () => {
    async function* failing(): AsyncGenerator<number> {
      yield 1;
      yield 2;
      throw new Error('listing failed');
    }
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const value of mapConcurrent(failing(), 1, async (i) => i)) seen.push(value);
      })(),
    ).rejects.toThrow('listing failed');
    expect(seen).toEqual([1, 2]);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a concurrency of %s, naming the range', async (n) => {
    await expect(collect(mapConcurrent(source(1).items, n, async (i) => i))).rejects.toThrow(
      /concurrency must be an integer ≥ 1/,
    );
  });
});

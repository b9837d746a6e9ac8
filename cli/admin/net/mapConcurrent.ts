// Runs an async function over a stream of items with at most `limit` in flight, yielding results
// as they complete: rows stream out while pages stream in, and memory stays bounded.

type Settled<R> =
  { readonly ok: true; readonly value: R } | { readonly ok: false; readonly error: unknown };

/**
 * Maps `items` through `work` with bounded concurrency; results come in completion order.
 * Items are pulled only as slots free up, so at most `limit` are taken ahead of the consumer;
 * a rejected `work` ends the stream with that error.
 * @example for await (const row of mapConcurrent(users(), 16, audit)) print(row)
 */
export async function* mapConcurrent<T, R>(
  items: AsyncIterable<T>,
  limit: number,
  work: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency must be an integer ≥ 1, got ${limit}`);
  const iterator = items[Symbol.asyncIterator]();
  // Finished results wait here in completion order. (A Promise.race over the running set would add
  // a reaction to every running promise for each result: limit × items of them over a run.)
  const settled: Settled<R>[] = [];
  let wake: (() => void) | undefined;
  let running = 0;
  let done = false;
  const finish = (result: Settled<R>) => {
    running -= 1;
    settled.push(result);
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  try {
    for (;;) {
      // Results not yet taken count too: a fast `work` must not let the source run ahead.
      while (!done && running + settled.length < limit) {
        const step = await iterator.next();
        if (step.done === true) {
          done = true;
          break;
        }
        running += 1;
        const item = step.value;
        // A work function that throws at once fails like one that rejects.
        new Promise<R>((resolve) => resolve(work(item))).then(
          (value) => finish({ ok: true, value }),
          (error: unknown) => finish({ ok: false, error }),
        );
      }
      const next = settled.shift();
      if (next === undefined) {
        if (running === 0) return;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (!next.ok) throw next.error;
      yield next.value;
    }
  } finally {
    // The consumer stopped early, or work failed: the source need not produce more.
    if (!done) await iterator.return?.();
  }
}

/** A list as the async stream `mapConcurrent` takes. */
export async function* asyncItems<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

// Runs an async function over a stream of items with at most `limit` in flight, yielding results
// as they complete: rows stream out while pages stream in, and memory stays bounded.

/**
 * Maps `items` through `work` with bounded concurrency; results come in completion order.
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
  const running = new Map<number, Promise<{ key: number; result: R }>>();
  let next = 0;
  let done = false;
  const fill = async (): Promise<void> => {
    while (!done && running.size < limit) {
      const step = await iterator.next();
      if (step.done === true) {
        done = true;
        break;
      }
      const key = next++;
      running.set(
        key,
        work(step.value).then((result) => ({ key, result })),
      );
    }
  };
  await fill();
  while (running.size > 0) {
    const { key, result } = await Promise.race(running.values());
    running.delete(key);
    yield result;
    await fill();
  }
}

/** A list as the async stream `mapConcurrent` takes. */
export async function* asyncItems<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

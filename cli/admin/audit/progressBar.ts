// A one-line progress display on stderr, only when stderr is a terminal (never in pipes or logs).

export interface Progress {
  tick(failed: boolean): void;
  /** Erases the line, so rows written to the same terminal start at its left edge; the next tick redraws it. */
  clear(): void;
  done(): void;
}

/** A progress line redrawn at most every 100 ms; the total is unknown while pages stream in. */
export function progressBar(
  write: ((text: string) => void) | undefined,
  now: () => number,
): Progress {
  if (write === undefined)
    return { tick: () => undefined, clear: () => undefined, done: () => undefined };
  const started = now();
  let count = 0;
  let failed = 0;
  let drawn = 0;
  let shown = false;
  const draw = () => {
    const seconds = Math.max(0.001, (now() - started) / 1000);
    const filled = Math.floor(count / 50) % 21;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(20 - filled)}`;
    write(`\r${bar} ${count} postlådor, ${failed} fel, ${(count / seconds).toFixed(0)}/s `);
    shown = true;
  };
  return {
    tick(isFailure) {
      count += 1;
      if (isFailure) failed += 1;
      if (now() - drawn >= 100) {
        drawn = now();
        draw();
      }
    },
    clear() {
      if (!shown) return;
      write('\r\x1b[K');
      shown = false;
      drawn = 0;
    },
    done() {
      draw();
      write('\n');
    },
  };
}

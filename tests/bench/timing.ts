/** Median and 95th percentile (nearest rank) of a set of timings, in milliseconds. */
export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
}

let highestRss = 0;

/** The process's resident memory is sampled after every measured run (a timer would never fire during one). */
function sampleMemory(): void {
  highestRss = Math.max(highestRss, process.memoryUsage.rss());
}

/** Starts a new high-water mark, returning the one so far in MB. */
export function memoryMark(): number {
  const mb = Math.round(highestRss / 1024 ** 2);
  highestRss = 0;
  sampleMemory();
  return mb;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
  return { runs: sorted.length, medianMs: round(rank(0.5)), p95Ms: round(rank(0.95)) };
}

/** Runs `fn` a few times unmeasured (caches, JIT; indices after the measured ones), then `runs` times measured. */
export async function measure(
  runs: number,
  fn: (i: number) => unknown,
  warmup = Math.min(5, runs),
  /** Waited for before each timed run, untimed: for work a person does one at a time, from rest. */
  atRest: () => Promise<void> = async () => undefined,
): Promise<Timing> {
  for (let i = runs; i < runs + warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await atRest();
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
    sampleMemory();
  }
  return summarise(samples);
}

/**
 * Two ways of doing the same work, measured alternately on the same data so that a noisy moment
 * on the machine falls on both; the ratio is of medians. Which goes first alternates too: the
 * second finds the pages the first read already decrypted in SQLite's cache (the client page,
 * ours always first, measured 1.74 against 1.05 with the bare SQL first, 1.33 alternating).
 * Warm-up runs get the indices after the measured ones (`runs` … `runs + 4`), for work that must
 * not repeat an index.
 */
export async function compare(
  runs: number,
  ours: (i: number) => unknown,
  baseline: (i: number) => unknown,
): Promise<{ ours: Timing; baseline: Timing; ratio: number }> {
  for (let i = runs; i < runs + 5; i++) {
    await ours(i);
    await baseline(i);
  }
  const a: number[] = [];
  const b: number[] = [];
  const timed = async (run: (i: number) => unknown, i: number, into: number[]) => {
    const started = performance.now();
    await run(i);
    into.push(performance.now() - started);
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      await timed(ours, i, a);
      await timed(baseline, i, b);
    } else {
      await timed(baseline, i, b);
      await timed(ours, i, a);
    }
    sampleMemory();
  }
  const [mine, theirs] = [summarise(a), summarise(b)];
  return { ours: mine, baseline: theirs, ratio: round(mine.medianMs / theirs.medianMs) };
}

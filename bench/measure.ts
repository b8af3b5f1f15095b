/** Latency percentiles and throughput of an async operation. */

export interface Measurement {
  runs: number;
  p50Ms: number;
  p99Ms: number;
  throughputPerSecond: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Runs `operation` `runs` times with `concurrency` in flight; latency per call, throughput overall.
 * `operation(i)` gets the run number so it can vary its input.
 */
export async function measure(
  runs: number,
  concurrency: number,
  operation: (i: number) => Promise<unknown>,
): Promise<Measurement> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < runs) {
      const i = next++;
      const t0 = performance.now();
      await operation(i);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = performance.now() - started;
  latencies.sort((a, b) => a - b);
  return {
    runs,
    p50Ms: Number(percentile(latencies, 50).toFixed(1)),
    p99Ms: Number(percentile(latencies, 99).toFixed(1)),
    throughputPerSecond: Number(((runs / elapsed) * 1000).toFixed(1)),
  };
}

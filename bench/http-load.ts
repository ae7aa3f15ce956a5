// Closed-loop HTTP load for the API benches: `clients` concurrent clients request one URL back to back for `seconds`;
// latency quantiles over every request (a non-200 or a failed request counts as an error).
export interface LoadResult { requests: number; errors: number; rps: number; p50: number; p95: number; p99: number; max: number }

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

export async function driveLoad(url: string, clients: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  const s = latencies.sort((a, b) => a - b);
  return { requests: s.length, errors, rps: s.length / elapsed, p50: quantile(s, 0.5), p95: quantile(s, 0.95), p99: quantile(s, 0.99), max: s[s.length - 1] ?? NaN };
}

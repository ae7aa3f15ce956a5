// Full-panel composite run: composite.dependence and power.net over every dyad-year with Monte Carlo intervals
// (N = 1000 weight draws), next to a baseline in the same process: the same two metrics without the interval step
// (point values only). The ratio is the cost of the uncertainty. Usage:
//   npx tsx bench/composite.bench.ts [built.duckdb]   (default: build one from the bundled data first)
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatabase } from '../src/importers/build-database.js';
import { CDI_MONTE_CARLO } from '../src/metrics/composite/panel-intervals.js';
import { METRICS, METRIC_INDEX } from '../src/metrics/registry.js';
import type { MetricDefinition } from '../src/metrics/types.js';
import { Database } from '../src/store/db.js';
import { computeMetrics } from '../src/store/metric-runner.js';

const TARGETS = ['composite.dependence', 'power.net'];
const dir = mkdtempSync(join(tmpdir(), 'interdep-composite-bench-'));
const path = join(dir, 'bench.duckdb');
try {
  const given = process.argv[2];
  if (given && existsSync(given)) copyFileSync(given, path);
  else {
    const bases = METRICS.filter((m) => m.family !== 'composite' && !TARGETS.includes(m.id));
    await buildDatabase({ dataDir: 'data', dbPath: path, afterImport: (db) => computeMetrics(db, bases, METRIC_INDEX, { source: 'default' }).then(() => undefined) });
  }
  const db = await Database.open(path);
  // Bases are already in the file; compute only the targets (dependsOn would recompute the bases otherwise).
  const only = (withIntervals: boolean): MetricDefinition[] =>
    TARGETS.map((id) => {
      const m = METRIC_INDEX.get(id)!;
      return { ...m, dependsOn: [], intervals: withIntervals ? m.intervals : undefined };
    });
  const index = new Map(METRIC_INDEX);
  const run = async (withIntervals: boolean) => {
    const started = performance.now();
    const reports = await computeMetrics(db, only(withIntervals), index, { source: 'default' });
    return { seconds: (performance.now() - started) / 1000, rows: reports.map((r) => [r.metric, r.rows]) };
  };
  const baseline = await run(false);
  const full = await run(true);
  const multi = await db.one<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM metric_value WHERE metric = 'composite.dependence' AND low IS NOT NULL AND low < high`,
  );
  db.close();
  console.log(JSON.stringify({
    machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
    monte_carlo: CDI_MONTE_CARLO,
    baseline_point_values: { seconds: Number(baseline.seconds.toFixed(1)), rows: Object.fromEntries(baseline.rows) },
    with_intervals: { seconds: Number(full.seconds.toFixed(1)), rows: Object.fromEntries(full.rows) },
    cdi_rows_with_a_nondegenerate_interval: multi!.n,
    ratio: Number((full.seconds / baseline.seconds).toFixed(2)),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  }, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

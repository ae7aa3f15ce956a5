// Times each dataset import and each metric of a full build, as `interdep build` (writes argv[2], default ./interdep-timed.duckdb).
// Usage: /usr/bin/time -v npx tsx bench/time-build.ts [db]
import { renameSync } from 'node:fs';
import { buildDatabase } from '../src/importers/build-database.js';
import { METRICS, METRIC_INDEX } from '../src/metrics/registry.js';
import { computeMetrics } from '../src/store/metric-runner.js';
const out = process.argv[2] ?? 'interdep-timed.duckdb';
const t0 = performance.now();
let last = t0; let lastName = 'states';
const lap = (next: string) => { const now = performance.now(); console.log(`${((now - last) / 1000).toFixed(2)}s\t${lastName}`); last = now; lastName = next; };
await buildDatabase({
  dataDir: 'data', dbPath: out + '.new',
  onDataset: (d) => lap('import ' + d),
  afterImport: async (db) => {
    lap('metrics');
    const t1 = performance.now(); let lm = t1;
    await computeMetrics(db, METRICS, METRIC_INDEX, { source: 'default', onMetric: (id, rows) => { const n = performance.now(); console.log(`${((n - lm) / 1000).toFixed(2)}s\tmetric ${id}\t${rows}`); lm = n; } });
    console.log(`metrics total ${((performance.now() - t1) / 1000).toFixed(1)}s`); last = performance.now(); lastName = 'checkpoint';
  },
});
lap('end');
renameSync(out + '.new', out);
console.log(`total ${((performance.now() - t0) / 1000).toFixed(1)}s`);

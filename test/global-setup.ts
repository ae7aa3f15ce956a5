// Builds the real database once before the suite, with every metric computed (as `interdep build` does);
// tests open it read-only.
// INTERDEP_TEST_REUSE_DB=1 keeps an existing one (local iteration only; CI always builds).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildDatabase } from '../src/importers/build-database.js';
import { METRICS, METRIC_INDEX } from '../src/metrics/registry.js';
import { computeMetrics } from '../src/store/metric-runner.js';
import { BUILT_DB } from './helpers/built-db.js';

export default async function setup(): Promise<void> {
  if (process.env.INTERDEP_TEST_REUSE_DB === '1' && existsSync(BUILT_DB)) return;
  mkdirSync(dirname(BUILT_DB), { recursive: true });
  await buildDatabase({
    dataDir: 'data',
    dbPath: BUILT_DB,
    afterImport: async (db) => {
      await computeMetrics(db, METRICS, METRIC_INDEX, { source: 'default' });
    },
  });
}

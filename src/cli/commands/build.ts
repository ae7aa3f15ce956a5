// interdep build: (re)creates the database from the bundled data, atomically.
import type { Command } from 'commander';
import { buildDatabase } from '../../importers/build-database.js';
import { METRICS, METRIC_INDEX } from '../../metrics/registry.js';
import { computeMetrics } from '../../store/metric-runner.js';
import { readSources } from '../../importers/sources.js';
import { resolveDbPath } from '../../store/open.js';
import { formatCount, formatTable, printJson } from '../output.js';
import { createProgress } from '../progress.js';
import { buildQuarantineLines } from './quarantine.js';

export const DEFAULT_DATA_DIR = 'data';

export async function runBuild(opts: { data?: string; db?: string; json?: boolean; compute?: boolean }) {
  const dataDir = opts.data ?? DEFAULT_DATA_DIR;
  const dbPath = resolveDbPath(opts.db);
  const total = readSources(dataDir).reduce((a, s) => a + s.files.reduce((b, f) => b + f.rows, 0), 0);
  const progress = createProgress(!opts.json && Boolean(process.stderr.isTTY));
  const readByFile = new Map<string, number>();
  const sumRead = () => [...readByFile.values()].reduce((a, b) => a + b, 0);
  progress.start(total, 'importing', 'states');
  try {
    return await buildDatabase({
      dataDir,
      dbPath,
      onProgress: (file, read) => {
        readByFile.set(file, read);
        progress.update(sumRead(), file);
      },
      afterImport:
        opts.compute === false
          ? undefined
          : async (db) => {
              await computeMetrics(db, METRICS, METRIC_INDEX, {
                source: 'default',
                onMetricStart: (id, index, count) => {
                  if (index === 1) progress.start(count, 'computing', '');
                  progress.update(index - 1, `${METRIC_INDEX.get(id)!.family}: ${id} (${index}/${count})`);
                },
              });
            },
    });
  } finally {
    progress.stop();
  }
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build the database from the bundled data (written to a temporary file, then renamed into place)')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--db <file>', 'database file (default: $INTERDEP_DB or ./interdep.duckdb)')
    .option('--no-compute', 'only import the data; do not compute the metrics')
    .option('--json', 'print the import report as JSON')
    .action(async (opts: { data: string; db?: string; json?: boolean; compute: boolean }) => {
      const started = performance.now();
      const report = await runBuild(opts);
      const seconds = (performance.now() - started) / 1000;
      if (opts.json) {
        printJson({ db: report.dbPath, seconds: Number(seconds.toFixed(1)), files: report.files });
        return;
      }
      const rows = report.files.map((f) => [f.file, f.read, f.loaded, f.quarantined]);
      console.log(formatTable(['file', 'read', 'loaded', 'quarantined'], rows));
      const sum = (k: 'read' | 'loaded' | 'quarantined') => report.files.reduce((a, f) => a + f[k], 0);
      console.log(
        `\nbuilt ${report.dbPath} in ${seconds.toFixed(1)} s: ${formatCount(sum('read'))} rows read, ` +
          `${formatCount(sum('loaded'))} loaded, ${formatCount(sum('quarantined'))} quarantined`,
      );
      for (const line of buildQuarantineLines(report.files, opts.db)) console.log(line);
    });
}

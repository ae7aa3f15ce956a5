// interdep metrics / compute: the registry, and filling metric_value from the database.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { describeMetric } from '../../metrics/describe.js';
import { METRICS, METRIC_INDEX } from '../../metrics/registry.js';
import type { MetricDefinition } from '../../metrics/types.js';
import { computeMetrics } from '../../store/metric-runner.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { formatTable, printJson } from '../output.js';
import { parseSource, parseYear } from '../options.js';

/** A definition without its implementation, as users and the API see it. */
export function selectMetrics(ids: string[] | undefined): MetricDefinition[] {
  if (!ids || ids.length === 0) return [...METRICS];
  return ids.map((id) => {
    const m = METRIC_INDEX.get(id);
    if (!m) {
      const near = METRICS.filter((x) => x.id.startsWith(id.split('.')[0]!)).map((x) => x.id).slice(0, 8);
      throw new UsageError(`unknown metric "${id}"`, near.length ? `did you mean: ${near.join(', ')}` : 'run `interdep metrics` for the list');
    }
    return m;
  });
}

export function registerMetrics(program: Command): void {
  program
    .command('metrics')
    .description('list every metric: id, level, unit, title (--json: formula, citations, range, direction, version)')
    .option('--json', 'machine-readable output')
    .action((opts: { json?: boolean }) => {
      if (opts.json) return printJson(METRICS.map(describeMetric));
      console.log(formatTable(['id', 'level', 'unit', 'title'], METRICS.map((m) => [m.id, m.level, m.unit, m.title])));
    });

  program
    .command('compute')
    .description('compute metrics into metric_value (interdep build already computes all, for the default source)')
    .option('--metric <id...>', 'metric ids (default: all)')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--source <source>', 'trade source: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--json', 'machine-readable report')
    .action(async (opts: { metric?: string[]; from?: string; to?: string; source?: string; db?: string; json?: boolean }) => {
      const metrics = selectMetrics(opts.metric);
      const source = parseSource(opts.source);
      const from = parseYear(opts.from, '--from');
      const to = parseYear(opts.to, '--to');
      if (from !== undefined && to !== undefined && from > to) throw new UsageError('--from must not be after --to');
      const db = await openBuilt(resolveDbPath(opts.db));
      try {
        const started = performance.now();
        const reports = await computeMetrics(db, metrics, METRIC_INDEX, { source, from, to });
        const seconds = (performance.now() - started) / 1000;
        if (opts.json) return printJson({ seconds: Number(seconds.toFixed(1)), metrics: reports });
        console.log(formatTable(['metric', 'version', 'source', 'rows'], reports.map((r) => [r.metric, r.version, r.source, r.rows])));
        console.log(`\ncomputed ${reports.length} metrics in ${seconds.toFixed(1)} s`);
      } finally {
        db.close();
      }
    });
}

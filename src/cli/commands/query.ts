// interdep query / dyad / country / rank: read computed metric values.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import type { MetricDefinition } from '../../metrics/types.js';
import type { Database } from '../../store/db.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import {
  computedSources,
  dyadValues,
  latestDyadYear,
  latestSubjectYear,
  monadicValues,
  queryMetricValues,
  rankMetric,
  topCounterparts,
  type MetricValueRow,
} from '../../store/queries/metric-values.js';
import { countryGroupIds } from '../../store/queries/country-groups.js';
import { formatTable, printJson } from '../output.js';
import { parseCount, parseCountry, parseSource, parseYear } from '../options.js';
import { DEFAULT_DATA_DIR } from './build.js';
import { selectMetrics } from './metrics.js';

interface Common {
  db?: string;
  data: string;
  json?: boolean;
}

const fmt = (v: number | null) => (v === null ? null : Number(v.toPrecision(6)));

/** The output row every read command prints: {metric, subject, counterpart, year, value, low, high, flags}. */
const publicRow = (r: MetricValueRow) => ({
  metric: r.metric, subject: r.subject, counterpart: r.counterpart, year: r.year,
  value: r.value, low: r.low, high: r.high, flags: r.flags,
});

async function withDb<T>(opts: Common, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

/** The source a metric's rows are stored under, with a fix when that source was never computed. */
async function sourceFor(db: Database, metric: MetricDefinition, requested: string): Promise<string> {
  if (!metric.usesTradeSource) return 'default';
  const available = await computedSources(db, metric.id);
  if (!available.includes(requested)) {
    throw new UsageError(
      `${metric.id} has not been computed for source "${requested}"`,
      `run \`interdep compute --metric ${metric.id} --source ${requested}\``,
    );
  }
  return requested;
}

function yearRange(opts: { year?: string; from?: string; to?: string }) {
  const year = parseYear(opts.year, '--year');
  if (year !== undefined && (opts.from !== undefined || opts.to !== undefined)) throw new UsageError('use --year or --from/--to, not both');
  return year !== undefined ? { from: year, to: year } : { from: parseYear(opts.from, '--from'), to: parseYear(opts.to, '--to') };
}

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('print computed values of one metric: {metric, subject, counterpart, year, value, low, high, flags}')
    .requiredOption('--metric <id>', 'metric id (see `interdep metrics`)')
    .option('--subject <country>', 'the dependent state (name or code)')
    .option('--counterpart <country>', 'the state depended on, or a country group (EU, CIS, EAEU, FSU15, NATO, WEST)')
    .option('--year <year>', 'one year')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--source <source>', 'trade source: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (opts: Common & { metric: string; subject?: string; counterpart?: string; year?: string; from?: string; to?: string; source?: string }) => {
      const [metric] = selectMetrics([opts.metric]);
      const range = yearRange(opts);
      const source = parseSource(opts.source);
      const countries = await loadCountryResolver(opts.data);
      const subject = parseCountry(countries, opts.subject, range.from);
      const groups = opts.counterpart === undefined ? new Set<string>() : await withDb(opts, countryGroupIds);
      const counterpart = parseCountry(countries, opts.counterpart, range.from, groups);
      if (counterpart !== undefined && metric!.level === 'monadic') throw new UsageError(`${metric!.id} is monadic: it has no counterpart`);
      const rows = await withDb(opts, async (db) =>
        queryMetricValues(db, { metric: metric!.id, subject, counterpart, ...range, source: await sourceFor(db, metric!, source) }),
      );
      if (opts.json) return printJson(rows.map(publicRow));
      console.log(formatTable(
        ['subject', 'counterpart', 'year', 'value', 'low', 'high', 'flags'],
        rows.map((r) => [r.subject, r.counterpart, r.year, fmt(r.value), fmt(r.low), fmt(r.high), r.flags]),
      ));
      if (rows.length === 0) console.log('(no values)');
    });

  program
    .command('dyad')
    .description('both directions of a pair side by side, for every metric with a value')
    .argument('<a>', 'first state')
    .argument('<b>', 'second state')
    .option('--year <year>', 'year (default: the latest with values for the pair)')
    .option('--source <source>', 'trade source: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (qa: string, qb: string, opts: Common & { year?: string; source?: string }) => {
      const countries = await loadCountryResolver(opts.data);
      const requested = parseYear(opts.year, '--year');
      const a = countries.resolve(qa, { year: requested }).code;
      const b = countries.resolve(qb, { year: requested }).code;
      if (a === b) throw new UsageError('a dyad needs two different states');
      const source = parseSource(opts.source);
      const { year, rows } = await withDb(opts, async (db) => {
        const year = requested ?? (await latestDyadYear(db, a, b));
        return { year, rows: year === null ? [] : await dyadValues(db, a, b, year, source) };
      });
      const byMetric = new Map<string, { ab: MetricValueRow | null; ba: MetricValueRow | null }>();
      for (const r of rows) {
        const e = byMetric.get(r.metric) ?? { ab: null, ba: null };
        if (r.subject === a) e.ab = r;
        else e.ba = r;
        byMetric.set(r.metric, e);
      }
      const out = [...byMetric].map(([metric, e]) => ({
        metric, year, a_on_b: e.ab?.value ?? null, b_on_a: e.ba?.value ?? null,
        a_on_b_flags: e.ab?.flags ?? null, b_on_a_flags: e.ba?.flags ?? null,
      }));
      if (opts.json) return printJson({ a, b, year, metrics: out });
      console.log(`${a} and ${b}, ${year ?? 'no year with data'} (value: "subject depends on counterpart")`);
      console.log(formatTable(['metric', `${a} on ${b}`, `${b} on ${a}`], out.map((o) => [o.metric, fmt(o.a_on_b), fmt(o.b_on_a)])));
    });

  program
    .command('country')
    .description("a state's monadic metrics and its top partners by each directed metric")
    .argument('<country>', 'state (name or code)')
    .option('--year <year>', 'year (default: the latest with values)')
    .option('--top <n>', 'partners per metric', '5')
    .option('--source <source>', 'trade source: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (query: string, opts: Common & { year?: string; top?: string; source?: string }) => {
      const countries = await loadCountryResolver(opts.data);
      const requested = parseYear(opts.year, '--year');
      const subject = countries.resolve(query, { year: requested }).code;
      const top = parseCount(opts.top, '--top', 5);
      const source = parseSource(opts.source);
      const result = await withDb(opts, async (db) => {
        const year = requested ?? (await latestSubjectYear(db, subject));
        if (year === null) return { year, monadic: [], partners: [] };
        return { year, monadic: await monadicValues(db, subject, year, source), partners: await topCounterparts(db, subject, year, source, top) };
      });
      if (opts.json) return printJson({ subject, year: result.year, monadic: result.monadic.map(publicRow), top_partners: result.partners.map(publicRow) });
      console.log(`${subject}, ${result.year ?? 'no year with data'}\n`);
      console.log(formatTable(['metric', 'value', 'flags'], result.monadic.map((r) => [r.metric, fmt(r.value), r.flags])));
      console.log('\ntop partners (subject depends on counterpart)');
      console.log(formatTable(['metric', 'counterpart', 'value'], result.partners.map((r) => [r.metric, r.counterpart, fmt(r.value)])));
    });

  program
    .command('rank')
    .description('rank states (or dyads) by a metric in a year')
    .requiredOption('--metric <id>', 'metric id')
    .requiredOption('--year <year>', 'year')
    .option('--counterpart <country>', 'for directed metrics: rank subjects by their dependence on this state or country group')
    .option('--top <n>', 'rows to print', '20')
    .option('--source <source>', 'trade source: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (opts: Common & { metric: string; year: string; counterpart?: string; top?: string; source?: string }) => {
      const [metric] = selectMetrics([opts.metric]);
      const year = parseYear(opts.year, '--year')!;
      const top = parseCount(opts.top, '--top', 20);
      const countries = await loadCountryResolver(opts.data);
      const groups = opts.counterpart === undefined ? new Set<string>() : await withDb(opts, countryGroupIds);
      const counterpart = parseCountry(countries, opts.counterpart, year, groups);
      if (counterpart !== undefined && metric!.level === 'monadic') throw new UsageError(`${metric!.id} is monadic: it has no counterpart`);
      const rows = await withDb(opts, async (db) =>
        rankMetric(db, metric!.id, year, await sourceFor(db, metric!, parseSource(opts.source)), {
          counterpart, monadic: metric!.level === 'monadic', top,
        }),
      );
      if (opts.json) return printJson(rows.map((r, i) => ({ rank: i + 1, ...publicRow(r) })));
      console.log(formatTable(
        ['rank', 'subject', 'counterpart', 'value', 'flags'],
        rows.map((r, i) => [i + 1, r.subject, r.counterpart, fmt(r.value), r.flags]),
      ));
    });
}

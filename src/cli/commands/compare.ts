// interdep compare: the members of a country group in one year, ranked by a metric (on a counterpart, for directed
// metrics), with each value's low/high interval and flags; members without a value are listed last.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { countryGroupIds } from '../../store/queries/country-groups.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { formatTable, printJson } from '../output.js';
import { parseCountry, parseSource, parseYear } from '../options.js';
import { DEFAULT_DATA_DIR } from './build.js';
import { selectMetrics } from './metrics.js';

interface CompareRow {
  rank: number | null;
  subject: string;
  counterpart: string | null;
  year: number;
  value: number | null;
  low: number | null;
  high: number | null;
  flags: string | null;
}

const fmt = (v: number | null) => (v === null ? null : Number(v.toPrecision(6)));

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('rank the members of a country group in a year by a metric (on a counterpart, for directed metrics), with intervals')
    .requiredOption('--group <id>', 'country group (EU, CIS, EAEU, FSU15, NATO, WEST)')
    .requiredOption('--metric <id>', 'metric id (see `interdep metrics`)')
    .option('--counterpart <country>', 'for directed and undirected metrics: the state (or group) depended on')
    .requiredOption('--year <year>', 'year (membership and values)')
    .option('--source <source>', 'trade source: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (opts: { group: string; metric: string; counterpart?: string; year: string; source?: string; db?: string; data: string; json?: boolean }) => {
      const [metric] = selectMetrics([opts.metric]);
      const year = parseYear(opts.year, '--year')!;
      const source = metric!.usesTradeSource ? parseSource(opts.source) : 'default';
      const monadic = metric!.level === 'monadic';
      if (monadic && opts.counterpart !== undefined) throw new UsageError(`${metric!.id} is monadic: it has no counterpart`);
      if (!monadic && opts.counterpart === undefined) throw new UsageError(`${metric!.id} is ${metric!.level}: give --counterpart`);
      const countries = await loadCountryResolver(opts.data);
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      let rows: CompareRow[];
      let group: string;
      try {
        const groups = await countryGroupIds(db);
        group = opts.group.trim().toUpperCase();
        if (!groups.has(group)) throw new UsageError(`unknown country group "${opts.group}"`, `groups: ${[...groups].join(', ') || '(none in this database)'}`);
        const counterpart = parseCountry(countries, opts.counterpart, year, groups) ?? null;
        const members = await db.all<{ member: string }>(
          `SELECT DISTINCT member FROM country_group WHERE group_id = ? AND from_year <= ? AND COALESCE(to_year, 9999) >= ? ORDER BY member`,
          [group, year, year],
        );
        const values = await db.all<{ subject: string; value: number | null; low: number | null; high: number | null; flags: string }>(
          `SELECT subject, value, low, high, flags FROM metric_value
            WHERE metric = ? AND version = ? AND source = ? AND scenario = 'baseline' AND year = ?
              AND ${monadic ? 'counterpart IS NULL' : 'counterpart = ?'}
              AND subject IN (SELECT member FROM country_group WHERE group_id = ? AND from_year <= ? AND COALESCE(to_year, 9999) >= ?)`,
          [metric!.id, metric!.version, source, year, ...(monadic ? [] : [counterpart]), group, year, year],
        );
        const bySubject = new Map(values.map((v) => [v.subject, v]));
        const ranked = members
          .filter((m) => m.member !== counterpart)
          .map((m) => {
            const v = bySubject.get(m.member);
            return { subject: m.member, counterpart, year, value: v?.value ?? null, low: v?.low ?? null, high: v?.high ?? null, flags: v?.flags ?? null };
          })
          .sort((a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || (b.value ?? 0) - (a.value ?? 0) || a.subject.localeCompare(b.subject));
        let rank = 0;
        rows = ranked.map((r) => ({ rank: r.value === null ? null : ++rank, ...r }));
      } finally {
        db.close();
      }
      if (opts.json) return printJson(rows);
      console.log(`${group} members in ${year} by ${metric!.id}${rows[0]?.counterpart ? ` on ${rows[0].counterpart}` : ''} (${metric!.direction})`);
      console.log(formatTable(
        ['rank', 'subject', 'value', 'low', 'high', 'flags'],
        rows.map((r) => [r.rank, r.subject, fmt(r.value), fmt(r.low), fmt(r.high), r.flags ?? 'no value']),
      ));
    });
}

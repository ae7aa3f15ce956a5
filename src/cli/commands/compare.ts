// interdep compare: the members of a country group in one year, ranked by a metric (on a counterpart, for directed
// metrics), with each value's low/high interval and flags; members without a value are listed last. For
// composite.dependence the ranking is recomputed from the domain values under --weights (default: the stored equal
// preset), with p_top: the share of Monte Carlo draws (weights × formula variant) in which the member is the most
// dependent on the counterpart (metrics/composite/rank-stability.ts).
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { rankStability } from '../../metrics/composite/rank-stability.js';
import { parseWeights } from '../../metrics/composite/weights.js';
import type { TradeSource } from '../../metrics/types.js';
import type { Database } from '../../store/db.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { domainValuesBy } from '../../store/queries/composite-inputs.js';
import { countryGroupIds } from '../../store/queries/country-groups.js';
import { groupMembers, memberValues } from '../../store/queries/group-ranking.js';
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
  p_top?: number;
}

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? null : Number(v.toPrecision(6)));
const CDI = 'composite.dependence';

function ranked(rows: Omit<CompareRow, 'rank'>[]): CompareRow[] {
  const sorted = [...rows].sort((a, b) => (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || (b.value ?? 0) - (a.value ?? 0) || a.subject.localeCompare(b.subject));
  let rank = 0;
  return sorted.map((r) => ({ rank: r.value === null ? null : ++rank, ...r }));
}

async function compositeRanking(db: Database, source: TradeSource, members: string[], counterpart: string, year: number, weights: string): Promise<CompareRow[]> {
  const all = await domainValuesBy(db, source, 'counterpart', counterpart, year);
  const candidates = new Map(members.map((m) => [m, all.get(m) ?? {}]));
  return rankStability(candidates, parseWeights(weights)).map((r) => ({
    rank: r.rank, subject: r.key, counterpart, year, value: r.value, low: r.low, high: r.high, flags: all.has(r.key) ? '' : null, p_top: r.pTop,
  }));
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('rank the members of a country group in a year by a metric (on a counterpart, for directed metrics), with intervals')
    .requiredOption('--group <id>', 'country group (EU, CIS, EAEU, FSU15, NATO, WEST)')
    .requiredOption('--metric <id>', 'metric id (see `interdep metrics`)')
    .option('--counterpart <country>', 'for directed and undirected metrics: the state (or group) depended on')
    .requiredOption('--year <year>', 'year (membership and values)')
    .option('--weights <w>', `${CDI} only: preset (equal, realist, liberal) or domain=weight,…`, 'equal')
    .option('--source <source>', 'trade source: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (opts: { group: string; metric: string; counterpart?: string; year: string; weights: string; source?: string; db?: string; data: string; json?: boolean }) => {
      const [metric] = selectMetrics([opts.metric]);
      const year = parseYear(opts.year, '--year')!;
      const source = metric!.usesTradeSource ? parseSource(opts.source) : 'default';
      const monadic = metric!.level === 'monadic';
      if (monadic && opts.counterpart !== undefined) throw new UsageError(`${metric!.id} is monadic: it has no counterpart`);
      if (!monadic && opts.counterpart === undefined) throw new UsageError(`${metric!.id} is ${metric!.level}: give --counterpart`);
      if (metric!.id !== CDI && opts.weights !== 'equal') throw new UsageError(`--weights applies to ${CDI} only`);
      const countries = await loadCountryResolver(opts.data);
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      let rows: CompareRow[];
      let group: string;
      try {
        const groups = await countryGroupIds(db);
        group = opts.group.trim().toUpperCase();
        if (!groups.has(group)) throw new UsageError(`unknown country group "${opts.group}"`, `groups: ${[...groups].join(', ') || '(none in this database)'}`);
        const counterpart = parseCountry(countries, opts.counterpart, year, groups) ?? null;
        const members = (await groupMembers(db, group, year)).filter((m) => m !== counterpart);
        if (metric!.id === CDI && counterpart !== null) {
          rows = await compositeRanking(db, source, members, counterpart, year, opts.weights);
        } else {
          const bySubject = new Map((await memberValues(db, metric!, source, group, year, counterpart)).map((v) => [v.subject, v]));
          rows = ranked(members.map((m) => {
            const v = bySubject.get(m);
            return { subject: m, counterpart, year, value: v?.value ?? null, low: v?.low ?? null, high: v?.high ?? null, flags: v?.flags ?? null };
          }));
        }
      } finally {
        db.close();
      }
      if (opts.json) return printJson(rows);
      const cdi = rows.some((r) => r.p_top !== undefined);
      console.log(`${group} members in ${year} by ${metric!.id}${rows[0]?.counterpart ? ` on ${rows[0].counterpart}` : ''} (${metric!.direction})${cdi ? `; weights ${opts.weights}` : ''}`);
      console.log(formatTable(
        ['rank', 'subject', 'value', 'low', 'high', ...(cdi ? ['P(most dependent)'] : ['flags'])],
        rows.map((r) => [r.rank, r.subject, fmt(r.value), fmt(r.low), fmt(r.high), cdi ? fmt(r.p_top) : (r.flags ?? 'no value')]),
      ));
      if (cdi) console.log('(P(most dependent): share of the Monte Carlo draws — weights around the preset × formula variant — in which the member ranks first)');
    });
}

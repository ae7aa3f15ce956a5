// interdep stability: on whom a state depends most, and how sure that ranking is — its counterparts ranked by the
// composite dependence with the Monte Carlo interval and the probability of being its top dependence
// (metrics/composite/rank-stability.ts), under any weights.
import type { Command } from 'commander';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { rankStability } from '../../metrics/composite/rank-stability.js';
import { CDI_MONTE_CARLO } from '../../metrics/composite/panel-intervals.js';
import { parseWeights } from '../../metrics/composite/weights.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { domainValuesBy } from '../../store/queries/composite-inputs.js';
import { formatTable, printJson } from '../output.js';
import { parseCount, parseSource, parseYear } from '../options.js';
import { DEFAULT_DATA_DIR } from './build.js';

const fmt = (v: number | null) => (v === null ? null : Number(v.toPrecision(6)));

export function registerStability(program: Command): void {
  program
    .command('stability')
    .description("a state's counterparts ranked by composite dependence, with intervals and the probability that each is its top dependence")
    .argument('<subject>', 'the dependent state')
    .requiredOption('--year <year>', 'year')
    .option('--weights <w>', 'preset (equal, realist, liberal) or domain=weight,… (normalised to sum 1)', 'equal')
    .option('--top <n>', 'rows to show', '10')
    .option('--source <source>', 'trade source: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (qs: string, opts: { year: string; weights: string; top: string; source?: string; db?: string; data: string; json?: boolean }) => {
      const year = parseYear(opts.year, '--year')!;
      const top = parseCount(opts.top, '--top', 10);
      const weights = parseWeights(opts.weights);
      const source = parseSource(opts.source);
      const subject = (await loadCountryResolver(opts.data)).resolve(qs, { year }).code;
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      let candidates;
      try {
        candidates = await domainValuesBy(db, source, 'subject', subject, year);
      } finally {
        db.close();
      }
      const rows = rankStability(candidates, weights).filter((r) => r.value !== null).slice(0, top)
        .map((r) => ({ rank: r.rank, counterpart: r.key, value: r.value, low: r.low, high: r.high, p_top: r.pTop }));
      if (opts.json) return printJson({ subject, year, weights, draws: CDI_MONTE_CARLO.draws, seed: CDI_MONTE_CARLO.seed, counterparts: rows });
      console.log(`${subject}'s composite dependence by counterpart, ${year}; weights ${opts.weights}`);
      console.log(formatTable(['rank', 'counterpart', 'CDI', 'low', 'high', 'P(top dependence)'],
        rows.map((r) => [r.rank, r.counterpart, fmt(r.value), fmt(r.low), fmt(r.high), fmt(r.p_top)])));
      console.log(`(P(top dependence): share of ${CDI_MONTE_CARLO.draws} Monte Carlo draws — weights around the preset × formula variant, seed ${CDI_MONTE_CARLO.seed} — in which the counterpart ranks first; ${candidates.size} counterparts with data)`);
    });
}

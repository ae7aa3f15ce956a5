// interdep panel: a state-year (all metrics monadic) or directed dyad-year panel of metrics for a country group and
// year range, with lags, as CSV or Parquet, with peacesciencer-style COW codes (ccode, ccode1, ccode2) beside ISO3.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { assemblePanel } from '../../analysis/panel-export.js';
import { toCsv } from '../../exports/to-csv.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { countryGroupIds } from '../../store/queries/country-groups.js';
import { cowCodes, csvToParquet, groupMembers, panelValues } from '../../store/queries/panel.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { parseCount, parseCountry, parseSource, parseYear } from '../options.js';
import { DEFAULT_DATA_DIR } from './build.js';
import { selectMetrics } from './metrics.js';

interface PanelOpts {
  metrics: string; group: string; counterpart?: string; from: string; to: string; lag?: string; format: string;
  out?: string; source?: string; db?: string; data: string;
}

export function registerPanel(program: Command): void {
  program
    .command('panel')
    .description('state-year or directed dyad-year panel of metrics for a country group, with lags, as CSV or Parquet')
    .requiredOption('--metrics <ids>', 'comma-separated metric ids')
    .requiredOption('--group <id>', 'country group of the subjects (FSU15, EU, CIS, EAEU, NATO, WEST)')
    .option('--counterpart <countries>', 'comma-separated counterparts for directed metrics (default: the group members)')
    .requiredOption('--from <year>', 'first year')
    .requiredOption('--to <year>', 'last year')
    .option('--lag <n>', 'add lagged columns for lags 1..n (suffix _l<k>)')
    .option('--format <format>', 'csv or parquet', 'csv')
    .option('--out <file>', 'output file (required for parquet; csv goes to stdout without it)')
    .option('--source <source>', 'trade source: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .action(async (opts: PanelOpts) => {
      const metrics = selectMetrics(opts.metrics.split(',').map((s) => s.trim()).filter(Boolean));
      const from = parseYear(opts.from, '--from')!;
      const to = parseYear(opts.to, '--to')!;
      if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
      const lags = opts.lag === undefined ? 0 : parseCount(opts.lag, '--lag', 1);
      if (opts.format !== 'csv' && opts.format !== 'parquet') throw new UsageError(`--format must be csv or parquet, got "${opts.format}"`);
      if (opts.format === 'parquet' && !opts.out) throw new UsageError('--format parquet needs --out FILE');
      const source = parseSource(opts.source);
      if (opts.out !== undefined && !existsSync(dirname(resolve(opts.out)))) {
        throw new UsageError(`--out: directory ${dirname(resolve(opts.out))} does not exist`, 'create it first or choose another path');
      }
      const countries = await loadCountryResolver(opts.data);
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      let csv: string;
      let nRows: number;
      try {
        const groups = await countryGroupIds(db);
        const group = opts.group.trim().toUpperCase();
        if (!groups.has(group)) throw new UsageError(`unknown country group "${opts.group}"`, `groups: ${[...groups].join(', ')}`);
        const subjects = await groupMembers(db, group, from, to);
        const dyadic = metrics.some((m) => m.level !== 'monadic');
        const counterparts = !dyadic ? null
          : opts.counterpart ? opts.counterpart.split(',').map((c) => parseCountry(countries, c.trim(), to, groups)!) : subjects;
        const values = await panelValues(db, {
          metrics: metrics.map((m) => m.id), subjects: counterparts ? [...new Set([...subjects, ...counterparts])] : subjects,
          counterparts: counterparts ?? null, from: from - lags, to, source,
        });
        const table = assemblePanel(values, metrics.map((m) => ({ id: m.id, level: m.level })), { subjects, counterparts, from, to, lags, cow: await cowCodes(db) });
        csv = toCsv(table.rows, table.columns);
        nRows = table.rows.length;
      } finally {
        db.close();
      }
      if (opts.format === 'parquet') {
        const dir = mkdtempSync(join(tmpdir(), 'interdep-panel-'));
        try {
          writeFileSync(join(dir, 'panel.csv'), csv);
          await csvToParquet(join(dir, 'panel.csv'), opts.out!);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      } else if (opts.out) writeFileSync(opts.out, csv);
      else process.stdout.write(csv);
      if (opts.out) console.error(`wrote ${opts.out}: ${nRows.toLocaleString('en-US')} rows`);
    });
}

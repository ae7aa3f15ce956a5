// interdep export: one metric's values to a CSV, JSON or Parquet file, with FILE.manifest.json beside it.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { EXPORT_FORMATS, exportToFile, type ExportFormat } from '../../exports/export-metric.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { countryGroupIds } from '../../store/queries/country-groups.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { parseCountry, parseSource, parseYear } from '../options.js';
import { DEFAULT_DATA_DIR } from './build.js';
import { selectMetrics } from './metrics.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write one metric\'s values to FILE (csv, json or parquet) and its provenance manifest to FILE.manifest.json')
    .requiredOption('--metric <id>', 'metric id (see `interdep metrics`)')
    .requiredOption('--format <format>', 'csv, json or parquet')
    .requiredOption('--out <file>', 'output file')
    .option('--subject <country>', 'only this subject')
    .option('--counterpart <country>', 'only this counterpart (a state or a country group)')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--source <source>', 'trade source: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .action(async (opts: { metric: string; format: string; out: string; subject?: string; counterpart?: string; from?: string; to?: string; source?: string; db?: string; data: string }) => {
      const [metric] = selectMetrics([opts.metric]);
      if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${opts.format}"`);
      const from = parseYear(opts.from, '--from');
      const to = parseYear(opts.to, '--to');
      const countries = await loadCountryResolver(opts.data);
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      try {
        const subject = parseCountry(countries, opts.subject, from);
        const counterpart = parseCountry(countries, opts.counterpart, from, await countryGroupIds(db));
        const source = metric!.usesTradeSource ? parseSource(opts.source) : 'default';
        const manifest = await exportToFile(db, { metric: metric!.id, source, subject, counterpart, from, to }, opts.format as ExportFormat, opts.out);
        console.log(`wrote ${opts.out}: ${manifest.rows.toLocaleString('en-US')} rows, sha256 ${manifest.sha256}`);
        console.log(`wrote ${opts.out}.manifest.json`);
      } finally {
        db.close();
      }
    });
}

// interdep import <format> <file>: load a user's file into the database in one transaction.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { importUserFile } from '../../importers/import-user-file.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { USER_FORMATS } from '../../importers/user-formats.js';
import { listQuarantine } from '../../store/queries/quarantine.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { formatTable, printJson } from '../output.js';
import { DEFAULT_DATA_DIR } from './build.js';
import { IMPORT_QUARANTINE_SHOWN, importQuarantineLines, parseLimit } from './quarantine.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(`import a file you bring (formats: ${Object.keys(USER_FORMATS).join(', ')}); re-importing replaces it`)
    .argument('<format>', Object.keys(USER_FORMATS).join(' | '))
    .argument('<file>', 'CSV or CSV.gz file')
    .option('--db <file>', 'database file')
    .option('--dataset <id>', 'dataset id to store on every row (default: user:<format>:<file name>)')
    .option('--delimiter <char>', 'field delimiter', ',')
    .option('--data <dir>', 'directory of the bundled data (for country codes)', DEFAULT_DATA_DIR)
    .option('--show-quarantined <n>', `print the first n quarantined rows (default ${IMPORT_QUARANTINE_SHOWN}; 0 for none)`)
    .option('--json', 'machine-readable report')
    .action(async (format: string, file: string, opts: { db?: string; dataset?: string; delimiter: string; data: string; showQuarantined?: string; json?: boolean }) => {
      if (!(format in USER_FORMATS)) {
        throw new UsageError(`unknown format "${format}"`, `use one of: ${Object.keys(USER_FORMATS).join(', ')}`);
      }
      const shown = parseLimit(opts.showQuarantined, '--show-quarantined') ?? IMPORT_QUARANTINE_SHOWN;
      const countries = await loadCountryResolver(opts.data);
      const db = await openBuilt(resolveDbPath(opts.db));
      try {
        const result = await importUserFile(
          db,
          { format, path: file, dataset: opts.dataset, delimiter: opts.delimiter },
          { dataDir: opts.data, countries },
        );
        const reports = result.reports;
        const q = reports.reduce((a, r) => a + r.quarantined, 0);
        const first = q && shown ? await listQuarantine(db, { dataset: result.dataset, limit: shown }) : [];
        if (opts.json) return printJson({ ...result, quarantine: first });
        console.log(formatTable(['file', 'read', 'loaded', 'quarantined'], reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])));
        if (q) console.log(['', ...importQuarantineLines(result.dataset, q, first, opts.db)].join('\n'));
      } finally {
        db.close();
      }
    });
}

// interdep sources: every bundled dataset with its licence, and the rows that reached the database.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { readSources } from '../../importers/sources.js';
import { listDatasetFiles } from '../../store/queries/provenance.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { formatTable, printJson } from '../output.js';
import { DEFAULT_DATA_DIR } from './build.js';

export function registerSources(program: Command): void {
  program
    .command('sources')
    .description('list the bundled datasets: publisher, version, licence, years, rows (bundled vs in the database)')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--db <file>', 'database file')
    .option('--json', 'machine-readable output')
    .action(async (opts: { data: string; db?: string; json?: boolean }) => {
      const sources = readSources(opts.data);
      const dbPath = resolveDbPath(opts.db);
      const loaded = new Map<string, { rows_read: number; rows_loaded: number; rows_quarantined: number }>();
      if (existsSync(dbPath)) {
        const db = await openBuilt(dbPath, { readOnly: true });
        try {
          for (const f of await listDatasetFiles(db)) loaded.set(f.path, f);
        } finally {
          db.close();
        }
      }
      const out = sources.map((s) => ({
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        version: s.version,
        licence: s.licence,
        citation: s.citation,
        origin: s.origin,
        years: s.years,
        files: s.files.map((f) => {
          const db = loaded.get(f.path);
          return {
            path: f.path,
            sha256: f.sha256,
            rows: f.rows,
            rows_read: db?.rows_read ?? null,
            rows_loaded: db?.rows_loaded ?? null,
            rows_quarantined: db?.rows_quarantined ?? null,
            matches_database: db ? db.rows_read === f.rows : null,
          };
        }),
      }));
      if (opts.json) return printJson(out);
      const rows = out.flatMap((s) =>
        s.files.map((f) => [f.path, s.licence ? s.licence.slice(0, 40) : null, f.rows, f.rows_loaded, f.rows_quarantined]),
      );
      console.log(formatTable(['file', 'licence', 'rows', 'loaded', 'quarantined'], rows));
      if (loaded.size === 0) console.log(`\n(no database at ${dbPath}: run \`interdep build\` to load these files)`);
    });
}

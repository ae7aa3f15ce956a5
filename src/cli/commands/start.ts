// interdep start (what `npm start` runs): build the database on first run, then show the Belarus case.
import type { Command } from 'commander';
import { databaseExists } from '../../importers/build-database.js';
import { resolveDbPath } from '../../store/open.js';
import { DEFAULT_DATA_DIR, runBuild } from './build.js';
import { printSummary } from './summary.js';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('build the database if it does not exist yet, then print the summary for the built-in case (Belarus)')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--country <name>', 'state to summarise', 'BLR')
    .action(async (opts: { db?: string; data: string; country: string }) => {
      const dbPath = resolveDbPath(opts.db);
      if (!databaseExists(dbPath)) {
        console.error(`first run: building ${dbPath} from the bundled data in ${opts.data}/ …`);
        const started = performance.now();
        const report = await runBuild({ data: opts.data, db: dbPath });
        const read = report.files.reduce((a, f) => a + f.read, 0);
        const quarantined = report.files.reduce((a, f) => a + f.quarantined, 0);
        console.error(
          `built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${read.toLocaleString('en-US')} rows read, ` +
            `${quarantined.toLocaleString('en-US')} quarantined (see \`interdep sources\`)\n`,
        );
      }
      await printSummary(dbPath, opts.country, opts.data, false);
    });
}

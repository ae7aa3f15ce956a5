// interdep start (what `npm start` runs): build the database on first run, then serve the dashboard opening on the
// Belarus case; --no-serve prints the Belarus summary instead (the behaviour scripts relied on before the web app).
import type { Command } from 'commander';
import { databaseExists } from '../../importers/build-database.js';
import { resolveDbPath } from '../../store/open.js';
import { DEFAULT_DATA_DIR, runBuild } from './build.js';
import { serveUntilStopped } from './serve.js';
import { printSummary } from './summary.js';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('build the database if it does not exist yet, then serve the dashboard on the built-in case (Belarus)')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--country <name>', 'state to open on', 'BLR')
    .option('--port <n>', 'port', '8080')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--no-serve', 'print the summary of the state instead of serving the dashboard')
    .action(async (opts: { db?: string; data: string; country: string; port: string; host: string; serve: boolean }) => {
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
      if (!opts.serve) return printSummary(dbPath, opts.country, opts.data, false);
      await serveUntilStopped(opts, `/?page=country&country=${encodeURIComponent(opts.country)}`, opts.country);
    });
}

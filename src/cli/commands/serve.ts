// interdep serve: the HTTP API and the dashboard on http://127.0.0.1:<port>, over a read-only database.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer, type RunningServer } from '../../api/server.js';
import { ensureWebBundle } from '../../api/web-bundle.js';
import { resolveDbPath } from '../../store/open.js';
import { DEFAULT_DATA_DIR } from './build.js';

export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`--port must be an integer from 0 to 65535, got "${value}"`);
  return n;
}

/** Starts the server, prints its URL (with the path to open), and stops it on SIGINT/SIGTERM. */
export async function serveUntilStopped(opts: { db?: string; data: string; host?: string; port?: string }, openPath = '/', warmCountry?: string): Promise<RunningServer> {
  const port = parsePort(opts.port);
  const webDir = await ensureWebBundle((line) => console.error(line));
  const server = await startServer({ dbPath: resolveDbPath(opts.db), dataDir: opts.data, host: opts.host ?? DEFAULT_HOST, port, webDir, warmCountry });
  console.log(`interdep is serving ${resolveDbPath(opts.db)} (read-only) at ${server.url}${openPath}`);
  console.log('press Ctrl+C to stop');
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(`serve the HTTP API (/openapi.json) and the dashboard, read-only, on http://${DEFAULT_HOST}:${DEFAULT_PORT}`)
    .option('--port <n>', `port (0 = any free port)`, String(DEFAULT_PORT))
    .option('--host <host>', 'interface to listen on', DEFAULT_HOST)
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .action(async (opts: { port?: string; host?: string; db?: string; data: string }) => {
      await serveUntilStopped(opts);
    });
}

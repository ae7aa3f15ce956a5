// Listens: opens the database read-only (the server never writes), builds the app and serves it with
// @hono/node-server on 127.0.0.1 by default. Port 0 picks a free port (tests, the load bench).
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { openBuilt } from '../store/open.js';
import { createApp } from './app.js';
import { loadDeps } from './deps.js';
import { JobRunner, type JobRunnerOptions } from './jobs/runner.js';
import { warmCountryPage } from './warm.js';
import { WEB_DIR } from './web-bundle.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

export interface ServerOptions {
  dbPath: string;
  dataDir: string;
  host?: string;
  port?: number;
  webDir?: string;
  /** Responses kept in the LRU (0 disables the cache: the load bench's uncached pass). */
  cacheSize?: number;
  /** A country whose page (and top dyad) to compute in the background once listening: the opening view. */
  warmCountry?: string;
  /** Scenario runs and reports: worker threads (default) or inline on the server thread (the load bench's baseline). */
  jobs?: Omit<JobRunnerOptions, 'db'>;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
  jobs: JobRunner;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const db = await openBuilt(opts.dbPath, { readOnly: true });
  const jobs = new JobRunner({ ...opts.jobs, db });
  const app = createApp(await loadDeps(db, opts.dataDir), { webDir: opts.webDir ?? WEB_DIR, cacheSize: opts.cacheSize, jobs });
  const host = opts.host ?? DEFAULT_HOST;
  const server: ServerType = await new Promise((ok, fail) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? DEFAULT_PORT, hostname: host }, () => ok(s));
    s.once('error', fail);
  });
  const port = (server.address() as AddressInfo).port;
  jobs.prestart();
  if (opts.warmCountry) {
    warmCountryPage(app, opts.warmCountry).catch((err: unknown) => console.error(`interdep api: warming the ${opts.warmCountry} page failed: ${String(err)}`));
  }
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    jobs,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => {
          // the workers' own read-only connections close before the server's
          void jobs.close().then(() => {
            db.close();
            ok();
          });
        });
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

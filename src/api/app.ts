// Builds the Hono app (no listening): mounts the route table with zod validation, JSON errors and a response cache,
// serves /openapi.json generated from the same table, and the dashboard's static files when a web directory is given.
// Handlers get the job runner, which keeps scenario runs and reports off the thread that answers requests.
import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { InterdepError } from '../core/errors.js';
import { ResponseCache } from './cache.js';
import type { ApiDeps } from './deps.js';
import { JobRunner, RETRY_AFTER_SECONDS } from './jobs/runner.js';
import { buildOpenApi } from './openapi.js';
import { defineRoute, HttpError, JsonText, parseWith, type RouteDef } from './route.js';
import { API_ROUTES } from './routes/index.js';

export interface AppOptions {
  /** Directory of the built dashboard (dist/web); omitted = API only. */
  webDir?: string;
  cacheSize?: number;
  /** Runner of the CPU-heavy jobs (default: worker threads over deps.db); the caller closes one it passes. */
  jobs?: JobRunner;
}

const MAX_BODY_BYTES = 64 * 1024;

function knownKeys(schema: z.ZodType | undefined): Set<string> | null {
  return schema instanceof z.ZodObject ? new Set(Object.keys(schema.shape)) : null;
}

async function readBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new HttpError(413, `request body larger than ${MAX_BODY_BYTES} bytes`);
  try {
    return text === '' ? {} : JSON.parse(text);
  } catch {
    throw new HttpError(400, 'request body is not valid JSON');
  }
}

function mount(app: Hono, route: RouteDef, deps: ApiDeps, cache: ResponseCache, jobs: JobRunner): void {
  const honoPath = route.path.replace(/\{(\w+)\}/g, ':$1');
  const known = route.query === undefined ? new Set<string>() : knownKeys(route.query);
  app.on(route.method.toUpperCase(), honoPath, async (c) => {
    const url = new URL(c.req.url);
    const key = `${route.method} ${url.pathname}${url.search}`;
    if (route.cache) {
      const hit = cache.get(key);
      if (hit !== undefined) return c.body(hit, 200, { 'content-type': 'application/json; charset=utf-8', 'x-cache': 'hit' });
    }
    const rawQuery = c.req.query();
    if (known) {
      const unknown = Object.keys(rawQuery).filter((k) => !known.has(k));
      if (unknown.length) throw new HttpError(400, `parameter "${unknown[0]}": unknown (known: ${[...known].join(', ') || 'none'})`);
    }
    const params = parseWith(route.params, c.req.param(), 'parameter');
    const query = parseWith(route.query, rawQuery, 'parameter');
    const body = route.method === 'post' ? parseWith(route.body, await readBody(c), 'body field') : undefined;
    const out = await route.handler({ params, query, body, deps, jobs, signal: c.req.raw.signal });
    if (out instanceof Response) return out;
    const text = out instanceof JsonText ? out.text : JSON.stringify(out);
    if (route.cache) cache.set(key, text);
    return c.body(text, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
}

export function createApp(deps: ApiDeps, options: AppOptions = {}): Hono {
  const app = new Hono();
  const cache = new ResponseCache(options.cacheSize ?? 1000);
  // idle workers do not keep the process alive, so an app nobody closes (tests) needs no teardown
  const jobs = options.jobs ?? new JobRunner({ db: deps.db });
  const routes: RouteDef[] = [...API_ROUTES];
  const openapi = defineRoute({
    method: 'get', path: '/openapi.json', tag: 'meta', summary: 'this OpenAPI 3.1 document',
    handler: () => buildOpenApi(routes),
  });
  routes.push(openapi);
  for (const r of routes) mount(app, r, deps, cache, jobs);

  if (options.webDir && existsSync(options.webDir)) {
    app.get('/', serveStatic({ root: options.webDir, path: 'index.html' }));
    app.get('/assets/*', serveStatic({ root: options.webDir }));
  }

  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${new URL(c.req.url).pathname} (GET /openapi.json lists the routes)` }, 404));
  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message }, err.status, err.status === 503 ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {});
    // errors of the store or the country tables that reach here are about the request's data, not the server
    if (err instanceof InterdepError) return c.json({ error: err.toLine() }, 422);
    console.error(`interdep api: ${c.req.method} ${c.req.url}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return c.json({ error: 'internal error (see the server log)' }, 500);
  });
  return app;
}

// The job runner of the API (src/api/jobs/): scenario runs and reports give the same bytes in a worker as inline,
// /health answers while a scenario computes in a worker (and only after it when run inline, the old behaviour), a full
// queue is refused with 503 and Retry-After, a client that goes away cancels its job, and a worker's InterdepError
// still becomes a 422. Ordering, not timing: each check is about which event happened first.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { loadDeps } from '../../src/api/deps.js';
import { JobRunner } from '../../src/api/jobs/runner.js';
import type { Database } from '../../src/store/db.js';
import { openBuiltDb } from '../helpers/built-db.js';

let db: Database;
// one worker (each opens its own DuckDB instance, so the file shares it) and the old behaviour, side by side
let worker: { app: Hono; jobs: JobRunner };
let inline: { app: Hono; jobs: JobRunner };

beforeAll(async () => {
  db = await openBuiltDb();
  const deps = await loadDeps(db, 'data');
  const app = (jobs: JobRunner) => ({ jobs, app: createApp(deps, { jobs, cacheSize: 0 }) });
  worker = app(new JobRunner({ db, mode: 'worker', concurrency: 1, maxQueued: 1 }));
  inline = app(new JobRunner({ db, mode: 'inline' }));
});
afterAll(async () => {
  await worker.jobs.close();
  db.close();
});

async function text(app: Hono, path: string): Promise<string> {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return res.text();
}

/** The app on a loopback port: /health must travel through the socket, as a dashboard's request does. */
async function listen(app: Hono): Promise<{ url: string; close(): Promise<void> }> {
  const server = await new Promise<ReturnType<typeof serve>>((ok) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ok(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

describe('job runner', () => {
  it('a scenario run and a report are byte-identical in a worker and inline', async () => {
    for (const path of ['/api/scenarios/russian-gas-market-price/run?runs=20&seed=7', '/api/report/BLR?year=2013&format=md']) {
      expect(await text(worker.app, path), path).toBe(await text(inline.app, path));
    }
  });

  it.each([
    ['worker', 0],
    ['inline', 1],
  ] as const)('/health while a 200-draw scenario computes (%s): scenario runs finished when /health answered = +%i', async (mode, finished) => {
    const { app, jobs } = mode === 'worker' ? worker : inline;
    const server = await listen(app);
    try {
      const before = jobs.stats().finished;
      const computing = once(jobs, 'computing');
      const run = fetch(`${server.url}/api/scenarios/gas-cut-2004/run?runs=200&seed=11`).then((r) => r.json());
      // inline, this resumes only after the Monte Carlo: the thread was busy with it
      await computing;
      const health = await fetch(`${server.url}/health`);
      const finishedThen = jobs.stats().finished - before;
      expect(await health.json()).toEqual({ status: 'ok' });
      expect((await run).monte_carlo).toMatchObject({ runs: 200, seed: 11 });
      expect(finishedThen).toBe(finished);
    } finally {
      await server.close();
    }
  });

  it('refuses a job beyond the queue with 503 and Retry-After; a client that goes away cancels its job', async () => {
    const { app, jobs } = worker;
    const start = jobs.stats();
    const path = (seed: number) => `/api/scenarios/gas-cut-2004/run?runs=200&seed=${seed}`;
    const first = new AbortController();
    const second = new AbortController();
    const computing = once(jobs, 'computing');
    const running = app.request(path(1), { signal: first.signal });
    const queued = app.request(path(2), { signal: second.signal });
    await computing;
    expect(jobs.stats()).toMatchObject({ running: 1, queued: 1 });

    const refused = await app.request(path(3));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect((await refused.json()).error).toMatch(/server busy: 1 CPU jobs .* running and 1 waiting/);

    second.abort();
    expect((await queued).status).toBe(503);
    expect(jobs.stats()).toMatchObject({ running: 1, queued: 0, cancelled: start.cancelled + 1 });
    // the running job has made its last query: cancelling it terminates its worker and frees the slot at once
    first.abort();
    const stopped = await running;
    expect(stopped.status).toBe(503);
    expect((await stopped.json()).error).toMatch(/^cancelled/);
    expect(jobs.stats()).toMatchObject({ running: 0, queued: 0, cancelled: start.cancelled + 2, refused: start.refused + 1, finished: start.finished });

    // a new worker takes the next job
    const after = await app.request('/api/scenarios/russian-gas-market-price/run?runs=2&seed=7');
    expect(after.status).toBe(200);
    expect(jobs.stats().finished).toBe(start.finished + 1);
  });

  it("a worker's InterdepError is still a 422 naming the problem", async () => {
    const { app } = worker;
    const doc = await (await app.request('/api/scenarios/nord-stream-bypass')).json();
    doc.shocks[0].route = ['no_such_route'];
    const res = await app.request('/api/scenarios/run', { method: 'POST', body: JSON.stringify({ scenario: doc, runs: 2 }) });
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatch(/no gas route no_such_route/);
  });
});

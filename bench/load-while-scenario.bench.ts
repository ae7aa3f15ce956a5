// Load test of the HTTP API while scenario runs compute: C concurrent keep-alive clients on /health and on a cached
// page (a country summary served from the response cache) for D seconds each, first with nothing else running (the
// baseline), then while one more client runs a 200-draw scenario back to back (a new seed each time, so none is
// cached). Both job modes in the same run: 'inline' (the Monte Carlo on the server thread, as before issue 12) and
// 'worker' (api/jobs/: worker threads). The server runs in a child process, as it would for a browser, so the clients'
// own work does not share its thread; it reports its event-loop delay for each phase. Usage:
//   npx tsx bench/load-while-scenario.bench.ts [db] [clients=32] [seconds=10] [scenario=gas-cut-2004] [runs=200]
//   (db default: .tmp/test/interdep.duckdb, opened read-only)
import { fork, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startServer } from '../src/api/server.js';
import type { JobMode } from '../src/api/jobs/runner.js';
import { driveLoad, type LoadResult } from './http-load.js';

const [, , dbArg, clientsArg, secondsArg, scenarioArg, runsArg] = process.argv;
const MODES: JobMode[] = ['inline', 'worker'];
const CACHED_PAGE = '/api/country/BLR/summary?year=2013';

type ToServer = { eld: 'reset' | 'read' };
type FromServer = { url: string } | { eld: { p50: number; p99: number; max: number } };

// ---- child: the server ----
async function serveChild(dbPath: string, mode: JobMode): Promise<void> {
  const server = await startServer({ dbPath, dataDir: 'data', port: 0, jobs: { mode } });
  const eld = monitorEventLoopDelay({ resolution: 5 });
  eld.enable();
  const ms = (ns: number) => ns / 1e6;
  process.on('message', (m: ToServer) => {
    if (m.eld === 'reset') eld.reset();
    process.send!({ eld: { p50: ms(eld.percentile(50)), p99: ms(eld.percentile(99)), max: ms(eld.max) } } satisfies FromServer);
  });
  process.once('disconnect', () => void server.close().then(() => process.exit(0)));
  process.send!({ url: server.url } satisfies FromServer);
}

// ---- parent: the clients ----

/** One client running the scenario back to back until stopped; resolves with the runs completed and their times. */
function scenarioLoop(base: string, name: string, runs: number) {
  let stop = false;
  const times: number[] = [];
  let failures = 0;
  let seed = 1000;
  const done = (async () => {
    while (!stop) {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/scenarios/${name}/run?runs=${runs}&seed=${seed++}`);
      await res.arrayBuffer();
      if (res.status === 200) times.push(performance.now() - t0);
      else failures++;
    }
    return { times, failures };
  })();
  return { stop: () => { stop = true; return done; } };
}

function ask(child: ChildProcess, m: ToServer): Promise<FromServer> {
  return new Promise((ok) => {
    child.once('message', (r: FromServer) => ok(r));
    child.send(m);
  });
}

async function benchMode(dbPath: string, mode: JobMode, clients: number, seconds: number, name: string, runs: number) {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', dbPath, mode], { execArgv: process.execArgv });
  const url = await new Promise<string>((ok, fail) => {
    child.once('message', (m: FromServer) => ('url' in m ? ok(m.url) : fail(new Error('no url'))));
    child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
  try {
    // fill the cache, start the job worker (its first job loads the modules) and warm the keep-alive sockets
    await (await fetch(`${url}${CACHED_PAGE}`)).arrayBuffer();
    await (await fetch(`${url}/api/scenarios/${name}/run?runs=1&seed=1`)).arrayBuffer();
    await driveLoad(`${url}/health`, clients, 1);
    const rows: Array<{ phase: string; endpoint: string; r: LoadResult; eld: { p99: number; max: number } }> = [];
    const measure = async (phase: string) => {
      for (const [endpoint, path] of [['/health', '/health'], ['cached page', CACHED_PAGE]] as const) {
        await ask(child, { eld: 'reset' });
        const r = await driveLoad(`${url}${path}`, clients, seconds);
        const eld = (await ask(child, { eld: 'read' })) as { eld: { p99: number; max: number } };
        rows.push({ phase, endpoint, r, eld: eld.eld });
      }
    };
    await measure('idle');
    const loop = scenarioLoop(url, name, runs);
    await measure(`while ${name} runs=${runs}`);
    const { times, failures } = await loop.stop();
    return { rows, times, failures };
  } finally {
    child.disconnect();
    await new Promise((ok) => child.once('exit', ok));
  }
}

if (process.argv[2] === '--serve') {
  await serveChild(process.argv[3]!, process.argv[4] as JobMode);
} else {
  const dbPath = dbArg ?? '.tmp/test/interdep.duckdb';
  const clients = Number(clientsArg ?? 32);
  const seconds = Number(secondsArg ?? 10);
  const name = scenarioArg ?? 'gas-cut-2004';
  const runs = Number(runsArg ?? 200);
  const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
  console.log(`${cpus().length} cores; load average before: ${load()}`);
  console.log(`${clients} clients × ${seconds} s per endpoint and phase; cached page ${CACHED_PAGE}; scenario ${name}, ${runs} draws, one client back to back`);
  console.log('\n| jobs | phase | endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | server loop delay p99 / max ms |');
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const notes: string[] = [];
  for (const mode of MODES) {
    const { rows, times, failures } = await benchMode(dbPath, mode, clients, seconds, name, runs);
    for (const { phase, endpoint, r, eld } of rows) {
      console.log(`| ${mode} | ${phase} | ${endpoint} | ${r.requests} | ${r.errors} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(0)} | ${eld.p99.toFixed(0)} / ${eld.max.toFixed(0)} |`);
    }
    const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
    notes.push(`${mode}: ${times.length} scenario runs completed during the loaded phase (mean ${(mean / 1000).toFixed(2)} s each), ${failures} failed`);
  }
  console.log(`\n${notes.join('\n')}`);
  console.log(`load average after: ${load()}`);
}

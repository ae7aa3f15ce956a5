// Load test of the HTTP API on loopback: C concurrent keep-alive clients for D seconds per endpoint, reporting
// throughput, p50/p95/p99 latency and errors, with a trivial route (/health) on the same server as the baseline and
// the ratio of each endpoint's p50 to it. Two passes: the server as shipped (response cache on: repeated views are
// served from memory) and with the cache off (every request queries DuckDB). Usage:
//   npx tsx bench/load.bench.ts [db] [clients=8] [seconds=5]   (db default: .tmp/test/interdep.duckdb, opened read-only)
import { cpus, loadavg } from 'node:os';
import { startServer, type RunningServer } from '../src/api/server.js';
import { driveLoad, type LoadResult } from './http-load.js';

const db = process.argv[2] ?? '.tmp/test/interdep.duckdb';
const clients = Number(process.argv[3] ?? 8);
const seconds = Number(process.argv[4] ?? 5);

const ENDPOINTS: Array<[string, string]> = [
  ['baseline /health', '/health'],
  ['country summary', '/api/country/BLR/summary?year=2013'],
  ['dyad summary', '/api/dyad/BLR/RUS'],
  ['compare', '/api/compare?group=EU&metric=composite.dependence&counterpart=RUS&year=2013'],
  ['values', '/api/values?metric=trade.share_turnover&subject=BLR&year=2013'],
  ['metrics registry', '/api/metrics'],
];

interface Result extends LoadResult { name: string }

async function drive(server: RunningServer, name: string, path: string): Promise<Result> {
  return { name, ...(await driveLoad(`${server.url}${path}`, clients, seconds)) };
}

async function pass(label: string, cacheSize: number): Promise<void> {
  const server = await startServer({ dbPath: db, dataDir: 'data', port: 0, cacheSize });
  try {
    // one request each first, so the cached pass measures what a repeat view costs (the first view is the uncached pass)
    for (const [, path] of ENDPOINTS) await (await fetch(`${server.url}${path}`)).arrayBuffer();
    // warm the JIT and the keep-alive sockets on the baseline route, unreported, so the first row is not penalised
    await drive(server, 'warm-up', '/health');
    const results: Result[] = [];
    for (const [name, path] of ENDPOINTS) results.push(await drive(server, name, path));
    const base = results[0]!.p50;
    console.log(`\n${label}: ${clients} clients × ${seconds} s per endpoint`);
    console.log('| endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms | p50 / baseline |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
      console.log(`| ${r.name} | ${r.requests} | ${r.errors} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${(r.p50 / base).toFixed(1)}× |`);
    }
  } finally {
    await server.close();
  }
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
console.log(`${cpus().length} cores; load average before: ${load()}`);
await pass('response cache on (as shipped)', 1000);
await pass('response cache off (every request queries DuckDB)', 0);
console.log(`\nload average after: ${load()}`);

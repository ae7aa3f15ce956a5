// The ten product metrics (src/metrics/families/product.ts) on a SYNTHETIC BACI-sized year (about 11 M flows,
// bench/synthetic-product-year.ts), in one run: interdep's SQL on DuckDB and, unchanged, on ClickHouse in-process
// (chdb, bench/chdb-engine.ts), and the same metrics in R data.table and in pandas (bench/baselines/). Every engine
// reads the same generated files (Parquet for DuckDB and chdb; CSV for R and pandas, whose Debian builds have no
// Parquet reader) in its own process, timed by /usr/bin/time for peak memory. All results are compared with
// DuckDB's: same rows, values within 1e-9.
// Usage: npx tsx bench/product.bench.ts [draws]   (default 12.8 M draws ≈ 11 M rows; needs Rscript with data.table,
// python3 with pandas). DuckDB runs with INTERDEP_MEMORY_LIMIT (default here 8GB), chdb with max_memory_usage 10 GiB.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChdbEngine, toMetricRow } from './chdb-engine.js';
import { generateSyntheticYear, loadHsBec, SYNTHETIC_DATASET, writeParquet } from './synthetic-product-year.js';
import { PRODUCT_METRICS } from '../src/metrics/families/product.js';
import { BEC_END_USE } from '../src/metrics/product-flow.js';
import type { MetricRow } from '../src/metrics/types.js';
import { Database } from '../src/store/db.js';

const SELF = fileURLToPath(import.meta.url);
const TOL = 1e-9;
const SEED = 13;
/** chdb's per-query memory cap (bytes): past it ClickHouse fails the query rather than the machine running out. */
const CHDB_MEMORY_LIMIT = 10 * 2 ** 30;

interface Inner {
  load_seconds?: number;
  read_seconds?: number;
  compute_seconds: number;
  rows: number;
  per_metric_seconds?: Record<string, number>;
}

const secs = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;
const csvLine = (metric: string, r: MetricRow) => `${metric},${r.subject},${r.counterpart ?? ''},${r.year},${r.value ?? ''}`;

// ---- child modes: generate the files; run the SQL on one engine ----

async function generate(dir: string, draws: number): Promise<void> {
  const db = await Database.open(':memory:');
  try {
    await db.applySchema();
    await loadHsBec(db);
    const rows = await generateSyntheticYear(db, { draws, seed: SEED });
    // the baselines skip the SQL's dataset, code-length and declaration rules: check that they have nothing to choose
    const shape = (await db.one<{ datasets: number; years: number; lens: number; reporters: number; world: number }>(`
      SELECT COUNT(DISTINCT dataset)::INTEGER AS datasets, COUNT(DISTINCT year)::INTEGER AS years,
             COUNT(DISTINCT LENGTH(product))::INTEGER AS lens, COUNT(reporter)::INTEGER AS reporters,
             COUNT(*) FILTER (WHERE importer IS NULL)::INTEGER AS world FROM trade_product`))!;
    if (shape.datasets !== 1 || shape.years !== 1 || shape.lens !== 1 || shape.reporters !== 0 || shape.world !== 0) {
      throw new Error(`bench: the synthetic year is not BACI-shaped: ${JSON.stringify(shape)}`);
    }
    await writeParquet(db, join(dir, 'trade_product.parquet'), join(dir, 'hs_bec.parquet'));
    await db.run(`COPY (SELECT year, exporter, importer, product, value_usd FROM trade_product ORDER BY year, exporter, importer, product)
                  TO '${join(dir, 'trade.csv')}' (HEADER)`);
    await db.run(`COPY (SELECT hs6, bec FROM hs_bec ORDER BY hs6, bec) TO '${join(dir, 'hs_bec.csv')}' (HEADER)`);
    writeFileSync(join(dir, 'bec_class.csv'), ['bec,cls', ...Object.entries(BEC_END_USE).map(([b, c]) => `${b},${c}`)].join('\n') + '\n');
    console.log(JSON.stringify({ rows, dataset: SYNTHETIC_DATASET }));
  } finally {
    db.close();
  }
}

async function runEngine(engine: 'duckdb' | 'chdb', dir: string, out: string): Promise<void> {
  const metricSql = PRODUCT_METRICS.map((m) => [m.id, m.sql({ source: 'default' })] as const);
  const results: Array<[string, MetricRow[]]> = [];
  const perMetric: Record<string, number> = {};
  const timedRows = async (id: string, f: () => Promise<MetricRow[]> | MetricRow[]) => {
    const t0 = process.hrtime.bigint();
    results.push([id, await f()]);
    perMetric[id] = Number(secs(t0).toFixed(2));
  };
  let load = 0;
  let compute = 0;
  if (engine === 'duckdb') {
    const db = await Database.open(':memory:');
    let t0 = process.hrtime.bigint();
    await db.applySchema();
    await db.run(`INSERT INTO trade_product BY NAME SELECT * FROM read_parquet('${join(dir, 'trade_product.parquet')}')`);
    await db.run(`INSERT INTO hs_bec BY NAME SELECT * FROM read_parquet('${join(dir, 'hs_bec.parquet')}')`);
    load = secs(t0);
    t0 = process.hrtime.bigint();
    for (const [id, sql] of metricSql) await timedRows(id, async () => (await db.all(sql)).map((r) => toMetricRow(Object.values(r))));
    compute = secs(t0);
    db.close();
  } else {
    const ch = await ChdbEngine.open({ max_memory_usage: CHDB_MEMORY_LIMIT });
    let t0 = process.hrtime.bigint();
    ch.loadParquet('trade_product', join(dir, 'trade_product.parquet'));
    ch.loadParquet('hs_bec', join(dir, 'hs_bec.parquet'));
    load = secs(t0);
    t0 = process.hrtime.bigint();
    for (const [id, sql] of metricSql) await timedRows(id, () => ch.metricRows(sql));
    compute = secs(t0);
    ch.close();
  }
  const lines = results.flatMap(([id, rows]) => rows.map((r) => csvLine(id, r)));
  writeFileSync(out, ['metric,subject,counterpart,year,value', ...lines].join('\n') + '\n');
  console.log(JSON.stringify({ load_seconds: load, compute_seconds: compute, rows: lines.length, per_metric_seconds: perMetric }));
}

// ---- the bench ----

interface Timed {
  seconds: number;
  peakMb: number;
  inner: Inner;
}

function timed(command: string, args: string[], env: Record<string, string> = {}): Timed {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], {
    encoding: 'utf8', env: { ...process.env, TZ: 'UTC', ...env }, maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`bench: ${command} ${args.join(' ')} failed:\n${run.stderr}`);
  const [seconds, kb] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds: seconds!, peakMb: Math.round(kb! / 1024), inner: JSON.parse(run.stdout.trim().split('\n').pop()!) as Inner };
}

function python(): string {
  for (const p of ['python3', '/usr/bin/python3']) {
    if (spawnSync(p, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0) return p;
  }
  throw new Error('bench: no python3 with pandas (Debian: apt-get install python3-pandas)');
}

/** metric|subject|counterpart|year → value, from an engine's CSV (values null when empty or NA). */
function readResults(file: string): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
    const cells = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
    const [metric, subject, counterpart, year, value] = cells;
    out.set(`${metric}|${subject}|${counterpart === 'NA' ? '' : counterpart}|${year}`, value === '' || value === 'NA' ? null : Number(value));
  }
  return out;
}

function compare(ref: Map<string, number | null>, other: Map<string, number | null>) {
  let missing = 0;
  let differing = 0;
  let maxAbsDiff = 0;
  for (const [key, v] of ref) {
    if (!other.has(key)) {
      missing++;
      continue;
    }
    const w = other.get(key)!;
    if (v === null || w === null) {
      if (v !== w) differing++;
      continue;
    }
    const d = Math.abs(v - w);
    maxAbsDiff = Math.max(maxAbsDiff, d);
    if (d > TOL * Math.max(1, Math.abs(v))) differing++;
  }
  return { rows: other.size, missing, extra: [...other.keys()].filter((k) => !ref.has(k)).length, differing, max_abs_diff: maxAbsDiff };
}

async function bench(draws: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'interdep-product-bench-'));
  const node = (...args: string[]): [string, string[]] => [process.execPath, ['--import', 'tsx', SELF, ...args]] as const;
  try {
    const genT0 = process.hrtime.bigint();
    const gen = spawnSync(...node('--generate', dir, String(draws)), { encoding: 'utf8', env: { ...process.env, INTERDEP_MEMORY_LIMIT: process.env.INTERDEP_MEMORY_LIMIT ?? '8GB' } });
    if (gen.status !== 0) throw new Error(`bench: generating the synthetic year failed:\n${gen.stderr}`);
    const { rows } = JSON.parse(gen.stdout.trim().split('\n').pop()!) as { rows: number };
    const generateSeconds = secs(genT0);

    const out = (e: string) => join(dir, `out-${e}.csv`);
    const duck = timed(...node('--engine', 'duckdb', dir, out('duckdb')), { INTERDEP_MEMORY_LIMIT: process.env.INTERDEP_MEMORY_LIMIT ?? '8GB' });
    const ch = timed(...node('--engine', 'chdb', dir, out('chdb')));
    const threads = String(Math.min(cpus().length, 2));
    const baselineArgs = [join(dir, 'trade.csv'), join(dir, 'hs_bec.csv'), join(dir, 'bec_class.csv')];
    const r = timed('Rscript', ['bench/baselines/product-metrics.R', ...baselineArgs, out('r'), threads]);
    const py = timed(python(), ['bench/baselines/product_metrics.py', ...baselineArgs, out('pandas')]);

    const ref = readResults(out('duckdb'));
    const versions = {
      r: spawnSync('Rscript', ['-e', 'cat(R.version.string, "data.table", as.character(packageVersion("data.table")))'], { encoding: 'utf8' }).stdout.trim(),
      pandas: spawnSync(python(), ['-c', 'import pandas, sys; print(sys.version.split()[0], "pandas", pandas.__version__)'], { encoding: 'utf8' }).stdout.trim(),
    };
    const row = (t: Timed, threadsUsed: string) => ({
      wall_seconds: t.seconds, load_seconds: Number((t.inner.load_seconds ?? t.inner.read_seconds ?? 0).toFixed(2)), compute_seconds: Number(t.inner.compute_seconds.toFixed(2)),
      peak_mb: t.peakMb, threads: threadsUsed, result_rows: t.inner.rows,
      ...(t.inner.per_metric_seconds ? { per_metric_seconds: t.inner.per_metric_seconds } : {}),
    });
    const ratio = (t: Timed) => Number((t.inner.compute_seconds / duck.inner.compute_seconds).toFixed(2));
    const mem = (t: Timed) => Number((t.peakMb / duck.peakMb).toFixed(2));
    console.log(JSON.stringify({
      machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, node ${process.version}`,
      synthetic_year: { rows, draws, seed: SEED, generate_seconds: Number(generateSeconds.toFixed(1)) },
      metrics: PRODUCT_METRICS.length,
      engines: {
        duckdb: { ...row(duck, 'default (all cores)'), memory_limit: process.env.INTERDEP_MEMORY_LIMIT ?? '8GB' },
        chdb: { ...row(ch, 'default (all cores)'), max_memory_usage: '10GiB' },
        r_data_table: { ...row(r, threads), version: versions.r },
        pandas: { ...row(py, '1'), version: versions.pandas },
      },
      ratio_compute_seconds_vs_duckdb: { chdb: ratio(ch), r_data_table: ratio(r), pandas: ratio(py) },
      ratio_peak_memory_vs_duckdb: { chdb: mem(ch), r_data_table: mem(r), pandas: mem(py) },
      agreement_with_duckdb_tol_1e9: {
        chdb: compare(ref, readResults(out('chdb'))),
        r_data_table: compare(ref, readResults(out('r'))),
        pandas: compare(ref, readResults(out('pandas'))),
      },
    }, null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
if (argv[0] === '--generate') await generate(argv[1]!, Number(argv[2]));
else if (argv[0] === '--engine') await runEngine(argv[1] as 'duckdb' | 'chdb', argv[2]!, argv[3]!);
else await bench(Number(argv[0] ?? 12_800_000));

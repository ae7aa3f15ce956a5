// `interdep compute` of the 18 trade metrics over the full panel (every directed dyad-year of the bundled
// DOTS + COW data), next to a baseline in the same run: the same metrics in R data.table (Debian
// r-base-core + r-cran-data.table) from the same files. Also checks that both agree on Belarus's values.
// Usage: npx tsx bench/compute.bench.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRADE_METRICS } from '../src/metrics/families/trade.js';
import { Database } from '../src/store/db.js';

interface Timed {
  seconds: number;
  peakMb: number;
  stdout: string;
}

function timed(command: string, args: string[]): Timed {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`bench: ${command} ${args.join(' ')} failed:\n${run.stderr}`);
  const [seconds, kb] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds: seconds!, peakMb: Math.round(kb! / 1024), stdout: run.stdout };
}

const dir = mkdtempSync(join(tmpdir(), 'interdep-compute-bench-'));
const db = join(dir, 'bench.duckdb');
const sample = join(dir, 'r-sample.csv');
const node = [process.execPath, '--import', 'tsx', 'src/cli/main.ts'];
try {
  timed(node[0]!, [...node.slice(1), 'build', '--no-compute', '--db', db]);
  const ids = TRADE_METRICS.map((m) => m.id);
  const ours = timed(node[0]!, [...node.slice(1), 'compute', '--json', '--db', db, '--metric', ...ids]);
  const oursInner = JSON.parse(ours.stdout) as { seconds: number };
  const r = timed('Rscript', ['bench/baselines/trade-metrics.R', 'data', sample]);
  const rInner = JSON.parse(r.stdout.trim().split('\n').pop()!) as { read_seconds: number; compute_seconds: number; directed_rows: number };

  // agreement on Belarus's rows (R's COW code map is simpler, so compare only rows present in both)
  const store = await Database.open(db, { readOnly: true });
  const lines = readFileSync(sample, 'utf8').trim().split('\n').slice(1);
  let compared = 0;
  let differing = 0;
  for (const line of lines) {
    const [subject, counterpart, year, share] = line.split(',');
    if (share === '' || share === 'NA') continue;
    const row = await store.one<{ value: number | null }>(
      `SELECT value FROM metric_value WHERE metric = 'trade.share_turnover' AND source = 'default' AND subject = ? AND counterpart = ? AND year = ?`,
      [subject!, counterpart!, Number(year)],
    );
    if (!row || row.value === null) continue;
    compared++;
    if (Math.abs(row.value - Number(share)) > 1e-9 * Math.max(1, row.value)) differing++;
  }
  store.close();
  console.log(JSON.stringify({
    machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`,
    metrics: ids.length,
    interdep_compute: { wall_seconds: ours.seconds, compute_seconds: oursInner.seconds, peak_mb: ours.peakMb },
    r_data_table: { wall_seconds: r.seconds, read_seconds: rInner.read_seconds, compute_seconds: rInner.compute_seconds, peak_mb: r.peakMb, directed_rows: rInner.directed_rows },
    ratio_compute_seconds: Number((oursInner.seconds / rInner.compute_seconds).toFixed(2)),
    ratio_peak_memory: Number((ours.peakMb / r.peakMb).toFixed(2)),
    belarus_share_turnover_rows_compared: compared,
    belarus_rows_differing: differing,
  }, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Full `interdep build` on the bundled data — imports only (--no-compute) and with every metric computed — wall
// time and peak memory, next to a baseline run in the same script (DuckDB's native CSV reader on the same files,
// no validation). Usage: npx tsx bench/build.bench.ts [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

interface Measure {
  seconds: number;
  peakMb: number;
}

/** Runs a node script under GNU time and returns elapsed seconds and maximum resident set size. */
function measure(args: string[]): Measure {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, '--import', 'tsx', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  if (run.status !== 0) throw new Error(`bench: ${args.join(' ')} failed:\n${run.stderr}`);
  const last = run.stderr.trim().split('\n').pop()!;
  const [seconds, kb] = last.split(' ').map(Number);
  return { seconds: seconds!, peakMb: kb! / 1024 };
}

const runs = Number(process.argv[2] ?? 1);
const results: Array<{ imports: Measure; full: Measure; baseline: Measure }> = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'interdep-bench-'));
  const baseline = measure(['bench/baseline-duckdb-read.ts', 'data']);
  const imports = measure(['src/cli/main.ts', 'build', '--no-compute', '--db', join(dir, 'imports.duckdb')]);
  const full = measure(['src/cli/main.ts', 'build', '--db', join(dir, 'full.duckdb')]);
  rmSync(dir, { recursive: true, force: true });
  results.push({ imports, full, baseline });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const med = (k: 'imports' | 'full' | 'baseline') => ({
  seconds: median(results.map((r) => r[k].seconds)),
  peakMb: Math.round(median(results.map((r) => r[k].peakMb))),
});
const build = med('imports');
const full = med('full');
const baseline = med('baseline');
console.log(
  JSON.stringify(
    {
      machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown cpu'}, node ${process.version}`,
      runs,
      build_no_compute: build,
      build_with_metrics: full,
      baseline_duckdb_read_csv: baseline,
      ratio_time: Number((build.seconds / baseline.seconds).toFixed(2)),
      ratio_memory: Number((build.peakMb / baseline.peakMb).toFixed(2)),
    },
    null,
    2,
  ),
);

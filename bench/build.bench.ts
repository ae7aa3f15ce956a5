// Full `interdep build` on the bundled data: wall time and peak memory, next to a baseline run in the same
// script (DuckDB's native CSV reader on the same files). Usage: npx tsx bench/build.bench.ts [runs]
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
const results: Array<{ build: Measure; baseline: Measure }> = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'interdep-bench-'));
  const baseline = measure(['bench/baseline-duckdb-read.ts', 'data']);
  const build = measure(['src/cli/main.ts', 'build', '--db', join(dir, 'bench.duckdb')]);
  rmSync(dir, { recursive: true, force: true });
  results.push({ build, baseline });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const build = { seconds: median(results.map((r) => r.build.seconds)), peakMb: median(results.map((r) => r.build.peakMb)) };
const baseline = { seconds: median(results.map((r) => r.baseline.seconds)), peakMb: median(results.map((r) => r.baseline.peakMb)) };
console.log(
  JSON.stringify(
    {
      machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown cpu'}, node ${process.version}`,
      runs,
      build,
      baseline_duckdb_read_csv: baseline,
      ratio_time: Number((build.seconds / baseline.seconds).toFixed(2)),
      ratio_memory: Number((build.peakMb / baseline.peakMb).toFixed(2)),
    },
    null,
    2,
  ),
);

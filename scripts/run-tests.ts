// Runs the type check and the whole vitest suite, then prints the plain "N passed, N failed" line CI reads.
// The type check counts as one test, so a type error can never hide behind green unit tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  success: boolean;
}

const env = { ...process.env, TZ: 'UTC' };
// chromium, networkx and R for the browser, network and statistics cross-checks (installed when root, else named)
spawnSync('bash', ['scripts/system-deps.sh'], { stdio: 'inherit', env });
const typecheck = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], { stdio: 'inherit', env });
const typecheckOk = typecheck.status === 0;
console.log(typecheckOk ? 'typecheck: ok' : 'typecheck: FAILED');

const dir = mkdtempSync(join(tmpdir(), 'interdep-tests-'));
const report = join(dir, 'report.json');
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit', env },
);
let summary: VitestJson | null = null;
try {
  summary = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
} catch {
  summary = null;
}
rmSync(dir, { recursive: true, force: true });

const passed = (summary?.numPassedTests ?? 0) + (typecheckOk ? 1 : 0);
// a test file that fails to load fails no single test, yet the run fails: count it
const suiteFailure = summary !== null && !summary.success && summary.numFailedTests === 0 ? 1 : 0;
const failed = (summary ? summary.numFailedTests : 1) + suiteFailure + (typecheckOk ? 0 : 1);
const ok = typecheckOk && summary !== null && summary.success && run.status === 0;
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);

// interdep scenario list | run | compare, on the scenario test database (a read-only copy of the built test database
// with the case datasets, test/scenarios/scenario-db.ts).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioDb } from '../scenarios/scenario-db.js';

let DB = '';
beforeAll(async () => {
  DB = await scenarioDb();
}, 120_000);

function interdep(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC', INTERDEP_DB: DB } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('interdep scenario', () => {
  it('list names the six built-in scenarios', () => {
    const r = interdep('scenario', 'list', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((s: { name: string }) => s.name)).toEqual([
      'eu-sanctions-potash-oil', 'gas-cut-2004', 'nord-stream-bypass', 'russia-market-loss-machinery-food', 'russian-gas-market-price', 'transfer-test',
    ]);
  });

  it('run prints the costs and the assumptions with their sources', () => {
    const r = interdep('scenario', 'run', 'gas-cut-2004', '--runs', '20');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The 2004 gas cut');
    expect(r.stdout).toMatch(/BLR\s+all\s+0\.11\d*/);
    expect(r.stdout).toContain('Assumptions (every number the run used, with its source)');
    expect(r.stdout).toContain('worldbank_wdi NY.GDP.MKTP.CD');
    expect(r.stdout).toContain('seed §3.2.2');
  });

  it('run --json is deterministic for a seed', () => {
    const a = interdep('scenario', 'run', 'russian-gas-market-price', '--runs', '30', '--seed', '5', '--json');
    const b = interdep('scenario', 'run', 'russian-gas-market-price', '--runs', '30', '--seed', '5', '--json');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const r = JSON.parse(a.stdout);
    expect(r.monte_carlo).toEqual({ runs: 30, seed: 5, quantiles: [0.05, 0.95] });
    // (203 − 127) US$/1000 m3 × 18.970753 bcm = 1.4418 bn US$ = 2.2384% of the 2019 GDP of 64.41 bn
    expect(r.states[0].sensitivity_pct_gdp).toBeCloseTo(2.2384, 3);
  });

  it('compare lists both scenarios\' outputs side by side', () => {
    const r = interdep('scenario', 'compare', 'gas-cut-2004', 'russian-gas-market-price', '--runs', '5');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('gas-cut-2004 (a) vs russian-gas-market-price (b)');
    expect(r.stdout).toMatch(/state\.BLR\.energy_price\.sensitivity_pct_gdp\s+–\s+2\.238/);
  });

  it('a malformed file fails naming the key and what was expected, and writes nothing to the database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'interdep-scenario-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, readFileSync('scenarios/gas-cut-2004.yaml', 'utf8').replace('    share: 1\n', '    share: 1\n    sharee: 2\n'));
    const before = { mtime: statSync(DB).mtimeMs, size: statSync(DB).size, hash: createHash('sha256').update(readFileSync(DB)).digest('hex') };
    const r = interdep('scenario', 'run', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:16 field "shocks[0].sharee": shocks[0].sharee: unknown key (expected one of: type, supplier, target, fuel, products, share, duration_days, note)`);
    expect(r.stdout).toBe('');
    expect({ mtime: statSync(DB).mtimeMs, size: statSync(DB).size, hash: createHash('sha256').update(readFileSync(DB)).digest('hex') }).toEqual(before);
  });

  it('an unknown name is a usage error', () => {
    const r = interdep('scenario', 'run', 'no-such-scenario');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no scenario file or built-in scenario "no-such-scenario"');
  });
});

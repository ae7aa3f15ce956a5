// Two-way fixed effects with CR1 clustered standard errors reproduced against base R (lm with factor dummies and a
// hand-coded sandwich, bench/baselines/fe-ols.R) on a real panel exported from the built database: 14 post-Soviet
// states (FSU15 without Russia), 1995–2014, y = IGO full memberships not shared with Russia, x1 = composite dependence
// on Russia (lag 1), x2 = trade partner HHI (test/fixtures/analysis/README.md says how it was made).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitFixedEffects, type PanelObservation } from '../../src/analysis/fixed-effects.js';

const FIXTURE = 'test/fixtures/analysis/fsu14-igo-panel.csv';
const rscript = spawnSync('Rscript', ['--version']);
const haveR = rscript.status === 0;

function readPanel(text: string): PanelObservation[] {
  return text.trim().split('\n').slice(1).map((line) => {
    const [unit, time, y, x1, x2] = line.split(',');
    return { unit: unit!, time: Number(time), y: Number(y), x: [Number(x1), Number(x2)] };
  });
}

function runR(csv: string): Record<string, number[]> {
  const r = spawnSync('Rscript', ['bench/baselines/fe-ols.R', csv, 'y', 'x1', 'x2'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return Object.fromEntries(r.stdout.trim().split('\n').map((l) => {
    const [k, ...v] = l.trim().split(/\s+/);
    return [k!, v.map(Number)];
  }));
}

function compare(obs: PanelObservation[], csv: string) {
  const ours = fitFixedEffects(obs, ['x1', 'x2'], { fixedEffects: 'twoway', vcov: 'cluster' });
  const classical = fitFixedEffects(obs, ['x1', 'x2'], { fixedEffects: 'twoway', vcov: 'classical' });
  const r = runR(csv);
  expect(ours.n).toBe(r.n![0]);
  expect(ours.k).toBe(r.k![0]);
  expect(ours.clusters).toBe(r.G![0]);
  ['x1', 'x2'].forEach((name, j) => {
    const [b, seClassical, seCr1] = r[name]!;
    expect(Math.abs(ours.estimates[j]!.estimate - b!)).toBeLessThan(1e-6);
    expect(Math.abs(ours.estimates[j]!.se! - seCr1!)).toBeLessThan(1e-6);
    expect(Math.abs(classical.estimates[j]!.se! - seClassical!)).toBeLessThan(1e-6);
  });
}

describe.skipIf(!haveR)('fixed effects vs R lm + hand-coded CR1', () => {
  it('balanced real panel (280 state-years, 14 clusters) to 1e-6', () => {
    compare(readPanel(readFileSync(FIXTURE, 'utf8')), FIXTURE);
  });
  it('unbalanced: every 7th row dropped (alternating projections must converge to lm)', () => {
    const lines = readFileSync(FIXTURE, 'utf8').trim().split('\n');
    const kept = [lines[0]!, ...lines.slice(1).filter((_, i) => i % 7 !== 3)].join('\n') + '\n';
    const file = join(mkdtempSync(join(tmpdir(), 'interdep-fe-')), 'panel.csv');
    writeFileSync(file, kept);
    compare(readPanel(kept), file);
  });
});

it.runIf(!haveR)('R reproduction skipped: Rscript is not installed (apt install r-base-core to run it)', () => {
  expect(haveR).toBe(false);
});

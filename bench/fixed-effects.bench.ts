// Two-way fixed effects with CR1 clustered standard errors on a seeded synthetic panel (labelled synthetic: units ×
// years × 3 regressors, y = unit effect + year effect + Xβ + e), next to the baseline in the same run: base R lm with
// factor dummies and the hand-coded sandwich of bench/baselines/fe-ols.R on the same CSV. Reports both wall times,
// the ratio, and the largest coefficient/SE difference. Usage: npx tsx bench/fixed-effects.bench.ts [units] [years]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fitFixedEffects, type PanelObservation } from '../src/analysis/fixed-effects.js';
import { normal, seededRandom } from '../src/core/random.js';

const units = Number(process.argv[2] ?? 200);
const years = Number(process.argv[3] ?? 30);
const rng = seededRandom(7);
const unitFx = Array.from({ length: units }, () => normal(rng));
const yearFx = Array.from({ length: years }, () => normal(rng));
const obs: PanelObservation[] = [];
for (let u = 0; u < units; u++) {
  for (let t = 0; t < years; t++) {
    if (rng() < 0.05) continue; // unbalanced: ~5% of cells missing
    const x = [normal(rng) + unitFx[u]!, normal(rng) + yearFx[t]!, normal(rng)];
    obs.push({ unit: `U${u}`, time: 2000 + t, y: unitFx[u]! + yearFx[t]! + 0.5 * x[0]! - 0.25 * x[1]! + x[2]! + normal(rng) * (1 + (u % 3)), x });
  }
}
const names = ['x1', 'x2', 'x3'];
const dir = mkdtempSync(join(tmpdir(), 'interdep-fe-bench-'));
try {
  const csv = join(dir, 'panel.csv');
  writeFileSync(csv, ['unit,time,y,x1,x2,x3', ...obs.map((o) => [o.unit, o.time, o.y, ...o.x].join(','))].join('\n') + '\n');
  const t0 = performance.now();
  const ours = fitFixedEffects(obs, names);
  const tOurs = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const r = spawnSync('Rscript', ['bench/baselines/fe-ols.R', csv, 'y', ...names], { encoding: 'utf8' });
  const tR = (performance.now() - t1) / 1000;
  if (r.status !== 0) throw new Error(`Rscript failed: ${r.stderr}`);
  const rVals = Object.fromEntries(r.stdout.trim().split('\n').map((l) => l.trim().split(/\s+/)).map(([k, ...v]) => [k!, v.map(Number)]));
  let maxDiff = 0;
  names.forEach((n, j) => {
    maxDiff = Math.max(maxDiff, Math.abs(ours.estimates[j]!.estimate - rVals[n]![0]!), Math.abs(ours.estimates[j]!.se! - rVals[n]![2]!));
  });
  console.log(`synthetic panel: ${units} units × ${years} years, N = ${ours.n}, K = ${ours.k}, G = ${ours.clusters}`);
  console.log(`interdep fitFixedEffects: ${tOurs.toFixed(3)} s`);
  console.log(`baseline Rscript lm + CR1 (incl. R start-up and CSV read): ${tR.toFixed(3)} s`);
  console.log(`ratio interdep / R: ${(tOurs / tR).toFixed(3)}; largest |Δ| of coefficients and CR1 SEs: ${maxDiff.toExponential(2)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// interdep explain and interdep compare on the built test database (test/global-setup.ts).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { explainComposite } from '../../src/metrics/composite/explain.js';
import { WEIGHT_PRESETS } from '../../src/metrics/composite/weights.js';
import { compositeDependence } from '../../src/metrics/composite/cdi.js';
import { BUILT_DB } from '../helpers/built-db.js';

function interdep(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', INTERDEP_DB: BUILT_DB },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('explainComposite (hand-computed)', () => {
  it('two domains, equal weights: trade 0.6, security 0.2 → CDI 0.4 = 0.4 (trade) + 0 (security)', () => {
    // v({t}) = 0.6, v({s}) = 0.2, v({t,s}) = 0.4; φ_t = ½·0.6 + ½·(0.4 − 0.2) = 0.4; φ_s = ½·0.2 + ½·(0.4 − 0.6) = 0
    const e = explainComposite({ trade: 0.6, security: 0.2 }, WEIGHT_PRESETS.equal);
    expect(e.players).toEqual(['trade', 'security']);
    expect(e.value).toBeCloseTo(0.4, 15);
    expect(e.contributions.trade).toBeCloseTo(0.4, 15);
    expect(e.contributions.security).toBeCloseTo(0, 15);
  });

  it('a change: contributions sum to CDI_Y − CDI_Y0, including a domain present in one year only', () => {
    const y = { trade: 0.5, energy: 0.7, institutions: null, security: 0.9 };
    const y0 = { trade: 0.6, energy: null, institutions: 0.95, security: 1 };
    const e = explainComposite(y, WEIGHT_PRESETS.realist, y0);
    const sum = Object.values(e.contributions).reduce((s, c) => s + (c ?? 0), 0);
    expect(sum).toBeCloseTo(compositeDependence(y, WEIGHT_PRESETS.realist).value! - compositeDependence(y0, WEIGHT_PRESETS.realist).value!, 14);
  });
});

describe('interdep explain on the real database', () => {
  it('BLR on RUS 2013: the Shapley contributions sum to the CDI (1e-12)', () => {
    const r = interdep('explain', '--metric', 'composite.dependence', 'BLR', 'RUS', '--year', '2013', '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { value: number; low: number; high: number; domains: Array<{ domain: string; value: number | null; contribution: number | null }> };
    const sum = out.domains.reduce((s, d) => s + (d.contribution ?? 0), 0);
    expect(out.value).toBeGreaterThan(0.5);
    expect(Math.abs(sum - out.value)).toBeLessThan(1e-12);
    expect(out.low).toBeLessThanOrEqual(out.value);
    expect(out.high).toBeGreaterThanOrEqual(out.value);
    // a domain without data has no contribution
    for (const d of out.domains) if (d.value === null) expect(d.contribution).toBeNull();
  });

  it('--since and --weights: contributions sum to the change; unknown metrics are a usage error', () => {
    const r = interdep('explain', '--metric', 'composite.dependence', 'Belarus', 'Russia', '--year', '2013', '--since', '2000', '--weights', 'trade=2,security=1', '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { value: number; since_value: number; domains: Array<{ contribution: number | null }> };
    const sum = out.domains.reduce((s, d) => s + (d.contribution ?? 0), 0);
    expect(Math.abs(sum - (out.value - out.since_value))).toBeLessThan(1e-12);
    expect(interdep('explain', '--metric', 'trade.share_turnover', 'BLR', 'RUS', '--year', '2013').code).toBe(2);
  });
});

describe('interdep compare on the real database', () => {
  it('FSU15 on RUS in 2013 by trade.share_turnover puts BLR first, RUS itself not listed', () => {
    const r = interdep('compare', '--group', 'FSU15', '--metric', 'trade.share_turnover', '--counterpart', 'RUS', '--year', '2013', '--json');
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<{ rank: number | null; subject: string; counterpart: string; value: number | null }>;
    expect(rows[0]).toMatchObject({ rank: 1, subject: 'BLR', counterpart: 'RUS' });
    expect(rows).toHaveLength(14);
    expect(rows.some((x) => x.subject === 'RUS')).toBe(false);
    for (let i = 1; i < rows.length; i++) if (rows[i]!.value !== null) expect(rows[i]!.value!).toBeLessThanOrEqual(rows[i - 1]!.value!);
  });

  it('an unknown group and a directed metric without --counterpart are usage errors', () => {
    expect(interdep('compare', '--group', 'NOPE', '--metric', 'trade.share_turnover', '--counterpart', 'RUS', '--year', '2013').code).toBe(2);
    expect(interdep('compare', '--group', 'FSU15', '--metric', 'trade.share_turnover', '--year', '2013').code).toBe(2);
  });
});

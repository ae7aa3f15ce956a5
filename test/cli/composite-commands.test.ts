// interdep explain and interdep compare on the built test database (test/global-setup.ts).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { explainComposite, explainInfluenceCapacity, explainNetPower } from '../../src/metrics/composite/explain.js';
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

describe('explainNetPower and explainInfluenceCapacity (hand-computed)', () => {
  it('net power by domain: i←j trade 0.6, security 1; j←i trade 0.1, security 0.5 → 0.5 = 0.25 + 0.25', () => {
    // v({t}) = 0.6 − 0.1 = 0.5; v({s}) = 1 − 0.5 = 0.5; v({t,s}) = 0.8 − 0.3 = 0.5.
    // φ_t = ½·0.5 + ½·(0.5 − 0.5) = 0.25 = φ_s; they sum to the net power 0.5.
    const e = explainNetPower({ ij: { trade: 0.6, security: 1 }, ji: { trade: 0.1, security: 0.5 } }, WEIGHT_PRESETS.equal);
    expect(e.value).toBeCloseTo(0.5, 15);
    expect(e.contributions.trade).toBeCloseTo(0.25, 15);
    expect(e.contributions.security).toBeCloseTo(0.25, 15);
  });

  it('net power: a domain present on one side only still gets a share, and the sum is exact', () => {
    // ij: trade 0.6, energy 0.9; ji: trade 0.2. v({t}) = 0.4, v({e}) = 0.9 − 0 = 0.9 (ji has no energy: its CDI over
    // {e} is empty, scored 0), v({t,e}) = 0.75 − 0.2 = 0.55. φ_t = ½·0.4 + ½·(0.55 − 0.9) = 0.025; φ_e = ½·0.9 + ½·(0.55 − 0.4) = 0.525.
    const e = explainNetPower({ ij: { trade: 0.6, energy: 0.9 }, ji: { trade: 0.2 } }, WEIGHT_PRESETS.equal);
    expect(e.value).toBeCloseTo(0.55, 15);
    expect(e.contributions.trade).toBeCloseTo(0.025, 15);
    expect(e.contributions.energy).toBeCloseTo(0.525, 15);
  });

  it('influence capacity B × D: bandwidth {0.4, 0.8}, dependence {0.5} → 0.3, split 0.1 / 0.2', () => {
    // players b1 = 0.4, b2 = 0.8, d = 0.5. v = mean(B ∩ S) · mean(D ∩ S), 0 without a B or a D.
    // v({b1,d}) = 0.2, v({b2,d}) = 0.4, v({b1,b2,d}) = 0.3, any coalition without d or without a b = 0.
    // φ_b1 = (1/6)(v({b1,d}) − v({d})) + (1/3)(v({b1,b2,d}) − v({b2,d})) = 0.2/6 − 0.1/3 = 0
    // φ_b2 = 0.4/6 + (0.3 − 0.2)/3 = 0.1; φ_d = (1/6)(0.2 + 0.4) + (1/3)(0.3) = 0.2. Sum 0.3.
    const e = explainInfluenceCapacity([
      { key: 'b1', side: 'bandwidth', value: 0.4 }, { key: 'b2', side: 'bandwidth', value: 0.8 },
      { key: 'd', side: 'dependence', value: 0.5 }, { key: 'd2', side: 'dependence', value: null },
    ]);
    expect(e.players).toEqual(['b1', 'b2', 'd']);
    expect(e.value).toBeCloseTo(0.3, 15);
    expect(e.contributions.b1).toBeCloseTo(0, 15);
    expect(e.contributions.b2).toBeCloseTo(0.1, 15);
    expect(e.contributions.d).toBeCloseTo(0.2, 15);
  });
});

describe('interdep explain on the real database', () => {
  it('BLR on RUS 2013: the Shapley contributions sum to the CDI (1e-12)', () => {
    const r = interdep('explain', '--metric', 'composite.dependence', 'BLR', 'RUS', '--year', '2013', '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { value: number; low: number; high: number; parts: Array<{ part: string; value: number | null; contribution: number | null }> };
    const sum = out.parts.reduce((s, d) => s + (d.contribution ?? 0), 0);
    expect(out.value).toBeGreaterThan(0.4);
    expect(Math.abs(sum - out.value)).toBeLessThan(1e-12);
    expect(out.low).toBeLessThanOrEqual(out.value);
    expect(out.high).toBeGreaterThanOrEqual(out.value);
    // a domain without data has no contribution
    for (const d of out.parts) if (d.value === null) expect(d.contribution).toBeNull();
  });

  it('--since and --weights: contributions sum to the change; unknown metrics are a usage error', () => {
    const r = interdep('explain', '--metric', 'composite.dependence', 'Belarus', 'Russia', '--year', '2013', '--since', '2000', '--weights', 'trade=2,security=1', '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { value: number; since_value: number; parts: Array<{ contribution: number | null }> };
    const sum = out.parts.reduce((s, d) => s + (d.contribution ?? 0), 0);
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

describe('explain power.net and composite.influence_capacity on the real database', () => {
  it("Russia's net power over Belarus 2013: domain contributions sum to the stored value; interval contains it", () => {
    const r = interdep('explain', '--metric', 'power.net', 'BLR', 'RUS', '--year', '2013', '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { value: number; low: number; high: number; parts: Array<{ part: string; value: number | null; reverse: number | null; contribution: number | null }> };
    expect(out.value).toBeGreaterThan(0.2);
    const sum = out.parts.reduce((s, d) => s + (d.contribution ?? 0), 0);
    expect(Math.abs(sum - out.value)).toBeLessThan(1e-12);
    expect(out.low).toBeLessThanOrEqual(out.value);
    expect(out.high).toBeGreaterThanOrEqual(out.value);
    // trade drives it: Belarus's share with Russia (~0.50) against Russia's with Belarus (~0.04)
    const trade = out.parts.find((p) => p.part === 'trade')!;
    expect(trade.value! - trade.reverse!).toBeGreaterThan(0.4);
    expect(trade.contribution!).toBeGreaterThan(0);
  });

  it("Russia's influence capacity over Belarus 2013 by FBIC sub-index: contributions sum to the value", () => {
    const r = interdep('explain', '--metric', 'composite.influence_capacity', 'BLR', 'RUS', '--year', '2013', '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { value: number; low: number; high: number; parts: Array<{ part: string; value: number | null; contribution: number | null }> };
    expect(out.value).toBeGreaterThan(0.3);
    const sum = out.parts.reduce((s, d) => s + (d.contribution ?? 0), 0);
    expect(Math.abs(sum - out.value)).toBeLessThan(1e-12);
    expect(out.low).toBeLessThanOrEqual(out.value);
    expect(out.high).toBeGreaterThanOrEqual(out.value);
    expect(out.parts.map((p) => p.part)).toEqual(['B: bandwidth_economic', 'B: bandwidth_political', 'B: bandwidth_security', 'D: dependence_economic', 'D: dependence_security']);
  });
});

describe('rank stability on the real database', () => {
  it('Russia is Belarus’s top composite dependence in 2013 in every draw; the probabilities sum to 1', () => {
    const r = interdep('stability', 'BLR', '--year', '2013', '--top', '300', '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { subject: string; counterparts: Array<{ rank: number; counterpart: string; value: number; low: number; high: number; p_top: number }> };
    expect(out.counterparts[0]).toMatchObject({ rank: 1, counterpart: 'RUS', p_top: 1 });
    expect(out.counterparts.reduce((s, c) => s + c.p_top, 0)).toBeCloseTo(1, 12);
    for (const c of out.counterparts) expect(c.low <= c.value && c.value <= c.high, c.counterpart).toBe(true);
  });

  it('compare on composite.dependence gives P(most dependent) over the FSU15 members, summing to 1', () => {
    const r = interdep('compare', '--group', 'FSU15', '--metric', 'composite.dependence', '--counterpart', 'RUS', '--year', '2013', '--json');
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<{ rank: number | null; subject: string; value: number | null; p_top: number }>;
    expect(rows).toHaveLength(14);
    expect(rows.reduce((s, x) => s + x.p_top, 0)).toBeCloseTo(1, 12);
    // the top-ranked member has the largest probability of ranking first
    expect(Math.max(...rows.map((x) => x.p_top))).toBe(rows[0]!.p_top);
    expect(interdep('compare', '--group', 'FSU15', '--metric', 'trade.share_turnover', '--counterpart', 'RUS', '--year', '2013', '--weights', 'realist').code).toBe(2);
  });
});

describe('Belarus and Russia over the bundled years (stored values)', () => {
  it("power.net and composite.influence_capacity of Russia over Belarus exist with intervals for every year with data", async () => {
    const { openBuiltDb } = await import('../helpers/built-db.js');
    const db = await openBuiltDb();
    try {
      for (const metric of ['power.net', 'composite.influence_capacity']) {
        const rows = await db.all<{ year: number; value: number | null; low: number | null; high: number | null }>(
          `SELECT year, value, low, high FROM metric_value WHERE metric = ? AND subject = 'BLR' AND counterpart = 'RUS' AND scenario = 'baseline' AND source = 'default' ORDER BY year`, [metric]);
        const known = rows.filter((x) => x.value !== null);
        expect(known.length, metric).toBeGreaterThan(20);
        for (const x of known) {
          expect(x.low, `${metric} ${x.year}`).not.toBeNull();
          expect(x.low! <= x.value! + 1e-12 && x.value! <= x.high! + 1e-12, `${metric} ${x.year}`).toBe(true);
        }
      }
    } finally {
      db.close();
    }
  });
});

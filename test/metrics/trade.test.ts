import { describe, expect, it } from 'vitest';
import { TRADE_METRICS } from '../../src/metrics/families/trade.js';
import { TRADE_SOURCES } from '../../src/metrics/types.js';
import { materialiseTradeFlow } from '../../src/store/metric-runner.js';
import { tradeFlowReference, type TradeFlow } from '../../src/metrics/trade-flow.js';
import { checkedValues, loadTables, runMetric, sameRows } from '../helpers/metric-harness.js';
import { syntheticTrade } from '../helpers/synthetic-trade.js';

// Hand-built 2013 example: BLR and RUS report to DOTS, POL is silent (its flows are the mirror of theirs).
const DOTS = 'imf_dots_bilateral_trade';
const t = (reporter: string, partner: string, exports: number, imports: number) =>
  ({ dataset: DOTS, year: 2013, reporter, partner, exports, imports, exports_flag: 'reported', imports_flag: 'reported' });
const HAND = {
  trade: [t('BLR', 'RUS', 10, 20), t('BLR', 'POL', 5, 5), t('RUS', 'BLR', 18, 9), t('RUS', 'POL', 30, 10)],
  indicator: [{ dataset: 'worldbank_wdi', year: 2013, country: 'BLR', is_aggregate: false, code: 'NY.GDP.MKTP.CD', value: 1e11 }],
};

const values = (id: string) => checkedValues(id, HAND, (r) => `${r.subject}>${r.counterpart ?? ''}`);

describe('trade metrics: known answers (hand-computed)', () => {
  it('shares of turnover, exports and imports, with mirror flags for the silent reporter', async () => {
    const s = await values('trade.share_turnover');
    // BLR total = 10+20+5+5 = 40; RUS total = 18+9+30+10 = 67; POL (mirror) total = 10 + 40 = 50
    expect(s.get('BLR>RUS')).toMatchObject({ value: 0.75, flags: 'dots_own' });
    expect(s.get('RUS>BLR')!.value).toBeCloseTo(27 / 67, 12);
    expect(s.get('POL>RUS')).toMatchObject({ value: 0.8, flags: 'dots_mirror' });
    const x = await values('trade.share_exports');
    expect(x.get('BLR>RUS')!.value).toBeCloseTo(10 / 15, 12);
    const m = await values('trade.share_imports');
    expect(m.get('POL>BLR')!.value).toBeCloseTo(5 / 35, 12); // POL imports: 5 (from BLR) + 30 (from RUS)
  });

  it('GDP dependence, and NULL with missing:gdp where GDP is unknown (never 0)', async () => {
    const d = await values('trade.dependence_gdp');
    expect(d.get('BLR>RUS')!.value).toBeCloseTo((30 * 1e6) / 1e11, 15);
    expect(d.get('RUS>BLR')).toMatchObject({ value: null, flags: 'dots_own,missing:gdp' });
    const o = await values('trade.openness');
    expect(o.get('BLR>')!.value).toBeCloseTo(4e-4, 15);
  });

  it('concentration: HHI 0.625, normalised 0.25, Hirschman 79.057, Shannon 0.5623 for BLR', async () => {
    expect((await values('trade.partner_hhi')).get('BLR>')!.value).toBeCloseTo(0.625, 12);
    expect((await values('trade.partner_hhi_normalized')).get('BLR>')!.value).toBeCloseTo(0.25, 12);
    expect((await values('trade.hirschman')).get('BLR>')!.value).toBeCloseTo(79.05694150420949, 10);
    expect((await values('trade.partner_shannon')).get('BLR>')!.value).toBeCloseTo(0.5623351446188083, 12);
  });

  it('Barbieri salience, symmetry and interdependence for BLR–RUS, equal in both orders', async () => {
    const sal = await values('trade.barbieri_salience');
    const sym = await values('trade.barbieri_symmetry');
    const int = await values('trade.barbieri_interdependence');
    const sBR = 0.75;
    const sRB = 27 / 67;
    expect(sal.get('BLR>RUS')!.value).toBeCloseTo(Math.sqrt(sBR * sRB), 12);
    expect(sym.get('BLR>RUS')!.value).toBeCloseTo(1 - (sBR - sRB), 12);
    expect(int.get('BLR>RUS')!.value).toBeCloseTo(Math.sqrt(sBR * sRB) * (1 - (sBR - sRB)), 12);
    for (const m of [sal, sym, int]) expect(m.get('RUS>BLR')!.value).toBeCloseTo(m.get('BLR>RUS')!.value!, 14);
  });

  it('export/import dependence, asymmetry, log2 ratio and weak link once Russia has a GDP', async () => {
    // RUS GDP 2e12 US$: Dep(RUS←BLR) = (18+9)e6/2e12 = 1.35e-5; Dep(BLR←RUS) = 30e6/1e11 = 3e-4
    const withRus = { ...HAND, indicator: [...HAND.indicator, { ...HAND.indicator[0]!, country: 'RUS', value: 2e12 }] };
    const get = async (id: string) => {
      const { sql, reference } = await runMetric(id, withRus);
      expect(sameRows(sql, reference)).toBeNull();
      return new Map(sql.map((r) => [`${r.subject}>${r.counterpart}`, r.value]));
    };
    expect((await get('trade.export_dependence_gdp')).get('BLR>RUS')).toBeCloseTo(1e-4, 15); // 10e6 / 1e11
    expect((await get('trade.import_dependence_gdp')).get('BLR>RUS')).toBeCloseTo(2e-4, 15); // 20e6 / 1e11
    expect((await get('trade.asymmetry')).get('BLR>RUS')).toBeCloseTo(3e-4 - 1.35e-5, 15);
    expect((await get('trade.asymmetry')).get('RUS>BLR')).toBeCloseTo(1.35e-5 - 3e-4, 15);
    expect((await get('trade.dependence_ratio')).get('BLR>RUS')).toBeCloseTo(Math.log2(3e-4 / 1.35e-5), 12); // log2(22.2) = 4.4739
    expect((await get('trade.weak_link')).get('BLR>RUS')).toBeCloseTo(1.35e-5, 15);
    expect((await get('trade.weak_link')).get('RUS>BLR')).toBeCloseTo(1.35e-5, 15);
  });

  it('trade intensity of BLR exports to RUS = (10/15)/(20/78) = 2.6', async () => {
    expect((await values('trade.intensity')).get('BLR>RUS')!.value).toBeCloseTo(2.6, 12);
  });
});

describe('trade metrics: SQL equals the TS reference on SYNTHETIC data, every source', () => {
  const data = syntheticTrade(42);
  for (const metric of TRADE_METRICS) {
    for (const source of TRADE_SOURCES) {
      it(`${metric.id} (${source})`, async () => {
        const { sql, reference } = await runMetric(metric, data, source);
        expect(sql.length).toBeGreaterThan(0);
        expect(sameRows(sql, reference)).toBeNull();
      });
    }
  }
});

describe('trade_flow: the source rule in SQL equals its TS reference on SYNTHETIC data', () => {
  for (const source of TRADE_SOURCES) {
    it(source, async () => {
      const data = syntheticTrade(7);
      const db = await loadTables(data);
      try {
        const n = await materialiseTradeFlow(db, source);
        const sql = await db.all<TradeFlow & Record<string, unknown>>(
          `SELECT source, year, reporter, partner, exports, imports, exports_origin, imports_origin, flags FROM trade_flow ORDER BY year, reporter, partner`,
        );
        const ref = tradeFlowReference(data, source).sort((a, b) => a.year - b.year || a.reporter.localeCompare(b.reporter) || a.partner.localeCompare(b.partner));
        expect(n).toBe(ref.length);
        expect(sql).toEqual(ref);
        if (source === 'default') expect(new Set(sql.map((r) => r.exports_origin))).toEqual(new Set(['dots_own', 'dots_estimated', 'dots_mirror', 'cow', null]));
      } finally {
        db.close();
      }
    });
  }
});

describe('trade metrics: properties on SYNTHETIC data', () => {
  const data = syntheticTrade(99);
  const scaled = { ...data, trade: data.trade.map((r) => ({ ...r, exports: r.exports === null ? null : (r.exports as number) * 37.5, imports: r.imports === null ? null : (r.imports as number) * 37.5 })) };

  it('HHI lies in [1/n, 1] and does not change when every flow is scaled', async () => {
    const base = (await runMetric('trade.partner_hhi', data)).sql;
    const shares = (await runMetric('trade.share_turnover', data)).sql;
    const after = (await runMetric('trade.partner_hhi', scaled)).sql;
    for (const [i, r] of base.entries()) {
      const n = shares.filter((s) => s.subject === r.subject && s.year === r.year && (s.value ?? 1) > 0).length;
      expect(r.value!).toBeGreaterThanOrEqual(1 / n - 1e-12);
      expect(r.value!).toBeLessThanOrEqual(1 + 1e-12);
      expect(after[i]!.value!).toBeCloseTo(r.value!, 12);
    }
  });

  it('shares of one subject over all its counterparts sum to 1 when no flow is missing', async () => {
    const complete = { ...data, trade: data.trade.map((r) => ({ ...r, exports: r.exports ?? 1, imports: r.imports ?? 2, exports_flag: r.exports_flag ?? 'reported', imports_flag: r.imports_flag ?? 'reported' })) };
    for (const id of ['trade.share_turnover', 'trade.share_exports', 'trade.share_imports']) {
      const sums = new Map<string, number>();
      for (const r of (await runMetric(id, complete)).sql) sums.set(`${r.subject}|${r.year}`, (sums.get(`${r.subject}|${r.year}`) ?? 0) + r.value!);
      expect(sums.size).toBeGreaterThan(10);
      for (const s of sums.values()) expect(s).toBeCloseTo(1, 12);
    }
  });

  it('undirected metrics are equal for (A,B) and (B,A)', async () => {
    for (const id of ['trade.barbieri_salience', 'trade.barbieri_symmetry', 'trade.barbieri_interdependence', 'trade.weak_link']) {
      const rows = (await runMetric(id, data)).sql;
      const byKey = new Map(rows.map((r) => [`${r.subject}|${r.counterpart}|${r.year}`, r.value]));
      let pairs = 0;
      for (const r of rows) {
        const back = byKey.get(`${r.counterpart}|${r.subject}|${r.year}`);
        if (back === undefined) continue;
        pairs++;
        if (r.value === null) expect(back).toBeNull();
        else expect(back).toBeCloseTo(r.value, 14);
      }
      expect(pairs).toBeGreaterThan(50);
    }
  });

  it('a missing input yields NULL with a flag, never 0', async () => {
    const rows = (await runMetric('trade.dependence_gdp', data)).sql;
    const noGdp = rows.filter((r) => r.flags.includes('missing:gdp'));
    expect(noGdp.length).toBeGreaterThan(0);
    for (const r of noGdp) expect(r.value).toBeNull();
    const noExports = (await runMetric('trade.share_exports', data)).sql.filter((r) => r.flags.includes('missing:exports'));
    expect(noExports.length).toBeGreaterThan(0);
    for (const r of noExports) expect(r.value).toBeNull();
  });
});

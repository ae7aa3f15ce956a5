import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOBILITY_METRICS } from '../../src/metrics/families/mobility.js';
import { TRADE_SOURCES, type MetricRow } from '../../src/metrics/types.js';
import { Database, type Row } from '../../src/store/db.js';
import { openBuiltDb } from '../helpers/built-db.js';
import { checkedValues, runMetric, sameRows } from '../helpers/metric-harness.js';
import { rng, syntheticTrade } from '../helpers/synthetic-trade.js';

const PI = 'passport_index_visa';
const snap = (d: string) => ({ dataset: PI, snapshot_date: d, value_scheme: 'requirement_text' });
const spell = (origin: string, destination: string, requirement: string, from: string, to: string, series = 'post_soviet_spells') =>
  ({ dataset: PI, origin, destination, valid_from: from, valid_to: to, requirement, days: null, raw_value: requirement, series });
const world = (origin: string, destination: string, requirement: string) => spell(origin, destination, requirement, W, W, 'world_matrix');
const W = '2025-01-12';

// Hand-built fixture: five states. Reference dates = latest snapshot of each year: 2019-12-17, 2020-11-19, 2021-12-14, 2025-01-12.
const HAND_VISA = {
  visa_snapshot: ['2019-12-17', '2020-02-07', '2020-05-09', '2020-11-19', '2021-12-14', W].map(snap),
  visa: [
    spell('BLR', 'RUS', 'visa_free', '2020-02-07', W),
    spell('RUS', 'BLR', 'visa_required', '2020-02-07', '2020-05-09'), // superseded before the 2020 reference date
    spell('RUS', 'BLR', 'visa_free', '2020-11-19', W),
    spell('BLR', 'POL', 'visa_required', '2020-02-07', W),
    spell('POL', 'BLR', 'eta', '2020-02-07', W), // the spells say eta on 2025-01-12, the world matrix says visa_free: 2025 reads the world matrix
    spell('DEU', 'BLR', 'visa_on_arrival', '2020-02-07', '2021-12-14'),
    spell('KAZ', 'BLR', 'visa_free', '2020-02-07', W),
    spell('BLR', 'KAZ', 'visa_free', '2020-02-07', '2020-11-19'),
    spell('BLR', 'KAZ', 'covid_ban', '2021-12-14', '2021-12-14'),
    spell('POL', 'RUS', 'e_visa', '2020-02-07', W),
    spell('BLR', 'BLR', 'self', '2020-02-07', W),
    world('BLR', 'RUS', 'visa_free'), world('RUS', 'BLR', 'visa_free'), world('BLR', 'POL', 'visa_required'),
    world('POL', 'BLR', 'visa_free'), world('BLR', 'DEU', 'visa_required'), world('DEU', 'BLR', 'visa_free'),
    world('KAZ', 'BLR', 'visa_free'), world('BLR', 'KAZ', 'visa_free'), world('RUS', 'POL', 'visa_required'),
    world('POL', 'RUS', 'e_visa'), world('DEU', 'POL', 'visa_free'), world('POL', 'DEU', 'visa_free'), world('BLR', 'BLR', 'self'),
    // Rows of another dataset or without a series are not read.
    { ...spell('CHN', 'BLR', 'visa_free', '2020-02-07', W), dataset: 'someone_else' },
    { ...spell('CHN', 'BLR', 'visa_free', '2020-02-07', W), series: null },
  ],
};

// Belarus's trade in 2019 (DOTS, reported by BLR): RUS 60, POL 20, DEU 10, KAZ 10 of 100 → shares 0.6, 0.2, 0.1, 0.1.
const t = (partner: string, x: number) =>
  ({ dataset: 'imf_dots_bilateral_trade', year: 2019, reporter: 'BLR', partner, exports: x, imports: x, exports_flag: 'reported', imports_flag: 'reported' });
const HAND = { ...HAND_VISA, trade: [t('RUS', 30), t('POL', 10), t('DEU', 5), t('KAZ', 5)] };

const keyed = (rows: MetricRow[]) => new Map(rows.map((r) => [`${r.subject}>${r.counterpart ?? ''}@${r.year}`, r]));

const values = (id: string, tables: Record<string, Row[]> = HAND) => checkedValues(id, tables);

describe('mobility metrics: known answers (hand-computed)', () => {
  it('visa.free_access: requirement on the reference date, world matrix in 2025, VOA/eTA = 0 and named in flags', async () => {
    const v = await values('visa.free_access');
    expect(v.get('BLR>RUS@2020')).toMatchObject({ value: 1, flags: 'post_soviet_spells' });
    expect(v.get('RUS>BLR@2020')).toMatchObject({ value: 1, flags: 'post_soviet_spells' }); // 2020-11-19, not the earlier visa_required
    expect(v.get('POL>BLR@2020')).toMatchObject({ value: 0, flags: 'post_soviet_spells,eta' });
    expect(v.get('DEU>BLR@2021')).toMatchObject({ value: 0, flags: 'post_soviet_spells,visa_on_arrival' });
    expect(v.get('BLR>KAZ@2021')).toMatchObject({ value: 0, flags: 'post_soviet_spells,covid_ban' });
    expect(v.get('BLR>POL@2020')).toMatchObject({ value: 0, flags: 'post_soviet_spells' });
    expect(v.get('POL>BLR@2025')).toMatchObject({ value: 1, flags: 'world_matrix' });
    expect(v.get('POL>RUS@2025')).toMatchObject({ value: 0, flags: 'world_matrix,e_visa' });
    expect(v.has('BLR>BLR@2020')).toBe(false); // self
    expect(v.has('CHN>BLR@2020')).toBe(false); // other dataset / no series
    expect([...v.values()].some((r) => r.year === 2019)).toBe(false); // no spell covers 2019-12-17
    // 8 pairs in force in 2020 and in 2021, 12 world-matrix pairs in 2025.
    expect([2020, 2021, 2025].map((y) => [...v.values()].filter((r) => r.year === y).length)).toEqual([8, 8, 12]);
  });

  it('visa.openness: share of listed foreign passports admitted visa-free; NULL + partial_coverage below half', async () => {
    const o = await values('visa.openness');
    // 2020: passports listed = BLR, RUS, POL, DEU, KAZ (5). BLR admits RUS (free), POL (eta), DEU (VOA), KAZ (free): 2/4.
    expect(o.get('BLR>@2020')).toMatchObject({ value: 0.5, flags: 'post_soviet_spells' });
    // RUS lists 2 of 5 passports (BLR, POL): 2 < 2.5 → partial.
    expect(o.get('RUS>@2020')).toMatchObject({ value: null, flags: 'post_soviet_spells,partial_coverage' });
    // 2025 world matrix: BLR admits RUS, POL, DEU, KAZ all visa-free: 4/4; POL admits DEU only of BLR, RUS, DEU: 1/3.
    expect(o.get('BLR>@2025')).toMatchObject({ value: 1, flags: 'world_matrix' });
    expect(o.get('POL>@2025')!.value).toBeCloseTo(1 / 3, 15);
  });

  it('visa.openness_trade_weighted: weights = trade shares of the latest trade year ≤ the visa year', async () => {
    const o = await values('visa.openness_trade_weighted');
    // 2020 (weights of 2019, so trade_lagged): RUS 0.6·1 + POL 0.2·0 (eta) + DEU 0.1·0 (VOA) + KAZ 0.1·1 = 0.7 of 1.0.
    expect(o.get('BLR>@2020')!.value).toBeCloseTo(0.7, 15);
    expect(o.get('BLR>@2020')!.flags).toBe('post_soviet_spells,dots_own,trade_lagged');
    expect(o.get('BLR>@2025')).toMatchObject({ value: 1, flags: 'world_matrix,dots_own,trade_lagged' });
    // POL 2025: its only trade (mirror of BLR's report) is with BLR, which needs a visa: 0.
    expect(o.get('POL>@2025')).toMatchObject({ value: 0, flags: 'world_matrix,dots_mirror,trade_lagged' });
    expect(o.get('RUS>@2020')!.value).toBeNull();
  });

  it('visa.reciprocity: 1 both, 0.5 one side, 0 neither; NULL + missing:reverse without the reverse pair', async () => {
    const r = await values('visa.reciprocity');
    expect(r.get('BLR>RUS@2020')).toMatchObject({ value: 1, flags: 'post_soviet_spells' });
    expect(r.get('BLR>POL@2020')!.value).toBe(0); // visa required / eTA
    expect(r.get('BLR>KAZ@2021')!.value).toBe(0.5); // covid ban one way, visa-free the other
    expect(r.get('KAZ>BLR@2021')!.value).toBe(0.5);
    expect(r.get('BLR>POL@2025')!.value).toBe(0.5);
    expect(r.get('POL>BLR@2025')!.value).toBe(0.5);
    expect(r.get('DEU>BLR@2020')).toMatchObject({ value: null, flags: 'post_soviet_spells,missing:reverse' });
  });
});

// ---- SYNTHETIC data: random visa spells over random snapshots, clearly not real ----

const STATES = ['BLR', 'RUS', 'POL', 'DEU', 'CHN', 'UKR', 'LTU', 'KAZ'];
const POST_SOVIET = new Set(['BLR', 'RUS', 'UKR', 'LTU', 'KAZ']);
const REQUIREMENTS = ['visa_free', 'visa_free', 'visa_required', 'visa_on_arrival', 'eta', 'e_visa', 'covid_ban', 'no_admission', 'other'];

function syntheticVisa(seed: number): Record<string, Row[]> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const dates = [2019, 2020, 2021, 2022, 2023, 2024].flatMap((y) => [`${y}-03-0${1 + Math.floor(r() * 9)}`, `${y}-10-1${Math.floor(r() * 9)}`]);
  dates.push(W);
  const visa: Row[] = [];
  for (const a of STATES) {
    for (const b of STATES) {
      if (a !== b && !POST_SOVIET.has(a) && !POST_SOVIET.has(b)) continue;
      let open: { requirement: string; from: string; to: string } | null = null;
      const close = () => {
        if (open) visa.push(spell(a, b, open.requirement, open.from, open.to));
        open = null;
      };
      for (const d of dates) {
        if (r() < 0.1) {
          close(); // pair missing from this snapshot
          continue;
        }
        const req: string = a === b ? 'self' : open && r() < 0.7 ? open.requirement : pick(REQUIREMENTS);
        if (open && open.requirement === req) open.to = d;
        else {
          close();
          open = { requirement: req, from: d, to: d };
        }
      }
      close();
    }
  }
  for (const a of STATES) for (const b of STATES) if (r() > 0.05) visa.push(world(a, b, a === b ? 'self' : pick(REQUIREMENTS)));
  visa.push({ ...spell('CHN', 'DEU', 'visa_free', dates[0]!, W), dataset: 'someone_else' });
  return { visa_snapshot: [...dates.map(snap), { dataset: 'someone_else', snapshot_date: '2026-06-01', value_scheme: 'x' }], visa };
}

const synthetic = (seed: number) => ({ ...syntheticVisa(seed), ...syntheticTrade(seed, [2019, 2020, 2021]) });

describe('mobility metrics: SQL equals the TS reference on SYNTHETIC data', () => {
  for (const seed of [3, 11, 42]) {
    for (const metric of MOBILITY_METRICS) {
      const sources = metric.usesTradeSource ? TRADE_SOURCES : (['default'] as const);
      for (const source of sources) {
        it(`${metric.id} (seed ${seed}, ${source})`, async () => {
          const { sql, reference } = await runMetric(metric, synthetic(seed), source);
          expect(sql.length).toBeGreaterThan(0);
          expect(sameRows(sql, reference)).toBeNull();
        });
      }
    }
  }

  it('the synthetic data run the missing-value paths', async () => {
    const flags = async (id: string) => new Set((await runMetric(id, synthetic(3))).sql.flatMap((r) => r.flags.split(',')));
    expect([...(await flags('visa.reciprocity'))]).toContain('missing:reverse');
    expect([...(await flags('visa.openness'))]).toContain('partial_coverage');
    const w = await flags('visa.openness_trade_weighted');
    for (const token of ['trade_lagged', 'partial_coverage', 'world_matrix', 'post_soviet_spells', 'dots_mirror']) expect([...w]).toContain(token);
    const a = await flags('visa.free_access');
    for (const token of ['visa_on_arrival', 'eta', 'e_visa', 'covid_ban', 'no_admission', 'other']) expect([...a]).toContain(token);
  });
});

describe('mobility metrics: properties', () => {
  const data = synthetic(77);

  it('visa.free_access is 0 or 1, never NULL, one row per pair-year', async () => {
    const { sql } = await runMetric('visa.free_access', data);
    expect(new Set(sql.map((r) => r.value))).toEqual(new Set([0, 1]));
    expect(new Set(sql.map((r) => `${r.subject}>${r.counterpart}@${r.year}`)).size).toBe(sql.length);
  });

  it('visa.reciprocity is symmetric: (A,B) = (B,A), in {0, 0.5, 1}', async () => {
    const { sql } = await runMetric('visa.reciprocity', data);
    const m = keyed(sql);
    let pairs = 0;
    for (const r of sql) {
      const back = m.get(`${r.counterpart}>${r.subject}@${r.year}`);
      if (r.value === null) {
        expect(back).toBeUndefined();
        expect(r.flags).toContain('missing:reverse');
        continue;
      }
      expect([0, 0.5, 1]).toContain(r.value);
      expect(back!.value).toBe(r.value);
      pairs++;
    }
    expect(pairs).toBeGreaterThan(50);
  });

  it('visa.openness = mean of visa.free_access into the destination, where coverage suffices', async () => {
    const access = (await runMetric('visa.free_access', data)).sql;
    const { sql } = await runMetric('visa.openness', data);
    let checked = 0;
    for (const o of sql) {
      if (o.value === null) {
        expect(o.flags).toContain('partial_coverage');
        continue;
      }
      const into = access.filter((a) => a.counterpart === o.subject && a.year === o.year);
      expect(o.value).toBeCloseTo(into.reduce((s, a) => s + a.value!, 0) / into.length, 12);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('visa.openness_trade_weighted lies in [0, 1], and without trade data is NULL with missing:trade', async () => {
    const { sql } = await runMetric('visa.openness_trade_weighted', data);
    const known = sql.filter((r) => r.value !== null);
    expect(known.length).toBeGreaterThan(5);
    for (const r of known) {
      expect(r.value).toBeGreaterThanOrEqual(0);
      expect(r.value).toBeLessThanOrEqual(1 + 1e-12);
    }
    const noTrade = (await runMetric('visa.openness_trade_weighted', syntheticVisa(77))).sql;
    expect(noTrade.length).toBeGreaterThan(0);
    for (const r of noTrade) {
      expect(r.value).toBeNull();
      expect(r.flags).toContain('missing:trade');
    }
  });
});

describe('mobility metrics: real data (copy of the built database)', () => {
  // the global setup built the real database with every metric computed, as `interdep build` does
  let db: Database;
  beforeAll(async () => {
    db = await openBuiltDb();
  });
  afterAll(() => db?.close());

  const rows = (metric: string, subject: string, counterpart: string | null) =>
    db.all<{ year: number; value: number; flags: string }>(
      `SELECT year, value, flags FROM metric_value WHERE metric = ? AND subject = ? AND counterpart IS NOT DISTINCT FROM ? ORDER BY year`,
      [metric, subject, counterpart],
    );

  it('Belarusians enter Russia visa-free in every year 2019–2025, and the access is reciprocal', async () => {
    const a = await rows('visa.free_access', 'BLR', 'RUS');
    expect(a.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(a.every((r) => r.value === 1)).toBe(true);
    expect(a.at(-1)!.flags).toBe('world_matrix');
    expect((await rows('visa.reciprocity', 'BLR', 'RUS')).every((r) => r.value === 1)).toBe(true);
  });

  it("Belarus's 2025 openness equals the raw world-matrix count", async () => {
    const raw = (await db.one<{ free: number; n: number }>(
      `SELECT CAST(SUM(CASE WHEN requirement = 'visa_free' THEN 1 ELSE 0 END) AS INTEGER) AS free, CAST(COUNT(*) AS INTEGER) AS n
         FROM visa WHERE series = 'world_matrix' AND destination = 'BLR' AND origin <> 'BLR'`,
    ))!;
    const o = (await rows('visa.openness', 'BLR', null)).find((r) => r.year === 2025)!;
    expect(o.value).toBeCloseTo(raw.free / raw.n, 12);
    // Only the post-Soviet destinations have full rows before 2025.
    const before = await db.one<{ n: number }>(
      `SELECT CAST(COUNT(*) AS INTEGER) AS n FROM metric_value WHERE metric = 'visa.openness' AND year < 2025 AND value IS NOT NULL`,
    );
    expect(before!.n).toBe(15 * 6);
  });
});

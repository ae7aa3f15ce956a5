import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_METRICS } from '../../src/metrics/families/security.js';
import type { MetricRow } from '../../src/metrics/types.js';
import { Database, type Row } from '../../src/store/db.js';
import { openBuiltDb } from '../helpers/built-db.js';
import { checkedValues, itMatchesReference, runMetric } from '../helpers/metric-harness.js';
import { rng } from '../helpers/synthetic-trade.js';

const ATOP = 'atop_alliances_v5_1';
const NMC = 'cow_nmc_v7';
const SIPRI = 'sipri_arms_transfers';

const pledge = (year: number, a: string, b: string, p: Partial<Record<'defense' | 'offense' | 'neutrality' | 'nonaggression' | 'consultation', boolean>>) =>
  ({ dataset: ATOP, year, state_a: a, state_b: b, defense: false, offense: false, neutrality: false, nonaggression: false, consultation: false, ...p });
const cap = (year: number, state: string, cinc: number | null) => ({ dataset: NMC, year, state, cinc });
const tiv = (year: number, supplier: string | null, recipient: string | null, value: number) =>
  ({ dataset: SIPRI, year, supplier, recipient, supplier_label: supplier ?? 'Unknown supplier(s)', recipient_label: recipient ?? 'Rebels*', tiv: value });

// Hand-built fixture. ATOP covers 2017–2018 here; NMC lists BLR, RUS in 2017, five states in 2018, and 2019 (outside ATOP).
// ATOP codes A's obligations towards B: USA defends JPN but not the reverse; FRA defends DJI, DJI owes FRA nothing.
const ALLIANCES = {
  alliance: [
    pledge(2017, 'RUS', 'BLR', { defense: true, nonaggression: true, consultation: true }),
    pledge(2017, 'BLR', 'RUS', { defense: true, nonaggression: true, consultation: true }),
    pledge(2018, 'RUS', 'BLR', { defense: true, nonaggression: true, consultation: true }),
    pledge(2018, 'BLR', 'RUS', { defense: true, nonaggression: true, consultation: true }),
    pledge(2018, 'USA', 'JPN', { defense: true, consultation: true }),
    pledge(2018, 'JPN', 'USA', { consultation: true }),
    pledge(2018, 'FRA', 'DJI', { defense: true }),
    pledge(2018, 'DJI', 'FRA', {}),
  ],
  capability: [
    cap(2017, 'BLR', 0.002), cap(2017, 'RUS', 0.04),
    ...['BLR', 'RUS', 'USA', 'JPN', 'POL'].map((s) => cap(2018, s, 0.01)),
    cap(2019, 'BLR', 0.002), cap(2019, 'RUS', 0.04),
  ],
};

const values = (id: string, tables: Record<string, Row[]>) => checkedValues(id, tables);

describe('security: known answers (hand-computed)', () => {
  it('defence pledge is read from the counterpart to the subject: JPN on USA 1, USA on JPN 0; absent ATOP pair = 0 within the grid', async () => {
    const d = await values('security.alliance_defense', ALLIANCES);
    expect(d.get('JPN>USA@2018')!.value).toBe(1);
    expect(d.get('USA>JPN@2018')!.value).toBe(0);
    expect(d.get('BLR>RUS@2018')!.value).toBe(1);
    expect(d.get('RUS>BLR@2018')!.value).toBe(1);
    expect(d.get('DJI>FRA@2018')!.value).toBe(1); // FRA, DJI not in NMC here: their ATOP rows still count
    expect(d.get('FRA>DJI@2018')!.value).toBe(0);
    expect(d.get('POL>USA@2018')).toMatchObject({ value: 0, flags: '' }); // both NMC members, no ATOP row
    // grid: 2018 = 5 NMC states → 20 ordered pairs + FRA–DJI both ways = 22; 2017 = BLR–RUS both ways = 2; 2019 outside ATOP → none
    expect(d.size).toBe(24);
    expect([...d.keys()].some((k) => k.endsWith('@2019'))).toBe(false);
  });

  it('any obligation: USA on JPN 1 (JPN owes consultation); FRA on DJI 0 (an ATOP row with none of the five)', async () => {
    const a = await values('security.alliance_any', ALLIANCES);
    expect(a.get('USA>JPN@2018')!.value).toBe(1);
    expect(a.get('FRA>DJI@2018')!.value).toBe(0);
    expect(a.get('DJI>FRA@2018')!.value).toBe(1);
    expect(a.get('POL>RUS@2018')!.value).toBe(0);
  });

  it('arms import share over the window y−4…y, with partial_window, nonstate_supplier and zero_total', async () => {
    const arms = {
      arms_transfer: [
        tiv(2010, null, 'BLR', 5), // 'Unknown supplier(s)'
        tiv(2012, 'RUS', 'BLR', 75), tiv(2013, 'RUS', 'BLR', 75), tiv(2014, 'RUS', 'BLR', 66),
        tiv(2015, 'RUS', 'BLR', 89), tiv(2015, 'UKR', 'BLR', 10),
        tiv(2016, 'RUS', 'BLR', 114), tiv(2016, 'CHN', 'BLR', 2),
        tiv(2016, 'RUS', 'KAZ', 0), // SIPRI "0" = under 0.5 m
        tiv(2016, 'RUS', null, 3), // to a non-state recipient: not a subject
      ],
    };
    const s = await values('security.arms_import_share', arms);
    // window 2012 = 2010–2012, starts at the first year of the data + 0 < 4 years back: RUS 75 of 80
    expect(s.get('BLR>RUS@2012')).toMatchObject({ value: 75 / 80, flags: 'partial_window,nonstate_supplier' });
    // window 2014 = 2010–2014: RUS 75 + 75 + 66 = 216 of 216 + 5 = 221
    expect(s.get('BLR>RUS@2014')!.value).toBeCloseTo(216 / 221, 12);
    expect(s.get('BLR>RUS@2014')!.flags).toBe('nonstate_supplier');
    // window 2016 = 2012–2016: RUS 75 + 75 + 66 + 89 + 114 = 419, UKR 10, CHN 2; total 431
    expect(s.get('BLR>RUS@2016')).toMatchObject({ flags: '' });
    expect(s.get('BLR>RUS@2016')!.value).toBeCloseTo(419 / 431, 12);
    expect(s.get('BLR>UKR@2016')!.value).toBeCloseTo(10 / 431, 12);
    expect(s.get('BLR>CHN@2016')!.value).toBeCloseTo(2 / 431, 12);
    expect(s.get('KAZ>RUS@2016')).toMatchObject({ value: null, flags: 'zero_total' });
    expect([...s.keys()].some((k) => /@201[7-9]/.test(k))).toBe(false); // windows end at the last year of the data
    expect([...s.values()].some((r) => r.counterpart === null)).toBe(false);
  });

  it('CINC and the CINC ratio: RUS/BLR = 0.04/0.002 = 20; a missing CINC gives NULL with a flag', async () => {
    const tables = { capability: [cap(2014, 'BLR', 0.002), cap(2014, 'RUS', 0.04), cap(2014, 'XYZ', null)] };
    const c = await values('power.cinc', tables);
    expect(c.get('RUS>@2014')!.value).toBe(0.04);
    expect(c.get('XYZ>@2014')).toMatchObject({ value: null, flags: 'missing:cinc' });
    const r = await values('power.cinc_ratio', tables);
    expect(r.get('BLR>RUS@2014')!.value).toBeCloseTo(20, 12);
    expect(r.get('RUS>BLR@2014')!.value).toBeCloseTo(0.05, 12);
    expect(r.get('XYZ>RUS@2014')).toMatchObject({ value: null, flags: 'missing:cinc' });
    expect(r.get('RUS>XYZ@2014')).toMatchObject({ value: null, flags: 'missing:counterpart_cinc' });
  });
});

// ---- SYNTHETIC data (seeded; not real alliances, capabilities or transfers) ----

const STATES = ['BLR', 'RUS', 'POL', 'DEU', 'UKR', 'KAZ', 'USA', 'CHN'];

function syntheticSecurity(seed: number): Record<string, Row[]> {
  const r = rng(seed);
  const alliance: Row[] = [];
  const capability: Row[] = [];
  const arms_transfer: Row[] = [];
  for (const year of [2014, 2015, 2016, 2017, 2018]) {
    for (const a of [...STATES, 'MCO']) {
      // MCO: in ATOP, never in NMC; 2014 and 2018 lie outside the synthetic ATOP years
      if (a !== 'MCO' && r() < 0.9) capability.push(cap(year, a, r() < 0.1 ? null : r() < 0.05 ? 0 : Math.round(r() * 1e6) / 1e7));
      for (const b of [...STATES, 'MCO']) {
        if (a === b || year < 2015 || year > 2017 || r() > 0.35) continue;
        alliance.push(pledge(year, a, b, { defense: r() < 0.5, offense: r() < 0.1, neutrality: r() < 0.1, nonaggression: r() < 0.3, consultation: r() < 0.4 }));
      }
    }
  }
  for (let year = 2000; year <= 2010; year++) {
    for (const a of STATES) {
      for (const b of STATES) if (a !== b && r() < 0.15) arms_transfer.push(tiv(year, a, b, r() < 0.15 ? 0 : Math.round(r() * 500)));
      if (r() < 0.1) arms_transfer.push(tiv(year, null, a, Math.round(r() * 20)));
      if (r() < 0.05) arms_transfer.push(tiv(year, a, null, Math.round(r() * 20)));
    }
  }
  alliance.push({ ...pledge(2016, 'BLR', 'RUS', { defense: true }), dataset: 'cow_alliance_v4' }); // another dataset: ignored
  return { alliance, capability, arms_transfer };
}

describe('security: SQL equals the TS reference on SYNTHETIC data', () => {
  const data = syntheticSecurity(3);
  itMatchesReference(SECURITY_METRICS, data);
});

describe('security: properties (SYNTHETIC data)', () => {
  const data = syntheticSecurity(5);
  const key = (r: MetricRow) => `${r.subject}|${r.counterpart}|${r.year}`;

  it('alliance values are 0 or 1, never NULL, and defence implies any obligation', async () => {
    const def = (await runMetric('security.alliance_defense', data)).sql;
    const any = new Map((await runMetric('security.alliance_any', data)).sql.map((r) => [key(r), r]));
    expect(def.length).toBe(any.size);
    for (const r of def) {
      expect([0, 1]).toContain(r.value);
      expect(any.get(key(r))!.value!).toBeGreaterThanOrEqual(r.value!);
    }
  });

  it('arms shares of one subject-year sum to 1 over its suppliers unless a non-state supplier is in the total', async () => {
    const rows = (await runMetric('security.arms_import_share', data)).sql;
    const sums = new Map<string, { sum: number; nonstate: boolean; nulls: boolean }>();
    for (const r of rows) {
      const k = `${r.subject}|${r.year}`;
      const s = sums.get(k) ?? { sum: 0, nonstate: false, nulls: false };
      s.sum += r.value ?? 0;
      s.nonstate ||= r.flags.includes('nonstate_supplier');
      s.nulls ||= r.value === null;
      sums.set(k, s);
    }
    for (const s of sums.values()) {
      if (s.nulls) expect(s.sum).toBe(0);
      else if (s.nonstate) expect(s.sum).toBeLessThanOrEqual(1 + 1e-12);
      else expect(s.sum).toBeCloseTo(1, 12);
    }
  });

  it('CINC ratio: r(i,j) · r(j,i) = 1 where both are known; NULL exactly where a CINC is missing or the subject\'s is 0', async () => {
    const rows = (await runMetric('power.cinc_ratio', data)).sql;
    const byKey = new Map(rows.map((r) => [key(r), r]));
    for (const r of rows) {
      const back = byKey.get(`${r.counterpart}|${r.subject}|${r.year}`)!;
      if (r.value !== null && back.value !== null) expect(r.value * back.value).toBeCloseTo(1, 12);
      expect(r.value === null).toBe(r.flags !== '');
    }
  });
});

// ---- real data: ATOP v5.1, SIPRI, COW NMC v7 in the built database ----

describe('security: real data', () => {
  // the global setup built the real database with every metric computed, as `interdep build` does
  let db: Database;
  beforeAll(async () => {
    db = await openBuiltDb();
  });
  afterAll(() => db?.close());

  const value = async (metric: string, subject: string, counterpart: string | null, year: number) =>
    (await db.one<{ value: number | null }>(
      `SELECT value FROM metric_value WHERE metric = ? AND subject = ? AND counterpart IS NOT DISTINCT FROM ? AND year = ?`,
      [metric, subject, counterpart, year],
    ))?.value;

  it('ATOP: Belarus–Russia 2018 defence pledge = 1 both ways (CSTO / Union State); US–Japan one-sided', async () => {
    expect(await value('security.alliance_defense', 'BLR', 'RUS', 2018)).toBe(1);
    expect(await value('security.alliance_defense', 'RUS', 'BLR', 2018)).toBe(1);
    expect(await value('security.alliance_defense', 'JPN', 'USA', 2018)).toBe(1);
    expect(await value('security.alliance_defense', 'USA', 'JPN', 2018)).toBe(0);
    expect(await value('security.alliance_defense', 'BLR', 'POL', 2018)).toBe(0); // both in the system, no ATOP row
  });

  it('SIPRI: Russia supplied 557 of the 571 TIV Belarus imported in 2014–2018 (the raw rows, summed)', async () => {
    const raw = await db.all<{ supplier: string | null; tiv: number }>(
      `SELECT supplier, SUM(tiv) AS tiv FROM arms_transfer WHERE recipient = 'BLR' AND year BETWEEN 2014 AND 2018 GROUP BY supplier ORDER BY supplier`,
    );
    expect(raw).toEqual([{ supplier: 'CHN', tiv: 4 }, { supplier: 'RUS', tiv: 557 }, { supplier: 'UKR', tiv: 10 }]);
    expect(await value('security.arms_import_share', 'BLR', 'RUS', 2018)).toBeCloseTo(557 / 571, 12);
  });

  it('COW NMC: Russia had 19.6 times Belarus\'s CINC in 2014', async () => {
    const raw = await db.all<{ state: string; cinc: number }>(`SELECT state, cinc FROM capability WHERE year = 2014 AND state IN ('BLR', 'RUS') ORDER BY state`);
    const [blr, rus] = raw.map((r) => r.cinc) as [number, number];
    expect(await value('power.cinc', 'BLR', null, 2014)).toBe(blr);
    expect(await value('power.cinc_ratio', 'BLR', 'RUS', 2014)).toBeCloseTo(rus / blr, 12);
    expect(rus / blr).toBeCloseTo(19.637, 3);
  });
});

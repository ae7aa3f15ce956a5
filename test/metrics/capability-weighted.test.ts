// The capability-weighted security and institutions measures (issue 14): security.ally_capability_share (ATOP defence
// pledges × COW NMC CINC) and igo.comember_capability_share (COW IGO × CINC). Known answers on hand-built tables,
// SQL = TS reference on seeded synthetic tables, and the sum identities.
import { describe, expect, it } from 'vitest';
import type { MetricRow } from '../../src/metrics/types.js';
import type { Row } from '../../src/store/db.js';
import { checkedValues, runMetric, sameRows } from '../helpers/metric-harness.js';
import { rng } from '../helpers/synthetic-trade.js';

const ATOP = 'atop_alliances_v5_1';
const NMC = 'cow_nmc_v7';
const IGO = 'cow_igo_v3';

const pledge = (year: number, a: string, b: string, defense: boolean) =>
  ({ dataset: ATOP, year, state_a: a, state_b: b, defense, offense: false, neutrality: false, nonaggression: false, consultation: !defense });
const cap = (year: number, state: string, cinc: number | null) => ({ dataset: NMC, year, state, cinc });
const mem = (year: number, state: string, igo: string, status = 'full') => ({ dataset: IGO, year, state, igo, status });

// ---- security.ally_capability_share ----

// 2018: RUS and KAZ pledge to defend BLR; BLR defends RUS; RUS owes KAZ only consultation (no defence); XXX (no NMC row)
// pledges to TJK as RUS does; RUS pledges to ABC (no NMC row). CINC: RUS 0.04, KAZ 0.003, BLR 0.002, TJK 0.0004.
const ALLIANCES = {
  alliance: [
    pledge(2018, 'RUS', 'BLR', true), pledge(2018, 'KAZ', 'BLR', true), pledge(2018, 'BLR', 'RUS', true),
    pledge(2018, 'RUS', 'KAZ', false),
    pledge(2018, 'RUS', 'TJK', true), pledge(2018, 'XXX', 'TJK', true),
    pledge(2018, 'RUS', 'ABC', true),
  ],
  capability: [cap(2018, 'RUS', 0.04), cap(2018, 'KAZ', 0.003), cap(2018, 'BLR', 0.002), cap(2018, 'TJK', 0.0004)],
};

describe('security.ally_capability_share: known answers (hand-computed)', () => {
  it("the ally's share of the pool of the subject and all its defenders; 0 without a defence pledge", async () => {
    const v = await checkedValues('security.ally_capability_share', ALLIANCES);
    // BLR's pool: own 0.002 + RUS 0.04 + KAZ 0.003 = 0.045
    expect(v.get('BLR>RUS@2018')!.value).toBeCloseTo(0.04 / 0.045, 12); // 0.888…
    expect(v.get('BLR>KAZ@2018')!.value).toBeCloseTo(0.003 / 0.045, 12); // 0.0666…
    // RUS's pool: own 0.04 + BLR 0.002 = 0.042: Russia depends little on its small ally
    expect(v.get('RUS>BLR@2018')!.value).toBeCloseTo(0.002 / 0.042, 12); // 0.0476…
    expect(v.get('RUS>BLR@2018')!.value!).toBeLessThan(v.get('BLR>RUS@2018')!.value!);
    // no defence pledge = a documented 0: consultation only (KAZ on RUS), no ATOP row (TJK on BLR), the pledger's side (RUS on KAZ)
    expect(v.get('KAZ>RUS@2018')).toMatchObject({ value: 0, flags: '' });
    expect(v.get('TJK>BLR@2018')).toMatchObject({ value: 0, flags: '' });
    expect(v.get('RUS>KAZ@2018')).toMatchObject({ value: 0, flags: '' });
  });

  it('a pool with an unknown CINC cannot be shared out: NULL with missing:ally_cinc / missing:cinc', async () => {
    const v = await checkedValues('security.ally_capability_share', ALLIANCES);
    expect(v.get('TJK>RUS@2018')).toMatchObject({ value: null, flags: 'missing:ally_cinc' });
    expect(v.get('TJK>XXX@2018')).toMatchObject({ value: null, flags: 'missing:ally_cinc' });
    expect(v.get('ABC>RUS@2018')).toMatchObject({ value: null, flags: 'missing:cinc' });
    expect(v.get('TJK>KAZ@2018')).toMatchObject({ value: 0, flags: '' }); // KAZ does not pledge: still a documented 0
  });

  it('the shares of a subject-year plus its own share of the pool sum to 1', async () => {
    const v = await checkedValues('security.ally_capability_share', ALLIANCES);
    const blr = [...v.values()].filter((r) => r.subject === 'BLR' && r.year === 2018).reduce((s, r) => s + r.value!, 0);
    expect(blr + 0.002 / 0.045).toBeCloseTo(1, 12);
  });
});

// ---- igo.comember_capability_share ----

// 2000. CINC: A 0.5, B 0.3, C 0.1, D 0.1; E has no NMC row. Organisations (full members):
//   O1 {A, B}: w = 1/(2−1) = 1, capabilities 0.8     O2 {A, B, C, D}: w = 1/3, capabilities 1.0
//   O3 {B, C}: w = 1, capabilities 0.4               O4 {D, E}: w = 1, capabilities 0.1 (E unknown)
//   O5 {F}: one member (no tie)                      G: a member of O2 of unknown status (COW −9)
const IGOS = {
  igo_membership: [
    mem(2000, 'A', 'O1'), mem(2000, 'B', 'O1'),
    mem(2000, 'A', 'O2'), mem(2000, 'B', 'O2'), mem(2000, 'C', 'O2'), mem(2000, 'D', 'O2'), mem(2000, 'G', 'O2', 'missing'),
    mem(2000, 'B', 'O3'), mem(2000, 'C', 'O3'),
    mem(2000, 'D', 'O4'), mem(2000, 'E', 'O4'),
    mem(2000, 'F', 'O5'),
  ],
  capability: [cap(2000, 'A', 0.5), cap(2000, 'B', 0.3), cap(2000, 'C', 0.1), cap(2000, 'D', 0.1), cap(2000, 'F', 0.2), cap(2000, 'G', 0.05)],
};

describe('igo.comember_capability_share: known answers (hand-computed)', () => {
  it('capability shares averaged over the subject\'s organisations with weight 1/(m − 1)', async () => {
    const v = await checkedValues('igo.comember_capability_share', IGOS);
    // C: O2 (w 1/3), O3 (w 1); Σw = 4/3
    expect(v.get('C>A@2000')!.value).toBeCloseTo(((1 / 3) * 0.5) / (4 / 3), 12); // 0.125
    expect(v.get('C>B@2000')!.value).toBeCloseTo(((1 / 3) * 0.3 + 1 * (0.3 / 0.4)) / (4 / 3), 12); // 0.6375
    expect(v.get('C>D@2000')!.value).toBeCloseTo(((1 / 3) * 0.1) / (4 / 3), 12); // 0.025
    // A: O1 (w 1), O2 (w 1/3); the bilateral body with B dominates
    expect(v.get('A>B@2000')!.value).toBeCloseTo((0.3 / 0.8 + (1 / 3) * 0.3) / (4 / 3), 12); // 0.35625
    expect(v.get('A>C@2000')!.value).toBeCloseTo(((1 / 3) * 0.1) / (4 / 3), 12); // 0.025
    // B: O1 (1), O2 (1/3), O3 (1); Σw = 7/3: B depends on A through O1 and O2, on C through O3 and O2
    expect(v.get('B>A@2000')!.value).toBeCloseTo((0.5 / 0.8 + (1 / 3) * 0.5) / (7 / 3), 12);
    expect(v.get('B>C@2000')!.value).toBeCloseTo((0.1 / 0.4 + (1 / 3) * 0.1) / (7 / 3), 12);
    // no organisation in common: a documented 0
    expect(v.get('A>F@2000')).toMatchObject({ value: 0, flags: '' });
  });

  it('the equal split would rank C on A and on D alike (1/6 each); the weighted share tells them apart', async () => {
    const eq = await checkedValues('igo.comember_share', IGOS);
    expect(eq.get('C>A@2000')!.value).toBeCloseTo(eq.get('C>D@2000')!.value!, 12);
    const w = await checkedValues('igo.comember_capability_share', IGOS);
    expect(w.get('C>A@2000')!.value! / w.get('C>D@2000')!.value!).toBeCloseTo(5, 12); // CINC 0.5 vs 0.1
  });

  it('missing data: counterpart without CINC → NULL; an organisation with such a member flags missing:member_cinc; one-member bodies → zero_total; unknown status flagged', async () => {
    const v = await checkedValues('igo.comember_capability_share', IGOS);
    // D: O2 (1/3), O4 (1, E's CINC unknown: D's own share there is 0.1/0.1)
    expect(v.get('D>E@2000')).toMatchObject({ value: null, flags: 'missing:member_cinc,missing:counterpart_cinc' });
    expect(v.get('D>A@2000')!.flags).toBe('missing:member_cinc');
    expect(v.get('D>A@2000')!.value).toBeCloseTo(((1 / 3) * 0.5) / (4 / 3), 12);
    // E: O4 only; D holds all the known capabilities of O4
    expect(v.get('E>D@2000')).toMatchObject({ value: 1, flags: 'missing:member_cinc' });
    expect(v.get('F>A@2000')).toMatchObject({ value: null, flags: 'zero_total' });
    // G's O2 status is unknown: G has no weighted membership, and every pair that might share O2 carries missing:status
    expect(v.get('G>A@2000')).toMatchObject({ value: null, flags: 'missing:status,zero_total' });
    expect(v.get('A>G@2000')).toMatchObject({ value: 0, flags: 'missing:status' });
  });
});

// ---- SQL = TS reference on SYNTHETIC tables (seeded; not real data) ----

const STATES = ['BLR', 'RUS', 'POL', 'DEU', 'UKR', 'KAZ', 'USA', 'CHN', 'TJK'];

function synthetic(seed: number): Record<string, Row[]> {
  const r = rng(seed);
  const alliance: Row[] = [];
  const capability: Row[] = [];
  const igo_membership: Row[] = [];
  for (const year of [2012, 2013, 2014]) {
    for (const a of STATES) {
      // TJK has no NMC row in 2013; some CINC are NULL
      if (!(a === 'TJK' && year === 2013)) capability.push(cap(year, a, r() < 0.08 ? null : Math.round(r() * 1e6) / 1e7));
      for (const b of STATES) if (a !== b && r() < 0.3) alliance.push(pledge(year, a, b, r() < 0.6));
      for (const o of ['O1', 'O2', 'O3', 'O4', 'O5', 'O6']) {
        if (r() < 0.5) continue;
        const u = r();
        igo_membership.push(mem(year, a, o, u < 0.75 ? 'full' : u < 0.85 ? 'observer' : 'missing'));
      }
    }
  }
  igo_membership.push(mem(2014, 'MDA', 'O1', 'observer'), { ...mem(2014, 'BLR', 'O7'), dataset: 'other_igo_source' });
  capability.push({ ...cap(2014, 'BLR', 0.9), dataset: 'other_nmc' });
  return { alliance, capability, igo_membership };
}

describe('capability-weighted measures: SQL equals the TS reference on SYNTHETIC tables', () => {
  for (const seed of [1, 2]) {
    for (const id of ['security.ally_capability_share', 'igo.comember_capability_share']) {
      it(`${id} (seed ${seed})`, async () => {
        const { sql, reference } = await runMetric(id, synthetic(seed));
        expect(sql.length).toBeGreaterThan(100);
        expect(sql.some((x) => x.value !== null && x.value > 0)).toBe(true);
        expect(sql.some((x) => x.value === null)).toBe(true);
        expect(sameRows(sql, reference)).toBeNull();
      });
    }
  }

  it('values lie in [0, 1], and per subject-year the known shares sum to at most 1', async () => {
    for (const id of ['security.ally_capability_share', 'igo.comember_capability_share']) {
      const { sql } = await runMetric(id, synthetic(3));
      const sums = new Map<string, number>();
      for (const x of sql as MetricRow[]) {
        if (x.value === null) continue;
        expect(x.value).toBeGreaterThanOrEqual(0);
        expect(x.value).toBeLessThanOrEqual(1);
        sums.set(`${x.subject}|${x.year}`, (sums.get(`${x.subject}|${x.year}`) ?? 0) + x.value);
      }
      for (const [k, s] of sums) expect(s, `${id} ${k}`).toBeLessThanOrEqual(1 + 1e-12);
    }
  });
});

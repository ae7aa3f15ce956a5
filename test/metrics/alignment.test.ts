import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALIGNMENT_METRICS } from '../../src/metrics/families/alignment.js';
import type { MetricRow } from '../../src/metrics/types.js';
import { Database, type Row } from '../../src/store/db.js';
import { openBuiltDb } from '../helpers/built-db.js';
import { checkedValues, itMatchesReference, runMetric } from '../helpers/metric-harness.js';
import { rng } from '../helpers/synthetic-trade.js';

const VOTES = 'unga_rollcall_votes';
const IDEAL = 'unga_ideal_points';
const rc = (rcid: number, year: number | null) => ({ dataset: VOTES, rcid, session: 69, year });
const vote = (rcid: number, state: string, v: string) => ({ dataset: VOTES, rcid, state, vote: v });
const ip = (year: number, state: string, all: number | null, fp: number | null) =>
  ({ dataset: IDEAL, year, state, ideal_point_all: all, ideal_point_fp: fp });

// Hand-built roll calls. 2014: rc1–rc3; 2015: rc4; 2016: rc5–rc14 (BLR and RUS vote yes on all ten).
const HAND = {
  unga_rollcall: [rc(1, 2014), rc(2, 2014), rc(3, 2014), rc(4, 2015), ...Array.from({ length: 10 }, (_, i) => rc(5 + i, 2016))],
  unga_vote: [
    vote(1, 'BLR', 'yes'), vote(1, 'RUS', 'yes'), vote(1, 'POL', 'no'),
    vote(2, 'BLR', 'abstain'), vote(2, 'RUS', 'yes'), vote(2, 'POL', 'yes'),
    vote(3, 'BLR', 'no'), vote(3, 'RUS', 'no'), // POL absent
    vote(4, 'BLR', 'yes'), vote(4, 'POL', 'abstain'), // RUS absent
    ...Array.from({ length: 10 }, (_, i) => [vote(5 + i, 'BLR', 'yes'), vote(5 + i, 'RUS', 'yes')]).flat(),
  ],
};

const values = (id: string, tables: Record<string, Row[]>) => checkedValues(id, tables);

describe('alignment: known answers (hand-computed)', () => {
  it('agreement: identical 1, one abstains 0.5, opposite 0; absences are not votes', async () => {
    const a = await values('unga.agreement', HAND);
    // BLR–RUS 2014: rc1 same (1) + rc2 abstain/yes (0.5) + rc3 same (1) = 2.5 over 3 common votes
    expect(a.get('BLR>RUS@2014')).toMatchObject({ flags: 'few_votes' });
    expect(a.get('BLR>RUS@2014')!.value).toBeCloseTo(2.5 / 3, 12);
    expect(a.get('RUS>BLR@2014')!.value).toBeCloseTo(2.5 / 3, 12);
    // BLR–POL 2014: rc1 yes/no (0) + rc2 abstain/yes (0.5) = 0.5 over 2 (rc3: POL absent, not counted)
    expect(a.get('BLR>POL@2014')!.value).toBeCloseTo(0.25, 12);
    // RUS–POL 2014: rc1 0 + rc2 1 = 1 over 2
    expect(a.get('POL>RUS@2014')!.value).toBeCloseTo(0.5, 12);
    // 2015: only BLR–POL voted together (yes/abstain = 0.5); no BLR–RUS row at all, not a 0
    expect(a.get('BLR>POL@2015')!.value).toBeCloseTo(0.5, 12);
    expect(a.has('BLR>RUS@2015')).toBe(false);
    // 2016: ten identical votes → 1, enough votes for no flag
    expect(a.get('BLR>RUS@2016')).toMatchObject({ value: 1, flags: '' });
    expect(a.size).toBe(6 + 2 + 2);
  });

  it('ideal-point distance: |all − all|; fp for both when either lacks all (flag fp); NULL when neither exists for both', async () => {
    const tables = {
      unga_ideal_point: [
        ip(2013, 'BLR', -0.605887, -0.358899), ip(2013, 'RUS', -0.276183, -0.051857),
        ip(2023, 'BLR', -1.24359, -0.719114), ip(2023, 'RUS', null, -0.411309), ip(2023, 'XYZ', null, null),
        ip(2024, 'BLR', null, -0.850019), ip(2024, 'RUS', null, -0.598485),
      ],
    };
    const d = await values('unga.ideal_point_distance', tables);
    expect(d.get('BLR>RUS@2013')).toMatchObject({ flags: '' });
    expect(d.get('BLR>RUS@2013')!.value).toBeCloseTo(0.329704, 12); // −0.276183 − (−0.605887)
    expect(d.get('RUS>BLR@2013')!.value).toBeCloseTo(0.329704, 12);
    // 2023: RUS has no 'all' estimate → fp for both: −0.411309 − (−0.719114) = 0.307805 (never mixing scales)
    expect(d.get('BLR>RUS@2023')).toMatchObject({ flags: 'fp' });
    expect(d.get('BLR>RUS@2023')!.value).toBeCloseTo(0.307805, 12);
    expect(d.get('BLR>XYZ@2023')).toMatchObject({ value: null, flags: 'missing:ideal_point' });
    expect(d.get('BLR>RUS@2024')!.value).toBeCloseTo(0.251534, 12); // 2024: fp only in the source
    expect(d.get('BLR>RUS@2024')!.flags).toBe('fp');
  });
});

// ---- SYNTHETIC data (seeded; not real votes or ideal points) ----

const STATES = ['BLR', 'RUS', 'POL', 'DEU', 'UKR', 'KAZ', 'USA', 'CHN'];

function syntheticUnga(seed: number): Record<string, Row[]> {
  const r = rng(seed);
  const unga_rollcall: Row[] = [];
  const unga_vote: Row[] = [];
  const unga_ideal_point: Row[] = [];
  for (let rcid = 1; rcid <= 60; rcid++) {
    unga_rollcall.push(rc(rcid, rcid === 60 ? null : 2010 + (rcid % 3)));
    for (const s of STATES) {
      if (r() < 0.2) continue; // absent
      const u = r();
      unga_vote.push(vote(rcid, s, u < 0.6 ? 'yes' : u < 0.8 ? 'abstain' : 'no'));
    }
  }
  unga_vote.push({ ...vote(1, 'MDA', 'yes'), dataset: 'other_votes' }); // another dataset: ignored
  for (const year of [2021, 2022, 2023, 2024]) {
    for (const s of STATES) {
      if (r() < 0.1) continue;
      const all = year === 2024 || r() < 0.1 ? null : Math.round((r() * 5 - 2.5) * 1e6) / 1e6;
      unga_ideal_point.push(ip(year, s, all, r() < 0.05 ? null : Math.round((r() * 5 - 2.5) * 1e6) / 1e6));
    }
  }
  return { unga_rollcall, unga_vote, unga_ideal_point };
}

describe('alignment: SQL equals the TS reference on SYNTHETIC data', () => {
  const data = syntheticUnga(9);
  itMatchesReference(ALIGNMENT_METRICS, data);
});

describe('alignment: properties (SYNTHETIC data)', () => {
  const data = syntheticUnga(13);
  const key = (r: MetricRow) => `${r.subject}|${r.counterpart}|${r.year}`;

  for (const id of ['unga.agreement', 'unga.ideal_point_distance']) {
    it(`${id} is equal for (A,B) and (B,A)`, async () => {
      const rows = (await runMetric(id, data)).sql;
      const byKey = new Map(rows.map((r) => [key(r), r]));
      for (const r of rows) expect(byKey.get(`${r.counterpart}|${r.subject}|${r.year}`)).toMatchObject({ value: r.value, flags: r.flags });
    });
  }

  it('agreement lies in [0, 1]; a roll call without a year is left out; a state agrees fully with an identical twin', async () => {
    const twin = { ...data, unga_vote: [...data.unga_vote!, ...data.unga_vote!.filter((v) => v.state === 'BLR').map((v) => ({ ...v, state: 'TWN' }))] };
    const rows = (await runMetric('unga.agreement', twin)).sql;
    for (const r of rows) expect(r.value! >= 0 && r.value! <= 1).toBe(true);
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2010, 2011, 2012]));
    for (const y of [2010, 2011, 2012]) expect(rows.find((r) => r.subject === 'BLR' && r.counterpart === 'TWN' && r.year === y)!.value).toBe(1);
  });

  it('ideal-point distance is NULL exactly with missing:ideal_point, and uses fp for every pair in 2024', async () => {
    const rows = (await runMetric('unga.ideal_point_distance', data)).sql;
    for (const r of rows) expect(r.value === null).toBe(r.flags === 'missing:ideal_point');
    expect(rows.filter((r) => r.year === 2024 && r.value !== null).every((r) => r.flags === 'fp')).toBe(true);
  });
});

// ---- real data: UNGA roll calls 1991–2019 and ideal points in the built database ----

describe('alignment: real data', () => {
  // the global setup built the real database with every metric computed, as `interdep build` does
  let db: Database;
  beforeAll(async () => {
    db = await openBuiltDb();
  });
  afterAll(() => db?.close());

  const COMMON = `
    SELECT r.year, a.vote AS va, b.vote AS vb FROM unga_vote AS a JOIN unga_vote AS b ON b.rcid = a.rcid
      JOIN unga_rollcall AS r ON r.rcid = a.rcid
     WHERE a.state = 'BLR' AND b.state = ?`;
  const score = (va: string, vb: string) => (va === vb ? 1 : va === 'abstain' || vb === 'abstain' ? 0.5 : 0);

  it('Belarus–Russia 2014 by hand: 56 identical, 12 half, 5 opposite of 73 common votes → 62/73', async () => {
    const votes = (await db.all<{ year: number; va: string; vb: string }>(COMMON, ['RUS'])).filter((v) => v.year === 2014);
    const same = votes.filter((v) => v.va === v.vb).length;
    const half = votes.filter((v) => v.va !== v.vb && (v.va === 'abstain' || v.vb === 'abstain')).length;
    expect([same, half, votes.length - same - half]).toEqual([56, 12, 5]);
    const row = await db.one<{ value: number; flags: string }>(
      `SELECT value, flags FROM metric_value WHERE metric = 'unga.agreement' AND subject = 'BLR' AND counterpart = 'RUS' AND year = 2014`,
    );
    expect(row!.value).toBeCloseTo(62 / 73, 12);
    expect(row!.flags).toBe('');
  });

  it('pooled 1991–2019 from the yearly rows, weighted by common votes: Belarus–Russia 0.868 over 2,437 votes (README), –USA 0.329, –Poland 0.730', async () => {
    // The Soviet seat voted as SUN in session 46 (1991), so Russia's line is SUN in 1991 and RUS after.
    const pooled = async (counterparts: string[]) => {
      const n = new Map<string, number>();
      for (const c of counterparts) {
        for (const v of await db.all<{ year: number }>(COMMON, [c])) n.set(`${c}|${v.year}`, (n.get(`${c}|${v.year}`) ?? 0) + 1);
      }
      const rows = await db.all<{ counterpart: string; year: number; value: number }>(
        `SELECT counterpart, year, value FROM metric_value WHERE metric = 'unga.agreement' AND subject = 'BLR'
            AND counterpart IN (${counterparts.map((c) => `'${c}'`).join(', ')})`,
      );
      let votes = 0;
      let sum = 0;
      for (const r of rows) {
        const k = n.get(`${r.counterpart}|${r.year}`)!;
        votes += k;
        sum += r.value * k;
      }
      return { votes, agreement: sum / votes };
    };
    const rus = await pooled(['SUN', 'RUS']);
    expect(rus.votes).toBe(2437);
    expect(rus.agreement).toBeCloseTo(0.868, 3);
    // the same pooled value straight from the raw votes
    const raw = [...(await db.all<{ va: string; vb: string }>(COMMON, ['SUN'])), ...(await db.all<{ va: string; vb: string }>(COMMON, ['RUS']))];
    expect(rus.agreement).toBeCloseTo(raw.reduce((s, v) => s + score(v.va, v.vb), 0) / raw.length, 12);
    expect((await pooled(['USA'])).agreement).toBeCloseTo(0.329, 3);
    expect((await pooled(['POL'])).agreement).toBeCloseTo(0.730, 3);
  });

  it('ideal points: Belarus–Russia |−0.605887 − (−0.276183)| in 2013; 2024 falls back to fp', async () => {
    const get = (year: number) => db.one<{ value: number; flags: string }>(
      `SELECT value, flags FROM metric_value WHERE metric = 'unga.ideal_point_distance' AND subject = 'BLR' AND counterpart = 'RUS' AND year = ?`, [year],
    );
    expect((await get(2013))!.value).toBeCloseTo(0.329704, 6);
    expect(await get(2024)).toMatchObject({ flags: 'fp' });
    expect((await get(2024))!.value).toBeCloseTo(0.850019 - 0.598485, 6);
  });
});

// Country reports built from the real database (read-only): BLR and KAZ answer the five research questions with
// linked numbers and four charts; BLR's thesis claims are checked with values computed from the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherCountryReport } from '../../src/report/country-data.js';
import { numberRefs } from '../../src/report/document.js';
import type { CountryReportData } from '../../src/report/model.js';
import { buildReport } from '../../src/report/narrative.js';
import { renderHtml } from '../../src/report/render.js';
import type { Database } from '../../src/store/db.js';
import { openBuiltDb } from '../helpers/built-db.js';

let db: Database;
let blr: CountryReportData;
let kaz: CountryReportData;
beforeAll(async () => {
  db = await openBuiltDb();
  blr = await gatherCountryReport(db, 'BLR', { year: 2020 });
  kaz = await gatherCountryReport(db, 'KAZ', { year: 2020 });
});
afterAll(() => db?.close());

describe('country report data', () => {
  it('BLR: Russia is the focus partner and ~49% of 2020 turnover; FSU15 peers; four hypotheses run for BLR', () => {
    expect(blr.focus).toBe('RUS');
    expect(blr.peerGroup).toBe('FSU15');
    const ru = blr.shares.find((r) => r.counterpart === 'RUS' && r.year === 2020)!.value!;
    expect(ru).toBeGreaterThan(0.45);
    expect(ru).toBeLessThan(0.55);
    expect(blr.hypotheses.map((h) => h.id).sort()).toEqual(['H-rev', 'H1a', 'H1b', 'H2']);
    for (const h of blr.hypotheses) expect(h.timeseries.unit).toBe('BLR');
  });
  it('BLR thesis claims: Russia ≈ 50% of 2013 turnover agrees; Belarus fell from 2nd to 6th among Russia\'s partners (2004→2005)', () => {
    const ru = blr.claims.find((c) => c.claim.startsWith('Russia has "nearly 50%"'))!;
    expect(ru.value).toBeCloseTo(0.504, 2);
    expect(ru.verdict).toBe('agrees');
    const rank = blr.claims.find((c) => c.claim.includes("second highest trading partner"))!;
    expect(rank.data).toContain('2 (2004), 6 (2005)');
    expect(blr.claims.length).toBeGreaterThanOrEqual(12);
    for (const c of blr.claims) expect(['agrees', 'disagrees', 'partly', 'not comparable']).toContain(c.verdict);
  });
  it('every metric the report cites has a version and, unless derived, datasets with their ids', () => {
    for (const s of blr.sources) {
      expect(s.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(s.datasets.length).toBeGreaterThan(0);
    }
    const share = blr.sources.find((s) => s.id === 'trade.share_turnover')!;
    expect(share.datasets.map((d) => d.id)).toEqual(expect.arrayContaining(['cow_trade_v4', 'imf_dots_bilateral_trade']));
  });
  it('KAZ: a second post-Soviet state gets the same structure, no thesis claims', () => {
    expect(kaz.focus).toBe('RUS');
    expect(kaz.claims).toEqual([]);
    expect(kaz.asymmetry.length).toBeGreaterThan(3);
  });
});

describe('country report document', () => {
  for (const code of ['BLR', 'KAZ'] as const) {
    it(`${code}: answers all five research questions, four charts, every number linked to a described source`, () => {
      const d = code === 'BLR' ? blr : kaz;
      const doc = buildReport(d);
      const h2 = doc.blocks.filter((b) => b.kind === 'h2').map((b) => (b as { text: string }).text);
      for (const q of ['1. How do', '2. On whom and on what', '3. Who benefits', '4. Is there an incentive', '5. Is it even possible']) {
        expect(h2.some((t) => t.startsWith(q))).toBe(true);
      }
      expect(doc.blocks.filter((b) => b.kind === 'chart')).toHaveLength(4);
      for (const ref of numberRefs(doc).keys()) expect(doc.refs[ref], ref).toBeTruthy();
      const html = renderHtml(doc);
      expect(html).not.toMatch(/<script|<link|src="http/);
      expect(html).not.toMatch(/proven|hypothesis confirmed/i);
      if (code === 'BLR') expect(h2).toContain("The thesis's own figures checked against the data");
    });
  }
});

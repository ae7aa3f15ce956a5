// The narrative on a small hand-made report data set (synthetic values): numbers are linked to their metric, empty
// parts are skipped rather than invented, and the event timeline is listed with its sources.
import { describe, expect, it } from 'vitest';
import type { CountryReportData } from '../../src/report/model.js';
import type { HypothesisResult } from '../../src/analysis/run-hypothesis.js';
import { briefReading, buildReport } from '../../src/report/narrative.js';
import { renderMarkdown } from '../../src/report/render.js';

const base: CountryReportData = {
  state: 'BLR', name: 'Belarus', year: 2013, focus: 'RUS', peerGroup: 'FSU15',
  names: { BLR: 'Belarus', RUS: 'Russia', UKR: 'Ukraine', KAZ: 'Kazakhstan' },
  shares: [
    { metric: 'trade.share_turnover', subject: 'BLR', counterpart: 'RUS', year: 2012, value: 0.48 },
    { metric: 'trade.share_turnover', subject: 'BLR', counterpart: 'RUS', year: 2013, value: 0.5 },
  ],
  sharePartners: ['RUS'],
  domains: [], domainPartners: [],
  asymmetry: [
    { partner: 'RUS', out: 0.8, in: 0.05, netPower: 0.75, outMissing: ['energy'], inMissing: ['energy', 'finance'] },
    { partner: 'UKR', out: 0.1, in: 0.2, netPower: -0.1, outMissing: [], inMissing: null },
  ],
  peers: [{ state: 'BLR', cdi: 0.8, partnerChoice: null, tradeShare: 0.5, missing: ['energy'] }, { state: 'KAZ', cdi: 0.3, partnerChoice: null, tradeShare: 0.2, missing: ['finance', 'mobility'] }],
  series: [
    { metric: 'composite.dependence', subject: 'BLR', counterpart: 'RUS', year: 2013, value: 0.8, flags: 'missing:energy' },
    { metric: 'composite.dependence', subject: 'RUS', counterpart: 'BLR', year: 2013, value: 0.05, flags: 'missing:energy,missing:finance' },
  ],
  imfYears: [], hypotheses: [], claims: [],
  events: [{ event_id: 'e1', year: 2010, date: '2010-01-01', actor_a: 'BLR', actor_b: 'EAEU', type: 'customs_union', description: 'Customs Union in force', source: 'seed §3.2', dataset: 'belarus_case_events' }],
  sources: [
    { id: 'composite.dependence', version: '1.0.0', title: 'CDI', formula: 'CDI', unit: 'index', citations: [], datasets: [{ id: 'x', version: '1' }] },
    { id: 'trade.share_turnover', version: '1.0.0', title: 'share', formula: 'S', unit: 'share', citations: [], datasets: [{ id: 'imf_dots_bilateral_trade', version: '2022' }] },
    { id: 'power.net', version: '1.0.0', title: 'net power', formula: 'NP', unit: 'index', citations: [], datasets: [] },
  ],
  datasets: [], citations: [],
};

describe('narrative', () => {
  const md = renderMarkdown(buildReport(base));
  it('summary: CDI 0.80 vs 0.05, Russia holds the advantage, the missing domain is named, 50% share linked', () => {
    expect(md).toMatch(/composite dependence on Russia was 0\.80<sup>\[1\]\(#src-composite-dependence\)<\/sup>/);
    expect(md).toContain('so Russia holds the power advantage');
    // each composite carries the domains missing for its pair and year
    expect(md).toMatch(/was 0\.80<sup>\[1\]\(#src-composite-dependence\)<\/sup> \(missing in 2013: energy\) on a 0–1 scale/);
    expect(md).toMatch(/was 0\.05<sup>\[1\]\(#src-composite-dependence\)<\/sup> \(missing in 2013: energy, finance\):/);
    expect(md).toMatch(/Russia took 50%<sup>\[2\]\(#src-trade-share-turnover\)<\/sup>/);
  });
  it('RQ5: the next partner (Ukraine, 0.10) is one over which Belarus holds the advantage (net power −0.10)', () => {
    expect(md).toMatch(/next partner by composite dependence is Ukraine \(0\.10<sup>\[1\]\(#src-composite-dependence\)<\/sup>; no domain missing\)/);
    expect(md).toMatch(/Kazakhstan 0\.30<sup>\[1\]\(#src-composite-dependence\)<\/sup> \(missing: finance, mobility\)/);
    expect(md).toMatch(/over which Belarus holds the advantage \(net power -0\.10<sup>/);
  });
  it('RQ2 ranks partners with the domains each composite lacks; RQ3 tabulates both directions with theirs', () => {
    expect(md).toMatch(/depends most on Russia \(0\.80<sup>\[1\]\(#src-composite-dependence\)<\/sup>; missing: energy\) and Ukraine \(0\.10<sup>\[1\]\(#src-composite-dependence\)<\/sup>; no domain missing\)/);
    expect(md).toMatch(/\| Russia \| 0\.80<sup>.*<\/sup> \| energy \| 0\.05<sup>.*<\/sup> \| energy, finance \| \+0\.75<sup>/);
    expect(md).toMatch(/\| Ukraine \| 0\.10<sup>.*<\/sup> \| none \| 0\.20<sup>.*<\/sup> \| unknown \| -0\.10<sup>/);
  });
  it('the timeline lists the event with its source; no thesis table for an empty claim list; five questions present', () => {
    expect(md).toContain('| 2010-01-01 | BLR–EAEU | customs union | Customs Union in force | seed §3.2 |');
    expect(md).not.toContain("thesis's own figures");
    expect(md.match(/^## [1-5]\. /gm)).toHaveLength(5);
    expect(md).toContain('1. composite.dependence v1.0.0 — CDI; data: x (1)');
  });
});

describe('briefReading', () => {
  const h = (ts: string | null, panel: string | null) => ({ id: 'H1b', timeseries: { verdict: ts }, panel: { verdict: panel, group: 'FSU15' } }) as unknown as HypothesisResult;
  it('names each design: consistent, inconclusive, pointing the other way', () => {
    expect(briefReading(h('consistent with the expected sign (-); the interval excludes 0', 'consistent with the expected sign (-); the interval excludes 0'), 'Belarus'))
      .toBe('H1b is consistent with the data for Belarus and for the FSU15 panel');
    expect(briefReading(h('inconsistent with the expected sign (-): the interval lies on the other side of 0', 'same sign as expected (-), but the interval includes 0: inconclusive'), 'Belarus'))
      .toBe("H1b is inconclusive in the FSU15 panel and pointing the other way in Belarus's own series");
  });
});

describe('narrative: IGO counts across the COW → Factbook seam', () => {
  const igo = (year: number, value: number, flags = '') => ({ metric: 'igo.count_full', subject: 'BLR', counterpart: null, year, value, flags });
  const data: CountryReportData = {
    ...base,
    series: [...base.series, igo(1993, 37), igo(2014, 48), igo(2015, 29, 'source:cia_factbook'), igo(2025, 30, 'source:cia_factbook'),
      { metric: 'igo.shared_full', subject: 'BLR', counterpart: 'RUS', year: 2014, value: 45, flags: '' }],
  };
  const md = renderMarkdown(buildReport(data));
  it('compares within COW (1993 → 2014) and names the Factbook count of the latest year separately', () => {
    expect(md).toMatch(/full member of 48<sup>[^<]*<\/sup> intergovernmental organisations in 2014 \(the last year of the COW IGO data\), 45<sup>[^<]*<\/sup> of them shared with Russia; in 1993 it was a member of 37<sup>/);
    expect(md).toMatch(/The CIA World Factbook, which lists fewer organisations than COW, has it in 30<sup>[^<]*<\/sup> in 2025\./);
  });
});

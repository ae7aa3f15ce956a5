// Report rendering, charts and citation export on hand-made inputs: numbering of sources, self-contained HTML,
// escaping, SVG charts, BibTeX entry types.
import { describe, expect, it } from 'vitest';
import { ANALYSIS_CITATIONS } from '../../src/analysis/citations.js';
import { CITATIONS } from '../../src/metrics/registry.js';
import { toBibtex } from '../../src/report/bibtex.js';
import { asymmetryChart, domainChart, partnerSharesChart, peersChart } from '../../src/report/charts.js';
import { numberRefs, type ReportDocument } from '../../src/report/document.js';
import { renderHtml, renderMarkdown } from '../../src/report/render.js';
import { judgeNear } from '../../src/report/thesis-claims.js';

const names = { BLR: 'Belarus', RUS: 'Russia', UKR: 'Ukraine' };

const doc: ReportDocument = {
  title: 'T <&>',
  subtitle: 'sub',
  refs: { 'trade.share_turnover': 'trade.share_turnover v1.0.0 — data: imf_dots', 'composite.dependence': 'CDI v1.0.0' },
  blocks: [
    { kind: 'h2', text: 'Summary', id: 'summary' },
    { kind: 'p', content: ['Russia took ', { num: '50.4%', ref: 'trade.share_turnover' }, ' and CDI ', { num: '0.70', ref: 'composite.dependence' }, ' and again ', { num: '49%', ref: 'trade.share_turnover' }] },
    { kind: 'table', headers: ['claim', 'verdict'], rows: [[['a | b'], ['agrees']]] },
    { kind: 'chart', svg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>', caption: 'Figure 1.' },
  ],
};

describe('report rendering', () => {
  it('numbers sources in order of first use; a repeated source keeps its number', () => {
    const refs = numberRefs(doc);
    expect([...refs]).toEqual([['trade.share_turnover', 1], ['composite.dependence', 2]]);
    const md = renderMarkdown(doc);
    expect(md).toContain('50.4%<sup>[1](#src-trade-share-turnover)</sup>');
    expect(md).toContain('49%<sup>[1](#src-trade-share-turnover)</sup>');
    expect(md).toContain('a \\| b');
    expect(md).toMatch(/!\[Figure 1\.\]\(data:image\/svg\+xml;base64,/);
  });
  it('HTML is self-contained: inline SVG and CSS, no script, no external URL; text escaped', () => {
    const html = renderHtml(doc);
    expect(html).toContain('<title>T &lt;&amp;&gt;</title>');
    expect(html).toContain('<figure><svg');
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    expect(html).toContain('class="verdict-agrees"');
    expect(html).toContain('<li id="src-composite-dependence">CDI v1.0.0</li>');
  });
});

describe('charts (Observable Plot on linkedom)', () => {
  const shares = [2000, 2001].flatMap((year) => [
    { metric: 'trade.share_turnover', subject: 'BLR', counterpart: 'RUS', year, value: 0.5 },
    { metric: 'trade.share_turnover', subject: 'BLR', counterpart: 'UKR', year, value: 0.1 },
  ]);
  it('every chart is one <svg> with an aria-label and a direct label per partner', () => {
    const charts = [
      partnerSharesChart(shares, names, 'Belarus'),
      domainChart([{ partner: 'RUS', domain: 'trade', metric: 'trade.share_turnover', year: 2001, value: 0.5 }], names, 'Belarus'),
      asymmetryChart([{ partner: 'RUS', out: 0.7, in: 0.05, netPower: 0.65 }], names, 'Belarus'),
      peersChart([{ state: 'BLR', cdi: 0.7, partnerChoice: 0.6, tradeShare: 0.5 }, { state: 'UKR', cdi: 0.1, partnerChoice: 0.9, tradeShare: 0.1 }], names, 'BLR', 'Russia'),
    ];
    for (const svg of charts) {
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toMatch(/aria-label="[^"]+"/);
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    }
    expect(charts[0]).toContain('>Russia<');
    expect(charts[0]).toContain('>Ukraine<');
    expect(charts[1]).toContain('>0.50<');
    expect(charts[3]).toContain('#d62728'); // the state itself is highlighted
  });
});

describe('thesis claim judgement', () => {
  it('agrees within the tolerance, disagrees outside, not comparable without a value', () => {
    expect(judgeNear(0.504, 0.5, 0.05)).toBe('agrees');
    expect(judgeNear(0.598, 0.54, 0.03)).toBe('disagrees');
    expect(judgeNear(null, 0.5, 0.05)).toBe('not comparable');
  });
});

describe('BibTeX export', () => {
  it('journal venues become @article with volume, number and pages; books @book; the rest @misc', () => {
    expect(toBibtex(CITATIONS['barbieri-1996']!)).toBe(
      '@article{barbieri-1996,\n  author = {Barbieri, Katherine},\n  title = {{Economic Interdependence: A Path to Peace or a Source of Interstate Conflict?}},\n  year = {1996},\n  journal = {Journal of Peace Research},\n  volume = {33},\n  number = {1},\n  pages = {29--49}\n}',
    );
    expect(toBibtex(CITATIONS['keohane-nye-1977']!)).toMatch(/^@book\{keohane-nye-1977,[\s\S]*address = \{Boston\},\n  publisher = \{Little, Brown\}/);
    expect(toBibtex(ANALYSIS_CITATIONS['fisher-1921']!)).toMatch(/^@article\{fisher-1921,[\s\S]*journal = \{Metron\},\n  volume = \{1\},\n  pages = \{3--32\}/);
    expect(toBibtex(CITATIONS['wits-indicators']!)).toMatch(/^@misc\{wits-indicators,[\s\S]*howpublished/);
  });
});

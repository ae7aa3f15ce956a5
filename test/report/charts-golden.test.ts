// Golden SVG snapshots of the report charts on fixed synthetic inputs, normalised (numbers rounded to 2 decimals,
// Plot's generated class names re-indexed). A mismatch writes <name>-changed.svg next to the golden file for review;
// INTERDEP_UPDATE_GOLDEN=1 rewrites the golden files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asymmetryChart, domainChart, partnerSharesChart, peersChart } from '../../src/report/charts.js';

const DIR = 'test/fixtures/report';
const names = { BLR: 'Belarus', RUS: 'Russia', UKR: 'Ukraine', DEU: 'Germany' };

function normalise(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(/plot-[0-9a-f]{6}/g, (m) => ids.get(m) ?? (ids.set(m, `plot-${ids.size}`), ids.get(m)!))
    .replace(/-?\d+\.\d+/g, (m) => String(Math.round(Number(m) * 100) / 100))
    .replace(/></g, '>\n<');
}

function golden(name: string, svg: string) {
  const file = join(DIR, `${name}.svg`);
  const text = normalise(svg);
  if (!existsSync(file) || process.env.INTERDEP_UPDATE_GOLDEN === '1') writeFileSync(file, text);
  const expected = readFileSync(file, 'utf8');
  if (expected !== text) writeFileSync(join(DIR, `${name}-changed.svg`), text);
  expect(text).toBe(expected);
}

describe('chart snapshots (synthetic inputs)', () => {
  it('partner shares', () => {
    const rows = [1995, 2000, 2005].flatMap((year, i) => [
      { metric: 'trade.share_turnover', subject: 'BLR', counterpart: 'RUS', year, value: 0.5 + 0.05 * i },
      { metric: 'trade.share_turnover', subject: 'BLR', counterpart: 'UKR', year, value: 0.1 - 0.01 * i },
    ]);
    golden('partner-shares', partnerSharesChart(rows, names, 'Belarus'));
  });
  it('domains', () => {
    golden('domains', domainChart([
      { partner: 'RUS', domain: 'trade', metric: 'trade.share_turnover', year: 2013, value: 0.5 },
      { partner: 'RUS', domain: 'security', metric: 'security.arms_import_share', year: 2013, value: 0.99 },
      { partner: 'DEU', domain: 'trade', metric: 'trade.share_turnover', year: 2013, value: 0.05 },
    ], names, 'Belarus'));
  });
  it('asymmetry', () => {
    golden('asymmetry', asymmetryChart([{ partner: 'RUS', out: 0.7, in: 0.05, netPower: 0.65 }, { partner: 'UKR', out: 0.08, in: 0.04, netPower: 0.04 }], names, 'Belarus'));
  });
  it('peers', () => {
    golden('peers', peersChart([{ state: 'BLR', cdi: 0.7, partnerChoice: 0.6, tradeShare: 0.5 }, { state: 'UKR', cdi: 0.07, partnerChoice: 0.9, tradeShare: 0.1 }], names, 'BLR', 'Russia'));
  });
});

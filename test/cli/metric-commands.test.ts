import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/importers/csv-reader.js';
import { BUILT_DB } from '../helpers/built-db.js';

function interdep(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', INTERDEP_DB: BUILT_DB },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Belarus's own 2013 DOTS report, from the raw bundled file: turnover with each partner. */
async function belarus2013() {
  const byPartner = new Map<string, number>();
  for await (const r of readCsv('data/imf_dots_bilateral_trade/dots_bilateral_trade.csv.gz')) {
    if (r.fields[0] !== 'BLR' || r.fields[2] !== '2013') continue;
    byPartner.set(r.fields[1]!, Number(r.fields[3] || 0) + Number(r.fields[4] || 0));
  }
  return byPartner;
}

describe('metric commands on the real database', () => {
  it('metrics --json lists the registry with citations', () => {
    const metrics = JSON.parse(interdep('metrics', '--json').stdout) as Array<{ id: string; citations: Array<{ year: number }> }>;
    const share = metrics.find((m) => m.id === 'trade.share_turnover')!;
    expect(share.citations.map((c) => c.year)).toContain(1996);
  });

  it("query gives Belarus's 2013 trade share with Russia from its own DOTS report", async () => {
    const { code, stdout } = interdep('query', '--metric', 'trade.share_turnover', '--subject', 'Belarus', '--counterpart', 'Russian Federation', '--year', '2013', '--json');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0])).toEqual(['metric', 'subject', 'counterpart', 'year', 'value', 'low', 'high', 'flags']);
    const raw = await belarus2013();
    // Belarus reports every partner itself in 2013, so the denominator is the sum of its own reports
    // (plus mirror flows for partners it does not list, if any: none of them may exceed its own total here)
    const own = [...raw.values()].reduce((a, b) => a + b, 0);
    expect(rows[0].flags).toBe('dots_own');
    expect(rows[0].value).toBeGreaterThan(0.49);
    expect(rows[0].value).toBeLessThanOrEqual(raw.get('RUS')! / own + 1e-12);
  });

  it('dyad shows both directions; rank puts Belarus first among dependants on Russia in 2013', () => {
    const dyad = JSON.parse(interdep('dyad', 'BLR', 'RUS', '--year', '2013', '--json').stdout);
    const dep = dyad.metrics.find((m: { metric: string }) => m.metric === 'trade.dependence_gdp');
    expect(dep.a_on_b).toBeGreaterThan(10 * dep.b_on_a);
    const rank = JSON.parse(interdep('rank', '--metric', 'trade.share_turnover', '--counterpart', 'RUS', '--year', '2013', '--top', '3', '--json').stdout);
    expect(rank.map((r: { subject: string }) => r.subject)[0]).toBe('BLR');
    expect(rank.map((r: { rank: number }) => r.rank)).toEqual([1, 2, 3]);
  });

  it('country lists monadic values and top partners; a source never computed gets a fix', () => {
    const c = JSON.parse(interdep('country', 'BLR', '--year', '2013', '--json').stdout);
    expect(c.monadic.find((r: { metric: string }) => r.metric === 'trade.partner_hhi').value).toBeGreaterThan(0.25);
    const top = c.top_partners.filter((r: { metric: string }) => r.metric === 'trade.share_turnover');
    expect(top[0].counterpart).toBe('RUS');
    const cow = interdep('query', '--metric', 'trade.share_turnover', '--source', 'cow', '--subject', 'BLR');
    expect(cow.code).toBe(2);
    expect(cow.stderr).toMatch(/not been computed for source "cow" \(run `interdep compute --metric trade.share_turnover --source cow`\)/);
    expect(interdep('query', '--metric', 'trade.nope').stderr).toMatch(/unknown metric "trade.nope"/);
  });
});

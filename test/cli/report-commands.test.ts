// interdep report, cite, panel and analyze on the built test database (read-only).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_DB } from '../helpers/built-db.js';

function interdep(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', INTERDEP_DB: BUILT_DB },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'interdep-report-'));

describe('interdep report', () => {
  it('BLR --format html --out writes one self-contained page with four inline SVG charts', () => {
    const out = join(dir, 'blr.html');
    const r = interdep('report', 'BLR', '--format', 'html', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<svg/g)).toHaveLength(4);
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    expect(html).toContain('Is it even possible?');
  });
  it('a name works as well as a code; md goes to stdout', () => {
    const r = interdep('report', 'Armenia', '--year', '2015');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# Dependence, power and interdependence: Armenia/);
    expect(r.stdout).toContain('data year 2015');
  });
  it('md --out links its four charts as sibling SVG files', () => {
    const out = join(dir, 'kaz.md');
    const r = interdep('report', 'KAZ', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(out, 'utf8');
    for (let i = 1; i <= 4; i++) {
      expect(md).toContain(`](kaz-fig${i}.svg)`);
      expect(readFileSync(join(dir, `kaz-fig${i}.svg`), 'utf8').startsWith('<svg')).toBe(true);
    }
  });
  it('a bad format or a missing --out directory is a usage error (exit 2)', () => {
    expect(interdep('report', 'BLR', '--format', 'pdf').code).toBe(2);
    const r = interdep('report', 'BLR', '--out', join(dir, 'no-such-dir', 'x.md'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('does not exist');
  });
});

describe('interdep cite', () => {
  it('--metric trade.share_turnover --format bibtex gives its two works', () => {
    const r = interdep('cite', '--metric', 'trade.share_turnover', '--format', 'bibtex');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.match(/^@/gm)).toHaveLength(2);
    expect(r.stdout).toContain('@article{barbieri-1996,');
  });
  it('all works include the statistical methods', () => {
    const r = interdep('cite');
    expect(r.stdout).toContain('Cameron, A. Colin and Douglas L. Miller (2015)');
  });
});

describe('interdep panel', () => {
  it('dyad-year CSV with ccode1/ccode2 beside ISO3 and a lag column', () => {
    const r = interdep('panel', '--metrics', 'trade.share_turnover', '--group', 'FSU15', '--counterpart', 'RUS', '--from', '2012', '--to', '2013', '--lag', '1');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('subject,counterpart,ccode1,ccode2,year,trade_share_turnover,trade_share_turnover_l1');
    const blr = lines.find((l) => l.startsWith('BLR,RUS,370,365,2013,'))!.split(',');
    expect(Number(blr[5])).toBeCloseTo(0.5039, 3); // Russia's share of Belarus's turnover in 2013 (thesis: "nearly 50%")
    expect(lines).toHaveLength(1 + 14 * 2);
  });
  it('monadic metrics give a state-year panel; parquet is written by DuckDB', () => {
    const out = join(dir, 'p.parquet');
    const r = interdep('panel', '--metrics', 'igo.count_full', '--group', 'FSU15', '--from', '2013', '--to', '2014', '--format', 'parquet', '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 4).toString()).toBe('PAR1');
    expect(r.stderr).toContain('30 rows');
  });
});

describe('interdep analyze', () => {
  it('--json prints estimates with intervals, N and warnings', () => {
    const r = interdep('analyze', 'analyses/h1b-partner-choice.yaml', '--json');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { id: string; panel: { fit: { n: number; estimates: Array<{ low: number; high: number }>; warnings: string[] } } };
    expect(out.id).toBe('H1b');
    expect(out.panel.fit.estimates[0]!.low).toBeLessThan(out.panel.fit.estimates[0]!.high);
    expect(out.panel.fit.warnings.join(' ')).toMatch(/few clusters/);
  });
  it('--unit Armenia runs the time series for ARM (the panel stays the group)', () => {
    const r = interdep('analyze', 'analyses/h1b-partner-choice.yaml', '--unit', 'Armenia');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Time series, ARM alone');
    expect(r.stdout).toMatch(/Panel, FSU15 \(14 states/);
  });
  it('a missing file is an input error naming the file', () => {
    const r = interdep('analyze', 'analyses/nope.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('analyses/nope.yaml');
  });
});

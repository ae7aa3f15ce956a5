// Country groups as counterparts in the CLI: parseCountry accepts a group id, and query/rank read group rows from the
// built test database (test/global-setup.ts builds it with every metric computed, group rows included).
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCountry } from '../../src/cli/options.js';
import type { CountryResolver } from '../../src/core/countries/resolver.js';
import { BUILT_DB } from '../helpers/built-db.js';
import { countries } from '../helpers/import-fixture.js';

function interdep(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', INTERDEP_DB: BUILT_DB },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let resolver: CountryResolver;
beforeAll(async () => {
  resolver = await countries();
});

describe('parseCountry with groups', () => {
  it('returns a known group id in any case before resolving a country, and resolves countries as before', () => {
    const groups = new Set(['EU', 'EAEU']);
    expect(parseCountry(resolver, 'eu', 2013, groups)).toBe('EU');
    expect(parseCountry(resolver, ' Eaeu ', 2013, groups)).toBe('EAEU');
    expect(parseCountry(resolver, 'Belarus', 2013, groups)).toBe('BLR');
    expect(parseCountry(resolver, undefined, 2013, groups)).toBeUndefined();
    // Without the group list (a database built before groups) a group id is an unknown country.
    expect(() => parseCountry(resolver, 'EU', 2013)).toThrow(/unknown country "EU"/);
  });
});

describe('group counterparts on the real database', () => {
  it("query --counterpart EU gives Belarus's 2013 trade share with the EU, equal to the sum over its 28 members", () => {
    const eu = interdep('query', '--metric', 'trade.share_turnover', '--subject', 'BLR', '--counterpart', 'eu', '--year', '2013', '--json');
    expect(eu.code).toBe(0);
    const [row] = JSON.parse(eu.stdout);
    expect(row).toMatchObject({ subject: 'BLR', counterpart: 'EU', year: 2013, flags: 'group' });
    const all = JSON.parse(interdep('query', '--metric', 'trade.share_turnover', '--subject', 'BLR', '--year', '2013', '--json').stdout) as
      Array<{ counterpart: string; value: number | null }>;
    const members = ['AUT', 'BEL', 'BGR', 'CYP', 'CZE', 'DEU', 'DNK', 'ESP', 'EST', 'FIN', 'FRA', 'GBR', 'GRC', 'HRV',
      'HUN', 'IRL', 'ITA', 'LTU', 'LUX', 'LVA', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'SWE'];
    const hand = all.filter((r) => members.includes(r.counterpart)).reduce((t, r) => t + r.value!, 0);
    expect(row.value).toBeCloseTo(hand, 12);
  });

  it('rank --counterpart EAEU ranks subjects by their share with the group; country lists no group as a top partner', () => {
    const rank = JSON.parse(interdep('rank', '--metric', 'trade.share_turnover', '--counterpart', 'EAEU', '--year', '2013', '--top', '5', '--json').stdout) as
      Array<{ counterpart: string; flags: string }>;
    expect(rank).toHaveLength(5);
    expect(rank.every((r) => r.counterpart === 'EAEU' && r.flags.startsWith('group'))).toBe(true);
    const c = JSON.parse(interdep('country', 'BLR', '--year', '2013', '--json').stdout);
    // Group rows (flag "group…") never rank as partners; the EU as a sanctions sender is an organisation, not a group row.
    expect(c.top_partners.find((r: { counterpart: string; flags: string }) =>
      ['EU', 'CIS', 'EAEU', 'FSU15', 'NATO', 'WEST'].includes(r.counterpart) && r.flags.startsWith('group'))).toBeUndefined();
  });
});

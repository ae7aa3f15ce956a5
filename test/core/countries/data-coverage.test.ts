// Every country name or code in the bundled data must resolve (or be a known group/aggregate): the checks the
// importers rely on, run over the real files in data/.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CountryLookupError } from '../../../src/core/errors.js';
import type { CountryResolver } from '../../../src/core/countries/resolver.js';
import { readCsv } from '../../../src/importers/csv-reader.js';
import { loadCountryResolver } from '../../../src/importers/load-country-tables.js';

let r: CountryResolver;
beforeAll(async () => {
  r = await loadCountryResolver('data');
});

/** Calls `each` with the named columns of every data row of a bundled file. */
async function scan(file: string, columns: string[], each: (values: string[]) => void): Promise<number> {
  let index: number[] | undefined;
  let rows = 0;
  for await (const { fields } of readCsv(join('data', file))) {
    if (!index) {
      index = columns.map((c) => fields.indexOf(c));
      expect(index, `${file} has columns ${columns.join(', ')}`).not.toContain(-1);
      continue;
    }
    rows++;
    each(index.map((i) => fields[i]!));
  }
  return rows;
}

function outcome(name: string): string {
  try {
    return r.resolve(name).code;
  } catch (err) {
    if (!(err instanceof CountryLookupError)) throw err;
    return err.message.startsWith('ambiguous') ? 'AMBIGUOUS' : 'UNKNOWN';
  }
}

describe('Energy Institute and Global Energy Monitor names', () => {
  const names = new Map<string, string>();
  const publisherGroups = new Set<string>();

  beforeAll(async () => {
    const ei = 'energy_institute_statistical_review';
    await scan(`${ei}/country_energy_series_1965_2023.csv.gz`, ['country', 'is_aggregate'], ([name, agg]) => {
      names.set(name!, 'EI series');
      if (agg === '1') publisherGroups.add(name!);
    });
    await scan(`${ei}/gas_trade_movements_by_exporter_importer.csv.gz`, ['exporter', 'importer', 'importer_is_region_total'], ([ex, im, total]) => {
      names.set(ex!, 'EI gas');
      names.set(im!, 'EI gas');
      if (total === '1') publisherGroups.add(im!);
    });
    await scan(`${ei}/oil_interarea_movements_by_origin_destination.csv.gz`, ['from_region', 'to_region'], ([from, to]) => {
      names.set(from!, 'EI oil');
      names.set(to!, 'EI oil');
    });
    const gem = 'gem_pipelines_lng';
    for (const [file, column] of [
      ['ggit_gas_pipelines_2024-10.csv.gz', 'areas'],
      ['ggit_lng_terminals_2024-10.csv.gz', 'areas'],
      ['goit_oil_ngl_pipelines_2024-06.csv.gz', 'countries'],
    ] as const) {
      await scan(`${gem}/${file}`, [column], ([list]) => {
        for (const part of list!.split(',')) if (part.trim()) names.set(part.trim(), `GEM ${file}`);
      });
    }
  });

  it('reads a realistic number of distinct names', () => {
    expect(names.size).toBeGreaterThan(200);
    expect(publisherGroups.has('Total World')).toBe(true);
  });

  it('every name is either a state (resolving without ambiguity) or a group name, never both', () => {
    const problems: string[] = [];
    for (const [name, source] of names) {
      const code = outcome(name);
      const group = r.isGroupName(name);
      if (group && code !== 'UNKNOWN') problems.push(`${source}: group "${name}" resolves to ${code}`);
      if (!group && (code === 'UNKNOWN' || code === 'AMBIGUOUS')) problems.push(`${source}: "${name}" is ${code}`);
    }
    expect(problems).toEqual([]);
  });

  it('every publisher aggregate except the USSR is a group name', () => {
    expect([...publisherGroups].filter((g) => !r.isGroupName(g))).toEqual(['USSR']);
    expect(r.resolve('USSR').code).toBe('SUN');
  });

  it('publisher spellings map to the right states', () => {
    const expected: Record<string, string> = {
      'Russian Federation': 'RUS', Russia: 'RUS', US: 'USA', 'United States': 'USA', 'Trinidad & Tobago': 'TTO',
      'China Hong Kong SAR': 'HKG', 'Hong Kong': 'HKG', 'Republic of Congo': 'COG', 'Republic of the Congo': 'COG',
      Curacao: 'CUW', 'Netherlands Antilles': 'ANT', Türkiye: 'TUR', Turkey: 'TUR', UAE: 'ARE', 'Czech Republic': 'CZE',
      'South Korea': 'KOR', 'North Korea': 'PRK', Taiwan: 'TWN', Palestine: 'PSE', 'The Gambia': 'GMB',
      Kosovo: 'XKX', 'Canary Islands': 'ESP', Belarus: 'BLR', Vietnam: 'VNM', 'Western Sahara': 'ESH',
    };
    for (const [name, code] of Object.entries(expected)) {
      expect(names.has(name), `"${name}" is in the data`).toBe(true);
      expect(outcome(name), name).toBe(code);
    }
  });

  it('group names found are the residual rows, regions and treaty zones', () => {
    const groups = [...names.keys()].filter((n) => r.isGroupName(n));
    for (const g of ['Other CIS', 'Total World', 'EU', 'European Union #', 'CIS', 'Middle East', 'Joint Petroleum Development Area']) {
      expect(groups).toContain(g);
    }
    expect(groups).not.toContain('Belarus');
  });
});

describe('IMF DOTS codes', () => {
  it('every reporter and partner is an entity code or an aggregate', async () => {
    const codes = new Set<string>();
    const rows = await scan('imf_dots_bilateral_trade/dots_bilateral_trade.csv.gz', ['reporter_iso3', 'partner_iso3'], ([a, b]) => {
      codes.add(a!);
      codes.add(b!);
    });
    await scan('imf_dots_bilateral_trade/dots_reporter_totals_world_eu.csv.gz', ['reporter_iso3', 'partner_iso3'], ([a, b]) => {
      codes.add(a!);
      codes.add(b!);
    });
    expect(rows).toBe(459_708);
    const entities = [...codes].filter((c) => r.get(c)?.code === c);
    const aggregates = [...codes].filter((c) => r.isAggregate(c));
    expect(entities.length + aggregates.length).toBe(codes.size);
    expect(aggregates.sort()).toEqual(['EUU', 'WLD']);
    for (const c of ['SUN', 'YUG', 'CSK', 'DDR', 'SCG', 'YAR', 'YMD', 'ANT', 'BLX', 'SACCA', 'XKX', 'TWN']) expect(entities).toContain(c);
  });
});

describe('World Bank WDI codes', () => {
  it('every country_code is a state code or an aggregate, never both', async () => {
    const codes = new Set<string>();
    const rows = await scan('worldbank_wdi/gdp_current_usd_1960_2025.csv.gz', ['country_code'], ([c]) => codes.add(c!));
    expect(rows).toBe(14_743);
    const problems = [...codes].filter((c) => (r.fromWb(c) === undefined) === !r.isAggregate(c));
    expect(problems).toEqual([]);
    const states = [...codes].filter((c) => r.fromWb(c));
    expect(states).toContain('BLR');
    expect(states).toContain('XKX');
    expect([...codes].filter((c) => r.isAggregate(c))).toEqual(expect.arrayContaining(['WLD', 'EUU', 'ECS', 'HIC']));
  });
});

describe('COW trade codes', () => {
  it('every ccode resolves via fromCow for its year, and no two codes of a dyad-year collapse to one', async () => {
    const unresolved = new Set<string>();
    const dyads = new Set<string>();
    const collisions: string[] = [];
    const rows = await scan('cow_trade_v4/dyadic_trade_1870_2014.csv.gz', ['ccode1', 'ccode2', 'year'], ([c1, c2, y]) => {
      const year = Number(y);
      const a = r.fromCow(Number(c1), year);
      const b = r.fromCow(Number(c2), year);
      if (!a) unresolved.add(`${c1}@${y}`);
      if (!b) unresolved.add(`${c2}@${y}`);
      if (!a || !b) return;
      const key = a < b ? `${year} ${a} ${b}` : `${year} ${b} ${a}`;
      if (a === b || dyads.has(key)) collisions.push(`${c1}-${c2}@${y} → ${key}`);
      dyads.add(key);
    });
    expect(rows).toBe(673_654);
    expect([...unresolved]).toEqual([]);
    expect(collisions).toEqual([]);
    expect(dyads.has('1991 SUN USA')).toBe(true);
    expect(dyads.has('1992 RUS USA')).toBe(true);
    expect(dyads.has('1992 SCG USA')).toBe(true);
    expect(dyads.has('1995 BEL SCG')).toBe(true);
    expect(dyads.has('1990 DEU USA')).toBe(true);
    expect(dyads.has('1990 DDR SYC')).toBe(true);
  });
});

describe('COW codes in other bundled COW-coded data', () => {
  it('every ccode in ATOP, NMC, SIPRI and UNGA gives an entity for its year', async () => {
    const unresolved = new Set<string>();
    const check = (ccode: string, year: string) => {
      if (ccode === '' || ccode === 'NA') return;
      if (!r.fromCow(Number(ccode), Number(year))) unresolved.add(`${ccode}@${year}`);
    };
    await scan('atop_alliances_v5_1/atop_directed_dyad_year_1815_2018.csv.gz', ['ccode1', 'ccode2', 'year'], ([a, b, y]) => {
      check(a!, y!);
      check(b!, y!);
    });
    await scan('cow_nmc_v7/nmc_state_year_1816_2022.csv.gz', ['ccode', 'year'], ([c, y]) => check(c!, y!));
    await scan('sipri_arms_transfers/sipri_tiv_supplier_recipient_year_1950_2021.csv.gz', ['supplier_cown', 'recipient_cown', 'year'], ([a, b, y]) => {
      check(a!, y!);
      check(b!, y!);
    });
    const ssr = new Map<string, string>();
    await scan('unga_ideal_points/unga_ideal_points_1946_2024.csv.gz', ['ccode', 'year'], ([c, y]) => {
      check(c!, y!);
      if (y === '1950' && ['365', '369', '370'].includes(c!)) ssr.set(c!, r.fromCow(Number(c), 1950)!);
    });
    expect([...unresolved]).toEqual([]);
    // The Ukrainian and Byelorussian SSRs voted in the UN General Assembly beside the USSR.
    expect(Object.fromEntries(ssr)).toEqual({ '365': 'SUN', '369': 'UKR', '370': 'BLR' });
  });
});

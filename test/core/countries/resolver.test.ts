// Known answers from the bundled code tables (countrycode v1.8.0, COW v2016, Gleditsch–Ward) and the decisions in
// docs/decisions/0001-country-codes.md.
import { beforeAll, describe, expect, it } from 'vitest';
import { CountryLookupError } from '../../../src/core/errors.js';
import type { CountryResolver } from '../../../src/core/countries/resolver.js';
import { loadCountryResolver, loadCountryTables } from '../../../src/importers/load-country-tables.js';
import { CODELIST_ROWS_SKIPPED } from '../../../src/core/countries/historical-entities.js';

let r: CountryResolver;
beforeAll(async () => {
  r = await loadCountryResolver('data');
});

function lookupError(fn: () => unknown): CountryLookupError {
  try {
    fn();
  } catch (err) {
    if (err instanceof CountryLookupError) return err;
    throw err;
  }
  throw new Error('expected a CountryLookupError');
}

describe('codes of every scheme', () => {
  it('Belarus: BLR, ISO 112, COW 370, G-W 370, IMF 913', () => {
    const blr = r.get('BLR')!;
    expect(blr).toMatchObject({ code: 'BLR', iso3: 'BLR', isoNumeric: 112, cow: 370, gw: 370, imf: 913, wb: 'BLR', un: 112 });
    expect(blr).toMatchObject({ startYear: 1991, endYear: null, historical: false, kind: 'state', continent: 'Europe' });
    expect(r.code('blr')).toBe('BLR');
    expect(r.code('BY')).toBe('BLR');
    expect(r.fromIsoNumeric(112)).toBe('BLR');
    expect(r.fromCow(370, 2000)).toBe('BLR');
    expect(r.fromGw(370, 2000)).toBe('BLR');
    expect(r.fromImf(913)).toBe('BLR');
    expect(r.fromWb('BLR')).toBe('BLR');
    for (const q of ['BLR', 'cow:370', 'gw:370', 'imf:913', 'iso:112', '913', 'Belarus']) expect(r.resolve(q).code).toBe('BLR');
  });

  it('Russia: RUS, ISO 643, COW 365 from 1992, IMF 922', () => {
    expect(r.get('RUS')).toMatchObject({ iso3: 'RUS', isoNumeric: 643, cow: 365, gw: 365, imf: 922, wb: 'RUS', startYear: 1992 });
    expect(r.fromIsoNumeric(643)).toBe('RUS');
    expect(r.fromImf(922)).toBe('RUS');
    expect(r.fromCow(365, 2014)).toBe('RUS');
    expect(r.fromGw(365, 2017)).toBe('RUS');
    expect(r.resolve('imf:922').code).toBe('RUS');
    expect(r.resolve('cow:365', { year: 2000 }).code).toBe('RUS');
  });

  it('historical entities keep ISO 3166-3 codes', () => {
    expect(r.get('SUN')).toMatchObject({ name: 'USSR', iso3: 'SUN', isoNumeric: 810, cow: 365, endYear: 1991, historical: true });
    expect(r.fromIsoNumeric(810)).toBe('SUN');
    expect(r.fromIsoNumeric(278)).toBe('DDR');
    expect(r.fromIsoNumeric(890)).toBe('YUG');
    expect(r.fromIsoNumeric(891)).toBe('SCG');
    expect(r.fromIsoNumeric(200)).toBe('CSK');
    expect(r.fromIsoNumeric(280)).toBe('DEU');
    expect(r.get('YAR')).toMatchObject({ iso3: null, isoNumeric: 886, cow: 678, startYear: 1918, endYear: 1990 });
    expect(r.get('XKX')).toMatchObject({ cow: 347, gw: 347, imf: 967, wb: 'XKX', startYear: 2008, kind: 'state' });
    expect(r.get('TWN')).toMatchObject({ cow: 713, imf: 528, kind: 'state' });
    expect(r.get('BLX')?.kind).toBe('grouping');
    expect(r.get('SACCA')?.kind).toBe('grouping');
    expect(r.get('ANT')).toMatchObject({ imf: 353, endYear: 2010, kind: 'territory' });
    expect(r.get('HKG')?.kind).toBe('territory');
  });

  it('accepts legacy alpha-3 codes in any case', () => {
    expect(r.code('ROM')).toBe('ROU');
    expect(r.code('zar')).toBe('COD');
    expect(r.code('TMP')).toBe('TLS');
    expect(r.code('KSV')).toBe('XKX');
    expect(r.code('sun')).toBe('SUN');
    expect(r.code('QQQ')).toBeUndefined();
    expect(r.resolve('rom').code).toBe('ROU');
  });

  it('treats World Bank aggregates as aggregates, not states', () => {
    for (const agg of ['WLD', 'EUU', 'ECS', 'HIC', 'ARB', 'OED']) {
      expect(r.fromWb(agg)).toBeUndefined();
      expect(r.isAggregate(agg)).toBe(true);
      expect(r.code(agg)).toBeUndefined();
    }
    expect(r.isAggregate('BLR')).toBe(false);
    expect(r.fromWb('XKX')).toBe('XKX');
    expect(r.fromWb('CHI')).toBe('CHI');
    expect(r.fromWb('ROM')).toBe('ROU');
  });

  it('calls a bare number that means different states in different schemes ambiguous', () => {
    // ISO 112 is Belarus, IMF 112 the United Kingdom.
    const err = lookupError(() => r.resolve('112'));
    expect(err.message).toMatch(/^ambiguous/);
    expect(err.candidates).toEqual(['Belarus (BLR)', 'United Kingdom (GBR)']);
    expect(r.resolve('iso:112').code).toBe('BLR');
    expect(r.resolve('imf:112').code).toBe('GBR');
  });
});

describe('the state system over time', () => {
  it('COW 365 is the USSR to 1991 and Russia from 1992', () => {
    expect(r.fromCow(365, 1991)).toBe('SUN');
    expect(r.fromCow(365, 1992)).toBe('RUS');
    expect(r.fromCow(365, 1870)).toBe('SUN');
    expect(r.fromGw(365, 1991)).toBe('SUN');
    expect(r.resolve('365', { year: 1991 }).code).toBe('SUN');
  });

  it('Germany around 1990: 255 and 260 are DEU, 265 the GDR, which ends in 1990', () => {
    expect(r.fromCow(260, 1989)).toBe('DEU');
    expect(r.fromCow(260, 1990)).toBe('DEU');
    expect(r.fromCow(265, 1990)).toBe('DDR');
    expect(r.existedIn('DDR', 1990)).toBe(true);
    expect(r.existedIn('DDR', 1991)).toBe(false);
    expect(r.fromCow(255, 1990)).toBe('DEU');
    expect(r.fromCow(255, 1991)).toBe('DEU');
    expect(r.fromCow(255, 1900)).toBe('DEU');
    expect(r.fromGw(260, 2010)).toBe('DEU');
    expect(r.fromGw(265, 1950)).toBe('DDR');
  });

  it('COW 345 is Yugoslavia, then Serbia and Montenegro, then Serbia', () => {
    expect(r.fromCow(345, 1991)).toBe('YUG');
    expect(r.fromCow(345, 1992)).toBe('SCG');
    expect(r.fromCow(345, 1995)).toBe('SCG');
    expect(r.fromCow(345, 2005)).toBe('SCG');
    expect(r.fromCow(345, 2006)).toBe('SRB');
    expect(r.fromCow(345, 2010)).toBe('SRB');
    expect(r.fromCow(345, 1900)).toBe('SRB');
    expect(r.fromGw(345, 1995)).toBe('SCG');
    expect(r.fromGw(345, 1991)).toBe('YUG');
    expect(r.fromGw(340, 2010)).toBe('SRB');
    expect(r.fromGw(347, 2010)).toBe('XKX');
  });

  it('Czechoslovakia to 1992, the Czech Republic and Slovakia from 1993', () => {
    expect(r.fromCow(315, 1992)).toBe('CSK');
    expect(r.fromCow(316, 1993)).toBe('CZE');
    expect(r.fromCow(317, 1993)).toBe('SVK');
    expect(r.existedIn('CSK', 1992)).toBe(true);
    expect(r.existedIn('CSK', 1993)).toBe(false);
    expect(r.existedIn('CZE', 1992)).toBe(false);
    expect(r.existedIn('CZE', 1993)).toBe(true);
  });

  it('a code that never changed meaning gives its entity outside its spells too; existedIn tells membership', () => {
    // UNGA codes the Byelorussian and Ukrainian SSRs (UN members from 1945) with 370 and 369.
    expect(r.fromCow(370, 1946)).toBe('BLR');
    expect(r.existedIn('BLR', 1946)).toBe(false);
    expect(r.fromCow(316, 1992)).toBe('CZE');
    expect(r.fromCow(999, 2000)).toBeUndefined();
    expect(r.fromGw(2, 1800)).toBe('USA');
  });

  it('the Yemens: COW 678 and 680 to 1990, 679 from 1990; G-W 678 changes in 1990', () => {
    expect(r.fromCow(678, 1990)).toBe('YAR');
    expect(r.fromCow(679, 1990)).toBe('YEM');
    expect(r.fromCow(680, 1989)).toBe('YMD');
    expect(r.fromGw(678, 1989)).toBe('YAR');
    expect(r.fromGw(678, 1990)).toBe('YEM');
  });

  it('pre-1900 German and Italian states have COW<ccode> codes', () => {
    expect(r.fromCow(245, 1850)).toBe('COW245');
    expect(r.get('COW245')).toMatchObject({ name: 'Bavaria', iso3: null, cow: 245, gw: 245, startYear: 1816, endYear: 1871 });
    expect(r.existedIn('COW245', 1900)).toBe(false);
    expect(r.fromCow(327, 1850)).toBe('COW327');
    expect(r.fromCow(300, 1900)).toBe('COW300');
    expect(r.fromGw(563, 1900)).toBe('GW563');
    expect(r.resolve('Bavaria').code).toBe('COW245');
  });

  it('existedIn follows the spells of both lists, with their gaps', () => {
    expect(r.get('SRB')!.spans).toEqual([{ from: 1878, to: 1918 }, { from: 2006, to: null }]);
    expect(r.get('EST')!.spans).toEqual([{ from: 1918, to: 1940 }, { from: 1991, to: null }]);
    expect(r.existedIn('SRB', 2001)).toBe(false);
    expect(r.existedIn('EST', 1960)).toBe(false);
    expect(r.existedIn('DEU', 1947)).toBe(false);
    expect(r.existedIn('DEU', 1960)).toBe(true);
    expect(r.existedIn('HKG', 1900)).toBe(true);
    expect(r.existedIn('SUN', 1991)).toBe(true);
    expect(r.existedIn('SUN', 1992)).toBe(false);
    expect(r.existedIn('RUS', 1992)).toBe(true);
    expect(r.existedIn('BLR', 1990)).toBe(false);
    expect(r.existedIn('DDR', 1990)).toBe(true);
    expect(r.existedIn('XXX', 2000)).toBe(false);
  });
});

describe('successions', () => {
  it('the USSR has exactly the 15 post-Soviet states as successors, in 1991', () => {
    const next = r.successors('SUN');
    expect(next.map((s) => s.code).sort()).toEqual(
      ['ARM', 'AZE', 'BLR', 'EST', 'GEO', 'KAZ', 'KGZ', 'LTU', 'LVA', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB'],
    );
    expect(new Set(next.map((s) => s.year))).toEqual(new Set([1991]));
    expect(r.predecessors('BLR')).toEqual([{ code: 'SUN', year: 1991 }]);
  });

  it('Yugoslavia, Serbia and Montenegro, Czechoslovakia, the GDR, the Yemens', () => {
    expect(r.successors('YUG')).toEqual([
      { code: 'MKD', year: 1991 },
      { code: 'SVN', year: 1992 },
      { code: 'HRV', year: 1992 },
      { code: 'BIH', year: 1992 },
      { code: 'SCG', year: 1992 },
    ]);
    expect(r.successors('SCG')).toEqual([
      { code: 'SRB', year: 2006 },
      { code: 'MNE', year: 2006 },
    ]);
    expect(r.successors('CSK')).toEqual([
      { code: 'CZE', year: 1993 },
      { code: 'SVK', year: 1993 },
    ]);
    expect(r.successors('DDR')).toEqual([{ code: 'DEU', year: 1990 }]);
    expect(r.predecessors('DEU').filter((p) => p.year === 1990)).toEqual([{ code: 'DDR', year: 1990 }]);
    expect(r.predecessors('YEM')).toEqual([
      { code: 'YAR', year: 1990 },
      { code: 'YMD', year: 1990 },
    ]);
    expect(r.successors('FRA')).toEqual([]);
  });

  it('succession years agree with the state lists: each successor exists in its succession year', () => {
    for (const s of r.all()) {
      for (const next of r.successors(s.code)) {
        expect(r.existedIn(s.code, next.year) || r.existedIn(s.code, next.year - 1), `${s.code} → ${next.code}`).toBe(true);
        expect(r.existedIn(next.code, next.year) || r.existedIn(next.code, next.year + 1), `${next.code} in ${next.year}`).toBe(true);
      }
    }
  });
});

describe('names', () => {
  const cases: [string, string][] = [
    ['Russian Federation', 'RUS'], ['Russia', 'RUS'], ['Byelorussia', 'BLR'], ['Belorussia', 'BLR'],
    ['White Russia', 'BLR'], ['Belarus', 'BLR'], ['Беларусь', 'BLR'], ['Белоруссия', 'BLR'], ['Belarus, Rep. of', 'BLR'],
    ['Republic of Belarus', 'BLR'], ['BELARUS', 'BLR'], ['USSR', 'SUN'], ['Soviet Union', 'SUN'], ['Moldova', 'MDA'],
    ['Moldavia', 'MDA'], ['Republic of Moldova', 'MDA'], ['Kyrgyzstan', 'KGZ'], ['Kirghizia', 'KGZ'], ['Kyrgyz Republic', 'KGZ'],
    ['Türkiye', 'TUR'], ['Turkiye', 'TUR'], ['Turkey', 'TUR'], ['US', 'USA'], ['USA', 'USA'], ['United States of America', 'USA'],
    ['United States', 'USA'], ['UK', 'GBR'], ['United Kingdom', 'GBR'], ['Czechia', 'CZE'], ['Czech Republic', 'CZE'],
    ['Czech Rep.', 'CZE'], ['Ivory Coast', 'CIV'], ["Côte d'Ivoire", 'CIV'], ["Cote d'Ivoire", 'CIV'], ['Burma', 'MMR'],
    ['Myanmar', 'MMR'], ['Swaziland', 'SWZ'], ['Eswatini', 'SWZ'], ['Macedonia', 'MKD'], ['North Macedonia', 'MKD'],
    ['Trinidad & Tobago', 'TTO'], ['China Hong Kong SAR', 'HKG'], ['Republic of Congo', 'COG'],
    ['Congo, Dem. Rep. of the', 'COD'], ['Zaire', 'COD'], ['Korea, Rep. of', 'KOR'], ["Korea, Dem. People's Rep. of", 'PRK'],
    ['The Gambia', 'GMB'], ['East Germany', 'DDR'], ['Eastern Germany', 'DDR'], ['Serbia and Montenegro', 'SCG'],
    ['Yemen Arab Rep.', 'YAR'], ['Taiwan Province of China', 'TWN'], ['China, P.R.: Mainland', 'CHN'], ['Kosovo', 'XKX'],
    ['China, P.R. of', 'CHN'], ['Macedonia, FYR', 'MKD'], ['Lao People Dem. Rep.', 'LAO'], ['Iran. I. Rep of', 'IRN'],
    ['Afghanistan, I. S. of', 'AFG'], ['Western Samoa', 'WSM'], ['DR Congo', 'COD'], ['Russian Empire', 'SUN'],
  ];
  it.each(cases)('%s → %s', (name, code) => {
    expect(r.resolve(name).code).toBe(code);
  });

  it('lists every name it knows in aliases', () => {
    const aliases = r.get('BLR')!.aliases;
    for (const name of ['Belarus', 'Belarus, Rep. of', 'Беларусь', 'Belarus (Byelorussia)', 'White Russia']) expect(aliases).toContain(name);
  });

  it('uses the year to choose among entities that share a name', () => {
    expect(r.resolve('Korea', { year: 1900 }).code).toBe('COW730');
    expect(r.resolve('Yugoslavia').code).toBe('YUG');
    expect(r.resolve('Yugoslavia', { year: 1995 }).code).toBe('SCG');
    expect(r.resolve('Vietnam').code).toBe('VNM');
    expect(r.resolve('Vietnam', { year: 1850 }).code).toBe('GW815');
    // IMF arrangements list SFR Yugoslavia's programmes 1961–1990 as "Yugoslavia, FR".
    expect(r.resolve('Yugoslavia, FR', { year: 1965 }).code).toBe('YUG');
    expect(r.resolve('Yugoslavia, FR', { year: 2001 }).code).toBe('SCG');
    expect(r.resolve('Yemen', { year: 1980 }).code).toBe('YAR');
    expect(r.resolve('Yemen', { year: 2000 }).code).toBe('YEM');
  });

  it('drops an unknown aside in parentheses but does not guess from it', () => {
    expect(r.resolve('East Germany (GDR)').code).toBe('DDR');
    expect(lookupError(() => r.resolve('Hamas (Palestine)*')).message).toMatch(/^unknown/);
  });

  it('"Congo" and "Korea" are ambiguous and list every match', () => {
    const congo = lookupError(() => r.resolve('Congo'));
    expect(congo.message).toMatch(/^ambiguous country "Congo"/);
    expect(congo.candidates).toEqual(['Congo - Brazzaville (COG)', 'Congo - Kinshasa (COD)']);
    expect(lookupError(() => r.resolve('Congo', { year: 2000 })).candidates).toHaveLength(2);
    expect(lookupError(() => r.resolve('Korea')).candidates).toEqual(['South Korea (KOR)', 'North Korea (PRK)']);
  });

  it('an unknown name lists the 5 closest entities', () => {
    const atlantis = lookupError(() => r.resolve('Atlantis'));
    expect(atlantis.message).toMatch(/^unknown country "Atlantis"; closest: /);
    expect(atlantis.candidates).toHaveLength(5);
    expect(new Set(atlantis.candidates).size).toBe(5);
    const belarusia = lookupError(() => r.resolve('Belarusia'));
    expect(belarusia.candidates[0]).toBe('Belarus (BLR)');
  });

  it('group names are not states and get no suggestions', () => {
    for (const name of ['Other CIS', 'Total World', 'EU', 'European Union #', 'of which: OECD', 'Middle East', 'Euro area', 'High income', 'NATO**']) {
      expect(r.isGroupName(name)).toBe(true);
      const err = lookupError(() => r.resolve(name));
      expect(err.message).toMatch(/^unknown/);
      expect(err.candidates).toEqual([]);
    }
    expect(r.isGroupName('Belarus')).toBe(false);
  });

  it('search ranks exact and near names first', () => {
    expect(r.search('Belarusia', 3)[0]!.code).toBe('BLR');
    expect(r.search('ger', 3).map((s) => s.code)).toContain('DEU');
    expect(r.search('Congo', 2).map((s) => s.code).sort()).toEqual(['COD', 'COG']);
    expect(r.search('Belarus', 5)).toHaveLength(5);
  });
});

describe('tables', () => {
  it('every countrycode row becomes an entity or is a listed skip', async () => {
    const tables = await loadCountryTables('data');
    const names = new Set(r.all().flatMap((s) => s.aliases));
    const missing = tables.codelist.map((row) => row.country_name_en!).filter((n) => !names.has(n) && !CODELIST_ROWS_SKIPPED.includes(n));
    expect(missing).toEqual([]);
    expect(CODELIST_ROWS_SKIPPED.filter((n) => !tables.codelist.some((row) => row.country_name_en === n))).toEqual([]);
  });

  it('current states are the 193 UN members plus Taiwan and Kosovo', async () => {
    const tables = await loadCountryTables('data');
    const un = tables.codelist.filter((row) => row.un_name_en).map((row) => row.iso3c!);
    expect(un).toHaveLength(193);
    const current = r.all().filter((s) => s.kind === 'state' && !s.historical).map((s) => s.code);
    expect(current.sort()).toEqual([...un, 'TWN', 'XKX'].sort());
  });

  it('codes are unique across entities for ISO numeric and IMF, and every entity has a name', () => {
    const all = r.all();
    const iso = all.map((s) => s.isoNumeric).filter((n) => n !== null);
    const imf = all.map((s) => s.imf).filter((n) => n !== null);
    expect(new Set(iso).size).toBe(iso.length);
    expect(new Set(imf).size).toBe(imf.length);
    expect(all.every((s) => s.name.length > 0 && s.aliases.includes(s.name))).toBe(true);
  });
});

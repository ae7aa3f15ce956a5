import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { COUNTRY_TABLE_FILES, loadCountryResolver, loadCountryTables } from '../../../src/importers/load-country-tables.js';

/** A data directory holding copies of the bundled tables, with `replace` overriding some files' text. */
function dataDirWith(replace: Partial<Record<keyof typeof COUNTRY_TABLE_FILES, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'country-tables-'));
  for (const [key, file] of Object.entries(COUNTRY_TABLE_FILES)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    const text = replace[key as keyof typeof COUNTRY_TABLE_FILES];
    if (text === undefined) copyFileSync(join('data', file), join(dir, file));
    else writeFileSync(join(dir, file), gzipSync(Buffer.from(text)));
  }
  return dir;
}

describe('loadCountryTables', () => {
  it('reads every table with its header as keys', async () => {
    const t = await loadCountryTables('data');
    expect(t.codelist).toHaveLength(292);
    expect(t.cowStates).toHaveLength(243);
    expect(t.gwStates).toHaveLength(216);
    expect(t.dotsNames).toHaveLength(222);
    expect(t.wdiCodes).toHaveLength(264);
    expect(t.codelist.find((row) => row.iso3c === 'BLR')).toMatchObject({ cown: '370', imf: '913', un_name_ru: 'Беларусь' });
    expect(t.dotsNames.find((row) => row.iso3 === 'BLR')?.imf_dots_name).toBe('Belarus, Rep. of');
  });

  it('names the file and the missing column', async () => {
    const dir = dataDirWith({ wdiCodes: 'code,country_name\nBLR,Belarus\n' });
    const err = await loadCountryTables(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe('worldbank_wdi/wdi_country_codes.csv.gz:1 field "country_code": missing column(s) country_code');
  });

  it('rejects a row with the wrong number of fields, with its line', async () => {
    const dir = dataDirWith({ wdiCodes: 'country_code,country_name\nBLR,Belarus\nRUS,Russia,extra\n' });
    await expect(loadCountryTables(dir)).rejects.toThrow('worldbank_wdi/wdi_country_codes.csv.gz:3: 3 fields, header has 2');
  });

  it('says where it looked when the data directory is wrong', async () => {
    await expect(loadCountryTables('no-such-dir')).rejects.toThrow(/no-such-dir\/country_codes\/countrycode_codelist\.csv\.gz: country code table not found/);
  });

  it('rejects a code cell that is not an integer when building the resolver', async () => {
    const dir = dataDirWith({ cowStates: 'stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday\nUSA,two,United States,1816,1,1,2016,12,31\n' });
    await expect(loadCountryResolver(dir)).rejects.toThrow(/cow_state_system_membership_v2016\.csv\.gz field "ccode": data row 1: "two" is not an integer code/);
  });
});

describe('loadCountryResolver', () => {
  it('builds once per data directory', async () => {
    const a = await loadCountryResolver('data');
    const b = await loadCountryResolver('./data');
    expect(b).toBe(a);
    expect(a.resolve('Belarus').code).toBe('BLR');
  });
});

// interdep fetch against a local server serving the real layouts (BACI release zip, paginated WDI JSON, IMF SDMX-CSV):
// what lands (through the same importers as `interdep import`), the provenance recorded, and the failures —
// checksum, size, truncated body, HTTP 404/500, connection refused, API errors — each with a clear message and the
// database exactly as before.
import { createHash } from 'node:crypto';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FetchError, InputError, UsageError } from '../../src/core/errors.js';
import { prepareBaci } from '../../src/fetch/baci.js';
import type { Expected } from '../../src/fetch/download.js';
import { fetchAndImport, type FetchContext, type Prepared } from '../../src/fetch/fetch-source.js';
import { prepareImf } from '../../src/fetch/imf.js';
import { expectations, readManifest } from '../../src/fetch/manifest.js';
import { prepareWdi } from '../../src/fetch/wdi.js';
import type { Database } from '../../src/store/db.js';
import { BACI_ZIP, startFetchServer, type FetchServer } from '../helpers/fetch-server.js';
import { emptyDb, quarantineOf, userContext } from '../helpers/user-import.js';

const PORT = 8240;
/** In the assigned range and never listened on: a host that refuses connections, as when offline. */
const CLOSED_PORT = 8249;
const RETRIEVED = '2026-01-15';
const ZIP_SHA = createHash('sha256').update(BACI_ZIP).digest('hex');
const none = (): Expected => ({});

let server: FetchServer;
beforeAll(async () => {
  server = await startFetchServer(PORT);
});
afterAll(() => server.close());

async function snapshot(db: Database): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of ['trade_product', 'trade', 'trade_total', 'indicator', 'indicator_meta', 'quarantine', 'dataset', 'dataset_file']) {
    out[table] = await db.all(`SELECT * FROM "${table}" ORDER BY ALL`);
  }
  return out;
}

const baci = (years?: number[]) => (f: FetchContext) => prepareBaci({ release: '202401', hs: 'HS92', years }, f);

async function run(db: Database, prepare: (f: FetchContext) => Promise<Prepared>, base: string, expected: (name: string) => Expected = none) {
  return fetchAndImport(db, await userContext(), prepare, { baseUrl: `${server.baseUrl}${base}`, expected, retrieved: RETRIEVED });
}

describe('interdep fetch baci', () => {
  let db: Database;
  beforeEach(async () => {
    db = await emptyDb();
  });
  afterEach(() => db.close());

  it('downloads the release zip, imports every year file through the BACI importer, and records the provenance', async () => {
    const result = await run(db, baci(), '/baci');
    expect(result.dataset).toBe('fetch:baci:HS92:V202401');
    expect(result.downloads.map(({ path: _p, ...d }) => d)).toEqual([
      { url: `${server.baseUrl}/baci/BACI_HS92_V202401.zip`, name: 'BACI_HS92_V202401.zip', bytes: BACI_ZIP.length, sha256: ZIP_SHA },
    ]);
    expect(result.reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([
      ['BACI_HS92_Y2021_V202401.csv', 12, 6, 6],
      ['BACI_HS92_Y2022_V202401.csv', 2, 2, 0],
    ]);
    const dataset = await db.one<{ title: string; publisher: string; version: string; origin: string; year_from: number; year_to: number; bundled: boolean }>(
      'SELECT title, publisher, version, origin, year_from, year_to, bundled FROM dataset',
    );
    expect(dataset).toMatchObject({ title: 'CEPII BACI, HS92, release V202401', publisher: 'CEPII', version: 'V202401', year_from: 2021, year_to: 2022, bundled: false });
    expect(JSON.parse(dataset!.origin)).toEqual([
      { url: `${server.baseUrl}/baci/BACI_HS92_V202401.zip`, file: 'BACI_HS92_V202401.zip', bytes: BACI_ZIP.length, sha256: ZIP_SHA, retrieved: RETRIEVED },
    ]);
    const files = await db.all<{ path: string; sha256: string }>('SELECT path, sha256 FROM dataset_file ORDER BY path');
    expect(files.map((f) => f.path)).toEqual(['BACI_HS92_Y2021_V202401.csv', 'BACI_HS92_Y2022_V202401.csv']);
    expect(files[1]!.sha256).toBe(createHash('sha256').update('t,i,j,k,v,q\n2022,112,643,271111,2000,10\n2022,643,112,271111,3000.5,NA\n').digest('hex'));
    // BACI values are thousands of US$: 2000 → 2,000,000.
    expect(await db.all('SELECT year, exporter, importer, product, value_usd, quantity FROM trade_product WHERE year = 2022 ORDER BY exporter')).toEqual([
      { year: 2022, exporter: 'BLR', importer: 'RUS', product: '271111', value_usd: 2_000_000, quantity: 10 },
      { year: 2022, exporter: 'RUS', importer: 'BLR', product: '271111', value_usd: 3_000_500, quantity: null },
    ]);
  });

  it('follows a redirect, keeps only the years asked for, and a second fetch replaces the first', async () => {
    await run(db, baci(), '/baci');
    const result = await run(db, baci([2022]), '/redirect');
    expect(result.downloads[0]!.url).toBe(`${server.baseUrl}/baci/BACI_HS92_V202401.zip`);
    expect(result.reports.map((r) => r.file)).toEqual(['BACI_HS92_Y2022_V202401.csv']);
    expect(await db.all('SELECT year, count(*)::INTEGER AS n FROM trade_product GROUP BY year')).toEqual([{ year: 2022, n: 2 }]);
    expect(await db.all('SELECT count(*)::INTEGER AS n FROM quarantine')).toEqual([{ n: 0 }]);
  });

  it('accepts the expected sha256 and size, and refuses a wrong checksum, leaving the database as it was', async () => {
    await run(db, baci(), '/baci', expectations({ sha256: ZIP_SHA.toUpperCase(), bytes: BACI_ZIP.length }));
    const before = await snapshot(db);
    const wrong = '0'.repeat(64);
    const err = await run(db, baci([2022]), '/baci', expectations({ sha256: wrong })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchError);
    expect((err as FetchError).toLine()).toBe(
      `BACI_HS92_V202401.zip: sha256 ${ZIP_SHA}, expected ${wrong} (${server.baseUrl}/baci/BACI_HS92_V202401.zip) ` +
        '(the file is not the one expected: check the release, --sha256 or the manifest)',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('checks the size listed in a manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'interdep-manifest-'));
    try {
      const path = join(dir, 'manifest.json');
      writeFileSync(path, JSON.stringify({ 'BACI_HS92_V202401.zip': { bytes: 123 } }));
      const err = await run(db, baci(), '/baci', expectations({ manifest: readManifest(path) })).catch((e: unknown) => e);
      expect((err as FetchError).message).toBe(
        `BACI_HS92_V202401.zip: size ${BACI_ZIP.length} bytes, expected 123 (${server.baseUrl}/baci/BACI_HS92_V202401.zip)`,
      );
      writeFileSync(path, JSON.stringify({ 'BACI_HS92_V202401.zip': { sha256: 'abc' } }));
      expect(() => readManifest(path)).toThrow('manifest.json field "BACI_HS92_V202401.zip.sha256": not a sha256 (64 hex digits)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a truncated download, an HTTP 404 or 500, and a refused connection, changing nothing', async () => {
    await run(db, baci(), '/baci');
    const before = await snapshot(db);
    const failure = async (base: string) => (await run(db, baci(), base).catch((e: unknown) => e)) as FetchError;

    const truncated = await failure('/truncated');
    expect(truncated).toBeInstanceOf(FetchError);
    expect(truncated.toLine()).toBe(
      `${server.baseUrl}/truncated/BACI_HS92_V202401.zip: download interrupted after 100 of ${BACI_ZIP.length} bytes (aborted) (the connection dropped: try again)`,
    );
    const missing = await failure('/nowhere');
    expect(missing.toLine()).toBe(
      `${server.baseUrl}/nowhere/BACI_HS92_V202401.zip: HTTP 404 Not Found (no release 202401 for HS92: check the release name on ` +
        'https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37)',
    );
    expect((await failure('/broken')).toLine()).toBe(
      `${server.baseUrl}/broken/BACI_HS92_V202401.zip: HTTP 500 Internal Server Error (the server failed: try again later)`,
    );
    const offline = (await fetchAndImport(db, await userContext(), baci(), { baseUrl: `http://127.0.0.1:${CLOSED_PORT}/baci`, expected: none }).catch((e: unknown) => e)) as FetchError;
    expect(offline).toBeInstanceOf(FetchError);
    expect(offline.toLine()).toBe(
      `cannot reach 127.0.0.1:${CLOSED_PORT}: connection refused (http://127.0.0.1:${CLOSED_PORT}/baci/BACI_HS92_V202401.zip) ` +
        '(interdep fetch needs the network: check the connection, or point --base-url at a reachable mirror)',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a year the release does not have and a malformed release name, before touching the database', async () => {
    const year = await run(db, baci([1990]), '/baci').catch((e: unknown) => e);
    expect(year).toBeInstanceOf(UsageError);
    expect((year as UsageError).toLine()).toBe('BACI_HS92_V202401.zip has no year 1990 (it covers 2021–2022)');
    const release = await run(db, (f) => prepareBaci({ release: '2024', hs: 'HS92' }, f), '/baci').catch((e: unknown) => e);
    expect((release as UsageError).message).toBe('--release must look like 202501 (or 202401b), got "2024"');
    expect(await db.all('SELECT * FROM dataset')).toEqual([]);
  });
});

describe('interdep fetch wdi', () => {
  let db: Database;
  beforeEach(async () => {
    db = await emptyDb();
  });
  afterEach(() => db.close());
  const wdi = (f: FetchContext) => prepareWdi({ indicators: ['NY.GDP.MKTP.CD'], from: 2021, to: 2022, perPage: 3 }, f);

  it('reads every page of the API, and imports the series through the WDI importer', async () => {
    const result = await run(db, wdi, '/wdi');
    expect(server.requests.filter((r) => r.url.startsWith('/wdi/')).map((r) => r.url)).toEqual([
      '/wdi/country/all/indicator/NY.GDP.MKTP.CD?format=json&per_page=3&page=1&date=2021%3A2022',
      '/wdi/country/all/indicator/NY.GDP.MKTP.CD?format=json&per_page=3&page=2&date=2021%3A2022',
    ]);
    expect(result.downloads.map((d) => d.name)).toEqual(['wdi_NY.GDP.MKTP.CD_page1.json', 'wdi_NY.GDP.MKTP.CD_page2.json']);
    expect(result.dataset).toBe('fetch:wdi:NY.GDP.MKTP.CD:2021-2022');
    expect(result.reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([['API_NY.GDP.MKTP.CD_from_api.csv', 3, 2, 1]]);
    // Russia's 2022 value is null in the API: missing, no row.
    expect(await db.all('SELECT country, year, value FROM indicator ORDER BY country, year')).toEqual([
      { country: 'BLR', year: 2021, value: 69673747131.87 },
      { country: 'BLR', year: 2022, value: 73775179924.603 },
      { country: 'RUS', year: 2021, value: 1829186719575.1 },
    ]);
    expect(await quarantineOf(db)).toEqual([
      { file: 'API_NY.GDP.MKTP.CD_from_api.csv', line: 4, field: 'Country Code', reason: 'unknown country or aggregate code ZZZ' },
    ]);
    expect(await db.one('SELECT version, licence FROM dataset')).toEqual({ version: 'last updated 2025-07-01', licence: 'CC-BY-4.0' });
  });

  it('refuses an incomplete series, an API error message and a refused connection, changing nothing', async () => {
    await run(db, wdi, '/wdi');
    const before = await snapshot(db);
    const short = await run(db, wdi, '/wdi-short').catch((e: unknown) => e);
    expect((short as FetchError).toLine()).toBe(
      'WDI NY.GDP.MKTP.CD: 4 observations over 2 page(s), the API announced 5 (the download is incomplete: try again)',
    );
    const unknown = await run(db, (f) => prepareWdi({ indicators: ['NO.SUCH.CODE'] }, f), '/wdi').catch((e: unknown) => e);
    expect((unknown as FetchError).toLine()).toBe(
      `${server.baseUrl}/wdi/country/all/indicator/NO.SUCH.CODE?format=json&per_page=10000&page=1: the World Bank API refused the request: ` +
        'Invalid value: The provided parameter value is not valid (check the indicator code and the years)',
    );
    const offline = await fetchAndImport(db, await userContext(), wdi, { baseUrl: `http://127.0.0.1:${CLOSED_PORT}`, expected: none }).catch((e: unknown) => e);
    expect((offline as FetchError).message).toMatch(/^cannot reach 127\.0\.0\.1:8249: connection refused/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('interdep fetch imf', () => {
  let db: Database;
  beforeEach(async () => {
    db = await emptyDb();
  });
  afterEach(() => db.close());

  it('asks the SDMX 3.0 API for IMTS as SDMX-CSV and imports it through the DOTS importer (million US$)', async () => {
    const ctx = await userContext();
    const result = await run(db, (f) => prepareImf({ reporters: ['Belarus'], from: 2022, to: 2022 }, ctx.countries, f), '/imf');
    const request = server.requests.find((r) => r.url.startsWith('/imf/'))!;
    expect(request).toEqual({
      url: '/imf/data/dataflow/IMF.STA/IMTS/+/BLR.XG_FOB_USD+MG_CIF_USD.*.A?c%5BTIME_PERIOD%5D=ge%3A2022%2Ble%3A2022',
      accept: 'application/vnd.sdmx.data+csv;version=2.0.0',
    });
    expect(result.dataset).toBe('fetch:imf:IMTS:BLR');
    expect(result.reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([['IMTS_BLR.csv', 8, 4, 4]]);
    expect(await db.all('SELECT year, reporter, partner, exports, imports, exports_flag, imports_flag FROM trade')).toEqual([
      { year: 2022, reporter: 'BLR', partner: 'RUS', exports: 24_500, imports: 22_100.0000005, exports_flag: 'reported', imports_flag: 'reported' },
    ]);
    // World (G001): an empty value is missing, not 0.
    expect(await db.all('SELECT year, reporter, partner_group, exports, imports FROM trade_total')).toEqual([
      { year: 2022, reporter: 'BLR', partner_group: 'WLD', exports: 38_900, imports: null },
    ]);
    expect(await quarantineOf(db)).toEqual([
      { file: 'IMTS_BLR.csv', line: 6, field: 'INDICATOR', reason: 'indicator TBG_USD is not loaded: trade holds exports FOB (XG_FOB_USD) and imports CIF (MG_CIF_USD)' },
      { file: 'IMTS_BLR.csv', line: 7, field: 'TIME_PERIOD', reason: 'period 2022-M01 (frequency M) is not a year: trade holds annual flows' },
      { file: 'IMTS_BLR.csv', line: 8, field: 'COUNTERPART_COUNTRY', reason: 'G200 is not a known state, nor World (G001) or the EU (G998)' },
      { file: 'IMTS_BLR.csv', line: 9, field: 'OBS_VALUE', reason: 'not a number: "abc"' },
    ]);
  });

  it('reports a key with no data (HTTP 404) with what to check', async () => {
    const ctx = await userContext();
    const err = await run(db, (f) => prepareImf({ reporters: ['RUS'], partners: ['BLR'] }, ctx.countries, f), '/imf').catch((e: unknown) => e);
    expect((err as FetchError).toLine()).toBe(
      `${server.baseUrl}/imf/data/dataflow/IMF.STA/IMTS/+/RUS.XG_FOB_USD+MG_CIF_USD.BLR.A: HTTP 404 Not Found ` +
        '(no IMTS series for this key: check the reporter and partner codes (only IMF reporters have data))',
    );
    expect(await db.all('SELECT * FROM dataset')).toEqual([]);
  });
});

describe('zip reading', () => {
  it('reads ZIP64 archives and refuses a damaged entry', async () => {
    const { listZip, extractEntry } = await import('../../src/fetch/zip.js');
    const { makeZip } = await import('../helpers/zip-writer.js');
    const dir = mkdtempSync(join(tmpdir(), 'interdep-zip-'));
    try {
      const z64 = join(dir, 'z64.zip');
      writeFileSync(z64, makeZip([{ name: 'a/BACI_HS92_Y2021_V202401.csv', content: 'x'.repeat(5000) }], { zip64: true }));
      const [entry] = await listZip(z64);
      expect(entry).toMatchObject({ name: 'a/BACI_HS92_Y2021_V202401.csv', method: 8, size: 5000 });
      await extractEntry(z64, entry!, join(dir, 'out.csv'));

      const bad = Buffer.from(makeZip([{ name: 'a.csv', content: 'hello, world\n' }]));
      bad.writeUInt32LE(0xdeadbeef, 14); // the local header's CRC is not read; the central one is
      const central = bad.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      bad.writeUInt32LE(0xdeadbeef, central + 16);
      writeFileSync(join(dir, 'bad.zip'), bad);
      const [damaged] = await listZip(join(dir, 'bad.zip'));
      const err = await extractEntry(join(dir, 'bad.zip'), damaged!, join(dir, 'a.csv'), 'bad.zip').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).toLine()).toBe('bad.zip/a.csv: damaged entry: CRC-32 mismatch (download the archive again)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { CountryResolver } from '../../src/core/countries/resolver.js';
import { GEM, gemImporter } from '../../src/importers/from-gem-infrastructure.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const DIR = 'test/fixtures/gem_pipelines_lng';
const fixture = (name: string) => ({ path: `${DIR}/${name}.csv`, label: `${name}.csv` });
const FILES = { gasPipelines: fixture('gas_pipelines'), lngTerminals: fixture('lng_terminals'), oilPipelines: fixture('oil_pipelines') };

let resolver: CountryResolver;
beforeAll(async () => {
  resolver = await countries();
});

const COLUMNS = `dataset, id, kind, name, unit_name, status, start_year, capacity, capacity_unit, owner, parent, region,
  latitude, longitude, url`;

describe('gemImporter on fixtures', () => {
  it('quarantines bad rows with file, line, field and reason', async () => {
    await withImport(gemImporter({ dataDir: 'data', countries: resolver }, FILES), async (_db, reports, quarantine) => {
      expect(reports.map((r) => [r.file, r.read, r.loaded, r.quarantined, r.written])).toEqual([
        ['gas_pipelines.csv', 12, 7, 5, { infrastructure: 7, infrastructure_country: 12 }],
        ['lng_terminals.csv', 7, 4, 3, { infrastructure: 4, infrastructure_country: 4 }],
        ['oil_pipelines.csv', 7, 3, 4, { infrastructure: 3, infrastructure_country: 3 }],
      ]);
      expect(quarantine).toEqual([
        { file: 'gas_pipelines.csv', line: 10, field: 'id', reason: 'duplicate key (id) = (P0753), first seen at line 2' },
        { file: 'gas_pipelines.csv', line: 11, field: null, reason: 'expected 12 fields, found 6' },
        { file: 'gas_pipelines.csv', line: 12, field: 'capacity', reason: 'not a number: "33 bcm"' },
        { file: 'gas_pipelines.csv', line: 13, field: 'areas', reason: 'unknown country "Narnia"' },
        { file: 'gas_pipelines.csv', line: 14, field: 'capacity_table', reason: 'expected a capacity in bcm/y, found "5.5 mtpa of LNG"' },
        { file: 'lng_terminals.csv', line: 6, field: 'terminal_type', reason: 'expected import or export' },
        { file: 'lng_terminals.csv', line: 7, field: 'latitude', reason: 'not a number: "north"' },
        { file: 'lng_terminals.csv', line: 8, field: 'id', reason: 'duplicate key (id) = (T048800), first seen at line 3' },
        {
          file: 'oil_pipelines.csv', line: 5, field: 'project, unit',
          reason: 'duplicate key (project, unit) = (Druzhba Oil Pipeline\u001fKuibyshev-Unecha-Mozyr-1), first seen at line 3',
        },
        { file: 'oil_pipelines.csv', line: 6, field: 'type', reason: 'expected oil_pipelines or ngl_pipelines' },
        { file: 'oil_pipelines.csv', line: 7, field: 'capacity_bpd', reason: 'not a number: "abc"' },
        { file: 'oil_pipelines.csv', line: 8, field: 'start_year', reason: 'not a number: "196x"' },
      ]);
    });
  });

  it('loads pipelines and terminals with normalised kinds and capacity units', async () => {
    await withImport(gemImporter({ dataDir: 'data', countries: resolver }, FILES), async (db) => {
      const rows = await db.all(`SELECT ${COLUMNS} FROM infrastructure ORDER BY kind, id`);
      const base = { dataset: GEM, unit_name: null, latitude: null, longitude: null };
      expect(rows).toEqual([
        {
          ...base, id: 'P0233', kind: 'gas_pipeline', name: 'NYMarc Gas Pipeline Project', status: 'cancelled', start_year: null,
          capacity: null, capacity_unit: null, owner: 'Dominion Energy [50.00%]; TC Energy [50.00%]',
          parent: 'Dominion Energy [50.00%]; TC Energy [50.00%]', region: 'Americas', url: 'https://www.gem.wiki/NYMarc_Gas_Pipeline_Project',
        },
        {
          ...base, id: 'P0753', kind: 'gas_pipeline', name: 'Nord Stream Gas Pipeline', status: 'mothballed', start_year: 2011,
          capacity: 55, capacity_unit: 'bcm/y', owner: 'Nord Stream AG [100.00%]',
          parent: 'Gazprom [51.00%]; Uniper [15.50%]; Wintershall Dea AG [15.50%]; Engie [9.00%]; Gasunie [9.00%]', region: 'Europe',
          url: 'https://www.gem.wiki/Nord_Stream_Gas_Pipeline',
        },
        {
          ...base, id: 'P0769', kind: 'gas_pipeline', name: 'Yamal-Europe Gas Pipeline', status: 'idle', start_year: 1999,
          capacity: 33, capacity_unit: 'bcm/y',
          owner: 'EuRoPol Gaz [100.00%]; GASCADE Gastransport GmbH [unknown %]; Gazprom [unknown %]',
          parent: 'Gazprom [52.00%]; PGNiG [48.00%]; BASF [unknown %]', region: 'Europe', url: 'https://www.gem.wiki/Yamal-Europe_Gas_Pipeline',
        },
        {
          ...base, id: 'P0903', kind: 'gas_pipeline', name: 'Beaço Gas Pipeline', status: 'shelved', start_year: 2027,
          capacity: null, capacity_unit: null, owner: 'TIMOR GAP [56.56%]; Woodside Energy [33.44%]; Osaka Gas [10.00%]',
          parent: 'TIMOR GAP [56.56%]; Woodside Energy [33.44%]; Osaka Gas [10.00%]', region: 'Asia',
          url: 'https://www.gem.wiki/Bea%C3%A7o_Gas_Pipeline',
        },
        {
          ...base, id: 'P1068', kind: 'gas_pipeline', name: 'Trans Thailand–Malaysia Gas Pipeline (TTM)', status: 'operating',
          start_year: 2007, capacity: 10.55, capacity_unit: 'bcm/y',
          owner: 'Trans Thai-Malaysia (Malaysia) Sdn Bhd [50.00%]; Trans Thai-Malaysia (Thailand) Limited [50.00%]',
          parent: 'PTT Public Company Limited [50.00%]; Petronas [50.00%]', region: null,
          url: 'https://www.gem.wiki/Trans_Thailand%E2%80%93Malaysia_Gas_Pipeline',
        },
        {
          ...base, id: 'P4239', kind: 'gas_pipeline', name: 'Karadaghi-Tbilisi Gas Pipeline\nPipeline', status: 'operating',
          start_year: null, capacity: 1.46, capacity_unit: 'bcm/y', owner: 'Georgian Oil and Gas Corporation [100.00%]',
          parent: 'Georgian Oil & Gas Corporation [100.00%]', region: 'Asia', url: 'https://www.gem.wiki/Karadaghi-Tbilisi_Gas_Pipeline',
        },
        {
          ...base, id: 'P5619', kind: 'gas_pipeline', name: 'Shaanxi Gas Pipeline Network', unit_name: 'Fuxian-Yichuan Gas Pipeline',
          status: 'operating', start_year: 2022, capacity: 9, capacity_unit: 'bcm/y', owner: '陕西省天然气股份有限公司 [100.00%]',
          parent: '陕西省天然气股份有限公司 [100.00%]', region: 'Asia',
          url: 'https://www.gem.wiki/Shaanxi_Gas_Pipeline_Network#Fuxian-Yichuan_Gas_Pipeline_.E5.AF.8C.E5.8E.BF-.E5.AE.9C.E5.B7.9D.E8.BE.93.E6.B0.94.E7.AE.A1.E9.81.93',
        },
        {
          ...base, id: 'T020901', kind: 'lng_export', name: 'American LNG Titusville Terminal', status: 'cancelled', start_year: null,
          capacity: 0.63, capacity_unit: 'mtpa', owner: 'American LNG Marketing LLC [100.00%]', parent: 'Fortress Investment Group [100.00%]',
          region: 'Americas', latitude: 28.591111, longitude: -80.82, url: 'https://www.gem.wiki/American_LNG_Titusville_Terminal',
        },
        {
          ...base, id: 'T051801', kind: 'lng_export', name: 'Yamal LNG Terminal', unit_name: 'T1', status: 'operating', start_year: 2017,
          capacity: 5.5, capacity_unit: 'mtpa', owner: 'Yamal LNG [100.00%]',
          parent: 'Novatek [50.10%]; China National Petroleum Corporation [20.00%]; TotalEnergies [20.00%]; Silk Road Fund [9.90%]',
          region: 'Europe', latitude: 71.2733, longitude: 72.0725, url: 'https://www.gem.wiki/Yamal_LNG_Terminal',
        },
        {
          ...base, id: 'T048800', kind: 'lng_import', name: 'Klaipeda FSRU', status: 'operating', start_year: 2014,
          capacity: 2.9, capacity_unit: 'mtpa', owner: 'KN Energies [100.00%]',
          parent: 'Lithuanian Ministry of Energy [72.47%]; other [17.10%]; UAB koncernas "Achemos grupė" [10.43%]',
          region: 'Europe', latitude: 55.66451, longitude: 21.13762, url: 'https://www.gem.wiki/Klaipeda_FSRU',
        },
        {
          ...base, id: 'T085600', kind: 'lng_import', name: 'Puerto de la Luz LNG Terminal', status: 'shelved', start_year: 2023,
          capacity: null, capacity_unit: null, owner: 'Totisa Holdings [100.00%]', parent: 'Totisa Holdings [100.00%]',
          region: 'Africa', latitude: 28.139483, longitude: -15.423414, url: 'https://www.gem.wiki/Puerto_de_la_Luz_LNG_Terminal',
        },
        {
          ...base, id: 'GOIT-b0b5f8f8bf26', kind: 'ngl_pipeline', name: 'AKG-Ras Laffan NGL Pipeline',
          unit_name: 'AKG-1-Ras Laffan NGL Pipeline (A)', status: 'operating', start_year: 2005, capacity: 2000, capacity_unit: 'bpd',
          owner: null, parent: 'ExxonMobil [100.00%]', region: null, url: 'https://www.gem.wiki/AKG-Ras_Laffan_NGL_Pipeline',
        },
        {
          ...base, id: 'GOIT-9d5cb10318e9', kind: 'oil_pipeline', name: 'Surgut-Gorky-Polotsk Oil Pipeline', status: 'operating',
          start_year: 1981, capacity: null, capacity_unit: null, owner: null, parent: 'Transneft [100.00%]', region: null,
          url: 'https://www.gem.wiki/Surgut-Gorky-Polotsk_Oil_Pipeline',
        },
        {
          ...base, id: 'GOIT-dfafa92e08fe', kind: 'oil_pipeline', name: 'Druzhba Oil Pipeline', unit_name: 'Kuibyshev-Unecha-Mozyr-1',
          status: 'operating', start_year: 1964, capacity: null, capacity_unit: null, owner: null, parent: 'Transneft [unknown %]',
          region: null, url: 'https://www.gem.wiki/Druzhba_Oil_Pipeline',
        },
      ]);
    });
  });

  it('lists the countries crossed in the published order, with a code only for states', async () => {
    await withImport(gemImporter({ dataDir: 'data', countries: resolver }, FILES), async (db) => {
      const rows = await db.all<{ id: string; seq: number; country: string | null; country_label: string }>(
        'SELECT dataset, id, seq, country, country_label FROM infrastructure_country ORDER BY id, seq',
      );
      expect(rows.map((r) => [r.id, r.seq, r.country, r.country_label])).toEqual([
        ['GOIT-b0b5f8f8bf26', 1, 'QAT', 'Qatar'],
        ['GOIT-dfafa92e08fe', 1, 'RUS', 'Russia'],
        ['GOIT-dfafa92e08fe', 2, 'BLR', 'Belarus'],
        ['P0233', 1, 'USA', 'United States'],
        ['P0753', 1, 'RUS', 'Russia'],
        ['P0753', 2, 'DEU', 'Germany'],
        ['P0769', 1, 'RUS', 'Russia'],
        ['P0769', 2, 'BLR', 'Belarus'],
        ['P0769', 3, 'DEU', 'Germany'],
        ['P0769', 4, 'POL', 'Poland'],
        ['P0903', 1, null, 'Joint Petroleum Development Area'],
        ['P0903', 2, 'TLS', 'Timor-Leste'],
        ['P1068', 1, 'MYS', 'Malaysia'],
        ['P1068', 2, 'THA', 'Thailand'],
        ['P4239', 1, 'GEO', 'Georgia'],
        ['T020901', 1, 'USA', 'United States'],
        ['T048800', 1, 'LTU', 'Lithuania'],
        ['T051801', 1, 'RUS', 'Russia'],
        ['T085600', 1, null, 'Canary Islands'],
      ]);
      expect(new Set(rows.map((r) => (r as unknown as { dataset: string }).dataset))).toEqual(new Set([GEM]));
    });
  });
});

describe('gemImporter on the bundled files', () => {
  it('reconciles row counts with the README and reads back Yamal-Europe', async () => {
    await withImport(gemImporter({ dataDir: 'data', countries: resolver }), async (db, reports, quarantine) => {
      expect(reports.map((r) => [r.file, r.read, r.loaded, r.quarantined])).toEqual([
        [`${GEM}/ggit_gas_pipelines_2024-10.csv.gz`, 3067, 3067, 0],
        [`${GEM}/ggit_lng_terminals_2024-10.csv.gz`, 1291, 1290, 1],
        [`${GEM}/goit_oil_ngl_pipelines_2024-06.csv.gz`, 1018, 1018, 0],
      ]);
      // GEM gives Darwin LNG T1 (an export terminal of 3.7 mtpa, operating since 2006) the start year "1".
      expect(quarantine).toEqual([
        { file: `${GEM}/ggit_lng_terminals_2024-10.csv.gz`, line: 344, field: 'start_year', reason: 'year out of range 1800–2100' },
      ]);
      const yamal = await db.one(`SELECT kind, name, status, start_year, capacity, capacity_unit FROM infrastructure WHERE id = 'P0769'`);
      expect(yamal).toEqual({
        kind: 'gas_pipeline', name: 'Yamal-Europe Gas Pipeline', status: 'idle', start_year: 1999, capacity: 33, capacity_unit: 'bcm/y',
      });
      const route = await db.all<{ country: string }>(`SELECT country FROM infrastructure_country WHERE id = 'P0769' ORDER BY seq`);
      expect(route.map((r) => r.country)).toEqual(['RUS', 'BLR', 'DEU', 'POL']);
      const kinds = await db.all<{ kind: string; n: number; capacities: number; unit: string | null }>(
        `SELECT kind, count(*)::INTEGER AS n, count(capacity)::INTEGER AS capacities, max(capacity_unit) AS unit
         FROM infrastructure GROUP BY kind ORDER BY kind`,
      );
      // README: 1,183 gas units without capacity; "about half" of GOIT without capacity_bpd (500 in the file).
      expect(kinds).toEqual([
        { kind: 'gas_pipeline', n: 3067, capacities: 3067 - 1183, unit: 'bcm/y' },
        { kind: 'lng_export', n: 617 - 1, capacities: LNG_EXPORT_CAPACITIES - 1, unit: 'mtpa' },
        { kind: 'lng_import', n: 674, capacities: 1291 - 132 - LNG_EXPORT_CAPACITIES, unit: 'mtpa' },
        { kind: 'ngl_pipeline', n: 39, capacities: NGL_CAPACITIES, unit: 'bpd' },
        { kind: 'oil_pipeline', n: 979, capacities: 1018 - 500 - NGL_CAPACITIES, unit: 'bpd' },
      ]);
      const noCountries = await db.one<{ n: number }>(
        `SELECT count(*)::INTEGER AS n FROM infrastructure i WHERE NOT EXISTS
           (SELECT 1 FROM infrastructure_country c WHERE c.id = i.id)`,
      );
      expect(noCountries?.n).toBe(236 + 2);
      const labels = await db.all<{ country_label: string }>(
        'SELECT DISTINCT country_label FROM infrastructure_country WHERE country IS NULL ORDER BY 1',
      );
      expect(labels.map((r) => r.country_label)).toEqual(['Canary Islands', 'Joint Petroleum Development Area']);
    });
  });
});

/** Counted with a separate script over the CSVs. */
const LNG_EXPORT_CAPACITIES = 587;
const NGL_CAPACITIES = 28;

import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { BELARUS_CASE_ENERGY, belarusCaseEnergyImporter } from '../../src/importers/from-belarus-case-energy.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FILE = 'fixture/belarus_case_energy.csv';
let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

describe('belarusCaseEnergyImporter', () => {
  it('keeps facts with their ranges and quarantines bad ranges, shares, states and duplicates', async () => {
    const importer = belarusCaseEnergyImporter(ctx, { path: 'test/fixtures/belarus_case_energy/belarus_case_energy.csv', label: FILE });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports).toEqual([{ dataset: BELARUS_CASE_ENERGY, file: FILE, read: 7, loaded: 3, quarantined: 4, written: { case_energy_fact: 3 } }]);
      expect(quarantine.map((q) => [q.line, q.field, q.reason])).toEqual([
        [5, 'low', 'low 0.4 above value 0.35'],
        [6, 'value', 'a share must lie in [0, 1]'],
        [7, 'counterpart', '"XYZ" is not a canonical state code'],
        [8, 'fact_id, subject, counterpart, year', 'duplicate key (fact_id, subject, counterpart, year) = (gas_transit_share,BLR,RUS,2010), first seen at line 2'],
      ]);
      expect(await db.all('SELECT fact_id, value, low, high, qualifier FROM case_energy_fact ORDER BY fact_id')).toEqual([
        { fact_id: 'gas_transit_share', value: 0.2, low: null, high: null, qualifier: null },
        { fact_id: 'gas_transit_volume', value: 45, low: null, high: null, qualifier: 'about' },
        { fact_id: 'transit_operator_share', value: 0.35, low: 0.3, high: 0.39, qualifier: '30 some percent' },
      ]);
    });
  });

  it('loads every row of the bundled facts; Gazprom reaches 100% of Beltransgaz in 2011', async () => {
    await withImport(belarusCaseEnergyImporter(ctx), async (db, reports, quarantine) => {
      expect(quarantine).toEqual([]);
      expect(reports[0]!.loaded).toBe(14);
      const stake = await db.all(`SELECT year, value FROM case_energy_fact WHERE fact_id = 'supplier_stake_transit_operator' ORDER BY year`);
      expect(stake).toEqual([
        { year: 2006, value: 0 }, { year: 2007, value: 0.125 }, { year: 2008, value: 0.25 }, { year: 2009, value: 0.375 }, { year: 2010, value: 0.5 }, { year: 2011, value: 1 },
      ]);
    });
  });
});

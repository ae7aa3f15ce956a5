import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { BELARUS_CASE_EVENTS, belarusCaseEventsImporter } from '../../src/importers/from-belarus-case-events.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FILE = 'fixture/belarus_case_events.csv';
let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

describe('belarusCaseEventsImporter', () => {
  it('loads valid events into event and quarantines bad dates, precisions, actors, weights, duplicates and missing sources', async () => {
    const importer = belarusCaseEventsImporter(ctx, { path: 'test/fixtures/belarus_case_events/belarus_case_events.csv', label: FILE });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports).toEqual([{ dataset: BELARUS_CASE_EVENTS, file: FILE, read: 9, loaded: 3, quarantined: 6, written: { event: 3 } }]);
      expect(quarantine.map((q) => [q.line, q.field])).toEqual([[5, 'date'], [6, 'date'], [7, 'actor_a'], [8, 'weight'], [9, 'event_id'], [10, 'source']]);
      expect(quarantine[2]!.reason).toBe('"XYZ" is neither a canonical state code nor a known group or IGO id');
      const rows = await db.all(`SELECT event_id, strftime(date, '%Y-%m-%d') AS date, date_precision, year, actor_a, actor_b, type, weight FROM event ORDER BY date`);
      expect(rows).toEqual([
        { event_id: 'RU-BY-2004-gas-cut', date: '2004-02-18', date_precision: 'day', year: 2004, actor_a: 'RUS', actor_b: 'BLR', type: 'energy_dispute', weight: -1 },
        { event_id: 'BY-IMF-2008-loi', date: '2008-01-01', date_precision: 'year', year: 2008, actor_a: 'BLR', actor_b: 'IMF', type: 'imf_letter_of_intent', weight: 0.5 },
        { event_id: 'EU-BY-2016-easing', date: '2016-02-15', date_precision: 'day', year: 2016, actor_a: 'EU', actor_b: 'BLR', type: 'sanctions_easing', weight: 0.5 },
      ]);
    });
  });

  it('loads every row of the bundled timeline', async () => {
    await withImport(belarusCaseEventsImporter(ctx), async (db, reports, quarantine) => {
      expect(quarantine).toEqual([]);
      expect(reports[0]!.loaded).toBe(25);
      // the seed's four energy disputes years are all present
      const years = await db.all<{ year: number }>(`SELECT DISTINCT year FROM event WHERE type = 'energy_dispute' ORDER BY year`);
      expect(years.map((y) => y.year)).toEqual([2004, 2007, 2010, 2012]);
    });
  });
});

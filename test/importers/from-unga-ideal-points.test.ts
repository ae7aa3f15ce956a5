import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportContext } from '../../src/importers/context.js';
import { UNGA_IDEAL_POINTS, ungaIdealPointsImporter } from '../../src/importers/from-unga-ideal-points.js';
import { countries, withImport } from '../helpers/import-fixture.js';

const FILE = 'fixture/ideal_points.csv';

let ctx: ImportContext;
beforeAll(async () => {
  ctx = { dataDir: 'data', countries: await countries() };
});

const COLUMNS = 'state, year, ideal_point_fp, ideal_point_all, ideal_point_legacy, nvotes_fp, nvotes_all, q5_fp, q95_fp, q5_all, q95_all';

describe('ungaIdealPointsImporter on the fixture', () => {
  it('gives each country-year its state of that year and quarantines bad rows with file, line, field and reason', async () => {
    const importer = ungaIdealPointsImporter(ctx, { path: 'test/fixtures/unga_ideal_points/ideal_points.csv', label: FILE });
    await withImport(importer, async (db, reports, quarantine) => {
      expect(reports).toEqual([
        { dataset: UNGA_IDEAL_POINTS, file: FILE, read: 15, loaded: 9, quarantined: 6, written: { unga_ideal_point: 9 } },
      ]);
      expect(quarantine).toEqual([
        // COW 260 (legacy estimate only) and 255 are both DEU in 1990.
        { file: FILE, line: 10, field: 'state, year', reason: 'duplicate key (state, year) = (DEU,1990), first seen at line 9' },
        { file: FILE, line: 12, field: null, reason: 'expected 24 fields, found 1 (delimiter ";"?)' },
        { file: FILE, line: 13, field: null, reason: 'expected 24 fields, found 5' },
        { file: FILE, line: 14, field: 'nvotesall', reason: 'not a number: "ninety"' },
        { file: FILE, line: 15, field: 'iso3c', reason: 'unknown country: COW 999, iso3c XXX in 2012' },
        { file: FILE, line: 16, field: 'state, year', reason: 'duplicate key (state, year) = (BLR,1995), first seen at line 2' },
      ]);
      expect(await db.all(`SELECT ${COLUMNS} FROM unga_ideal_point ORDER BY state, year`)).toEqual([
        { state: 'BLR', year: 1995, ideal_point_fp: 0.5738, ideal_point_all: 0.588539, ideal_point_legacy: 0.54104, nvotes_fp: 67, nvotes_all: 93, q5_fp: 0.390309, q95_fp: 0.755994, q5_all: 0.444411, q95_all: 0.734063 },
        // Hand-made: no COW code, the iso3c decides.
        { state: 'BLR', year: 2009, ideal_point_fp: -0.430448, ideal_point_all: -0.408952, ideal_point_legacy: -0.422888, nvotes_fp: 65, nvotes_all: 85, q5_fp: -0.623995, q95_fp: -0.239653, q5_all: -0.594298, q95_all: -0.212756 },
        { state: 'BLR', year: 2013, ideal_point_fp: -0.358899, ideal_point_all: -0.605887, ideal_point_legacy: -0.324904, nvotes_fp: 58, nvotes_all: 86, q5_fp: -0.554211, q95_fp: -0.168711, q5_all: -0.773867, q95_all: -0.427901 },
        // idealpointall is empty for 2024 in this release: NULL.
        { state: 'BLR', year: 2024, ideal_point_fp: -0.850019, ideal_point_all: null, ideal_point_legacy: null, nvotes_fp: 99, nvotes_all: null, q5_fp: -1.01983, q95_fp: -0.684184, q5_all: null, q95_all: null },
        { state: 'DEU', year: 1990, ideal_point_fp: 1.80973, ideal_point_all: 1.91387, ideal_point_legacy: null, nvotes_fp: 84, nvotes_all: 97, q5_fp: 1.64329, q95_fp: 1.97017, q5_all: 1.75495, q95_all: 2.07696 },
        // Legacy estimate only, no iso3c; COW 452 names Ghana although COW counts it from 1957.
        { state: 'GHA', year: 1956, ideal_point_fp: null, ideal_point_all: null, ideal_point_legacy: -0.871143, nvotes_fp: null, nvotes_all: null, q5_fp: null, q95_fp: null, q5_all: null, q95_all: null },
        // COW 365 in 1985 is the USSR although the file's iso3c says RUS.
        { state: 'SUN', year: 1985, ideal_point_fp: -1.38402, ideal_point_all: -1.49577, ideal_point_legacy: -1.46313, nvotes_fp: 149, nvotes_all: 194, q5_fp: -1.65002, q95_fp: -1.13348, q5_all: -1.73489, q95_all: -1.25955 },
        // The Ukrainian SSR's own UN seat.
        { state: 'UKR', year: 1950, ideal_point_fp: -3.50479, ideal_point_all: -3.14992, ideal_point_legacy: -3.00435, nvotes_fp: 22, nvotes_all: 50, q5_fp: -4.24224, q95_fp: -2.78806, q5_all: -3.63645, q95_all: -2.66508 },
        // COW 680 is South Yemen (YMD); the file's iso3c says YAR.
        { state: 'YMD', year: 1980, ideal_point_fp: -1.21284, ideal_point_all: -1.28962, ideal_point_legacy: -1.21021, nvotes_fp: 101, nvotes_all: 107, q5_fp: -1.49803, q95_fp: -0.955221, q5_all: -1.5615, q95_all: -1.02082 },
      ]);
    });
  });
});

describe('ungaIdealPointsImporter on the bundled ideal points file', () => {
  it('reads every row of the README and gives Belarus the published ideal points', async () => {
    await withImport(ungaIdealPointsImporter(ctx), async (db, reports, quarantine) => {
      // README: 11,440 country-years. Only COW 260's legacy-only 1990 row is quarantined (255 gives DEU 1990).
      expect(reports).toEqual([
        {
          dataset: UNGA_IDEAL_POINTS, file: `${UNGA_IDEAL_POINTS}/unga_ideal_points_1946_2024.csv.gz`,
          read: 11_440, loaded: 11_439, quarantined: 1, written: { unga_ideal_point: 11_439 },
        },
      ]);
      expect(quarantine).toEqual([
        {
          file: `${UNGA_IDEAL_POINTS}/unga_ideal_points_1946_2024.csv.gz`, line: 11425, field: 'state, year',
          reason: 'duplicate key (state, year) = (DEU,1990), first seen at line 3088',
        },
      ]);
      // README: idealpointall Belarus 0.59 (1995), -0.61 (2013), -1.40 (2022); exact file values.
      expect(
        await db.all(`SELECT year, ideal_point_all FROM unga_ideal_point WHERE dataset = ? AND state = 'BLR' AND year IN (1995, 2013, 2022)
                      ORDER BY year`, [UNGA_IDEAL_POINTS]),
      ).toEqual([
        { year: 1995, ideal_point_all: 0.588539 },
        { year: 2013, ideal_point_all: -0.605887 },
        { year: 2022, ideal_point_all: -1.39766 },
      ]);
      // One row per state and year; South Yemen is no longer a second YAR. SUN: 1946–1991 without 1964 (the
      // 19th session held no roll-call votes), 45 years.
      expect(
        await db.all(`SELECT state, count(*)::INTEGER AS n FROM unga_ideal_point WHERE dataset = ? AND state IN ('YAR', 'YMD', 'SUN')
                      GROUP BY state ORDER BY state`, [UNGA_IDEAL_POINTS]),
      ).toEqual([{ state: 'SUN', n: 45 }, { state: 'YAR', n: 43 }, { state: 'YMD', n: 23 }]);
    });
  });
});

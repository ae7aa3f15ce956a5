// UN General Assembly ideal points, country-years 1946–2024 (Bailey, Strezhnev & Voeten 2017, JCR 61(2);
// Harvard Dataverse doi:10.7910/DVN/LEJUQZ, release IdealpointsJuly2025). year = UNGA session + 1945.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { cowReader, holderInYear } from './cow-codes.js';
import { optInt, optNum, optText, year } from './fields.js';
import { reject, type Importer } from './importer.js';

export const UNGA_IDEAL_POINTS = 'unga_ideal_points';

const value = optNum(['NA']);

const row = z.object({
  ccode: optInt([]),
  iso3c: optText,
  year,
  idealpointfp: value,
  idealpointall: value,
  idealpointlegacy: value,
  nvotesfp: optInt(['NA']),
  nvotesall: optInt(['NA']),
  q5fp: value,
  q95fp: value,
  q5all: value,
  q95all: value,
});
type IdealPointRow = z.infer<typeof row>;

export function ungaIdealPointsImporter(
  ctx: ImportContext,
  file = bundled(ctx, `${UNGA_IDEAL_POINTS}/unga_ideal_points_1946_2024.csv.gz`),
): Importer {
  /**
   * The COW code with the year first: the file's iso3c says RUS for the USSR to 1991, YUG for Serbia from 2006 and
   * YAR for South Yemen (680, which is YMD). Codes outside their COW spells still name their one state (the
   * Ukrainian and Byelorussian SSRs' UN seats before 1991, legacy-only estimates such as Ghana 1956); the iso3c
   * decides only for a code the resolver does not know.
   */
  const cow = cowReader(ctx.countries);
  const stateOf = (r: IdealPointRow): string | undefined => {
    const byCow = r.ccode === null ? undefined : cow(r.ccode, r.year);
    if (byCow) return byCow;
    const byIso = r.iso3c === null ? undefined : ctx.countries.code(r.iso3c);
    return byIso && holderInYear(ctx.countries, byIso, r.year);
  };
  return {
    dataset: UNGA_IDEAL_POINTS,
    tables: ['unga_ideal_point'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        // Keyed on the canonical state: COW 260 (legacy estimate only, 1990) and 255 are both DEU.
        key: { fields: 'state, year', of: (r) => `${stateOf(r) ?? `? ${r.ccode} ${r.iso3c}`},${r.year}` },
        map: (r, emit) => {
          const state = stateOf(r);
          if (!state) return reject('iso3c', `unknown country: COW ${r.ccode ?? '-'}, iso3c ${r.iso3c ?? '-'} in ${r.year}`);
          emit('unga_ideal_point', {
            dataset: UNGA_IDEAL_POINTS, year: r.year, state,
            ideal_point_fp: r.idealpointfp, ideal_point_all: r.idealpointall, ideal_point_legacy: r.idealpointlegacy,
            nvotes_fp: r.nvotesfp, nvotes_all: r.nvotesall,
            q5_fp: r.q5fp, q95_fp: r.q95fp, q5_all: r.q5all, q95_all: r.q95all,
          });
        },
      },
    ],
  };
}

// ATOP v5.1 directed dyad-years, 1815–2018 (Leeds, Ritter, Mitchell & Long 2002, International Interactions 28),
// as derived by peacesciencer: one row per ordered pair and year with at least one ATOP alliance in force.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { cowReader } from './cow-codes.js';
import { flag01, int, year } from './fields.js';
import { reject, type Importer } from './importer.js';

export const ATOP = 'atop_alliances_v5_1';

const flag = flag01.refine((v) => v !== null, { message: 'missing value' });

const row = z.object({
  ccode1: int,
  ccode2: int,
  year,
  atop_defense: flag,
  atop_offense: flag,
  atop_neutral: flag,
  atop_nonagg: flag,
  atop_consul: flag,
});
type AtopRow = z.infer<typeof row>;

export function atopImporter(
  ctx: ImportContext,
  file = bundled(ctx, `${ATOP}/atop_directed_dyad_year_1815_2018.csv.gz`),
): Importer {
  // ATOP's state list reaches beyond COW's (1815, Hanover before 1838, Monaco): see cowReader.
  const cow = cowReader(ctx.countries);
  const pair = (r: AtopRow) => [cow(r.ccode1, r.year), cow(r.ccode2, r.year)] as const;
  return {
    dataset: ATOP,
    tables: ['alliance'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        // Keyed on canonical states: COW 255 and 260 are both DEU, and ATOP lists both in 1990.
        key: {
          fields: 'state_a, state_b, year',
          of: (r) => {
            const [a, b] = pair(r);
            return `${a ?? `COW ${r.ccode1}`},${b ?? `COW ${r.ccode2}`},${r.year}`;
          },
        },
        map: (r, emit) => {
          const [a, b] = pair(r);
          if (!a) return reject('ccode1', `unknown COW code ${r.ccode1} in ${r.year}`);
          if (!b) return reject('ccode2', `unknown COW code ${r.ccode2} in ${r.year}`);
          if (a === b) return reject('ccode2', `COW ${r.ccode1} and ${r.ccode2} are the same state ${a} in ${r.year}`);
          emit('alliance', {
            dataset: ATOP, year: r.year, state_a: a, state_b: b,
            defense: r.atop_defense, offense: r.atop_offense, neutrality: r.atop_neutral,
            nonaggression: r.atop_nonagg, consultation: r.atop_consul,
          });
        },
      },
    ],
  };
}

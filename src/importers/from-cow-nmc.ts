// COW National Material Capabilities v7.0, state-years 1816–2022 (Singer, Bremer & Stuckey 1972; Singer 1987),
// as distributed by peacesciencer; CINC = mean of the state's world shares of the six indicators.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { int, optNum, year } from './fields.js';
import { reject, type Importer } from './importer.js';

export const COW_NMC = 'cow_nmc_v7';

// Empty = missing; COW's -9 was recoded to empty by the distributor and is treated as missing should it appear.
const value = optNum(['NA', '-9']);

const row = z.object({
  ccode: int,
  year,
  // Thousands; British pounds 1816–1913, current US$ from 1914 (kept as published).
  milex: value,
  milper: value,
  irst: value,
  pec: value,
  tpop: value,
  upop: value,
  cinc: value,
});

export function cowNmcImporter(ctx: ImportContext, file = bundled(ctx, `${COW_NMC}/nmc_state_year_1816_2022.csv.gz`)): Importer {
  const stateOf = (r: z.infer<typeof row>) => ctx.countries.fromCow(r.ccode, r.year);
  return {
    dataset: COW_NMC,
    tables: ['capability'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        // Keyed on the canonical state: COW 260 (FRG) and 255 (Germany) are both DEU and both have 1990.
        key: { fields: 'state, year', of: (r) => `${stateOf(r) ?? `COW ${r.ccode}`},${r.year}` },
        map: (r, emit) => {
          const state = stateOf(r);
          if (!state) return reject('ccode', `unknown COW code ${r.ccode} in ${r.year}`);
          emit('capability', {
            dataset: COW_NMC, year: r.year, state,
            milex: r.milex, milper: r.milper, irst: r.irst, pec: r.pec, tpop: r.tpop, upop: r.upop, cinc: r.cinc,
          });
        },
      },
    ],
  };
}

// COW Trade v4.0 (Barbieri & Keshk 2016): non-directed dyad-years → two directed trade rows.
// flow1 = imports of ccode1 from ccode2, as COW records them on the importer's side; the exports of
// ccode1 are therefore ccode2's import record and are flagged 'mirror'.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { int, optNum, year } from './fields.js';
import { reject, type Importer } from './importer.js';

export const COW_TRADE = 'cow_trade_v4';

const row = z.object({
  ccode1: int,
  ccode2: int,
  year,
  flow1: optNum(),
  flow2: optNum(),
  smoothflow1: optNum(),
  smoothflow2: optNum(),
});

/** The reporter's row of a dyad: its own import record, and the partner's import record as its exports. */
function directed(
  year: number, reporter: string, partner: string,
  imports: number | null, exports: number | null, importsSmoothed: number | null, exportsSmoothed: number | null,
) {
  return {
    dataset: COW_TRADE, year, reporter, partner, imports, exports,
    imports_flag: imports === null ? null : 'reported',
    exports_flag: exports === null ? null : 'mirror',
    imports_smoothed: importsSmoothed,
    exports_smoothed: exportsSmoothed,
  };
}

export function cowTradeImporter(ctx: ImportContext, file = bundled(ctx, `${COW_TRADE}/dyadic_trade_1870_2014.csv.gz`)): Importer {
  return {
    dataset: COW_TRADE,
    tables: ['trade'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        key: { fields: 'ccode1, ccode2, year', of: (r) => `${r.ccode1},${r.ccode2},${r.year}` },
        map: (r, emit) => {
          const a = ctx.countries.fromCow(r.ccode1, r.year);
          if (!a) return reject('ccode1', `unknown COW code ${r.ccode1} in ${r.year}`);
          const b = ctx.countries.fromCow(r.ccode2, r.year);
          if (!b) return reject('ccode2', `unknown COW code ${r.ccode2} in ${r.year}`);
          emit('trade', directed(r.year, a, b, r.flow1, r.flow2, r.smoothflow1, r.smoothflow2));
          emit('trade', directed(r.year, b, a, r.flow2, r.flow1, r.smoothflow2, r.smoothflow1));
        },
      },
    ],
  };
}

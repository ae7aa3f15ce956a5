// COW Direct Contiguity v3.2 (Stinnett, Tir, Schafer, Diehl & Gochman 2002, CMPS 19(2)): directed master records
// with COW's begin/end months (peacesciencer wrote YYYYMM as YYYY-MM-01; the day means nothing).
//
// A record holds for a COW code pair over a span; where a code stands for different canonical states within the
// span (365: SUN to 1991, RUS from 1992; 345: YUG, SCG, SRB) the record is split at the change, one row per
// canonical pair and sub-span. The resolver dates states by year, so a split falls between December of the last
// year of one state (YYYY-12-01) and January of the first year of the next (YYYY+1-01-01); the outer dates stay
// COW's. Records with conttype 0 are not COW's: peacesciencer added them for months in which both states were in
// the system without any contiguity, over spans that overlap real records, so they are quarantined.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { cowReader } from './cow-codes.js';
import { int, optDate } from './fields.js';
import { reject, type Importer } from './importer.js';

export const COW_CONTIGUITY = 'cow_contiguity_v3_2';

const date = optDate.refine((d) => d !== null, { message: 'missing value' });

const row = z.object({ ccode1: int, ccode2: int, conttype: int, stdate: date, enddate: date });

export function cowContiguityImporter(
  ctx: ImportContext,
  file = bundled(ctx, `${COW_CONTIGUITY}/direct_contiguity_directed.csv.gz`),
): Importer {
  const cow = cowReader(ctx.countries);
  return {
    dataset: COW_CONTIGUITY,
    tables: ['contiguity'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        key: { fields: 'ccode1, ccode2, stdate', of: (r) => `${r.ccode1},${r.ccode2},${r.stdate}` },
        map: (r, emit) => {
          if (r.conttype === 0) return reject('conttype', 'conttype 0 is no COW record (peacesciencer\'s "no contiguity" spell)');
          if (r.conttype < 1 || r.conttype > 5) return reject('conttype', `unknown conttype ${r.conttype} (expected 1–5)`);
          const start = r.stdate!;
          const end = r.enddate!;
          if (end < start) return reject('enddate', `enddate ${end} before stdate ${start}`);
          const first = Number(start.slice(0, 4));
          const last = Number(end.slice(0, 4));
          const spans: Array<{ a: string; b: string; from: number; to: number }> = [];
          for (let y = first; y <= last; y++) {
            const a = cow(r.ccode1, y);
            if (!a) return reject('ccode1', `unknown COW code ${r.ccode1} in ${y}`);
            const b = cow(r.ccode2, y);
            if (!b) return reject('ccode2', `unknown COW code ${r.ccode2} in ${y}`);
            if (a === b) return reject('ccode2', `COW ${r.ccode1} and ${r.ccode2} are the same state ${a} in ${y}`);
            const open = spans.at(-1);
            if (open && open.a === a && open.b === b) open.to = y;
            else spans.push({ a, b, from: y, to: y });
          }
          for (const s of spans) {
            emit('contiguity', {
              dataset: COW_CONTIGUITY, state_a: s.a, state_b: s.b, type: r.conttype,
              start_date: s.from === first ? start : `${s.from}-01-01`,
              end_date: s.to === last ? end : `${s.to}-12-01`,
            });
          }
        },
      },
    ],
  };
}

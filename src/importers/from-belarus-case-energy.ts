// Belarus case energy facts (data-src/belarus_case_energy/belarus_case_energy.csv, bundled as data/belarus_case_energy/:
// hand-compiled from the seed thesis and public documents, every row with its source): supply and transit shares,
// transit volumes, Gazprom's stake in Beltransgaz — the facts the built-in scenarios read, into case_energy_fact
// (schema 066_case_energy.sql). Where the source hedges, low/high hold the range it allows.
//
// Quarantined: a subject or counterpart that is not a canonical state code in that year; a range that does not
// contain the value (low > value or high < value); a share outside [0, 1].
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { num, optNum, optText, text, year } from './fields.js';
import { reject, type Importer } from './importer.js';

export const BELARUS_CASE_ENERGY = 'belarus_case_energy';

const row = z.object({
  fact_id: text.refine((t) => /^[a-z_]+$/.test(t), { message: 'fact_id must be lower_snake_case' }),
  subject: text,
  counterpart: optText,
  year,
  value: num,
  low: optNum(),
  high: optNum(),
  unit: text,
  qualifier: optText,
  description: text,
  source: text,
});

export function belarusCaseEnergyImporter(ctx: ImportContext, file = bundled(ctx, `${BELARUS_CASE_ENERGY}/belarus_case_energy.csv.gz`)): Importer {
  const state = (code: string, y: number): string | null => {
    const s = ctx.countries.get(code);
    if (!s || s.code !== code) return `"${code}" is not a canonical state code`;
    return ctx.countries.existedIn(code, y) ? null : `${code} is not in the state system in ${y}`;
  };
  return {
    dataset: BELARUS_CASE_ENERGY,
    tables: ['case_energy_fact'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        key: { fields: 'fact_id, subject, counterpart, year', of: (r) => `${r.fact_id},${r.subject},${r.counterpart ?? ''},${r.year}` },
        map: (r, emit) => {
          const bad = state(r.subject, r.year) ?? (r.counterpart === null ? null : state(r.counterpart, r.year));
          if (bad) return reject(bad.includes(r.subject) ? 'subject' : 'counterpart', bad);
          if (r.low !== null && r.low > r.value) return reject('low', `low ${r.low} above value ${r.value}`);
          if (r.high !== null && r.high < r.value) return reject('high', `high ${r.high} below value ${r.value}`);
          if (r.unit === 'share' && [r.value, r.low, r.high].some((x) => x !== null && (x < 0 || x > 1))) return reject('value', 'a share must lie in [0, 1]');
          emit('case_energy_fact', { dataset: BELARUS_CASE_ENERGY, ...r });
        },
      },
    ],
  };
}

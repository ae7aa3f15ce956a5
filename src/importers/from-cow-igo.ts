// COW Intergovernmental Organizations v3.0 (Pevehouse, Nordstrom, McManus & Jamison 2020, JPR 57(3); Wallace &
// Singer 1970), state-year membership 1965–2014 as converted by igoR 1.0.3: IGO list, state labels, memberships.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { cowEntities } from './cow-codes.js';
import { flag01, int, optInt, optText, text, year } from './fields.js';
import { reject, type Importer } from './importer.js';

export const COW_IGO = 'cow_igo_v3';

const optYear = optInt([]).refine((y) => y === null || (y >= 1800 && y <= 2100), { message: 'year out of range 1800–2100' });

const igoRow = z.object({
  ioname: text,
  orgname: text,
  longorgname: optText,
  ionum: int,
  sdate: year,
  deaddate: optYear,
  political: flag01,
  social: flag01,
  economic: flag01,
});

const labelRow = z.object({ ccode: int, state: text });

const membershipRow = z.object({ ccode: int, year, ioname: text, status: int });

/** COW codes; -9 means the membership is unknown, not "no" (rows with 0 = no and -1 = not applicable were omitted). */
const STATUS: Readonly<Record<number, string>> = { 1: 'full', 2: 'associate', 3: 'observer', [-9]: 'missing' };

export interface CowIgoFiles {
  list: { path: string; label: string };
  labels: { path: string; label: string };
  memberships: { path: string; label: string };
}

export function cowIgoImporter(
  ctx: ImportContext,
  files: CowIgoFiles = {
    list: bundled(ctx, `${COW_IGO}/igo_list.csv.gz`),
    labels: bundled(ctx, `${COW_IGO}/igo_state_names.csv.gz`),
    memberships: bundled(ctx, `${COW_IGO}/igo_membership_state_year_1965_2014.csv.gz`),
  },
): Importer {
  // Filled by the list (read first) so that a membership of an IGO the list does not know is quarantined.
  const igos = new Set<string>();
  const stateOf = (r: z.infer<typeof membershipRow>) => ctx.countries.fromCow(r.ccode, r.year);
  return {
    dataset: COW_IGO,
    tables: ['igo', 'igo_state_label', 'igo_membership'],
    files: [
      {
        ...files.list,
        columns: Object.keys(igoRow.shape),
        schema: igoRow,
        key: { fields: 'ioname', of: (r) => r.ioname },
        map: (r, emit) => {
          igos.add(r.ioname);
          emit('igo', {
            dataset: COW_IGO, igo: r.ioname, ionum: r.ionum, name: r.orgname, long_name: r.longorgname,
            start_year: r.sdate, end_year: r.deaddate, political: r.political, social: r.social, economic: r.economic,
          });
        },
      },
      {
        ...files.labels,
        columns: Object.keys(labelRow.shape),
        schema: labelRow,
        key: { fields: 'ccode', of: (r) => String(r.ccode) },
        map: (r, emit) => {
          // The file has no years: a code that stood for several states (365: SUN, RUS) labels each of them.
          const states = cowEntities(ctx.countries, r.ccode);
          if (!states.length) return reject('ccode', `unknown COW code ${r.ccode}`);
          for (const state of states) emit('igo_state_label', { dataset: COW_IGO, ccode: r.ccode, state, label: r.state });
        },
      },
      {
        ...files.memberships,
        columns: Object.keys(membershipRow.shape),
        schema: membershipRow,
        // Keyed on the canonical state: COW 255 and 260 are both DEU, so one state-year-IGO must not land twice.
        key: {
          fields: 'state, year, ioname',
          of: (r) => `${stateOf(r) ?? `COW ${r.ccode}`},${r.year},${r.ioname}`,
        },
        map: (r, emit) => {
          const state = stateOf(r);
          if (!state) return reject('ccode', `unknown COW code ${r.ccode} in ${r.year}`);
          if (!igos.has(r.ioname)) return reject('ioname', `IGO "${r.ioname}" is not in ${files.list.label}`);
          const status = STATUS[r.status];
          if (!status) return reject('status', `unknown status ${r.status} (expected 1, 2, 3 or -9)`);
          emit('igo_membership', { dataset: COW_IGO, year: r.year, state, igo: r.ioname, status });
        },
      },
    ],
  };
}

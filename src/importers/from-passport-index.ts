// Passport Index (Arton Capital) visa requirements, as compiled by I. Ilyankou (passport-index-dataset, MIT): the
// world matrix of 2025-01-12 and, for pairs involving a post-Soviet state, spells over 53 snapshots 2019-11 – 2025-01.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { optDate, text } from './fields.js';
import { reject, type FileSpec, type Importer, type Rejection } from './importer.js';

export const PASSPORT_INDEX = 'passport_index_visa';

/** Date of the current world matrix (in its file name). */
export const CURRENT_SNAPSHOT = '2025-01-12';

export const VALUE_SCHEMES = ['numeric_code_2019', 'abbrev_code_2020', 'requirement_text'] as const;
export type ValueScheme = (typeof VALUE_SCHEMES)[number];

export interface Requirement {
  requirement: string;
  days: number | null;
}

const date = optDate.refine((d) => d !== null, { message: 'missing value' }).transform((d) => d as string);

const snapshotRow = z.object({ snapshot_date: date, value_scheme: z.enum(VALUE_SCHEMES, { message: `expected ${VALUE_SCHEMES.join(', ')}` }) });
type SnapshotRow = z.infer<typeof snapshotRow>;

const currentRow = z.object({ Passport: text, Destination: text, Requirement: text });
type CurrentRow = z.infer<typeof currentRow>;

const spellRow = z.object({ passport: text, destination: text, value: text, first_snapshot: date, last_snapshot: date });
type SpellRow = z.infer<typeof spellRow>;

const TEXT: Readonly<Record<string, string>> = {
  'visa free': 'visa_free',
  'visa on arrival': 'visa_on_arrival',
  eta: 'eta',
  'e-visa': 'e_visa',
  'visa required': 'visa_required',
  'no admission': 'no_admission',
  'covid ban': 'covid_ban',
  // Qatar's entry permit for the 2022 World Cup.
  'Hayya Entry Permit': 'other',
  '-1': 'self',
};
const ABBREV: Readonly<Record<string, string>> = {
  VF: 'visa_free', VOA: 'visa_on_arrival', ETA: 'eta', VR: 'visa_required', '-1': 'self',
};
// The 2019 legend reads 2 = visa on arrival, 1 = eTA, but the codes are swapped in the data: of the post-Soviet
// pairs coded 1 in Dec 2019 all 58 are VOA in Feb 2020, and of those coded 2, 959 of 982 are ETA (23 visa-free).
// We follow the data; raw_value keeps the published code.
const NUMERIC_2019: Readonly<Record<string, string>> = {
  '3': 'visa_free', '2': 'eta', '1': 'visa_on_arrival', '0': 'visa_required', '-1': 'self',
};

/** Normalised requirement of a published value under a scheme, or undefined when the scheme has no such value. */
export function translate(value: string, scheme: ValueScheme): Requirement | undefined {
  if (scheme !== 'numeric_code_2019' && /^\d+$/.test(value)) {
    const days = Number(value);
    return days > 0 ? { requirement: 'visa_free', days } : undefined;
  }
  const table = scheme === 'numeric_code_2019' ? NUMERIC_2019 : scheme === 'abbrev_code_2020' ? ABBREV : TEXT;
  const requirement = table[value];
  return requirement === undefined ? undefined : { requirement, days: null };
}

export interface PassportIndexFiles {
  snapshots: { path: string; label: string };
  current: { path: string; label: string };
  spells: { path: string; label: string };
}

export function passportIndexImporter(
  ctx: ImportContext,
  files: PassportIndexFiles = {
    snapshots: bundled(ctx, `${PASSPORT_INDEX}/passport_index_snapshots.csv.gz`),
    current: bundled(ctx, `${PASSPORT_INDEX}/passport_index_tidy_iso3_${CURRENT_SNAPSHOT}.csv.gz`),
    spells: bundled(ctx, `${PASSPORT_INDEX}/passport_index_post_soviet_spells_2019_2025.csv.gz`),
  },
): Importer {
  // Filled by the snapshots file, which the engine reads first; the spells are translated with it.
  const schemes = new Map<string, ValueScheme>();

  const pair = (fields: [string, string], passport: string, destination: string): [string, string] | Rejection => {
    const origin = ctx.countries.code(passport);
    if (!origin) return reject(fields[0], `unknown country code ${passport}`);
    const dest = ctx.countries.code(destination);
    if (!dest) return reject(fields[1], `unknown country code ${destination}`);
    return [origin, dest];
  };
  // -1 marks a passport's own country: loaded as requirement 'self' so that every published cell is kept.
  const checkSelf = (field: string, req: Requirement, origin: string, dest: string): Rejection | void => {
    if ((req.requirement === 'self') !== (origin === dest)) {
      return reject(field, origin === dest ? 'passport = destination but not marked -1' : '-1 (same country) for two different countries');
    }
  };

  const snapshots: FileSpec<SnapshotRow> = {
    ...files.snapshots,
    columns: Object.keys(snapshotRow.shape),
    schema: snapshotRow,
    key: { fields: 'snapshot_date', of: (r) => r.snapshot_date },
    map: (r, emit) => {
      schemes.set(r.snapshot_date, r.value_scheme);
      emit('visa_snapshot', { dataset: PASSPORT_INDEX, snapshot_date: r.snapshot_date, value_scheme: r.value_scheme });
    },
  };

  const current: FileSpec<CurrentRow> = {
    ...files.current,
    columns: Object.keys(currentRow.shape),
    schema: currentRow,
    key: { fields: 'Passport, Destination', of: (r) => `${r.Passport},${r.Destination}` },
    map: (r, emit) => {
      const codes = pair(['Passport', 'Destination'], r.Passport, r.Destination);
      if (!Array.isArray(codes)) return codes;
      const req = translate(r.Requirement, 'requirement_text');
      if (!req) return reject('Requirement', `unknown requirement "${r.Requirement}"`);
      const bad = checkSelf('Requirement', req, codes[0], codes[1]);
      if (bad) return bad;
      emit('visa', {
        dataset: PASSPORT_INDEX, origin: codes[0], destination: codes[1], valid_from: CURRENT_SNAPSHOT, valid_to: CURRENT_SNAPSHOT,
        requirement: req.requirement, days: req.days, raw_value: r.Requirement, series: 'world_matrix',
      });
    },
  };

  const spells: FileSpec<SpellRow> = {
    ...files.spells,
    columns: Object.keys(spellRow.shape),
    schema: spellRow,
    key: { fields: 'passport, destination, first_snapshot', of: (r) => `${r.passport},${r.destination},${r.first_snapshot}` },
    map: (r, emit) => {
      const codes = pair(['passport', 'destination'], r.passport, r.destination);
      if (!Array.isArray(codes)) return codes;
      const from = schemes.get(r.first_snapshot);
      if (!from) return reject('first_snapshot', `${r.first_snapshot} is not a listed snapshot date`);
      if (!schemes.has(r.last_snapshot)) return reject('last_snapshot', `${r.last_snapshot} is not a listed snapshot date`);
      if (r.last_snapshot < r.first_snapshot) return reject('last_snapshot', `spell ends (${r.last_snapshot}) before it starts (${r.first_snapshot})`);
      const req = translate(r.value, from);
      if (!req) return reject('value', `unknown value "${r.value}" in scheme ${from}`);
      // A spell may run across a change of scheme (only visa-free day counts do): the value must mean the same in each.
      for (const [day, scheme] of schemes) {
        if (scheme === from || day < r.first_snapshot || day > r.last_snapshot) continue;
        const other = translate(r.value, scheme);
        if (!other || other.requirement !== req.requirement || other.days !== req.days) {
          return reject('value', `"${r.value}" does not mean the same in ${from} and ${scheme}`);
        }
      }
      const bad = checkSelf('value', req, codes[0], codes[1]);
      if (bad) return bad;
      emit('visa', {
        dataset: PASSPORT_INDEX, origin: codes[0], destination: codes[1], valid_from: r.first_snapshot, valid_to: r.last_snapshot,
        requirement: req.requirement, days: req.days, raw_value: r.value, series: 'post_soviet_spells',
      });
    },
  };

  return { dataset: PASSPORT_INDEX, tables: ['visa', 'visa_snapshot'], files: [snapshots, current, spells] };
}

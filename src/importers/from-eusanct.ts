// EUSANCT case-level data, sanctions threatened or imposed by the EU, the US and the UN 1989–2015 (Weber &
// Schneider 2022, CMPS 39(1)); codes follow the EUSANCT codebook, built on TIES.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { COW_IGO_NAMES, cowReader } from './cow-codes.js';
import { flag01, int, optInt, text } from './fields.js';
import { reject, type Importer } from './importer.js';

export const EUSANCT = 'eusanct_sanctions';

/** Every column of the file, in its order: attributes keep them all as published. */
const COLUMNS = [
  'caseid', 'targetstate', 'targetstate_name', 'EU', 'single_EU', 'US', 'single_US', 'UN', 'single_UN', 'combination',
  'sender_combination', 'Euprimarysender', 'startyearEU', 'startdateEU', 'startyearUS', 'startdateUS', 'startyearUN',
  'startdateUN', 'endyearEU', 'enddateEU', 'endyearUS', 'enddateUS', 'endyearUN', 'enddateUN', 'sender2', 'sender3',
  'sender4', 'sender5', 'institution2', 'targetinstitution2', 'institution3', 'targetinstitution3',
  'otherinstitution', 'multi', 'issue1', 'issue2', 'issue3', 'otherissue', 'threatEU', 'threatEU_id',
  'threatEU_type', 'threatEU_type_other', 'threatUS', 'threatUS_id', 'threatUS_type', 'threatUS_type_other',
  'threatUN', 'threatUN_id', 'threatUN_type', 'threatUN_type_other', 'impositionEU', 'impositionEU_year',
  'impositionEU_start', 'impositionEU_id', 'impositionEU_type', 'impositionEU_type_other', 'impositionEU_econ',
  'impositionEU_target', 'impositionEU_intensity', 'impositionEU_gradualism', 'impositionUS', 'impositionUS_year',
  'impositionUS_start', 'impositionUS_id', 'impositionUS_type', 'impositionUS_type_other', 'impositionUS_econ',
  'impositionUS_target', 'impositionUS_intensity', 'impositionUS_gradualism', 'impositionUN', 'impositionUN_year',
  'impositionUN_start', 'impositionUN_id', 'impositionUN_type', 'impositionUN_type_other', 'impositionUN_econ',
  'impositionUN_target', 'impositionUN_intensity', 'impositionUN_gradualism', 'finaloutcome', 'threat',
  'threat_success', 'sanction', 'sanctions_success', 'success', 'policyresult', 'sanctioncontribution', 'HSEscore',
  'datasource', 'link', 'comments',
] as const;

const optYear = optInt([]).refine((y) => y === null || (y >= 1800 && y <= 2100), { message: 'year out of range 1800–2100' });
const flag = flag01.refine((v) => v !== null, { message: 'missing value' });

const row = z.preprocess(
  (record) => ({ ...(record as Record<string, string>), attributes: JSON.stringify(record) }),
  z.object({
    caseid: text,
    targetstate: int,
    EU: flag,
    US: flag,
    UN: flag,
    startyearEU: optYear,
    startyearUS: optYear,
    startyearUN: optYear,
    endyearEU: optYear,
    endyearUS: optYear,
    endyearUN: optYear,
    sender2: optInt([]),
    sender3: optInt([]),
    sender4: optInt([]),
    sender5: optInt([]),
    institution2: optInt([]),
    institution3: optInt([]),
    threat: flag01,
    sanction: flag01,
    attributes: z.string(),
  }),
);
type EusanctRow = z.infer<typeof row>;

const MAIN = ['EU', 'US', 'UN'] as const;
const OTHER_STATES = ['sender2', 'sender3', 'sender4', 'sender5'] as const;
const OTHER_INSTITUTIONS = ['institution2', 'institution3'] as const;

export function eusanctImporter(ctx: ImportContext, file = bundled(ctx, `${EUSANCT}/eusanct_case_level.csv.gz`)): Importer {
  const cow = cowReader(ctx.countries);
  return {
    dataset: EUSANCT,
    tables: ['sanction_case', 'sanction_sender'],
    files: [
      {
        ...file,
        columns: COLUMNS,
        schema: row,
        key: { fields: 'caseid', of: (r: EusanctRow) => r.caseid },
        map: (r: EusanctRow, emit) => {
          const main = MAIN.filter((s) => r[s]).map((s) => ({ s, start: r[`startyear${s}`], end: r[`endyear${s}`] }));
          if (!main.length) return reject('EU', 'no sender: EU, US and UN are all 0');
          const missing = main.find((m) => m.start === null);
          if (missing) return reject(`startyear${missing.s}`, 'missing value');
          // The case runs from its first sender's start to its last sender's end; an empty end is ongoing in 2015.
          const start = Math.min(...main.map((m) => m.start!));
          const end = main.some((m) => m.end === null) ? null : Math.max(...main.map((m) => m.end!));
          const target = cow(r.targetstate, start);
          if (!target) return reject('targetstate', `unknown COW code ${r.targetstate} in ${start}`);
          const senders: Array<{ sender: string; sender_kind: string; start_year: number | null; end_year: number | null }> = [];
          for (const m of main) {
            const kind = m.s === 'US' ? 'state' : 'institution';
            senders.push({ sender: m.s === 'US' ? 'USA' : m.s, sender_kind: kind, start_year: m.start, end_year: m.end });
          }
          // Further senders carry no years of their own in EUSANCT: their years stay NULL.
          for (const field of OTHER_STATES) {
            const ccode = r[field];
            if (ccode === null) continue;
            const state = cow(ccode, start);
            if (!state) return reject(field, `unknown COW code ${ccode} in ${start}`);
            senders.push({ sender: state, sender_kind: 'state', start_year: null, end_year: null });
          }
          for (const field of OTHER_INSTITUTIONS) {
            const ionum = r[field];
            if (ionum === null) continue;
            const name = COW_IGO_NAMES[ionum];
            if (!name) return reject(field, `unknown COW IGO code ${ionum}`);
            senders.push({ sender: name, sender_kind: 'institution', start_year: null, end_year: null });
          }
          emit('sanction_case', {
            dataset: EUSANCT, case_id: r.caseid, target, start_year: start, end_year: end,
            threat: r.threat, imposition: r.sanction, attributes: r.attributes,
          });
          for (const s of senders.filter((s, i) => senders.findIndex((o) => o.sender === s.sender) === i)) {
            emit('sanction_sender', { dataset: EUSANCT, case_id: r.caseid, ...s });
          }
        },
      },
    ],
  };
}

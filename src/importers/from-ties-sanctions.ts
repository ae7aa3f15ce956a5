// TIES v4.1, Threat and Imposition of Economic Sanctions 1945–2005, case level (Morgan, Bapat & Kobayashi 2014,
// CMPS 31(5)); codes as in the official TIESv4-1.xls, explained in the TIES user manual v4.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { COW_IGO_NAMES, cowReader } from './cow-codes.js';
import { flag01, int, optInt, optText, text, year } from './fields.js';
import { reject, type Emit, type Importer, type Rejection } from './importer.js';

export const TIES = 'ties_sanctions_v4_1';

/** Every column of the file, in its order: attributes keep them all as published. */
const COLUMNS = [
  'caseid', 'startmonth', 'startday', 'startyear', 'endmonth', 'endday', 'endyear', 'ongoingasofmonth',
  'ongoingasofday', 'ongoingasofyear', 'sender1', 'sender2', 'sender3', 'sender4', 'sender5', 'primarysender',
  'targetstate', 'institution', 'institutionid', 'targetinstitution', 'otherinstitution', 'issue1', 'issue2',
  'issue3', 'otherissue', 'threat', 'threatid1', 'threatid2', 'threatid3', 'sanctiontypethreat',
  'othersanctiontypethreatened', 'bspecif', 'scommit', 'threatenedtargetinterest', 'dsanctions', 'carrots',
  'anticipatedtargetcosts', 'anticipatedtargetcostsfigureifav', 'tcurrency', 'tyearofestimate',
  'anticipatedsendercosts', 'scurrency', 'syearofestimate', 'imposition', 'sancimpositionstartmonth',
  'sancimpositionstartday', 'sancimpositionstartyear', 'sanctionidentity', 'sanctiontype', 'othersanctiontype',
  'implementationofdiplomaticsancti', 'carrotsduringsanction', 'carrotvalue', 'carrotcurrency', 'carrotyear',
  'targetcosts', 'targeteconomiccostsfigure', 'targeteconomiccostscurrency', 'targeteconomiccostsyear',
  'sendercosts', 'sendereconomiccostsfigure', 'sendereconomiccostscurrency', 'sendereconomiccostsyear',
  'finaloutcome', 'settlementnaturesender', 'settlementnaturetarget',
] as const;

// primarysender is read too: in 8 cases it is not among sender1–5 (in 1953070901 and 1960091501 all five are empty).
const SENDERS = ['sender1', 'sender2', 'sender3', 'sender4', 'sender5', 'primarysender'] as const;

const optYear = optInt([]).refine((y) => y === null || (y >= 1800 && y <= 2100), { message: 'year out of range 1800–2100' });

// The original record travels with the parsed one so that attributes keep every column exactly as published.
const row = z.preprocess(
  (record) => ({ ...(record as Record<string, string>), attributes: JSON.stringify(record) }),
  z.object({
    caseid: text,
    startyear: year,
    endyear: optYear,
    sender1: optInt([]),
    sender2: optInt([]),
    sender3: optInt([]),
    sender4: optInt([]),
    sender5: optInt([]),
    primarysender: optInt([]),
    targetstate: int,
    institutionid: optText,
    threat: flag01,
    imposition: flag01,
    attributes: z.string(),
  }),
);
type TiesRow = z.infer<typeof row>;

/**
 * TIES codes the European Communities / Union 1000 in the state slots (sender or target) besides naming it in
 * institutionid (1653 EEC, 1830 EU): a sender 1000 is that institution (EU unless institutionid names either),
 * and a target 1000 is no state, so the case's target is NULL (attributes keep 1000).
 */
const EUROPEAN_UNION = 1000;
const EUROPEAN_IGOS = [1653, 1830];

interface Sender {
  sender: string;
  sender_kind: 'state' | 'institution';
}

export function tiesSanctionsImporter(ctx: ImportContext, file = bundled(ctx, `${TIES}/ties_v4_1_cases.csv.gz`)): Importer {
  const cow = cowReader(ctx.countries);
  const senders = (r: TiesRow): Sender[] | Rejection => {
    const out: Sender[] = [];
    const add = (s: Sender) => {
      if (!out.some((o) => o.sender === s.sender)) out.push(s);
    };
    const igos: number[] = [];
    for (const id of r.institutionid?.split(/\s+/) ?? []) {
      const ionum = Number(id);
      if (!/^\d+$/.test(id) || !COW_IGO_NAMES[ionum]) return reject('institutionid', `unknown COW IGO code "${id}"`);
      igos.push(ionum);
    }
    for (const field of SENDERS) {
      const ccode = r[field];
      if (ccode === null) continue;
      if (ccode === EUROPEAN_UNION) {
        if (!igos.some((i) => EUROPEAN_IGOS.includes(i))) add({ sender: 'EU', sender_kind: 'institution' });
        continue;
      }
      const state = cow(ccode, r.startyear);
      if (!state) return reject(field, `unknown COW code ${ccode} in ${r.startyear}`);
      add({ sender: state, sender_kind: 'state' });
    }
    for (const ionum of igos) add({ sender: COW_IGO_NAMES[ionum]!, sender_kind: 'institution' });
    return out;
  };
  return {
    dataset: TIES,
    tables: ['sanction_case', 'sanction_sender'],
    files: [
      {
        ...file,
        columns: COLUMNS,
        schema: row,
        key: { fields: 'caseid', of: (r: TiesRow) => r.caseid },
        map: (r: TiesRow, emit: Emit) => {
          let target: string | null = null;
          if (r.targetstate !== EUROPEAN_UNION) {
            target = cow(r.targetstate, r.startyear) ?? null;
            if (!target) return reject('targetstate', `unknown COW code ${r.targetstate} in ${r.startyear}`);
          }
          const list = senders(r);
          if (!Array.isArray(list)) return list;
          if (!list.length) return reject('sender1', 'no sender: sender1–5, primarysender and institutionid are empty');
          emit('sanction_case', {
            dataset: TIES, case_id: r.caseid, target, start_year: r.startyear, end_year: r.endyear,
            threat: r.threat, imposition: r.imposition, attributes: r.attributes,
          });
          for (const s of list) {
            emit('sanction_sender', { dataset: TIES, case_id: r.caseid, ...s, start_year: r.startyear, end_year: r.endyear });
          }
        },
      },
    ],
  };
}

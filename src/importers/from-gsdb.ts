// Global Sanctions Data Base (GSDB; Felbermayr, Kirilakha, Syropoulos, Yalcin & Yotov 2020, European Economic Review
// 129; Kirilakha, Felbermayr, Syropoulos, Yalcin & Yotov 2021, updated in releases 3 and 4 to 2023), the case-level
// CSV its authors send on request (GSDB_V4.csv: case_id, sanctioned_state, sanctioning_state, begin, end, trade,
// descr_trade, arms, military, financial, travel, other, target_mult, sender_mult, objective, success)
// → sanction_case (one row per target) and sanction_sender (one row per sender), like TIES and EUSANCT.
// - States are names, several in one field separated by commas; World Bank-style names carry a comma of their
//   own ("Korea, South", "Congo, Dem. Rep."), so two pieces that together name a state are read as one. A name is
//   read in the case's begin year, as the holder of its COW code then ("Russia" in 1980 is the USSR).
// - Senders that are organisations ("EU", "UN", "G7", …) are institutions under the labels TIES and EUSANCT use;
//   a name that is neither a state nor one of these is quarantined, never guessed.
// - begin..end is kept as the case's span (start_year, end_year: in force in every year of it); an empty end is
//   ongoing at the data's end (NULL). Ongoing cases in the published files end in the release's last year with
//   success "ongoing": both kept as published. GSDB records imposed sanctions only: imposition true, threat NULL.
// - case_id may repeat (a case whose measures change has a row per phase), so the years are also on every sender
//   row; a second row with the same case_id, years and states is quarantined as a duplicate.
// - attributes keep every column of the row as published (types, objective, success).
// target_mult and sender_mult were added in release 3; files of release 2 (without them) are read too.
import { z } from 'zod';
import type { ImportContext } from './context.js';
import { holderInYear } from './cow-codes.js';
import { flag01, optInt, optText, text, year } from './fields.js';
import { reject, type Emit, type Rejection } from './importer.js';
import { layoutError, readHeader, type UserFile, type UserImporter } from './user-file.js';

const REQUIRED = [
  'case_id', 'sanctioned_state', 'sanctioning_state', 'begin', 'end', 'trade', 'descr_trade', 'arms', 'military',
  'financial', 'travel', 'other', 'objective', 'success',
] as const;
const OPTIONAL = ['target_mult', 'sender_mult'] as const;
const TYPES = ['trade', 'arms', 'military', 'financial', 'travel', 'other'] as const;

/** GSDB's kinds of trade sanction in descr_trade: complete or partial, on exports or imports. */
const TRADE_KINDS = new Set(['exp_compl', 'imp_compl', 'exp_part', 'imp_part']);

/** Organisations that impose sanctions in GSDB, under the sender labels of TIES/EUSANCT (COW IGO short names). */
export const GSDB_INSTITUTIONS: Readonly<Record<string, string>> = {
  EU: 'EU', 'European Union': 'EU', EC: 'EU', EEC: 'EEC',
  UN: 'UN', 'United Nations': 'UN',
  G7: 'G7', G8: 'G8',
  'African Union': 'AU', AU: 'AU', 'Organization of African Unity': 'OAU', OAU: 'OAU',
  ECOWAS: 'ECOWAS', SADC: 'SADC', ASEAN: 'ASEAN', NATO: 'NATO', OECD: 'OECD', OAS: 'OAS',
  'Organization of American States': 'OAS', 'Arab League': 'LOAS', 'League of Arab States': 'LOAS',
};

const optYear = optInt([]).refine((y) => y === null || (y >= 1800 && y <= 2100), { message: 'year out of range 1800–2100' });
const flag = flag01.refine((v) => v !== null, { message: 'missing value' });

const tradeKinds = optText.transform((v, ctx) => {
  if (v === null) return null;
  const kinds = v.split(/[\s,;]+/).filter(Boolean);
  const unknown = kinds.find((k) => !TRADE_KINDS.has(k));
  if (unknown) {
    ctx.addIssue({ code: 'custom', message: `unknown trade sanction kind "${unknown}" (expected ${[...TRADE_KINDS].join(', ')})` });
    return z.NEVER;
  }
  return kinds;
});

function rowSchema(columns: readonly string[]) {
  return z.preprocess(
    (record) => ({ ...(record as Record<string, string>), attributes: JSON.stringify(record) }),
    z.object({
      case_id: text,
      sanctioned_state: text,
      sanctioning_state: text,
      begin: year,
      end: optYear,
      trade: flag,
      descr_trade: tradeKinds,
      arms: flag,
      military: flag,
      financial: flag,
      travel: flag,
      other: flag,
      ...(columns.includes('target_mult') ? { target_mult: flag01 } : {}),
      ...(columns.includes('sender_mult') ? { sender_mult: flag01 } : {}),
      attributes: z.string(),
    }),
  );
}
type GsdbRow = z.output<ReturnType<typeof rowSchema>>;

interface Party {
  code: string;
  kind: 'state' | 'institution';
}

export async function gsdbImporter(ctx: ImportContext, file: UserFile): Promise<UserImporter> {
  const header = await readHeader(file);
  if (!REQUIRED.every((c) => header.fields.includes(c))) throw layoutError(file, header, 'GSDB case-level', { GSDB: REQUIRED });
  // In the file's order, so that attributes read like the published row.
  const known: readonly string[] = [...REQUIRED, ...OPTIONAL];
  const columns = header.fields.filter((f, i) => known.includes(f) && header.fields.indexOf(f) === i);
  const countries = ctx.countries;

  /** The state a name stands for in `year`, or undefined (unknown, ambiguous or not a state). */
  const state = (name: string, y: number): string | undefined => {
    try {
      return holderInYear(countries, countries.resolve(name, { year: y }).code, y);
    } catch {
      return undefined;
    }
  };

  /** Splits a comma-separated list of names, joining "Korea" + "South" when only together they name a state. */
  const parties = (value: string, field: string, y: number, institutions: boolean): Party[] | Rejection => {
    const pieces = value.split(',').map((p) => p.trim()).filter(Boolean);
    const out: Party[] = [];
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i]!;
      const next = pieces[i + 1];
      const joined = next === undefined ? undefined : state(`${piece}, ${next}`, y);
      if (joined) {
        out.push({ code: joined, kind: 'state' });
        i++;
        continue;
      }
      const institution = institutions ? GSDB_INSTITUTIONS[piece] : undefined;
      const code = institution ?? state(piece, y);
      if (!code) {
        const what = institutions ? 'a state or an organisation this importer knows' : 'a state';
        return reject(field, `"${piece}" is not ${what} (in ${y})`);
      }
      out.push({ code, kind: institution ? 'institution' : 'state' });
    }
    return out.filter((p, i) => out.findIndex((o) => o.code === p.code) === i);
  };

  return {
    dataset: file.dataset,
    tables: ['sanction_case', 'sanction_sender'],
    files: [
      {
        path: file.path,
        label: file.label,
        delimiter: file.delimiter,
        columns,
        schema: rowSchema(columns),
        // '|' joins the key: the state fields hold commas of their own.
        key: {
          fields: 'case_id, begin, end, sanctioned_state, sanctioning_state',
          of: (r: GsdbRow) => [r.case_id, r.begin, r.end ?? '', r.sanctioned_state, r.sanctioning_state].join('|'),
        },
        map: (r: GsdbRow, emit: Emit) => {
          if (r.end !== null && r.end < r.begin) return reject('end', `end ${r.end} is before begin ${r.begin}`);
          if (!TYPES.some((t) => r[t])) return reject('trade', `no sanction type: ${TYPES.join(', ')} are all 0`);
          const targets = parties(r.sanctioned_state, 'sanctioned_state', r.begin, false);
          if (!Array.isArray(targets)) return targets;
          const senders = parties(r.sanctioning_state, 'sanctioning_state', r.begin, true);
          if (!Array.isArray(senders)) return senders;
          const span = { start_year: r.begin, end_year: r.end };
          for (const target of targets) {
            emit('sanction_case', {
              dataset: file.dataset, case_id: r.case_id, target: target.code, ...span,
              threat: null, imposition: true, attributes: r.attributes,
            });
          }
          for (const s of senders) {
            emit('sanction_sender', { dataset: file.dataset, case_id: r.case_id, sender: s.code, sender_kind: s.kind, ...span });
          }
        },
      },
    ],
  };
}

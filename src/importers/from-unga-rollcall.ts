// UN General Assembly roll-call votes, sessions 46–74 (3 Oct 1991 – 14 Jan 2020): Voeten, Strezhnev & Bailey,
// Harvard Dataverse doi:10.7910/DVN/LEJUQZ, as packaged by the R package unvotes (Robinson; Voeten 2013).
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { holderInYear } from './cow-codes.js';
import { flag01, int, optDate, optText, text } from './fields.js';
import { reject, type Importer } from './importer.js';

export const UNGA_ROLLCALL = 'unga_rollcall_votes';

const rollCallRow = z.object({
  rcid: int,
  session: int,
  date: optDate,
  unres: optText,
  importantvote: flag01,
  amend: flag01,
  para: flag01,
  short: optText,
  issue_codes: optText,
});

const voteRow = z.object({ rcid: int, country_iso3: text, vote: text });
type VoteRow = z.infer<typeof voteRow>;

const VOTES = new Set(['yes', 'no', 'abstain']);

export interface UngaRollcallFiles {
  rollCalls: { path: string; label: string };
  votes: { path: string; label: string };
}

export function ungaRollcallImporter(
  ctx: ImportContext,
  files: UngaRollcallFiles = {
    rollCalls: bundled(ctx, `${UNGA_ROLLCALL}/unga_roll_calls_1991_2019.csv.gz`),
    votes: bundled(ctx, `${UNGA_ROLLCALL}/unga_votes_1991_2019.csv.gz`),
  },
): Importer {
  // Year of each roll call (null when undated), filled by the roll-call file, which is read first.
  const years = new Map<number, number | null>();
  /**
   * The code names a UN seat; the seat's state in the year of the vote: YUG is FR Yugoslavia as seated (SCG, then
   * SRB from 2006), RUS in 1991 is still the USSR (SUN); CSK is Czechoslovakia. Undefined for an unknown code.
   */
  const stateOf = (r: VoteRow): string | undefined => {
    const code = ctx.countries.code(r.country_iso3);
    const y = years.get(r.rcid);
    return code && (y ? holderInYear(ctx.countries, code, y) : code);
  };
  return {
    dataset: UNGA_ROLLCALL,
    tables: ['unga_rollcall', 'unga_vote'],
    files: [
      {
        ...files.rollCalls,
        columns: Object.keys(rollCallRow.shape),
        schema: rollCallRow,
        key: { fields: 'rcid', of: (r) => String(r.rcid) },
        map: (r, emit) => {
          const year = r.date === null ? null : Number(r.date.slice(0, 4));
          years.set(r.rcid, year);
          emit('unga_rollcall', {
            dataset: UNGA_ROLLCALL, rcid: r.rcid, session: r.session, date: r.date, year,
            resolution: r.unres, important: r.importantvote, amendment: r.amend, paragraph: r.para,
            title: r.short, issue_codes: r.issue_codes,
          });
        },
      },
      {
        ...files.votes,
        columns: Object.keys(voteRow.shape),
        schema: voteRow,
        key: { fields: 'rcid, state', of: (r: VoteRow) => `${r.rcid},${stateOf(r) ?? `? ${r.country_iso3}`}` },
        map: (r: VoteRow, emit) => {
          if (!years.has(r.rcid)) return reject('rcid', `roll call ${r.rcid} is not in ${files.rollCalls.label}`);
          const state = stateOf(r);
          if (!state) return reject('country_iso3', `unknown country code ${r.country_iso3}`);
          if (!VOTES.has(r.vote)) return reject('vote', `unknown vote "${r.vote}" (expected yes, no or abstain)`);
          emit('unga_vote', { dataset: UNGA_ROLLCALL, rcid: r.rcid, state, vote: r.vote });
        },
      },
    ],
  };
}

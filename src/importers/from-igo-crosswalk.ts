// The crosswalk from the CIA World Factbook's IGO abbreviations to COW IGO v3 ids (data-src/igo_crosswalk_cia_cow,
// hand-compiled, every row sourced; see its README): organisations, qualifier → COW status, and memberships that had
// ended while the Factbook still listed them. Read by its own importer (tables) and by the Factbook importer (memory).
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { optInt, optText, text, year } from './fields.js';
import { reject, type Emit, type FileSpec, type Importer } from './importer.js';

export const IGO_CROSSWALK = 'igo_crosswalk_cia_cow';

/** COW IGO v3 status words (src/importers/from-cow-igo.ts), plus none: not a membership in COW's coding. */
export const MEMBER_STATUSES = ['full', 'associate', 'observer'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

const optYear = optInt([]).refine((y) => y === null || (y >= 1800 && y <= 2100), { message: 'year out of range 1800–2100' });

const orgRow = z.object({
  cia_org: text,
  cia_name: optText,
  relation: z.enum(['cow', 'new', 'none'], { message: 'expected cow, new or none' }),
  igo: optText,
  cow_ionum: optInt([]),
  name: optText,
  from_year: optYear,
  to_year: optYear,
  note: text,
  source: text,
});
type OrgRow = z.infer<typeof orgRow>;

const qualifierRow = z.object({
  // '' is a real key here (no qualifier = full member), so the text is kept as is, only trimmed.
  qualifier: z.string().transform((v) => v.trim()),
  status: z.enum([...MEMBER_STATUSES, 'none'], { message: 'expected full, associate, observer or none' }),
  note: text,
  source: text,
});

const exitRow = z.object({ state: text, igo: text, from_year: year, to_year: optYear, note: text, source: text });

export interface CrosswalkOrg {
  relation: 'cow' | 'new' | 'none';
  igo: string | null;
  from: number | null;
  to: number | null;
}

/** The crosswalk as read: filled by the crosswalk files, which an importer reads before the memberships. */
export interface Crosswalk {
  orgs: Map<string, CrosswalkOrg>;
  /** qualifier ('' = none) → COW status, or 'none'. */
  statuses: Map<string, MemberStatus | 'none'>;
  /** "state|igo" → the year spans in which the membership had ended. */
  exits: Map<string, Array<{ from: number; to: number | null }>>;
}

export function emptyCrosswalk(): Crosswalk {
  return { orgs: new Map(), statuses: new Map(), exits: new Map() };
}

/** True when the state was no longer a member of igo at the end of year (igo_membership_exit). */
export function membershipEnded(xw: Crosswalk, state: string, igo: string, y: number): boolean {
  return (xw.exits.get(`${state}|${igo}`) ?? []).some((e) => y >= e.from && (e.to === null || y <= e.to));
}

export interface CrosswalkFiles {
  orgs: { path: string; label: string };
  qualifiers: { path: string; label: string };
  exits: { path: string; label: string };
}

export function bundledCrosswalkFiles(ctx: ImportContext): CrosswalkFiles {
  return {
    orgs: bundled(ctx, `${IGO_CROSSWALK}/igo_crosswalk.csv.gz`),
    qualifiers: bundled(ctx, `${IGO_CROSSWALK}/qualifier_status.csv.gz`),
    exits: bundled(ctx, `${IGO_CROSSWALK}/membership_exits.csv.gz`),
  };
}

function checkOrg(r: OrgRow) {
  if (r.relation === 'none') {
    if (r.igo !== null) return reject('igo', 'a row with relation none names no igo');
    return null;
  }
  if (r.igo === null) return reject('igo', `relation ${r.relation} needs an igo id`);
  if (r.from_year === null) return reject('from_year', `relation ${r.relation} needs the year the organisation began`);
  if (r.to_year !== null && r.to_year < r.from_year) return reject('to_year', `to_year ${r.to_year} before from_year ${r.from_year}`);
  if (r.relation === 'cow' && r.cow_ionum === null) return reject('cow_ionum', 'relation cow needs the COW ionum');
  if (r.relation === 'new' && r.cow_ionum !== null) return reject('cow_ionum', 'relation new has no COW ionum');
  return null;
}

/**
 * The three file specs, filling `xw`; with `write` they also emit the crosswalk tables (and an igo row for each own
 * id), otherwise nothing (the Factbook importer only needs the crosswalk in memory).
 */
export function crosswalkSpecs(ctx: ImportContext, files: CrosswalkFiles, xw: Crosswalk, write: boolean): FileSpec[] {
  const out = (emit: Emit, table: string, values: Record<string, unknown>) => {
    if (write) emit(table, { dataset: IGO_CROSSWALK, ...values });
  };
  const ownIds = new Set<string>();
  const orgs: FileSpec<OrgRow> = {
    ...files.orgs,
    columns: Object.keys(orgRow.shape),
    schema: orgRow,
    key: { fields: 'cia_org', of: (r) => r.cia_org },
    map: (r, emit) => {
      const bad = checkOrg(r);
      if (bad) return bad;
      xw.orgs.set(r.cia_org, { relation: r.relation, igo: r.igo, from: r.from_year, to: r.to_year });
      // EAEC and NAFTA end where their treaties end them, not at COW's (missing) dissolution date.
      const ownEnd = r.relation === 'cow' && r.to_year !== null;
      out(emit, 'igo_crosswalk', {
        source_org: r.cia_org, source_name: r.cia_name, relation: r.relation, igo: r.igo, cow_ionum: r.cow_ionum, name: r.name,
        from_year: r.from_year, to_year: r.to_year, note: r.note, source: r.source, flags: ownEnd ? 'end_from_treaty' : '',
      });
      if (r.relation === 'new' && !ownIds.has(r.igo!)) {
        ownIds.add(r.igo!);
        out(emit, 'igo', {
          igo: r.igo, ionum: null, name: r.name, long_name: r.name, start_year: r.from_year, end_year: r.to_year,
          political: null, social: null, economic: null,
        });
      }
    },
  };
  const qualifiers: FileSpec<z.infer<typeof qualifierRow>> = {
    ...files.qualifiers,
    columns: Object.keys(qualifierRow.shape),
    schema: qualifierRow,
    key: { fields: 'qualifier', of: (r) => r.qualifier },
    map: (r, emit) => {
      xw.statuses.set(r.qualifier, r.status);
      const checked = r.source.includes('COW 2014');
      out(emit, 'igo_qualifier_status', { qualifier: r.qualifier, status: r.status, note: r.note, source: r.source, flags: checked ? 'checked_against_cow_2014' : '' });
    },
  };
  const igoIds = () => new Set([...xw.orgs.values()].map((o) => o.igo).filter((x): x is string => x !== null));
  const exits: FileSpec<z.infer<typeof exitRow>> = {
    ...files.exits,
    columns: Object.keys(exitRow.shape),
    schema: exitRow,
    key: { fields: 'state, igo, from_year', of: (r) => `${r.state},${r.igo},${r.from_year}` },
    map: (r, emit) => {
      const state = ctx.countries.get(r.state);
      if (!state || state.code !== r.state) return reject('state', `"${r.state}" is not a canonical state code`);
      if (!igoIds().has(r.igo)) return reject('igo', `igo "${r.igo}" is not in ${files.orgs.label}`);
      if (r.to_year !== null && r.to_year < r.from_year) return reject('to_year', `to_year ${r.to_year} before from_year ${r.from_year}`);
      const k = `${r.state}|${r.igo}`;
      xw.exits.set(k, [...(xw.exits.get(k) ?? []), { from: r.from_year, to: r.to_year }]);
      out(emit, 'igo_membership_exit', {
        state: r.state, igo: r.igo, from_year: r.from_year, to_year: r.to_year, note: r.note, source: r.source, flags: 'stale_in_factbook',
      });
    },
  };
  return [orgs, qualifiers, exits];
}

export function igoCrosswalkImporter(ctx: ImportContext, files: CrosswalkFiles = bundledCrosswalkFiles(ctx)): Importer {
  return {
    dataset: IGO_CROSSWALK,
    tables: ['igo_crosswalk', 'igo_qualifier_status', 'igo_membership_exit', 'igo'],
    files: crosswalkSpecs(ctx, files, emptyCrosswalk(), true),
  };
}

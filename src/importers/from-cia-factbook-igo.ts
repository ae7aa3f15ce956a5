// CIA World Factbook, "International organization participation" of every entity in every annual edition 1990–2025
// (one row per organisation, qualifier kept), as IGO memberships after COW IGO v3 ends: editions 2015–2025 only, mapped
// onto COW ids and statuses by the crosswalk (from-igo-crosswalk.ts). Every row lands in factbook_igo_participation with
// the reason it is or is not a membership; the memberships also land in igo_membership, their dataset id naming the
// source. Year = edition: editions 2000 and 2002–2025 are snapshots at the end of the year (CIA annual archive zips;
// last factbook.json commit before 1 January), see data-src/igo_crosswalk_cia_cow/README.md.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { optText, text, year } from './fields.js';
import { bundledCrosswalkFiles, crosswalkSpecs, emptyCrosswalk, membershipEnded, type CrosswalkFiles } from './from-igo-crosswalk.js';
import { reject, type FileSpec, type Importer } from './importer.js';

export const CIA_FACTBOOK_IGO = 'cia_factbook_igo_trade_partners_1990_2025';

/** Last year of COW IGO v3 (cow_igo_v3/igo_membership_state_year_1965_2014.csv): later years come from the Factbook. */
export const COW_IGO_LAST_YEAR = 2014;

const row = z.object({
  edition_year: year,
  iso3: optText,
  name: text,
  org: text,
  qualifier: z.string().transform((v) => v.trim()),
});
type Row = z.infer<typeof row>;

export interface CiaFactbookIgoFiles {
  crosswalk: CrosswalkFiles;
  memberships: { path: string; label: string };
}

export function ciaFactbookIgoImporter(
  ctx: ImportContext,
  files: CiaFactbookIgoFiles = {
    crosswalk: bundledCrosswalkFiles(ctx),
    memberships: bundled(ctx, `${CIA_FACTBOOK_IGO}/factbook_igo_membership_long_1990_2025.csv.gz`),
  },
): Importer {
  const xw = emptyCrosswalk();
  const written = new Set<string>();
  const memberships: FileSpec<Row> = {
    ...files.memberships,
    columns: Object.keys(row.shape),
    schema: row,
    // Gaza Strip and West Bank both carry PSE, so the entity name, not iso3, identifies a row.
    key: { fields: 'edition_year, name, org, qualifier', of: (r) => `${r.edition_year},${r.name},${r.org},${r.qualifier}` },
    map: (r, emit) => {
      const state = r.iso3 === null ? null : ctx.countries.code(r.iso3) ?? null;
      if (r.iso3 !== null && state === null) return reject('iso3', `unknown country code ${r.iso3}`);
      const y = r.edition_year;
      const base = { dataset: CIA_FACTBOOK_IGO, edition: r.edition_year, year: y, entity: r.name, state, org: r.org, qualifier: r.qualifier };
      if (y <= COW_IGO_LAST_YEAR) {
        emit('factbook_igo_participation', { ...base, igo: null, status: null, flags: 'cow_years' });
        return;
      }
      const org = xw.orgs.get(r.org);
      if (!org) return reject('org', `"${r.org}" is not in ${files.crosswalk.orgs.label}: add a row with a decision`);
      const status = xw.statuses.get(r.qualifier);
      if (status === undefined) return reject('qualifier', `"${r.qualifier}" is not in ${files.crosswalk.qualifiers.label}: add a row with a decision`);
      // COW IGO v3 codes states only (a COW ccode): territories, Palestine, the EU entry are not members in its sense.
      const isState = state !== null && (ctx.countries.get(state)?.cow ?? null) !== null;
      const flags: string[] = [];
      if (!isState) flags.push('not_a_state');
      if (org.relation === 'none') flags.push('org_not_imported');
      if (status === 'none') flags.push('qualifier_not_membership');
      if (org.relation !== 'none' && (y < org.from! || (org.to !== null && y > org.to))) flags.push('org_not_in_force');
      if (state !== null && org.igo !== null && membershipEnded(xw, state, org.igo, y)) flags.push('membership_ended');
      if (flags.length === 0) {
        // Two spellings of one organisation in one entry (EAEU and EEU, ICCt and ICCT): the first one counts.
        const k = `${state}|${y}|${org.igo}`;
        if (written.has(k)) flags.push('duplicate');
        else {
          written.add(k);
          emit('igo_membership', { dataset: CIA_FACTBOOK_IGO, year: y, state, igo: org.igo, status });
        }
      }
      emit('factbook_igo_participation', { ...base, igo: org.igo, status: status === 'none' ? null : status, flags: flags.join(',') });
    },
  };
  return {
    dataset: CIA_FACTBOOK_IGO,
    tables: ['factbook_igo_participation', 'igo_membership'],
    // The crosswalk files are read again (into memory only; their tables are written by the IGO_CROSSWALK importer).
    files: [...crosswalkSpecs(ctx, files.crosswalk, xw, false), memberships],
  };
}

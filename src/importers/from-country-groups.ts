// Named country groups with membership by year (data-src/country_groups/country_groups.csv, bundled as data/country_groups/: hand-compiled from treaties and the
// organisations' member lists, see its README): one row per membership spell, read into country_group.
//
// Quarantined: a member that is not a canonical state code of the resolver (aliases such as ROM or names are refused
// too: the file must use canonical codes) or that is not in the state system in some year of its spell (RUS before
// 1992, when the USSR is SUN); a group id that is not an upper-case id or that a country query would resolve to (the
// CLI reads --counterpart as a group id first); to_year before from_year; and a spell that overlaps an earlier spell of
// the same member in the same group (a group value is a sum over members: an overlap would count a member twice).
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { optInt, text, year } from './fields.js';
import { reject, type Importer } from './importer.js';

export const COUNTRY_GROUPS = 'country_groups';

/** Group ids: upper case letters and digits, starting with a letter (EU, FSU15). */
export const GROUP_ID = /^[A-Z][A-Z0-9]{1,9}$/;

const row = z.object({
  group: text.refine((g) => GROUP_ID.test(g), { message: 'group id must be 2–10 upper-case letters or digits, starting with a letter' }),
  member: text,
  from_year: year,
  to_year: optInt().refine((y) => y === null || (y >= 1800 && y <= 2100), { message: 'year out of range 1800–2100' }),
  source: text,
});

export function countryGroupsImporter(ctx: ImportContext, file = bundled(ctx, `${COUNTRY_GROUPS}/country_groups.csv.gz`)): Importer {
  const spells = new Map<string, Array<{ from: number; to: number }>>();
  const groupChecked = new Map<string, string | null>();
  /** Why `id` cannot be a group id (it names a country), or null. */
  const clash = (id: string): string | null => {
    if (!groupChecked.has(id)) {
      let reason: string | null = null;
      try {
        const s = ctx.countries.resolve(id);
        reason = `group id "${id}" would resolve to the country ${s.code}`;
      } catch {
        reason = null;
      }
      groupChecked.set(id, reason);
    }
    return groupChecked.get(id)!;
  };
  return {
    dataset: COUNTRY_GROUPS,
    tables: ['country_group'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        key: { fields: 'group, member, from_year', of: (r) => `${r.group},${r.member},${r.from_year}` },
        map: (r, emit) => {
          const why = clash(r.group);
          if (why) return reject('group', why);
          const state = ctx.countries.get(r.member);
          if (!state || state.code !== r.member) return reject('member', `"${r.member}" is not a canonical state code`);
          if (state.kind !== 'state') return reject('member', `${r.member} is a ${state.kind}, not a state`);
          if (r.to_year !== null && r.to_year < r.from_year) return reject('to_year', `to_year ${r.to_year} before from_year ${r.from_year}`);
          const last = r.to_year ?? r.from_year;
          for (let y = r.from_year; y <= last; y++) {
            if (!ctx.countries.existedIn(r.member, y)) return reject('member', `${r.member} is not in the state system in ${y}`);
          }
          const to = r.to_year ?? Number.POSITIVE_INFINITY;
          const key = `${r.group}|${r.member}`;
          const earlier = spells.get(key) ?? [];
          const hit = earlier.find((s) => r.from_year <= s.to && s.from <= to);
          if (hit) {
            const end = (t: number) => (t === Number.POSITIVE_INFINITY ? '' : String(t));
            return reject('from_year', `spell ${r.from_year}–${end(to)} overlaps ${r.member}'s spell ${hit.from}–${end(hit.to)} in ${r.group}`);
          }
          spells.set(key, [...earlier, { from: r.from_year, to }]);
          emit('country_group', {
            dataset: COUNTRY_GROUPS, group_id: r.group, member: r.member, from_year: r.from_year, to_year: r.to_year, source: r.source,
          });
        },
      },
    ],
  };
}

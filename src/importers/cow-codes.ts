// COW country codes as the relations sources use them: some code states outside COW's system-membership spells,
// and the UN-seat and SIPRI codes name whoever held a shared code (365, 345) in the year of the row.
import type { CountryResolver } from '../core/countries/resolver.js';

/** Years probed to learn every entity a COW code stands for (the COW list runs 1816–2016; spells at its ends are open). */
const FIRST_YEAR = 1816;
const LAST_YEAR = 2030;

/** Every entity COW code `ccode` has stood for, in order of first year (365 → SUN, RUS; 260 → DEU). */
export function cowEntities(countries: CountryResolver, ccode: number): string[] {
  const seen: string[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const code = countries.fromCow(ccode, y);
    if (code && !seen.includes(code)) seen.push(code);
  }
  return seen;
}

/**
 * `fromCow(ccode, year)`, and outside the code's COW spells the one entity the code ever stands for. ATOP, SIPRI
 * and TIES date states by their own lists (Hanover in 1815, Monaco and San Marino in ATOP, Brunei in 1965, the
 * FRG in 1950), and such a code still names one entity; codes that name several (365, 345) stay undefined there.
 */
export function cowReader(countries: CountryResolver): (ccode: number, year: number) => string | undefined {
  const only = new Map<number, string | undefined>();
  return (ccode, year) => {
    const inSpell = countries.fromCow(ccode, year);
    if (inSpell) return inSpell;
    if (!only.has(ccode)) {
      const all = cowEntities(countries, ccode);
      only.set(ccode, all.length === 1 ? all[0] : undefined);
    }
    return only.get(ccode);
  };
}

/**
 * The entity that held `code`'s COW code in `year`, else `code`: a source that keeps one code across a
 * succession (the UN seat "RUS" in 1991 was the USSR's; "YUG" in 2010 is Serbia; SIPRI's "Serbia" in 1995 is
 * FR Yugoslavia) gives the state of that year.
 */
export function holderInYear(countries: CountryResolver, code: string, year: number): string {
  const cow = countries.get(code)?.cow;
  return (cow !== null && cow !== undefined && countries.fromCow(cow, year)) || code;
}

/**
 * COW IGO v3 short names (igo_list.csv) of the institutions TIES and EUSANCT code as senders by COW IGO number
 * (ionum); every number the two bundled files use.
 */
export const COW_IGO_NAMES: Readonly<Record<number, string>> = {
  750: 'ASEAN', 1240: 'ComSec', 1390: 'COE', 1520: 'ECOWAS', 1653: 'EEC', 1830: 'EU', 2370: 'IAEA', 2400: 'IBRD',
  2880: 'IMF', 3450: 'LOAS', 3580: 'NAM', 3700: 'NATO', 3750: 'OECD', 3760: 'OAU', 3800: 'OAPEC', 3840: 'OPEC',
  3850: 'OIC', 3900: 'OAS', 4250: 'SADC', 4400: 'UN', 4580: 'WTO',
};

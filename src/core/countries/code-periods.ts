// COW and Gleditsch–Ward codes that stand for different canonical entities in different years, and the few
// countrycode cells that disagree with the state lists. Every other COW/G-W code maps to one entity in any year.
//
// Rule: where the two lists split an entity, we split it (G-W: Serbia 340 before Yugoslavia 345; COW: Yemen
// Arab Republic 678 before Yemen 679); where both keep one code across a change, the year decides the entity.
// A year that straddles a change goes to the entity that held the code for most of it: USSR ended 26 Dec 1991
// (1991 → SUN), FR Yugoslavia began 27 Apr 1992 (1992 → SCG), Serbia alone from 5 Jun 2006 (2006 → SRB for COW),
// Yemen unified 22 May 1990 (1990 → YEM for G-W 678), the Kingdom of Serbs, Croats and Slovenes 1 Dec 1918
// (1918 → SRB for COW 345). Sources: COW State System Membership v2016; Gleditsch & Ward (1999), list to 2017.

export interface CodePeriod {
  /** First year (inclusive); `null` = open. */
  from: number | null;
  /** Last year (inclusive); `null` = open. */
  to: number | null;
  code: string;
}

export interface SharedCode {
  periods: readonly CodePeriod[];
  /** The entity that takes the list's name(s) for this code ("Russia" for COW 365 is RUS, not SUN). */
  namedEntity: string;
}

export const COW_SHARED: Readonly<Record<number, SharedCode>> = {
  // COW 255 "Germany" (1816–1945, 1990–) and 260 "German Federal Republic" (1955–1990) are one continuous DEU.
  255: { periods: [{ from: null, to: null, code: 'DEU' }], namedEntity: 'DEU' },
  260: { periods: [{ from: null, to: null, code: 'DEU' }], namedEntity: 'DEU' },
  // COW and G-W code the Russian Empire, Soviet Russia and the USSR as one state 365; SUN stands for all of it.
  365: {
    periods: [
      { from: null, to: 1991, code: 'SUN' },
      { from: 1992, to: null, code: 'RUS' },
    ],
    namedEntity: 'RUS',
  },
  // COW 345 runs from Serbia's independence (1878) through both Yugoslavias to Serbia (2006–).
  345: {
    periods: [
      { from: null, to: 1918, code: 'SRB' },
      { from: 1919, to: 1991, code: 'YUG' },
      { from: 1992, to: 2005, code: 'SCG' },
      { from: 2006, to: null, code: 'SRB' },
    ],
    namedEntity: 'YUG',
  },
};

export const GW_SHARED: Readonly<Record<number, SharedCode>> = {
  // G-W 255 "Germany (Prussia)" 1816–1945; 260 "German Federal Republic" 1949– continues as unified Germany.
  255: { periods: [{ from: null, to: null, code: 'DEU' }], namedEntity: 'DEU' },
  260: { periods: [{ from: null, to: null, code: 'DEU' }], namedEntity: 'DEU' },
  365: COW_SHARED[365]!,
  // G-W 345 "Yugoslavia" 1918-12-01 … 2006-06-04; Serbia is 340 before 1915 and from 2006.
  345: {
    periods: [
      { from: null, to: 1991, code: 'YUG' },
      { from: 1992, to: null, code: 'SCG' },
    ],
    namedEntity: 'YUG',
  },
  // G-W 678 "Yemen (Arab Republic of Yemen)" 1918– continues as unified Yemen.
  678: {
    periods: [
      { from: null, to: 1989, code: 'YAR' },
      { from: 1990, to: null, code: 'YEM' },
    ],
    namedEntity: 'YAR',
  },
};

/** Corrections to countrycode's `cown` / `gwn` cells, keyed by ISO3. */
export const CODELIST_CODE_FIXES: Readonly<Record<string, { cow?: number | null; gw?: number | null }>> = {
  // countrycode links the Holy See to COW/G-W 327 "Papal States" (to 1860/1870); that state is kept as COW327.
  VAT: { cow: null, gw: null },
  // countrycode gives G-W 815 (Vietnam before 1893); G-W code the modern state (DRV, 1954–) 816.
  VNM: { gw: 816 },
};

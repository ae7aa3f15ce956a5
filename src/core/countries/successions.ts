// Which entities took over from which, and when. Years are the first year of the successor's spell in the COW or
// G-W list (the earlier of the two), or the year of the merger; a full successor list, not only legal continuators.

export interface SuccessionEdge {
  from: string;
  to: string;
  year: number;
}

function split(from: string, year: number, to: readonly string[]): SuccessionEdge[] {
  return to.map((code) => ({ from, to: code, year }));
}

export const SUCCESSIONS: readonly SuccessionEdge[] = [
  // Dissolution of the USSR, 1991: COW spells of the Baltic states restart 1991-09-06, the others 1991-12-26;
  // Russia continues the USSR's UN seat (its own code starts 1992, see code-periods.ts).
  ...split('SUN', 1991, ['ARM', 'AZE', 'BLR', 'EST', 'GEO', 'KAZ', 'KGZ', 'LTU', 'LVA', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB']),
  // SFR Yugoslavia: G-W date North Macedonia from 1991-11-20; Slovenia, Croatia, Bosnia from 1992 (both lists);
  // FR Yugoslavia (SCG) from 1992-04-27.
  { from: 'YUG', to: 'MKD', year: 1991 },
  ...split('YUG', 1992, ['SVN', 'HRV', 'BIH', 'SCG']),
  // Montenegro's independence, June 2006 (G-W 340 Serbia and 341 Montenegro from 2006).
  ...split('SCG', 2006, ['SRB', 'MNE']),
  // Kosovo's declaration of independence, 17 Feb 2008 (COW and G-W 347 from 2008), from Serbia.
  { from: 'SRB', to: 'XKX', year: 2008 },
  ...split('CSK', 1993, ['CZE', 'SVK']),
  // German unification, 3 Oct 1990: the GDR acceded to the Federal Republic.
  { from: 'DDR', to: 'DEU', year: 1990 },
  // Yemeni unification, 22 May 1990.
  { from: 'YAR', to: 'YEM', year: 1990 },
  { from: 'YMD', to: 'YEM', year: 1990 },
  // Fall of Saigon, 30 Apr 1975 (end of the COW and G-W spells of RVN).
  { from: 'RVN', to: 'VNM', year: 1975 },
  // Austria-Hungary, Nov 1918 (G-W start Austria 1918-11-14, Hungary 1918-11-03, Czechoslovakia 1918-11-11).
  ...split('COW300', 1918, ['AUT', 'HUN', 'CSK']),
  // German states absorbed into Prussia/Germany (COW end years: Hanover and Hesse-Kassel 1866, the members of
  // the North German Confederation 1867, the southern states at the proclamation of the Empire 1871).
  ...split('COW240', 1866, ['DEU']),
  ...split('COW273', 1866, ['DEU']),
  ...split('COW269', 1867, ['DEU']),
  ...split('COW275', 1867, ['DEU']),
  ...split('COW280', 1867, ['DEU']),
  ...split('COW245', 1871, ['DEU']),
  ...split('COW267', 1871, ['DEU']),
  ...split('COW271', 1871, ['DEU']),
  // Italian unification (COW end years).
  ...split('COW327', 1860, ['ITA']),
  ...split('COW329', 1861, ['ITA']),
  ...split('COW332', 1860, ['ITA']),
  ...split('COW335', 1860, ['ITA']),
  ...split('COW337', 1860, ['ITA']),
  // Zanzibar united with Tanganyika, 26 Apr 1964.
  { from: 'COW511', to: 'TZA', year: 1964 },
  // Union of South Africa, 31 May 1910.
  ...split('GW563', 1910, ['ZAF']),
  ...split('GW564', 1910, ['ZAF']),
  // G-W: United Provinces of Central America dissolved 1839/40; Gran Colombia 1830.
  ...split('GW89', 1840, ['GTM', 'HND', 'SLV', 'NIC', 'CRI']),
  ...split('GW99', 1830, ['COL', 'VEN', 'ECU']),
];

// Entities whose canonical code is not the countrycode table's ISO3: dissolved states, and the non-state units that
// trade data report under (IMF DOTS, World Bank). Codes and numerics are ISO 3166-3 (withdrawn codes) unless noted.
import type { EntityKind } from './types.js';

export interface EntityDefinition {
  code: string;
  name: string;
  kind: EntityKind;
  /** The countrycode row (it has no `iso3c`) this entity takes its COW/G-W/IMF codes and names from. */
  codelistName?: string;
  iso3?: string;
  isoNumeric?: number;
  /** Only where neither state list dates the entity. */
  startYear?: number;
  endYear?: number;
  continent?: string;
  region?: string;
}

export const ENTITY_DEFINITIONS: readonly EntityDefinition[] = [
  // Not in countrycode at all; COW/G-W 365 before 1992 (see code-periods.ts). ISO 3166-3 SUN / 810.
  { code: 'SUN', name: 'USSR', kind: 'state', iso3: 'SUN', isoNumeric: 810, continent: 'Europe', region: 'Europe & Central Asia' },
  { code: 'DDR', name: 'German Democratic Republic', kind: 'state', codelistName: 'German Democratic Republic', iso3: 'DDR', isoNumeric: 278, continent: 'Europe' },
  { code: 'YUG', name: 'Yugoslavia', kind: 'state', codelistName: 'Yugoslavia', iso3: 'YUG', isoNumeric: 890, continent: 'Europe' },
  // ISO 3166-3 SCG / 891 (Serbia and Montenegro, 2003–2006; the same state as FR Yugoslavia 1992–2003).
  { code: 'SCG', name: 'Serbia and Montenegro', kind: 'state', codelistName: 'Serbia and Montenegro', iso3: 'SCG', isoNumeric: 891, continent: 'Europe' },
  { code: 'CSK', name: 'Czechoslovakia', kind: 'state', codelistName: 'Czechoslovakia', iso3: 'CSK', isoNumeric: 200, continent: 'Europe' },
  // ISO coded North Yemen YEM / 886; unified Yemen kept YEM with numeric 887, so YAR (the IMF DOTS code) is used here.
  { code: 'YAR', name: 'Yemen Arab Republic', kind: 'state', codelistName: 'Yemen Arab Republic', isoNumeric: 886, continent: 'Asia' },
  { code: 'YMD', name: "Yemen People's Republic", kind: 'state', codelistName: "Yemen People's Republic", iso3: 'YMD', isoNumeric: 720, continent: 'Asia' },
  // South Vietnam never had an ISO code; RVN is the COW/G-W abbreviation.
  { code: 'RVN', name: 'Republic of Vietnam', kind: 'state', codelistName: 'Republic of Vietnam' },
  // XKX is the user-assigned code used by the World Bank, the EU and IMF DOTS; ISO has no code for Kosovo.
  { code: 'XKX', name: 'Kosovo', kind: 'state', codelistName: 'Kosovo', continent: 'Europe' },
  // IMF DOTS reporter until the late 1990s (Belgium-Luxembourg Economic Union).
  { code: 'BLX', name: 'Belgium-Luxembourg', kind: 'grouping', continent: 'Europe', region: 'Europe & Central Asia' },
  // ISO 3166-3 ANT / 530; dissolved 10 Oct 2010 into CUW, SXM and the Caribbean Netherlands (BES).
  { code: 'ANT', name: 'Netherlands Antilles', kind: 'territory', codelistName: 'Netherlands Antilles', iso3: 'ANT', isoNumeric: 530, endYear: 2010, continent: 'Americas' },
  // IMF DOTS partner: South Africa with Botswana, Lesotho, Namibia and Eswatini before they reported separately.
  { code: 'SACCA', name: 'Southern African Common Customs Area', kind: 'grouping', continent: 'Africa', region: 'Sub-Saharan Africa' },
  // World Bank code for Jersey + Guernsey, which WDI reports as one economy.
  { code: 'CHI', name: 'Channel Islands', kind: 'grouping', codelistName: 'Channel Islands', continent: 'Europe' },
];

/** countrycode rows that are not entities: placeholders, unrecognised polities, or name variants handled in aliases.ts. */
export const CODELIST_ROWS_SKIPPED: readonly string[] = [
  'Stateless', 'Unknown', 'Somaliland', 'United Arab Republic', 'Brunswick', 'Hamburg', 'Nassau', 'Oldenburg',
  'Saxe-Weimar-Eisenach', 'Hesse-Darmstadt', 'Hesse-Kassel', 'Würtemberg', 'Prussia', 'Sardinia', 'Piedmont-Sardinia',
];

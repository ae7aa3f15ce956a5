// Shapes shared by the country resolver: one record per state or state-like entity, and the raw tables it is built from.

/**
 * What a record stands for.
 * - `state`: in the COW or Gleditsch–Ward state-system lists, or a UN member state.
 * - `territory`: in none of those (dependent territories such as HKG, ABW, GIB, and the Holy See and Palestine,
 *   which are UN observers and absent from both lists). A classification of the sources, not a political judgement.
 * - `grouping`: a reporting unit made of several economies that some sources use as one partner
 *   (BLX Belgium-Luxembourg, SACCA Southern African Common Customs Area, CHI Channel Islands).
 */
export type EntityKind = 'state' | 'territory' | 'grouping';

/** One entity with all its codes. Every code field is `null` when the scheme has no code for it. */
export interface StateRecord {
  /**
   * Canonical code used across interdep: ISO 3166-1 alpha-3 when the entity has one; ISO 3166-3 or IMF DOTS
   * codes for dissolved entities (SUN, DDR, YUG, SCG, CSK, YAR, YMD, ANT) plus RVN, XKX, TWN, BLX, SACCA, CHI;
   * `COW<ccode>` / `GW<gwcode>` for older states without an ISO code (COW245 Bavaria, GW563 Transvaal).
   * See docs/decisions/0001-country-codes.md.
   */
  code: string;
  /** Display name (countrycode's `country_name_en`, else the COW or G-W name). */
  name: string;
  /** ISO 3166-1 alpha-3 (current or ISO 3166-3 withdrawn code), `null` for entities ISO never coded. */
  iso3: string | null;
  /** ISO 3166-1 numeric (withdrawn numerics for dissolved states, e.g. SUN 810). */
  isoNumeric: number | null;
  /** Correlates of War ccode. Several records can share one (365: SUN then RUS); see `fromCow`. */
  cow: number | null;
  /** Gleditsch–Ward gwcode (shared the same way, e.g. 345: YUG then SCG). */
  gw: number | null;
  /** IMF/IFS numeric country code (Belarus 913). */
  imf: number | null;
  /** World Bank code (≈ ISO3; XKX Kosovo, CHI Channel Islands). */
  wb: string | null;
  /** UN M49 numeric. */
  un: number | null;
  /** First year in the COW or G-W list (1816 = present when the lists begin); `null` if in neither. */
  startYear: number | null;
  /** Last year in existence; `null` while it still exists (or when no list dates it). */
  endYear: number | null;
  /**
   * Years of existence as an independent state, the union of its COW and G-W spells (a year counts if any day of
   * it does), e.g. SRB 1878–1918 and 2006–; DEU 1816–1945 and 1949–; EST 1918–1940 and 1991–.
   * One open span for entities in neither list.
   */
  spans: YearSpan[];
  /** `true` once the entity has ended (`endYear !== null`). */
  historical: boolean;
  kind: EntityKind;
  /** World Bank region (7 regions), from countrycode. */
  region: string | null;
  /** Continent, from countrycode. */
  continent: string | null;
  /** Every name the resolver knows for this entity, as spelled by its source (incl. `name`). */
  aliases: string[];
}

/** Inclusive range of years; `null` = open (before the first or after the last known year). */
export interface YearSpan {
  from: number | null;
  to: number | null;
}

/** A succession edge: `code` took over (all or part of) the other entity in `year`. */
export interface Succession {
  code: string;
  year: number;
}

/** A CSV row keyed by header, all values as the file has them (empty string = missing). */
export type CsvRow = Readonly<Record<string, string>>;

/**
 * The raw tables the resolver is built from, as read by `src/importers/load-country-tables.ts`.
 * Files live under `data/`; each row keeps the file's header names.
 */
export interface CountryTables {
  /** `country_codes/countrycode_codelist.csv`: country_name_en, iso_name_en, un_name_en, un_name_ru, cow_name,
   * iso2c, iso3c, iso3n, un, cown, gwn, imf, wb, continent, region, … */
  codelist: readonly CsvRow[];
  /** `country_codes/cow_state_system_membership_v2016.csv`: stateabb, ccode, statenme, styear, …, endyear, … */
  cowStates: readonly CsvRow[];
  /** `country_codes/gleditsch_ward_states.csv`: gwcode, stateabb, statename, startdate, enddate. */
  gwStates: readonly CsvRow[];
  /** `imf_dots_bilateral_trade/dots_country_names.csv`: iso3, imf_dots_name, cown, imf_code, is_reporter. */
  dotsNames: readonly CsvRow[];
  /** `worldbank_wdi/wdi_country_codes.csv`: country_code, country_name (countries and aggregates). */
  wdiCodes: readonly CsvRow[];
}

/** Where each table lives under the data directory (the labels `data/sources.json` uses). */
export const COUNTRY_TABLE_FILES: { readonly [K in keyof CountryTables]: string } = {
  codelist: 'country_codes/countrycode_codelist.csv.gz',
  cowStates: 'country_codes/cow_state_system_membership_v2016.csv.gz',
  gwStates: 'country_codes/gleditsch_ward_states.csv.gz',
  dotsNames: 'imf_dots_bilateral_trade/dots_country_names.csv.gz',
  wdiCodes: 'worldbank_wdi/wdi_country_codes.csv.gz',
};

/** Columns each table must have; the loader checks them, `fromTables` relies on them. */
export const REQUIRED_COLUMNS: { readonly [K in keyof CountryTables]: readonly string[] } = {
  codelist: [
    'country_name_en', 'iso_name_en', 'un_name_en', 'un_name_ru', 'cow_name', 'iso2c', 'iso3c', 'iso3n', 'un',
    'cown', 'gwn', 'imf', 'wb', 'continent', 'region',
  ],
  cowStates: ['ccode', 'statenme', 'styear', 'stmonth', 'stday', 'endyear', 'endmonth', 'endday'],
  gwStates: ['gwcode', 'statename', 'startdate', 'enddate'],
  dotsNames: ['iso3', 'imf_dots_name', 'imf_code'],
  wdiCodes: ['country_code', 'country_name'],
};

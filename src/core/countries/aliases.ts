// The few names and codes the bundled tables do not already carry. Everything else comes from countrycode,
// the COW and G-W lists, IMF DOTS and World Bank names (see build-records.ts). Keep this list short and sourced.

/** Extra names by canonical code, each with where it comes from. */
export const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  // Common English and Russian/Belarusian variants (brief; seed thesis uses Belarus/Byelorussia).
  BLR: ['Belorussia', 'White Russia', 'Byelorussia', 'Белоруссия', 'Byelorussian SSR'],
  SUN: ['Soviet Union', 'Union of Soviet Socialist Republics', 'СССР', 'Советский Союз', 'Former USSR', 'Russian Empire'],
  MDA: ['Moldavia'],
  KGZ: ['Kirghizia'],
  USA: ['US', 'U.S.', 'U.S.A.', 'United States of America'],
  GBR: ['UK', 'U.K.', 'Great Britain', 'Britain'],
  MMR: ['Burma'],
  // SIPRI arms transfers ("DR Congo") and common usage.
  COD: ['DR Congo', 'DRC'],
  // Energy Institute Statistical Review ("UAE"; "Russia" in the oil inter-area table).
  ARE: ['UAE'],
  // Taiwan's official name; without it the order-free key of "Republic of China" would match CHN.
  TWN: ['Republic of China', 'Chinese Taipei'],
  DDR: ['East Germany', 'GDR'],
  DEU: ['West Germany', 'Federal Republic of Germany', 'FRG', 'Prussia'],
  // countrycode rows without codes that are other names of COW states (Hesse-Darmstadt, Hesse-Kassel, Würtemberg,
  // Sardinia, Piedmont-Sardinia); G-W 325 is "Italy/Sardinia".
  COW275: ['Hesse-Darmstadt'],
  COW273: ['Hesse-Kassel'],
  COW271: ['Würtemberg', 'Württemberg'],
  ITA: ['Sardinia', 'Piedmont-Sardinia'],
  // COW keeps 651 for Egypt during the union with Syria (1958–61); Egypt kept the name until 1971.
  EGY: ['United Arab Republic'],
  // "Yugoslavia, FR" is the IMF lending data's label (see SECONDARY_NAMES for its use before 1992).
  SCG: ['FR Yugoslavia', 'Yugoslavia, FR', 'Federal Republic of Yugoslavia'],
  YUG: ['SFR Yugoslavia', 'Socialist Federal Republic of Yugoslavia'],
  YAR: ['North Yemen'],
  YMD: ['South Yemen', "People's Democratic Republic of Yemen"],
  RVN: ['South Vietnam'],
  VNM: ['North Vietnam'],
  CSK: ['Czecho-Slovakia'],
  NLD: ['Holland'],
  // Former name (to 1997), used by the IMF for arrangements of the 1970s and 1980s.
  WSM: ['Western Samoa'],
  // Short forms in common use (countrycode's regexes accept them too).
  FSM: ['Micronesia'],
  VAT: ['Vatican'],
  MAC: ['Macau'],
  // IMF DOTS name of BLX and SACCA.
  BLX: ['Belgium-Luxembourg Economic Union', 'BLEU'],
  SACCA: ['South African Common Customs Area'],
  // Global Energy Monitor lists the Canary Islands (an autonomous community of Spain) as a pipeline area.
  ESP: ['Canary Islands'],
};

/**
 * Names an entity also went by that belong first to another: used only with a year in which the main owner did
 * not exist. UN, IMF and World Bank called FR Yugoslavia (1992–2003) "Yugoslavia"; the IMF's arrangements data
 * list the SFR Yugoslavia's programmes of 1961–1990 under "Yugoslavia, FR" (the membership FR Yugoslavia kept).
 */
export const SECONDARY_NAMES: Readonly<Record<string, readonly string[]>> = {
  SCG: ['Yugoslavia'],
  YUG: ['Yugoslavia, FR'],
};

/** Names that fit several entities equally well: resolving them without a year is an error that lists all. */
export const AMBIGUOUS_NAMES: Readonly<Record<string, readonly string[]>> = {
  Congo: ['COG', 'COD'],
  // COW/G-W 730 "Korea" is the kingdom before 1905/1910.
  Korea: ['KOR', 'PRK', 'COW730'],
};

/**
 * Withdrawn or non-ISO alpha-3 codes still found in data, and what they stand for now.
 * ISO 3166-3 (withdrawn): ROM Romania to 2002, ZAR Zaire to 1997, TMP East Timor to 2002, BUR Burma to 1989,
 * DHY Dahomey to 1977, HVO Upper Volta to 1984, RHO Southern Rhodesia to 1980, VDR North Vietnam to 1977.
 * World Bank legacy: ROM, ZAR, TMP, KSV (Kosovo), ADO (Andorra), IMY (Isle of Man), WBG (West Bank and Gaza).
 * IMF: UVK (Kosovo). UNDP: KOS (Kosovo).
 */
export const LEGACY_ALPHA3: Readonly<Record<string, string>> = {
  ROM: 'ROU',
  ZAR: 'COD',
  TMP: 'TLS',
  BUR: 'MMR',
  DHY: 'BEN',
  HVO: 'BFA',
  RHO: 'ZWE',
  VDR: 'VNM',
  KSV: 'XKX',
  KOS: 'XKX',
  UVK: 'XKX',
  ADO: 'AND',
  IMY: 'IMN',
  WBG: 'PSE',
};

/** Withdrawn ISO numeric codes: 280 West Germany (to 1990), 230 Ethiopia with Eritrea (to 1993), 736 Sudan with South Sudan (to 2011). */
export const LEGACY_ISO_NUMERIC: Readonly<Record<number, string>> = {
  280: 'DEU',
  230: 'ETH',
  736: 'SDN',
};

/**
 * Names of country groups and regions (Energy Institute, Global Energy Monitor, IMF, World Bank). They are not
 * states: resolving one throws 'unknown' with no suggestions. World Bank aggregate names are added from the data.
 */
export const GROUP_NAMES: readonly string[] = [
  'World', 'EU', 'European Union', 'Euro area', 'CIS', 'OECD', 'Non-OECD', 'OPEC', 'Non-OPEC',
  'Africa', 'Asia', 'Asia Pacific', 'Europe', 'Europe and Eurasia', 'Middle East', 'Middle East & Africa',
  'North America', 'S. & Cent. America', 'South America', 'Central America', 'Caribbean', 'Americas', 'Oceania',
  'Eastern Africa', 'Middle Africa', 'Western Africa', 'Northern Africa', 'Southern Africa', 'North Africa',
  'West Africa', 'East & S. Africa', 'Australasia', 'Eurasia',
  // GEM: the Timor-Leste–Australia Joint Petroleum Development Area (a treaty zone, not a state).
  'Joint Petroleum Development Area',
  // SIPRI suppliers and recipients that are organisations ("NATO**").
  'NATO', 'OSCE', 'United Nations', 'African Union',
];

/** Prefixes that mark residual or total rows ("Other CIS", "Total World", "Rest of Europe", "of which: OECD"). */
export const GROUP_PREFIX = /^(other|total|rest of|of which|non)\b/;

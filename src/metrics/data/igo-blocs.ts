// Bloc organisations for igo.bloc_share: the Russia-led (Soviet-led before 1992) and Western bodies, by COW IGO v3
// short name (igo.igo / igo_membership.igo), each with the reason it is on the list (CONCEPTS.md C16).
//
// Rule for the list: an organisation is a bloc body when one power centre founded and leads it, its membership is
// restricted to that centre's allies or to states meeting its political conditions, and joining it signals
// alignment. Universal and pan-European bodies open to both sides (UN, IMF, World Bank, WTO, OSCE, EBRD, EAPC) are
// not bloc bodies. Each integration project is counted once, by its flagship organisation, not by its agencies,
// banks or technical bodies (so neither side is inflated by counting one project several times). Only organisations
// in the data can be listed: COW IGO v3 (1965–2014) and, after it, the CIA World Factbook mapped onto COW ids, which
// adds the Eurasian Economic Union (2015); the Union State and the Customs Union are in neither, and the G7/G8 is not
// an IGO in COW.
//
// COW IGO v3: Pevehouse, Nordstrom, McManus & Jamison (2020), Journal of Peace Research 57(3): 492–503.

export type Bloc = 'russia' | 'west';

export interface BlocOrganisation {
  /** COW IGO v3 short name. */
  igo: string;
  name: string;
  bloc: Bloc;
  /** Years the organisation existed (end null = still active); memberships come from the data, not from these. */
  years: readonly [number, number | null];
  /** Why it is on the list. */
  why: string;
}

export const BLOC_ORGANISATIONS: readonly BlocOrganisation[] = [
  // ---- Russia-led (Soviet-led before 1992; COW code 365 = SUN to 1991, RUS from 1992) ----
  {
    igo: 'CIS', name: 'Commonwealth of Independent States', bloc: 'russia', years: [1991, null],
    why: 'Founded by Russia, Belarus and Ukraine (Belovezha Accords, Dec 1991) to manage the Soviet break-up; Russia is the dominant member; the seed calls it one of the most successful bodies for Belarus (§3.2).',
  },
  {
    igo: 'EAEC', name: 'Eurasian Economic Community (EurAsEC)', bloc: 'russia', years: [2000, 2014],
    why: 'Russia-led economic union of Russia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan (Uzbekistan 2006–08), with votes weighted by contribution (Russia 40%); predecessor of the Eurasian Economic Union.',
  },
  {
    igo: 'EAEU', name: 'Eurasian Economic Union', bloc: 'russia', years: [2015, null],
    why: 'Successor of EurAsEC from 1 January 2015 (Treaty on the Eurasian Economic Union, Astana 2014): customs union and single market of Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan, in which Russia is most of the members\' combined economy. Not in COW IGO v3 (which ends 2014): its memberships come from the CIA World Factbook (id from data-src/igo_crosswalk_cia_cow).',
  },
  {
    igo: 'CSTO', name: 'Collective Security Treaty Organization', bloc: 'russia', years: [2002, null],
    why: 'Russia-led military alliance (Tashkent Treaty 1992, organisation 2002), headquartered in Moscow, relying on Russian forces.',
  },
  {
    igo: 'CMEA', name: 'Council for Mutual Economic Assistance (COMECON)', bloc: 'russia', years: [1949, 1991],
    why: 'Soviet-led economic bloc of the socialist states, Moscow secretariat; dissolved 1991.',
  },
  {
    igo: 'WPact', name: 'Warsaw Treaty Organization', bloc: 'russia', years: [1955, 1991],
    why: 'Soviet-led military alliance (Soviet supreme commander); dissolved 1991.',
  },
  // ---- Western ----
  {
    igo: 'NATO', name: 'North Atlantic Treaty Organization', bloc: 'west', years: [1949, null],
    why: 'US-led collective-defence alliance of the West (Art. 5).',
  },
  {
    igo: 'EEC', name: 'European Economic Community / European Communities', bloc: 'west', years: [1958, 1992],
    why: 'West European economic integration before the EU; ECSC and EURATOM have the same members and are not counted again.',
  },
  {
    igo: 'EU', name: 'European Union', bloc: 'west', years: [1993, null],
    why: 'Successor of the European Communities; membership conditional on the Copenhagen criteria (democracy, rule of law, market economy).',
  },
  {
    igo: 'COE', name: 'Council of Europe', bloc: 'west', years: [1949, null],
    why: "Founded by ten West European democracies; admission conditional on democracy and human rights (ECHR); Belarus's special guest status was suspended in 1997. Russia was a member 1996–2022, so Russia counts as sharing it in 1996–2014.",
  },
  {
    igo: 'OECD', name: 'Organisation for Economic Co-operation and Development', bloc: 'west', years: [1961, null],
    why: 'Club of Western market democracies, accession conditional on shared values; Russia\'s accession talks were never completed (suspended 2014).',
  },
  {
    igo: 'EFTA', name: 'European Free Trade Association', bloc: 'west', years: [1960, null],
    why: "West European free-trade bloc (the UK's alternative to the EEC; now Iceland, Liechtenstein, Norway, Switzerland, tied to the EU through the EEA).",
  },
  {
    igo: 'ANZUS', name: 'ANZUS Treaty', bloc: 'west', years: [1951, null],
    why: 'US-led Pacific defence pact (Australia, New Zealand, United States).',
  },
  {
    igo: 'SEATO', name: 'Southeast Asia Treaty Organization', bloc: 'west', years: [1954, 1977],
    why: 'US-led Cold War defence pact in Southeast Asia.',
  },
  {
    igo: 'CENTO', name: 'Central Treaty Organization', bloc: 'west', years: [1955, 1979],
    why: 'UK-led (US-associated) Cold War defence pact in the Middle East.',
  },
];

/** Organisations one might expect on the list, and why they are not on it. */
export const NOT_BLOC_ORGANISATIONS: ReadonlyArray<{ igo: string; why: string }> = [
  { igo: 'UN', why: 'universal' },
  { igo: 'IMF', why: 'universal (Belarus a member since 1992)' },
  { igo: 'IBRD', why: 'universal (World Bank)' },
  { igo: 'WTO', why: 'universal (Russia a member since 2012)' },
  { igo: 'OSCE', why: 'pan-European: every European and post-Soviet state, Russia and Belarus included' },
  { igo: 'EBRD', why: 'pan-European development bank with Russia and Belarus as members and borrowers' },
  { igo: 'EAPC', why: "NATO's partnership council open to every OSCE state; Russia and Belarus are members" },
  { igo: 'Wassen', why: 'export-control regime that includes Russia' },
  { igo: 'SCO', why: 'led jointly by China and Russia: a third (China/other) bloc in C16, not Russia-led' },
  { igo: 'BSEC', why: 'sub-regional (Black Sea), members from both sides' },
  { igo: 'CBSS', why: 'sub-regional (Baltic Sea), members from both sides' },
  { igo: 'CEI', why: 'sub-regional (Central Europe), members from both sides incl. Belarus' },
  { igo: 'WEU', why: 'every full member was also a NATO and EC/EU member; its defence role passed to NATO and its operations to the EU (1999–2000), so counting it would count the same alignment twice' },
  { igo: 'ECSC', why: 'one of the European Communities, same members as the EEC (counted once, as EEC)' },
  { igo: 'EURATOM', why: 'one of the European Communities, same members as the EEC (counted once, as EEC)' },
  { igo: 'ECB', why: 'EU institution (euro area), counted through the EU' },
  { igo: 'EIB', why: 'EU bank, counted through the EU' },
  { igo: 'EMI', why: 'EU institution (forerunner of the ECB), counted through the EU' },
  { igo: 'SCHENGEN', why: 'EU-related group, counted through the EU' },
  { igo: 'IEA', why: 'OECD agency, counted through the OECD' },
  { igo: 'ISB', why: 'CIS agency (Interstate Bank), counted through the CIS' },
  { igo: 'RCFC', why: 'CIS agency (Regional Commonwealth in the Field of Communications), counted through the CIS' },
  { igo: 'ITVRC', why: 'CIS agency (TV and radio company Mir), counted through the CIS' },
  { igo: 'EAPO', why: 'technical body of CIS states (Eurasian Patent Organization), counted through the CIS' },
  { igo: 'IBEC', why: 'CMEA bank, counted through the CMEA' },
  { igo: 'JINR', why: 'scientific institute of the socialist states (Dubna); technical, like CERN on the Western side' },
  { igo: 'OCR', why: 'railway body of the socialist states, now with Asian members; technical' },
  { igo: 'Iocean', why: 'seabed-mining consortium of socialist states; technical' },
];

export const BLOC_IGOS: readonly string[] = BLOC_ORGANISATIONS.map((o) => o.igo);

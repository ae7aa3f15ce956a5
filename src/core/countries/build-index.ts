// Builds the lookup structures of the country resolver from the raw code tables (pure; no I/O).
// Order: entities from countrycode (ISO3 rows, then the historical rows named in historical-entities.ts) →
// COW/G-W codes claimed by those entities → entities for unclaimed list codes (COW245, GW563) → what each COW/G-W
// code means in which years, and the entities' spans of existence from the list spells → names from every table
// → lookup maps.
import { InputError } from '../errors.js';
import { AMBIGUOUS_NAMES, EXTRA_NAMES, GROUP_NAMES, LEGACY_ALPHA3, LEGACY_ISO_NUMERIC, SECONDARY_NAMES } from './aliases.js';
import { CODELIST_CODE_FIXES, COW_SHARED, GW_SHARED, type SharedCode } from './code-periods.js';
import { ENTITY_DEFINITIONS, type EntityDefinition } from './historical-entities.js';
import { nameForms, normalizeName, reducedKey } from './normalize.js';
import { SUCCESSIONS } from './successions.js';
import {
  COUNTRY_TABLE_FILES,
  type CountryTables,
  type CsvRow,
  type EntityKind,
  type StateRecord,
  type Succession,
  type YearSpan,
} from './types.js';

/** How far a name is trusted when two entities claim it: the higher tier wins, equal tiers make it ambiguous. */
export const Tier = { Derived: 1, Source: 2, Primary: 3, Extra: 4, Ambiguous: 5 } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

/** Every entity a name key stands for, with the tier of its best source; the top tier wins (see lookup.ts). */
export type NameEntry = Map<string, Tier>;

/** A COW or G-W code's meaning over a range of years (inclusive; `null` = open). */
export interface ResolvedPeriod {
  from: number | null;
  to: number | null;
  code: string;
}

export interface CountryIndex {
  records: StateRecord[];
  byCode: Map<string, StateRecord>;
  /** Upper-case alpha codes (canonical, ISO3, ISO2, World Bank, legacy) → canonical code. */
  alpha: Map<string, string>;
  cow: Map<number, ResolvedPeriod[]>;
  gw: Map<number, ResolvedPeriod[]>;
  imf: Map<number, string>;
  isoNumeric: Map<number, string>;
  un: Map<number, string>;
  wb: Map<string, string>;
  /** Normalised full name → entities. */
  names: Map<string, NameEntry>;
  /** Order-free reduced key (normalize.ts) → entities; consulted when `names` has no entry. */
  reducedNames: Map<string, NameEntry>;
  /** Aggregate codes (World Bank, IMF DOTS) → their publisher's name. */
  aggregates: Map<string, string>;
  /** Normalised names of groups and aggregates. */
  groupNames: Set<string>;
  successors: Map<string, Succession[]>;
  predecessors: Map<string, Succession[]>;
}

interface Spell {
  name: string;
  start: string;
  end: string;
}

interface StateList {
  label: string;
  /** The list's last date (2016-12-31 COW, 2017-12-31 G-W): a spell ending then is still running. */
  last: string;
  spells: Map<number, Spell[]>;
}

interface Draft {
  code: string;
  name: string;
  iso3: string | null;
  iso2: string | null;
  isoNumeric: number | null;
  cow: number | null;
  gw: number | null;
  imf: number | null;
  wb: string | null;
  un: number | null;
  region: string | null;
  continent: string | null;
  definition: EntityDefinition | undefined;
  inStateList: boolean;
  names: { text: string; tier: Tier; parentheticalIsName: boolean }[];
}

function cell(row: CsvRow, column: string): string {
  const value = (row[column] ?? '').trim();
  return value === 'NA' ? '' : value;
}

function intCell(table: keyof CountryTables, index: number, row: CsvRow, column: string): number | null {
  const value = cell(row, column);
  if (value === '') return null;
  if (!/^-?\d+$/.test(value)) {
    throw new InputError(
      { file: COUNTRY_TABLE_FILES[table], field: column },
      `data row ${index + 1}: "${value}" is not an integer code`,
      'restore the file from data/sources.json or fix the cell',
    );
  }
  return Number(value);
}

function pad(n: number | null, width: number): string {
  return String(n ?? 1).padStart(width, '0');
}

function readCowList(rows: readonly CsvRow[]): StateList {
  const spells = new Map<number, Spell[]>();
  rows.forEach((row, i) => {
    const ccode = intCell('cowStates', i, row, 'ccode')!;
    const date = (y: string, m: string, d: string) =>
      `${pad(intCell('cowStates', i, row, y), 4)}-${pad(intCell('cowStates', i, row, m), 2)}-${pad(intCell('cowStates', i, row, d), 2)}`;
    const spell = { name: cell(row, 'statenme'), start: date('styear', 'stmonth', 'stday'), end: date('endyear', 'endmonth', 'endday') };
    spells.set(ccode, [...(spells.get(ccode) ?? []), spell]);
  });
  return withBounds('COW', spells);
}

function readGwList(rows: readonly CsvRow[]): StateList {
  const spells = new Map<number, Spell[]>();
  rows.forEach((row, i) => {
    const gwcode = intCell('gwStates', i, row, 'gwcode')!;
    const spell = { name: cell(row, 'statename'), start: cell(row, 'startdate'), end: cell(row, 'enddate') };
    for (const [field, value] of [['startdate', spell.start], ['enddate', spell.end]] as const) {
      if (!/^\d{4}-\d\d-\d\d$/.test(value)) {
        throw new InputError({ file: COUNTRY_TABLE_FILES.gwStates, field }, `data row ${i + 1}: "${value}" is not a YYYY-MM-DD date`);
      }
    }
    spells.set(gwcode, [...(spells.get(gwcode) ?? []), spell]);
  });
  return withBounds('G-W', spells);
}

function withBounds(label: string, spells: Map<number, Spell[]>): StateList {
  const last = [...spells.values()].flat().reduce((m, s) => (s.end > m ? s.end : m), '0000');
  for (const list of spells.values()) list.sort((a, b) => a.start.localeCompare(b.start));
  return { label, last, spells };
}

const year = (date: string) => Number(date.slice(0, 4));

const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

function put(map: Map<string, NameEntry>, key: string, code: string, tier: Tier): void {
  if (!key) return;
  const owners = map.get(key) ?? new Map<string, Tier>();
  if (tier > (owners.get(code) ?? 0)) owners.set(code, tier);
  map.set(key, owners);
}

function draftFromCodelist(row: CsvRow, i: number, code: string, definition: EntityDefinition | undefined): Draft {
  const int = (column: string) => intCell('codelist', i, row, column);
  const fix = CODELIST_CODE_FIXES[cell(row, 'iso3c')] ?? {};
  const cow = 'cow' in fix ? fix.cow ?? null : int('cown');
  const gw = 'gw' in fix ? fix.gw ?? null : int('gwn');
  const draft: Draft = {
    code,
    name: definition?.name ?? cell(row, 'country_name_en'),
    iso3: definition ? definition.iso3 ?? null : cell(row, 'iso3c') || null,
    iso2: cell(row, 'iso2c') || null,
    isoNumeric: definition?.isoNumeric ?? int('iso3n'),
    cow,
    gw,
    imf: int('imf'),
    wb: cell(row, 'wb') || null,
    un: int('un'),
    region: cell(row, 'region') || definition?.region || null,
    continent: cell(row, 'continent') || definition?.continent || null,
    definition,
    inStateList: false,
    names: [],
  };
  for (const column of ['country_name_en', 'iso_name_en', 'un_name_en', 'un_name_ru']) {
    const text = cell(row, column);
    if (text) draft.names.push({ text, tier: Tier.Primary, parentheticalIsName: false });
  }
  // The cow_name of a row whose COW code was corrected belongs to another entity (Vatican City → "Papal States").
  const cowName = cell(row, 'cow_name');
  if (cowName && !('cow' in fix)) draft.names.push({ text: cowName, tier: Tier.Source, parentheticalIsName: false });
  return draft;
}

function draftFromDefinition(definition: EntityDefinition): Draft {
  return {
    code: definition.code,
    name: definition.name,
    iso3: definition.iso3 ?? null,
    iso2: null,
    isoNumeric: definition.isoNumeric ?? null,
    cow: null,
    gw: null,
    imf: null,
    wb: null,
    un: null,
    region: definition.region ?? null,
    continent: definition.continent ?? null,
    definition,
    inStateList: false,
    names: [],
  };
}

function emptyDraft(code: string, name: string): Draft {
  return {
    code, name, iso3: null, iso2: null, isoNumeric: null, cow: null, gw: null, imf: null, wb: null, un: null,
    region: null, continent: null, definition: undefined, inStateList: false, names: [],
  };
}

function resolveScheme(
  scheme: 'cow' | 'gw',
  list: StateList,
  shared: Readonly<Record<number, SharedCode>>,
  drafts: Map<string, Draft>,
  existence: Map<string, YearSpan[]>,
): Map<number, ResolvedPeriod[]> {
  const claims = new Map<number, string>();
  for (const d of drafts.values()) {
    const n = d[scheme];
    if (n === null || n in shared) continue;
    const other = claims.get(n);
    if (other !== undefined) throw new Error(`core/countries: ${list.label} code ${n} is claimed by both ${other} and ${d.code}`);
    claims.set(n, d.code);
  }
  const numbers = new Set([...list.spells.keys(), ...claims.keys(), ...Object.keys(shared).map(Number)]);
  const out = new Map<number, ResolvedPeriod[]>();
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const periods = shared[n]?.periods ?? [{ from: null, to: null, code: claims.get(n)! }];
    const resolved: ResolvedPeriod[] = [];
    for (const p of periods) {
      const draft = drafts.get(p.code);
      if (!draft) throw new Error(`core/countries: ${list.label} code ${n} maps to ${p.code}, which is not an entity`);
      resolved.push({ from: p.from, to: p.to, code: p.code });
      for (const spell of list.spells.get(n) ?? []) {
        draft.inStateList = true;
        const spanFrom = maxOf(p.from, year(spell.start))!;
        const spanTo = minOf(p.to, spell.end >= list.last ? null : year(spell.end));
        if (spanTo === null || spanFrom <= spanTo) existence.set(p.code, [...(existence.get(p.code) ?? []), { from: spanFrom, to: spanTo }]);
      }
      if (draft[scheme] === null) draft[scheme] = n;
    }
    out.set(n, resolved);
    const named = shared[n]?.namedEntity ?? claims.get(n);
    const draft = named === undefined ? undefined : drafts.get(named);
    for (const spell of list.spells.get(n) ?? []) {
      draft?.names.push({ text: spell.name, tier: Tier.Source, parentheticalIsName: true });
    }
  }
  return out;
}

export function buildCountryIndex(tables: CountryTables): CountryIndex {
  const cowList = readCowList(tables.cowStates);
  const gwList = readGwList(tables.gwStates);
  const drafts = new Map<string, Draft>();
  const add = (d: Draft) => {
    if (drafts.has(d.code)) throw new Error(`core/countries: two entities with code ${d.code}`);
    drafts.set(d.code, d);
  };

  const byCodelistName = new Map(ENTITY_DEFINITIONS.filter((d) => d.codelistName).map((d) => [d.codelistName!, d]));
  tables.codelist.forEach((row, i) => {
    const iso3 = cell(row, 'iso3c');
    const definition = iso3 ? undefined : byCodelistName.get(cell(row, 'country_name_en'));
    let code = iso3 || definition?.code;
    if (!code) {
      const cown = intCell('codelist', i, row, 'cown');
      const gwn = intCell('codelist', i, row, 'gwn');
      if (cown !== null) code = `COW${cown}`;
      else if (gwn !== null) code = `GW${gwn}`;
      else return; // placeholders and polities in neither state list: see CODELIST_ROWS_SKIPPED
    }
    add(draftFromCodelist(row, i, code, definition));
  });
  for (const definition of ENTITY_DEFINITIONS) if (!drafts.has(definition.code)) add(draftFromDefinition(definition));

  // List codes no entity claims: COW states without a countrycode row, then G-W codes (same number = same state).
  const claimed = (scheme: 'cow' | 'gw', n: number) => [...drafts.values()].some((d) => d[scheme] === n);
  for (const [n, spells] of cowList.spells) {
    if (n in COW_SHARED || claimed('cow', n)) continue;
    const d = emptyDraft(`COW${n}`, spells[0]!.name);
    d.cow = n;
    add(d);
  }
  for (const [n, spells] of gwList.spells) {
    if (n in GW_SHARED || claimed('gw', n)) continue;
    const twin = [...drafts.values()].find((d) => d.cow === n && d.gw === null && !(n in COW_SHARED));
    if (twin) twin.gw = n;
    else {
      const d = emptyDraft(`GW${n}`, spells[0]!.name);
      d.gw = n;
      add(d);
    }
  }

  const existence = new Map<string, YearSpan[]>();
  const cow = resolveScheme('cow', cowList, COW_SHARED, drafts, existence);
  const gw = resolveScheme('gw', gwList, GW_SHARED, drafts, existence);

  const aggregates = new Map<string, string>();
  tables.dotsNames.forEach((row, i) => {
    const code = cell(row, 'iso3');
    const name = cell(row, 'imf_dots_name');
    const draft = drafts.get(code);
    if (!draft) {
      if (cell(row, 'is_reporter') === '1') {
        throw new InputError({ file: COUNTRY_TABLE_FILES.dotsNames, field: 'iso3' }, `data row ${i + 1}: "${code}" is not a known entity`, 'add it to src/core/countries/historical-entities.ts');
      }
      aggregates.set(code, name);
      return;
    }
    if (name) draft.names.push({ text: name, tier: Tier.Source, parentheticalIsName: false });
    draft.imf ??= intCell('dotsNames', i, row, 'imf_code');
  });
  const byWb = new Map([...drafts.values()].filter((d) => d.wb).map((d) => [d.wb!, d]));
  for (const row of tables.wdiCodes) {
    const code = cell(row, 'country_code');
    const name = cell(row, 'country_name');
    const draft = byWb.get(code);
    if (draft) draft.names.push({ text: name, tier: Tier.Source, parentheticalIsName: false });
    else aggregates.set(code, name);
  }
  for (const [code, names] of Object.entries(EXTRA_NAMES)) {
    const draft = drafts.get(code);
    if (!draft) throw new Error(`core/countries: aliases.ts names unknown entity ${code}`);
    for (const text of names) draft.names.push({ text, tier: Tier.Extra, parentheticalIsName: false });
  }
  for (const [code, names] of Object.entries(SECONDARY_NAMES)) {
    const draft = drafts.get(code);
    if (!draft) throw new Error(`core/countries: aliases.ts names unknown entity ${code}`);
    for (const text of names) draft.names.push({ text, tier: Tier.Derived, parentheticalIsName: false });
  }

  const records: StateRecord[] = [...drafts.values()]
    .map((d) => finishRecord(d, existence.get(d.code)))
    .sort((a, b) => a.code.localeCompare(b.code));
  const byCode = new Map(records.map((r) => [r.code, r]));

  const names = new Map<string, NameEntry>();
  const reducedNames = new Map<string, NameEntry>();
  for (const d of drafts.values()) {
    for (const n of d.names) {
      for (const form of nameForms(n.text, n.parentheticalIsName)) {
        const tier = form.derived ? Tier.Derived : n.tier;
        const key = normalizeName(form.text);
        put(names, key, d.code, tier);
        put(reducedNames, reducedKey(key), d.code, tier > Tier.Primary ? Tier.Primary : tier);
      }
    }
  }
  for (const [text, codes] of Object.entries(AMBIGUOUS_NAMES)) {
    for (const code of codes) {
      if (!byCode.has(code)) throw new Error(`core/countries: ambiguous name "${text}" lists unknown entity ${code}`);
      put(names, normalizeName(text), code, Tier.Ambiguous);
    }
  }

  return {
    records,
    byCode,
    alpha: alphaCodes(drafts),
    cow,
    gw,
    imf: uniqueMap(records, 'imf', 'IMF'),
    isoNumeric: withLegacy(uniqueMap(records, 'isoNumeric', 'ISO numeric'), LEGACY_ISO_NUMERIC),
    un: uniqueMap(records, 'un', 'UN M49'),
    wb: wbCodes(records),
    names,
    reducedNames,
    aggregates,
    groupNames: new Set([...GROUP_NAMES, ...aggregates.values()].map(normalizeName)),
    ...successionMaps(byCode),
  };
}

/** Sorted spans with overlapping or adjacent years joined (COW and G-W date the same state differently). */
function mergeSpans(spans: YearSpan[]): YearSpan[] {
  const sorted = [...spans].sort((a, b) => a.from! - b.from!);
  const out: YearSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && (last.to === null || span.from! <= last.to + 1)) last.to = last.to === null || span.to === null ? null : Math.max(last.to, span.to);
    else out.push({ ...span });
  }
  return out;
}

function finishRecord(d: Draft, listSpans: YearSpan[] | undefined): StateRecord {
  const spans = listSpans?.length
    ? mergeSpans(listSpans)
    : [{ from: d.definition?.startYear ?? null, to: d.definition?.endYear ?? null }];
  const startYear = spans[0]!.from;
  const endYear = spans[spans.length - 1]!.to;
  const kind: EntityKind = d.definition?.kind ?? (d.inStateList ? 'state' : 'territory');
  const aliases: string[] = [];
  for (const text of [d.name, ...d.names.map((n) => n.text)]) if (!aliases.includes(text)) aliases.push(text);
  return {
    code: d.code,
    name: d.name,
    iso3: d.iso3,
    isoNumeric: d.isoNumeric,
    cow: d.cow,
    gw: d.gw,
    imf: d.imf,
    wb: d.wb,
    un: d.un,
    startYear,
    endYear,
    spans,
    historical: endYear !== null,
    kind,
    region: d.region,
    continent: d.continent,
    aliases,
  };
}

function alphaCodes(drafts: Map<string, Draft>): Map<string, string> {
  const alpha = new Map<string, string>();
  for (const d of drafts.values()) alpha.set(d.code.toUpperCase(), d.code);
  const addIfFree = (key: string | null, code: string) => {
    if (key && !alpha.has(key.toUpperCase())) alpha.set(key.toUpperCase(), code);
  };
  for (const d of drafts.values()) {
    addIfFree(d.iso3, d.code);
    addIfFree(d.wb, d.code);
    addIfFree(d.iso2, d.code);
  }
  for (const [legacy, code] of Object.entries(LEGACY_ALPHA3)) {
    if (!drafts.has(code)) throw new Error(`core/countries: legacy code ${legacy} maps to unknown entity ${code}`);
    addIfFree(legacy, code);
  }
  return alpha;
}

function wbCodes(records: StateRecord[]): Map<string, string> {
  const wb = new Map<string, string>();
  for (const r of records) if (r.wb) wb.set(r.wb, r.code);
  for (const [legacy, code] of Object.entries(LEGACY_ALPHA3)) if (!wb.has(legacy)) wb.set(legacy, code);
  return wb;
}

function uniqueMap(records: StateRecord[], field: 'imf' | 'isoNumeric' | 'un', label: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const r of records) {
    const n = r[field];
    if (n === null) continue;
    const other = map.get(n);
    if (other !== undefined) throw new Error(`core/countries: ${label} code ${n} is used by both ${other} and ${r.code}`);
    map.set(n, r.code);
  }
  return map;
}

function withLegacy(map: Map<number, string>, legacy: Readonly<Record<number, string>>): Map<number, string> {
  for (const [n, code] of Object.entries(legacy)) if (!map.has(Number(n))) map.set(Number(n), code);
  return map;
}

function successionMaps(byCode: Map<string, StateRecord>) {
  const successors = new Map<string, Succession[]>();
  const predecessors = new Map<string, Succession[]>();
  for (const { from, to, year } of SUCCESSIONS) {
    for (const code of [from, to]) {
      if (!byCode.has(code)) throw new Error(`core/countries: successions.ts names unknown entity ${code}`);
    }
    successors.set(from, [...(successors.get(from) ?? []), { code: to, year }]);
    predecessors.set(to, [...(predecessors.get(to) ?? []), { code: from, year }]);
  }
  return { successors, predecessors };
}

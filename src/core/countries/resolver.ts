// The one country resolver every importer and command uses: codes of every scheme, names in many spellings, and
// the state system over time (COW v2016, Gleditsch–Ward 1999, countrycode v1.8.0). Pure: build it from tables
// read by src/importers/load-country-tables.ts. Decisions on codes: docs/decisions/0001-country-codes.md.
import { buildCountryIndex, type CountryIndex } from './build-index.js';
import { codeInYear, codeOfAlpha, isGroupName, recordExistedIn } from './lookup.js';
import { chooseOne, matchQuery, resolveQuery, type ResolveOptions } from './resolve-query.js';
import { rankByName } from './suggest.js';
import type { CountryTables, StateRecord, Succession } from './types.js';

export type { ResolveOptions } from './resolve-query.js';

export class CountryResolver {
  readonly #index: CountryIndex;

  private constructor(index: CountryIndex) {
    this.#index = index;
  }

  /** Builds the resolver; throws if the tables contradict each other (e.g. two entities claim one COW code). */
  static fromTables(tables: CountryTables): CountryResolver {
    return new CountryResolver(buildCountryIndex(tables));
  }

  /** Every entity (states, historical states, territories, groupings), sorted by code. */
  all(): StateRecord[] {
    return [...this.#index.records];
  }

  /** The entity with this canonical code (any case). */
  get(code: string): StateRecord | undefined {
    return this.#index.byCode.get(code) ?? this.#index.byCode.get(code.trim().toUpperCase());
  }

  /**
   * Canonical code for a canonical code, an ISO alpha-3 or alpha-2 code, a World Bank code, or a legacy code
   * (ROM→ROU, ZAR→COD, TMP→TLS, KSV→XKX…), any case. `undefined` for aggregates and unknown codes.
   */
  code(isoLike: string): string | undefined {
    return codeOfAlpha(this.#index, isoLike);
  }

  /**
   * The entity COW code `ccode` stands for in `year`. The year matters only for codes that changed meaning:
   * 365 is SUN to 1991 and RUS from 1992; 345 is SRB to 1918, YUG 1919–1991, SCG 1992–2005, SRB from 2006;
   * 255 and 260 are both DEU. Every other code gives its entity in any year, also outside its COW spells, because
   * sources use codes there (UNGA: 369/370 for the Ukrainian and Byelorussian SSRs from 1946; ATOP: 240 Hanover
   * in 1815; SIPRI: 265 GDR in 1950): test `existedIn(code, year)` for state-system membership. Older states
   * without ISO codes are `COW<ccode>` (245 → COW245 Bavaria). `undefined` only for codes COW never used.
   */
  fromCow(ccode: number, year: number): string | undefined {
    return codeInYear(this.#index.cow.get(ccode), year);
  }

  /** As `fromCow`, for Gleditsch–Ward codes (345 is YUG to 1991, SCG from 1992; 340 SRB; 678 YAR to 1989, YEM from 1990). */
  fromGw(gwcode: number, year: number): string | undefined {
    return codeInYear(this.#index.gw.get(gwcode), year);
  }

  /** The entity with this IMF/IFS code (Belarus 913). */
  fromImf(code: number): string | undefined {
    return this.#index.imf.get(code);
  }

  /** The entity with this ISO 3166 numeric code, including withdrawn ones (810 SUN, 278 DDR, 280 DEU). */
  fromIsoNumeric(n: number): string | undefined {
    return this.#index.isoNumeric.get(n);
  }

  /** The entity with this World Bank code; `undefined` for aggregates (WLD, EUU, ECS …: see `isAggregate`). */
  fromWb(code: string): string | undefined {
    return this.#index.wb.get(code.trim().toUpperCase());
  }

  /** True for World Bank and IMF DOTS aggregate codes (WLD, EUU, ECS, HIC …), which are not entities. */
  isAggregate(code: string): boolean {
    return this.#index.aggregates.has(code.trim().toUpperCase());
  }

  /** True for names of regions, country groups and residual rows ("Other CIS", "Total World", "EU", "OPEC"). */
  isGroupName(name: string): boolean {
    return isGroupName(this.#index, name);
  }

  /**
   * Exactly one entity for a code of any scheme or a name. Codes: canonical/ISO/WB/legacy alpha codes; numbers
   * (ISO numeric, UN, IMF, COW, G-W: "112" is ambiguous, BLR by ISO and GBR by IMF); or `scheme:value` with scheme
   * cow, gw, imf, iso, un, wb ("cow:370"). Names are compared after normalisation (case, diacritics, punctuation,
   * "the", "Rep. of", word order). `year` chooses among entities sharing a name or code; without it, entities
   * that still exist win over historical ones.
   * @throws CountryLookupError 'unknown' with the 5 closest names (none for group names such as "Other CIS"), or
   *   'ambiguous' listing every match ("Congo": COG, COD).
   */
  resolve(query: string, options?: ResolveOptions): StateRecord {
    return resolveQuery(this.#index, query, options);
  }

  /** Entities best matching `query`: exact matches first, then by name similarity. */
  search(query: string, limit = 10): StateRecord[] {
    const exact = matchQuery(this.#index, query);
    let first: string[] = exact;
    if (exact.length > 1) {
      try {
        first = [chooseOne(this.#index, query, exact).code];
      } catch {
        first = exact;
      }
    }
    const codes = [...new Set([...first, ...exact, ...rankByName(this.#index, query, limit).map((r) => r.code)])];
    return codes.slice(0, Math.max(0, limit)).map((c) => this.#index.byCode.get(c)!);
  }

  /** Entities that took over from `code`, with the year ("SUN" → the 15 post-Soviet states, 1991). */
  successors(code: string): Succession[] {
    return (this.#index.successors.get(code) ?? []).map((s) => ({ ...s }));
  }

  /** Entities `code` took over from ("DEU" ← DDR 1990). */
  predecessors(code: string): Succession[] {
    return (this.#index.predecessors.get(code) ?? []).map((s) => ({ ...s }));
  }

  /** True when `year` lies in one of the entity's spans of existence (`StateRecord.spans`; gaps count as absent). */
  existedIn(code: string, year: number): boolean {
    const record = this.get(code);
    return record !== undefined && recordExistedIn(record, year);
  }
}

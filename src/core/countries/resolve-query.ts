// Turns free user or source text (a code of any scheme, or a name) into exactly one entity, or a CountryLookupError
// that lists what the user may have meant.
import { CountryLookupError } from '../errors.js';
import type { CountryIndex } from './build-index.js';
import { codeOfAlpha, codesOfName, codesOfNumber, codesOfScheme, isGroupName, recordExistedIn } from './lookup.js';
import { rankByName } from './suggest.js';
import type { StateRecord } from './types.js';

export interface ResolveOptions {
  /** Chooses between entities that share a name or code ("Korea" in 1900; COW 365 in 1991 vs 1992). */
  year?: number;
}

const SUGGESTIONS = 5;

/** How an entity is listed in errors: "Belarus (BLR)". */
export function describeRecord(record: StateRecord): string {
  return `${record.name} (${record.code})`;
}

/** All entities the query can mean, before choosing: codes (`scheme:value`, numbers, alpha codes), then names. */
export function matchQuery(index: CountryIndex, query: string, year?: number): string[] {
  const text = query.trim();
  if (!text) return [];
  const prefixed = /^([a-z0-9]+)\s*:\s*(.+)$/i.exec(text);
  if (prefixed) {
    const codes = codesOfScheme(index, prefixed[1]!, prefixed[2]!.trim(), year);
    if (codes) return codes;
  }
  if (/^\d+$/.test(text)) return codesOfNumber(index, Number(text), year);
  const code = codeOfAlpha(index, text);
  if (code) return [code];
  const byName = codesOfName(index, text, year);
  // "East Germany (GDR)": an aside the index does not know may be dropped, never guessed from ("Hamas (Palestine)").
  const bare = text.replace(/\s*[([][^)\]]*[)\]]/g, '').trim();
  return byName.length || !bare || bare === text ? byName : codesOfName(index, bare, year);
}

/**
 * One entity out of several: with a year, the ones that existed then; without, the ones that still exist
 * (so "Vietnam" is VNM, not the G-W pre-1893 Vietnam). More than one left is an ambiguity.
 */
export function chooseOne(index: CountryIndex, query: string, codes: readonly string[], year?: number): StateRecord {
  let records = [...new Set(codes)].map((c) => index.byCode.get(c)!);
  if (records.length > 1) {
    const kept = year === undefined ? records.filter((r) => !r.historical) : records.filter((r) => recordExistedIn(r, year));
    if (kept.length) records = kept;
  }
  if (records.length === 1) return records[0]!;
  throw new CountryLookupError(query, 'ambiguous', records.map(describeRecord));
}

export function resolveQuery(index: CountryIndex, query: string, options: ResolveOptions = {}): StateRecord {
  const codes = matchQuery(index, query, options.year);
  if (codes.length) return chooseOne(index, query, codes, options.year);
  if (isGroupName(index, query)) throw new CountryLookupError(query, 'unknown', []);
  const candidates = rankByName(index, query, SUGGESTIONS).map((r) => describeRecord(index.byCode.get(r.code)!));
  throw new CountryLookupError(query, 'unknown', candidates);
}

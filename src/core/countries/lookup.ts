// Exact lookups over a built country index: codes of each scheme, names, and the state system by year.
import { GROUP_PREFIX } from './aliases.js';
import type { CountryIndex, NameEntry, ResolvedPeriod } from './build-index.js';
import { normalizeName, reducedKey } from './normalize.js';
import type { StateRecord } from './types.js';

/** The entity holding a COW or G-W code in `year`, if any. */
export function codeInYear(periods: readonly ResolvedPeriod[] | undefined, year: number): string | undefined {
  return periods?.find((p) => (p.from === null || p.from <= year) && (p.to === null || year <= p.to))?.code;
}

/** True when `year` lies in one of the record's spans (so not in gaps such as Estonia 1941–1990). */
export function recordExistedIn(record: StateRecord, year: number): boolean {
  return record.spans.some((s) => (s.from ?? -Infinity) <= year && year <= (s.to ?? Infinity));
}

/** Canonical code for a canonical, ISO3, ISO2, World Bank or legacy alpha code (any case). */
export function codeOfAlpha(index: CountryIndex, text: string): string | undefined {
  return index.alpha.get(text.trim().toUpperCase());
}

/** Every entity a bare number can mean: ISO numeric, UN M49, IMF, COW and G-W (in `year`, or ever). */
export function codesOfNumber(index: CountryIndex, n: number, year?: number): string[] {
  const codes = new Set<string>();
  for (const map of [index.isoNumeric, index.un, index.imf]) {
    const code = map.get(n);
    if (code) codes.add(code);
  }
  for (const periods of [index.cow.get(n), index.gw.get(n)]) {
    if (year === undefined) for (const p of periods ?? []) codes.add(p.code);
    else {
      const code = codeInYear(periods, year);
      if (code) codes.add(code);
    }
  }
  return [...codes];
}

/** Codes for `scheme:value` queries ("cow:365", "imf:913", "iso:112", "wb:XKX"). */
export function codesOfScheme(index: CountryIndex, scheme: string, value: string, year?: number): string[] | undefined {
  const n = /^\d+$/.test(value) ? Number(value) : undefined;
  const one = (code: string | undefined) => (code ? [code] : []);
  switch (scheme.toLowerCase()) {
    case 'cow':
    case 'gw': {
      if (n === undefined) return [];
      const periods = (scheme.toLowerCase() === 'cow' ? index.cow : index.gw).get(n);
      return year === undefined ? [...new Set((periods ?? []).map((p) => p.code))] : one(codeInYear(periods, year));
    }
    case 'imf':
      return n === undefined ? [] : one(index.imf.get(n));
    case 'iso':
    case 'isonum':
      return n === undefined ? one(codeOfAlpha(index, value)) : one(index.isoNumeric.get(n));
    case 'un':
      return n === undefined ? [] : one(index.un.get(n));
    case 'wb':
      return one(index.wb.get(value.toUpperCase()));
    case 'iso2':
    case 'iso3':
      return one(codeOfAlpha(index, value));
    default:
      return undefined;
  }
}

function topTier(owners: NameEntry, keep: (code: string) => boolean): string[] {
  let best = 0;
  let codes: string[] = [];
  for (const [code, tier] of owners) {
    if (!keep(code) || tier < best) continue;
    if (tier > best) codes = [];
    best = tier;
    codes.push(code);
  }
  return codes;
}

/**
 * Entities a name stands for: the full normalised key first, then the order-free reduced key; among the owners
 * of a key the best-sourced win. With a year in which none of those existed, the best-sourced owner that did
 * exist is taken instead ("Vietnam" in 1850 is G-W's pre-colonial Vietnam, "Yemen" in 1980 the Yemen Arab Republic).
 */
export function codesOfName(index: CountryIndex, name: string, year?: number): string[] {
  const key = normalizeName(name);
  if (!key) return [];
  const owners = index.names.get(key) ?? index.reducedNames.get(reducedKey(key));
  if (!owners) return [];
  const codes = topTier(owners, () => true);
  if (year === undefined) return codes;
  const existed = (code: string) => recordExistedIn(index.byCode.get(code)!, year);
  if (codes.some(existed)) return codes;
  const alive = topTier(owners, existed);
  return alive.length ? alive : codes;
}

/** True for names of regions, groups and aggregates ("Other CIS", "Total World", "EU", "Euro area"). */
export function isGroupName(index: CountryIndex, name: string): boolean {
  const key = normalizeName(name);
  return index.groupNames.has(key) || GROUP_PREFIX.test(key);
}

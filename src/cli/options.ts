// Parsing of option values shared by commands: years, sources and countries, each with a clear usage error.
import { UsageError } from '../core/errors.js';
import type { CountryResolver } from '../core/countries/resolver.js';
import { TRADE_SOURCES, type TradeSource } from '../metrics/types.js';

export function parseYear(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || !Number.isInteger(year)) throw new UsageError(`${flag} must be a four-digit year, got "${value}"`);
  return year;
}

export function parseSource(value: string | undefined): TradeSource {
  if (value === undefined) return 'default';
  if (!(TRADE_SOURCES as readonly string[]).includes(value)) {
    throw new UsageError(`--source must be one of ${TRADE_SOURCES.join(', ')}, got "${value}"`);
  }
  return value as TradeSource;
}

export function parseCount(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} must be a positive integer, got "${value}"`);
  return n;
}

/**
 * A country option resolved to its canonical code (names, ISO3, COW, …); undefined when not given. A value naming one
 * of `groups` (country group ids such as EU, any case) is returned as that id before any country lookup.
 */
export function parseCountry(
  countries: CountryResolver, value: string | undefined, year?: number, groups: ReadonlySet<string> = new Set(),
): string | undefined {
  if (value === undefined) return undefined;
  const group = value.trim().toUpperCase();
  if (groups.has(group)) return group;
  return countries.resolve(value, { year }).code;
}

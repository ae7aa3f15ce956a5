// Shared parameter schemas (zod) of the API: years, sources, counts, country and metric ids.
import { z } from 'zod';
import { TRADE_SOURCES } from '../metrics/types.js';

export const yearParam = z
  .string()
  .regex(/^\d{4}$/, 'expected a four-digit year')
  .transform(Number)
  .describe('a year, e.g. 2013');

export const sourceParam = z.enum(TRADE_SOURCES as unknown as [string, ...string[]]).default('default').describe('trade source');

export const countParam = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^[1-9]\d*$/, 'expected a positive integer')
    .transform(Number)
    .refine((n) => n <= max, `must be at most ${max}`)
    .optional()
    .transform((n) => n ?? fallback)
    .describe(`a positive integer up to ${max} (default ${fallback})`);

/** A country name or code of any scheme (BLR, Belarus, cow:370); resolved by the handler. */
export const countryParam = z.string().trim().min(1, 'must not be empty').max(80, 'at most 80 characters').describe('country name or code (BLR, Belarus, cow:370)');

export const metricParam = z.string().regex(/^[a-z_]+(\.[a-z0-9_]+)+$/, 'expected a metric id such as trade.share_turnover').describe('metric id');

export const groupParam = z.string().regex(/^[A-Za-z0-9_]{1,16}$/, 'expected a group id such as EU').transform((s) => s.toUpperCase()).describe('country group id');

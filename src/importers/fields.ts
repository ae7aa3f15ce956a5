// Zod field parsers for CSV cells: every cell arrives as text; '' (empty) means missing, never zero.
import { z } from 'zod';

/** A decimal number as text (optional sign, optional exponent). */
export const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function toNumber(value: string, ctx: z.RefinementCtx, integer: boolean): number {
  const t = value.trim();
  if (!NUMBER.test(t)) {
    ctx.addIssue({ code: 'custom', message: `not a number: "${value}"` });
    return z.NEVER;
  }
  const n = Number(t);
  if (integer && !Number.isInteger(n)) {
    ctx.addIssue({ code: 'custom', message: `not an integer: "${value}"` });
    return z.NEVER;
  }
  return n;
}

/** A required number; '' is rejected. */
export const num = z.string().transform((v, ctx) => {
  if (v.trim() === '') {
    ctx.addIssue({ code: 'custom', message: 'missing value' });
    return z.NEVER;
  }
  return toNumber(v, ctx, false);
});

/** An optional number: '' and the given missing-value codes (e.g. "NA") become null. */
export function optNum(missing: readonly string[] = ['NA']) {
  return z.string().transform((v, ctx) => {
    const t = v.trim();
    if (t === '' || missing.includes(t)) return null;
    return toNumber(t, ctx, false);
  });
}

export const int = z.string().transform((v, ctx) => {
  if (v.trim() === '') {
    ctx.addIssue({ code: 'custom', message: 'missing value' });
    return z.NEVER;
  }
  return toNumber(v, ctx, true);
});

export function optInt(missing: readonly string[] = ['NA']) {
  return z.string().transform((v, ctx) => {
    const t = v.trim();
    if (t === '' || missing.includes(t)) return null;
    return toNumber(t, ctx, true);
  });
}

/** A year within a plausible range for state-system data. */
export const year = int.refine((y) => y >= 1800 && y <= 2100, { message: 'year out of range 1800–2100' });

/** Required text, trimmed. */
export const text = z.string().transform((v, ctx) => {
  const t = v.trim();
  if (t === '') {
    ctx.addIssue({ code: 'custom', message: 'missing value' });
    return z.NEVER;
  }
  return t;
});

/** Optional text: '' becomes null. */
export const optText = z.string().transform((v) => (v.trim() === '' ? null : v.trim()));

/** 0/1 flag columns; '' becomes null. */
export const flag01 = z.string().transform((v, ctx) => {
  const t = v.trim();
  if (t === '') return null;
  if (t === '1') return true;
  if (t === '0') return false;
  ctx.addIssue({ code: 'custom', message: `expected 0 or 1: "${v}"` });
  return z.NEVER;
});

/** ISO date YYYY-MM-DD; '' becomes null. */
export const optDate = z.string().transform((v, ctx) => {
  const t = v.trim();
  if (t === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t) || Number.isNaN(Date.parse(t))) {
    ctx.addIssue({ code: 'custom', message: `not a date (YYYY-MM-DD): "${v}"` });
    return z.NEVER;
  }
  return t;
});

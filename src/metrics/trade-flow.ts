// Bilateral trade as each computation reads it: one row per directed pair-year, exports and imports of the
// reporter with the partner (million current US$), and where each number came from. Two real sources
// overlap — IMF DOTS (reported by each side, to 2020) and COW Trade v4 (to 2014) — so the rule is explicit:
//   default: the reporter's own DOTS report; else the partner's mirror DOTS report (the partner's imports
//            stand in for the reporter's exports and vice versa: CIF vs FOB, unadjusted); else COW v4.
//   dots:    DOTS only (own, else mirror).      cow: COW v4 only.
// The rule applies to exports and imports separately, so one row can mix origins (see its flags).
import type { ReferenceInput, TradeSource } from './types.js';

export const DOTS_DATASET = 'imf_dots_bilateral_trade';
export const COW_DATASET = 'cow_trade_v4';

/** Origin labels, also used as flags on metric rows. */
export type TradeOrigin = 'dots_own' | 'dots_estimated' | 'dots_mirror' | 'cow';

export interface TradeFlow {
  source: TradeSource;
  year: number;
  reporter: string;
  partner: string;
  exports: number | null;
  imports: number | null;
  exports_origin: TradeOrigin | null;
  imports_origin: TradeOrigin | null;
  /** The distinct origins of the row, sorted and comma-separated: the flags of a metric using both. */
  flags: string;
}

/** Sorted distinct origins, comma-separated (same rule as the SQL's flags column). */
export function originFlags(...origins: Array<string | null>): string {
  return [...new Set(origins.filter((o): o is string => o !== null))].sort().join(',');
}

const ownOrigin = (flag: string) => `CASE WHEN ${flag} = 'estimated' THEN 'dots_estimated' ELSE 'dots_own' END`;

/** SQL for originFlags of two origin columns. */
export function sqlOriginFlags(a: string, b: string): string {
  return `CASE WHEN ${b} IS NULL OR ${a} = ${b} THEN COALESCE(${a}, '')
               WHEN ${a} IS NULL THEN ${b}
               WHEN ${a} < ${b} THEN ${a} || ',' || ${b}
               ELSE ${b} || ',' || ${a} END`;
}

/** SELECT producing the trade_flow rows of one source from the canonical trade table. */
export function tradeFlowSql(source: TradeSource): string {
  const useDots = source !== 'cow';
  const useCow = source !== 'dots';
  const pairs = [
    useDots && `SELECT year, reporter, partner FROM trade WHERE dataset = '${DOTS_DATASET}'`,
    useDots && `SELECT year, partner AS reporter, reporter AS partner FROM trade WHERE dataset = '${DOTS_DATASET}'`,
    useCow && `SELECT year, reporter, partner FROM trade WHERE dataset = '${COW_DATASET}'`,
  ].filter(Boolean);
  const pick = (own: string, ownFlag: string, mirror: string, cow: string) => {
    const value = [useDots && `o.${own}`, useDots && `m.${mirror}`, useCow && `c.${cow}`].filter(Boolean).join(', ');
    const origin = [
      useDots && `WHEN o.${own} IS NOT NULL THEN ${ownOrigin(`o.${ownFlag}`)}`,
      useDots && `WHEN m.${mirror} IS NOT NULL THEN 'dots_mirror'`,
      useCow && `WHEN c.${cow} IS NOT NULL THEN 'cow'`,
    ].filter(Boolean).join(' ');
    return { value: `COALESCE(${value})`, origin: `CASE ${origin} END` };
  };
  const ex = pick('exports', 'exports_flag', 'imports', 'exports');
  const im = pick('imports', 'imports_flag', 'exports', 'imports');
  return `
    WITH pairs AS (${pairs.join(' UNION ')}),
    resolved AS (
      SELECT p.year, p.reporter, p.partner,
             ${ex.value} AS exports, ${ex.origin} AS exports_origin,
             ${im.value} AS imports, ${im.origin} AS imports_origin
        FROM pairs p
        LEFT JOIN trade o ON o.dataset = '${DOTS_DATASET}' AND o.year = p.year AND o.reporter = p.reporter AND o.partner = p.partner
        LEFT JOIN trade m ON m.dataset = '${DOTS_DATASET}' AND m.year = p.year AND m.reporter = p.partner AND m.partner = p.reporter
        LEFT JOIN trade c ON c.dataset = '${COW_DATASET}' AND c.year = p.year AND c.reporter = p.reporter AND c.partner = p.partner
    )
    SELECT '${source}' AS source, year, reporter, partner, exports, imports, exports_origin, imports_origin,
           ${sqlOriginFlags('exports_origin', 'imports_origin')} AS flags
      FROM resolved WHERE exports IS NOT NULL OR imports IS NOT NULL`;
}

/** The same rule in pure TS over rows of the trade table (reference for tests). */
export function tradeFlowReference(input: ReferenceInput, source: TradeSource): TradeFlow[] {
  type T = { dataset: string; year: number; reporter: string; partner: string; exports: number | null; imports: number | null; exports_flag: string | null; imports_flag: string | null };
  const rows = (input.trade ?? []) as unknown as T[];
  const key = (y: number, a: string, b: string) => `${y}|${a}|${b}`;
  const dots = new Map<string, T>();
  const cow = new Map<string, T>();
  const pairs = new Map<string, [number, string, string]>();
  for (const r of rows) {
    if (r.dataset === DOTS_DATASET && source !== 'cow') {
      dots.set(key(r.year, r.reporter, r.partner), r);
      pairs.set(key(r.year, r.reporter, r.partner), [r.year, r.reporter, r.partner]);
      pairs.set(key(r.year, r.partner, r.reporter), [r.year, r.partner, r.reporter]);
    } else if (r.dataset === COW_DATASET && source !== 'dots') {
      cow.set(key(r.year, r.reporter, r.partner), r);
      pairs.set(key(r.year, r.reporter, r.partner), [r.year, r.reporter, r.partner]);
    }
  }
  const out: TradeFlow[] = [];
  for (const [year, reporter, partner] of pairs.values()) {
    const o = dots.get(key(year, reporter, partner));
    const m = dots.get(key(year, partner, reporter));
    const c = cow.get(key(year, reporter, partner));
    const pick = (own: number | null | undefined, flag: string | null | undefined, mirror: number | null | undefined, fromCow: number | null | undefined) => {
      if (own !== null && own !== undefined) return { v: own, o: (flag === 'estimated' ? 'dots_estimated' : 'dots_own') as TradeOrigin };
      if (mirror !== null && mirror !== undefined) return { v: mirror, o: 'dots_mirror' as TradeOrigin };
      if (fromCow !== null && fromCow !== undefined) return { v: fromCow, o: 'cow' as TradeOrigin };
      return { v: null, o: null };
    };
    const ex = pick(o?.exports, o?.exports_flag, m?.imports, c?.exports);
    const im = pick(o?.imports, o?.imports_flag, m?.exports, c?.imports);
    if (ex.v === null && im.v === null) continue;
    out.push({ source, year, reporter, partner, exports: ex.v, imports: im.v, exports_origin: ex.o, imports_origin: im.o, flags: originFlags(ex.o, im.o) });
  }
  return out;
}

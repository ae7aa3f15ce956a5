// The inputs of the composite metrics as stored, for recomputing them under other weights, explaining them and
// measuring rank stability: the six domain values of a pair-year (same rules as composite.dependence) and the FBIC
// sub-indices of composite.influence_capacity.
import { DOMAINS, type Domain } from '../../metrics/composite/weights.js';
import { cdiDomainSql } from '../../metrics/families/composite.js';
import { INFLUENCE_SUB_INDICES } from '../../metrics/families/influence.js';
import type { TradeSource } from '../../metrics/types.js';
import type { Database } from '../db.js';

export type DomainRecord = Record<Domain, number | null>;

const toDomains = (row: Record<string, unknown> | null | undefined): DomainRecord =>
  Object.fromEntries(DOMAINS.map((d) => [d, (row?.[d] as number | null | undefined) ?? null])) as DomainRecord;

/** The six domain values of subject on counterpart in one year (all null when the pair-year has no base row). */
export async function domainValues(db: Database, source: TradeSource, subject: string, counterpart: string, year: number): Promise<DomainRecord> {
  const row = await db.one<Record<string, unknown>>(
    `SELECT * FROM (${cdiDomainSql(source)}) AS d WHERE subject = ? AND counterpart = ? AND year = ?`, [subject, counterpart, year],
  );
  return toDomains(row);
}

/** Domain values of every pair-year matching one side: all counterparts of a subject, or all subjects on a counterpart. */
export async function domainValuesBy(db: Database, source: TradeSource, side: 'subject' | 'counterpart', code: string, year: number): Promise<Map<string, DomainRecord>> {
  const other = side === 'subject' ? 'counterpart' : 'subject';
  const rows = await db.all<Record<string, unknown>>(
    `SELECT * FROM (${cdiDomainSql(source)}) AS d WHERE ${side} = ? AND year = ? ORDER BY ${other}`, [code, year],
  );
  return new Map(rows.map((r) => [r[other] as string, toDomains(r)]));
}

/** The FBIC sub-indices of counterpart's capacity over subject in one year (null when not stored). */
export async function influenceSubIndices(db: Database, source: TradeSource, subject: string, counterpart: string, year: number) {
  const rows = await db.all<{ metric: string; source: string; value: number | null }>(
    `SELECT metric, source, value FROM metric_value
      WHERE scenario = 'baseline' AND subject = ? AND counterpart = ? AND year = ? AND metric IN (${INFLUENCE_SUB_INDICES.map(() => '?').join(', ')})`,
    [subject, counterpart, year, ...INFLUENCE_SUB_INDICES.map((s) => s.id)],
  );
  return INFLUENCE_SUB_INDICES.map((s) => ({
    key: s.key, side: s.side,
    value: rows.find((r) => r.metric === s.id && r.source === (s.usesTradeSource ? source : 'default'))?.value ?? null,
  }));
}

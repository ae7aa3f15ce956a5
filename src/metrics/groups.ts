// Country groups as counterparts (issue 4, item 1): the subject's dependence on a group (EU, CIS, EAEU, FSU15, NATO,
// WEST; membership by year in country_group, from data-src/country_groups/country_groups.csv) for the directed metrics whose value
// is additive over counterparts (MetricDefinition.additiveOverCounterparts): shares of the subject's own total (trade,
// gas supply, arms imports, immigrants, remittances) and bilateral flows over the subject's own GDP. For these,
// "Belarus's trade share with the EU in 2013" is exactly the sum of its shares with the 28 states that were EU members in
// 2013, because every member's value has the same denominator (Belarus's total trade).
//
//   V_iG(y) = Σ_{j ∈ G(y), j ≠ i} V_ij(y)
//
// Rules:
// - G(y) is the group's membership in year y (a state is a member in y when it was one on 31 December of y; see
//   data-src/country_groups/README.md). The subject itself never counts (no metric has a row with subject = counterpart), so
//   POL's share with the EU is its share with the other members.
// - Members with no row for the subject-year contribute nothing: the base metrics list only pairs present in their
//   source, and an absent pair is no flow (no trade, no gas, no deliveries), as the bases' own descriptions say.
//   A group none of whose members has a row gets no row (as in the base metric), not 0.
// - A member row with a NULL value (missing input) makes the group value NULL with the flag missing:member_values:
//   a sum with an unknown term is unknown, never a sum of the known terms.
// - low/high are summed the same way (NULL when any member's is NULL): sums of bounds bound the sum.
// - Flags: 'group' on every group row (so consumers can tell a group from a state), then missing:member_values.
//   The members' own flags (trade origins etc.) are not carried over.
// - The runner (store/metric-runner.ts) adds these rows after every metric of a run is computed, so metrics derived
//   from an additive base (Barbieri, Emerson advantage, trade-weighted openness) never read group rows.
//
// Not additive, so no group version: concentration indices (monadic), alliance and capability metrics, and the IGO
// metrics. igo.shared_share for a group would be "the share of the subject's IGOs shared with AT LEAST ONE member":
// a union over members, not a sum (an IGO shared with two members would be counted twice), which needs the IGO
// membership table rather than metric_value; left out for now.
import type { MetricRow, TradeSource } from './types.js';

/** One membership spell of country_group. */
export interface GroupSpell {
  group_id: string;
  member: string;
  from_year: number;
  to_year: number | null;
}

/** The token every group row carries. */
export const GROUP_FLAG = 'group';

/**
 * SELECT (subject, counterpart, year, value, low, high, flags) of group rows for one computed metric, read from its
 * metric_value rows (metric id and source are validated: the id comes from the registry, the source is an enum).
 */
export function groupCounterpartSql(metric: string, version: string, source: TradeSource | 'default'): string {
  if (!/^[a-z0-9_.]+$/.test(metric) || !/^[0-9.]+$/.test(version)) throw new Error(`metrics/groups: bad metric id ${metric}@${version}`);
  const incomplete = 'COUNT(*) > COUNT(m.value)';
  return `
    SELECT m.subject, g.group_id AS counterpart, m.year,
           CASE WHEN ${incomplete} THEN CAST(NULL AS DOUBLE) ELSE SUM(m.value) END AS value,
           CASE WHEN ${incomplete} OR COUNT(*) > COUNT(m.low) THEN CAST(NULL AS DOUBLE) ELSE SUM(m.low) END AS low,
           CASE WHEN ${incomplete} OR COUNT(*) > COUNT(m.high) THEN CAST(NULL AS DOUBLE) ELSE SUM(m.high) END AS high,
           CASE WHEN ${incomplete} THEN '${GROUP_FLAG},missing:member_values' ELSE '${GROUP_FLAG}' END AS flags
      FROM metric_value AS m
      JOIN country_group AS g
        ON g.member = m.counterpart AND m.year >= g.from_year AND m.year <= COALESCE(g.to_year, 9999)
     WHERE m.metric = '${metric}' AND m.version = '${version}' AND m.source = '${source}' AND m.scenario = 'baseline'
       AND m.subject <> m.counterpart
     GROUP BY m.subject, g.group_id, m.year`;
}

/** The same in pure TS: `rows` are one metric's rows (one source), `spells` the rows of country_group. */
export function groupCounterpartRows(rows: readonly MetricRow[], spells: readonly GroupSpell[]): MetricRow[] {
  const groupsOf = new Map<string, GroupSpell[]>();
  for (const s of spells) groupsOf.set(s.member, [...(groupsOf.get(s.member) ?? []), s]);
  const acc = new Map<string, { subject: string; group: string; year: number; members: MetricRow[] }>();
  for (const r of rows) {
    if (r.counterpart === null || r.counterpart === r.subject) continue;
    for (const s of groupsOf.get(r.counterpart) ?? []) {
      if (r.year < s.from_year || r.year > (s.to_year ?? 9999)) continue;
      const key = `${r.subject}|${s.group_id}|${r.year}`;
      const a = acc.get(key) ?? { subject: r.subject, group: s.group_id, year: r.year, members: [] };
      a.members.push(r);
      acc.set(key, a);
    }
  }
  const sum = (xs: Array<number | null>) => (xs.some((x) => x === null) ? null : xs.reduce<number>((t, x) => t + x!, 0));
  return [...acc.values()].map(({ subject, group, year, members }) => {
    const value = sum(members.map((m) => m.value));
    return {
      subject, counterpart: group, year, value,
      low: value === null ? null : sum(members.map((m) => m.low)),
      high: value === null ? null : sum(members.map((m) => m.high)),
      flags: value === null ? `${GROUP_FLAG},missing:member_values` : GROUP_FLAG,
    };
  });
}

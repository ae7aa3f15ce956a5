// Trade dependence: shares, GDP-based dependence (Oneal & Russett), partner concentration (Herfindahl,
// Hirschman, Shannon), Barbieri's salience/symmetry/interdependence, asymmetry and trade intensity.
// All read trade_flow (million current US$; source rule in ../trade-flow.ts). A subject's total is the sum
// over its partners in the same source (not its reported World total), so that shares over all partners
// sum to 1 and every share's numerator and denominator come from the same records.
import { addFlag, aggregateOrigins, aggregateOriginsTs, GDP, joinFlags, reverseJoinRows, reverseJoinSql, tradeFlowOf } from '../sql-fragments.js';
import type { TradeFlow } from '../trade-flow.js';
import type { MetricDefinition, MetricRow, ReferenceInput, TradeSource } from '../types.js';

const V = '1.0.0';
const DEPENDENT = 'higher = subject more dependent on counterpart';

// ---- shared pieces (SQL and their TS mirrors) ----

const TOTALS = (source: TradeSource) => `
  (SELECT reporter, year,
          SUM(COALESCE(exports, 0)) AS x, SUM(COALESCE(imports, 0)) AS m,
          SUM(COALESCE(exports, 0) + COALESCE(imports, 0)) AS t,
          ${aggregateOrigins()} AS flags
     FROM ${tradeFlowOf(source)} AS f GROUP BY reporter, year)`;

const flows = (input: ReferenceInput, source: TradeSource) =>
  (input.trade_flow as unknown as TradeFlow[]).filter((f) => f.source === source);

interface Totals { x: number; m: number; t: number; flags: string }

function totalsTs(fs: TradeFlow[]): Map<string, Totals> {
  const out = new Map<string, Totals & { all: string[] }>();
  for (const f of fs) {
    const k = `${f.reporter}|${f.year}`;
    const t = out.get(k) ?? { x: 0, m: 0, t: 0, flags: '', all: [] };
    t.x += f.exports ?? 0;
    t.m += f.imports ?? 0;
    t.t += (f.exports ?? 0) + (f.imports ?? 0);
    t.all.push(f.flags);
    out.set(k, t);
  }
  for (const t of out.values()) t.flags = aggregateOriginsTs(t.all);
  return out;
}

function gdpTs(input: ReferenceInput): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of (input.indicator ?? []) as Array<Record<string, unknown>>) {
    if (r.dataset === 'worldbank_wdi' && r.code === 'NY.GDP.MKTP.CD' && !r.is_aggregate) out.set(`${r.country}|${r.year}`, r.value as number);
  }
  return out;
}

const row = (subject: string, counterpart: string | null, year: number, value: number | null, flags: string): MetricRow =>
  ({ subject, counterpart, year, value, low: null, high: null, flags });

const missing = (flags: string, cond: boolean, token: string) => (cond ? joinFlags(flags, token) : flags);

// ---- shares of the subject's trade ----

type Component = 'turnover' | 'exports' | 'imports';

function shareSql(component: Component) {
  return (p: { source: TradeSource }) => {
    const num = component === 'turnover' ? 'f.exports + f.imports' : `f.${component}`;
    const den = component === 'turnover' ? 't.t' : component === 'exports' ? 't.x' : 't.m';
    const nullIf = component === 'turnover' ? 'f.exports IS NULL OR f.imports IS NULL' : `f.${component} IS NULL`;
    let flags = component === 'turnover' ? 'f.flags' : `COALESCE(f.${component}_origin, '')`;
    if (component !== 'imports') flags = addFlag(flags, 'f.exports IS NULL', 'missing:exports');
    if (component !== 'exports') flags = addFlag(flags, 'f.imports IS NULL', 'missing:imports');
    flags = addFlag(flags, `${den} = 0`, 'zero_total');
    return `
      SELECT f.reporter AS subject, f.partner AS counterpart, f.year,
             CASE WHEN ${nullIf} OR ${den} = 0 THEN NULL ELSE (${num}) / ${den} END AS value,
             CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, ${flags} AS flags
        FROM ${tradeFlowOf(p.source)} AS f JOIN ${TOTALS(p.source)} AS t ON t.reporter = f.reporter AND t.year = f.year`;
  };
}

function shareTs(component: Component) {
  return (input: ReferenceInput, p: { source: TradeSource }): MetricRow[] => {
    const fs = flows(input, p.source);
    const totals = totalsTs(fs);
    return fs.map((f) => {
      const t = totals.get(`${f.reporter}|${f.year}`)!;
      const den = component === 'turnover' ? t.t : component === 'exports' ? t.x : t.m;
      const num = component === 'turnover' ? (f.exports === null || f.imports === null ? null : f.exports + f.imports) : f[component];
      let flags = component === 'turnover' ? f.flags : (f[`${component}_origin`] ?? '');
      if (component !== 'imports') flags = missing(flags, f.exports === null, 'missing:exports');
      if (component !== 'exports') flags = missing(flags, f.imports === null, 'missing:imports');
      flags = missing(flags, den === 0, 'zero_total');
      return row(f.reporter, f.partner, f.year, num === null || den === 0 ? null : num / den, flags);
    });
  };
}

function share(component: Component, title: string, formula: string): MetricDefinition {
  return {
    id: `trade.share_${component}`, title, family: 'trade', formula,
    description: `Share of the subject's ${component === 'turnover' ? 'total trade (exports + imports)' : component} that is with the counterpart. 0 = no trade with it; 1 = all of it. NULL when the dyad's figure is missing.`,
    citations: ['barbieri-1996', 'wits-indicators'], unit: 'share', range: { min: 0, max: 1 }, direction: DEPENDENT,
    level: 'directed', inputs: ['trade_flow'], version: V, usesTradeSource: true, additiveOverCounterparts: true,
    sql: shareSql(component), reference: shareTs(component),
  };
}

// ---- dependence on the counterpart relative to GDP (Oneal & Russett) ----

function gdpDependence(component: Component): MetricDefinition {
  const id = component === 'turnover' ? 'trade.dependence_gdp' : `trade.${component === 'exports' ? 'export' : 'import'}_dependence_gdp`;
  const num = component === 'turnover' ? '(f.exports + f.imports)' : `f.${component}`;
  const nullIf = component === 'turnover' ? 'f.exports IS NULL OR f.imports IS NULL' : `f.${component} IS NULL`;
  return {
    id,
    title: component === 'turnover' ? 'Trade dependence (trade with counterpart / GDP)' : `${component === 'exports' ? 'Export' : 'Import'} dependence (/ GDP)`,
    family: 'trade',
    formula: component === 'turnover' ? 'Dep_ij = (X_ij + M_ij) / GDP_i' : `Dep_ij = ${component === 'exports' ? 'X_ij' : 'M_ij'} / GDP_i`,
    description: "Bilateral trade with the counterpart as a fraction of the subject's GDP (flows in million US$ × 10^6 / GDP in current US$, World Bank WDI). NULL with flag missing:gdp when GDP is unknown.",
    citations: ['oneal-russett-1997'], unit: 'share of GDP', range: { min: 0, max: null }, direction: DEPENDENT,
    level: 'directed', inputs: ['trade_flow', 'indicator'], version: V, usesTradeSource: true, additiveOverCounterparts: true,
    sql: (p) => {
      let flags = component === 'turnover' ? 'f.flags' : `COALESCE(f.${component}_origin, '')`;
      if (component !== 'imports') flags = addFlag(flags, 'f.exports IS NULL', 'missing:exports');
      if (component !== 'exports') flags = addFlag(flags, 'f.imports IS NULL', 'missing:imports');
      flags = addFlag(flags, 'g.value IS NULL', 'missing:gdp');
      return `
        SELECT f.reporter AS subject, f.partner AS counterpart, f.year,
               CASE WHEN ${nullIf} OR g.value IS NULL OR g.value = 0 THEN NULL ELSE ${num} * 1000000.0 / g.value END AS value,
               CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, ${flags} AS flags
          FROM ${tradeFlowOf(p.source)} AS f LEFT JOIN ${GDP} AS g ON g.country = f.reporter AND g.year = f.year`;
    },
    reference: (input, p) => {
      const gdp = gdpTs(input);
      return flows(input, p.source).map((f) => {
        const g = gdp.get(`${f.reporter}|${f.year}`) ?? null;
        const num = component === 'turnover' ? (f.exports === null || f.imports === null ? null : f.exports + f.imports) : f[component];
        let flags = component === 'turnover' ? f.flags : (f[`${component}_origin`] ?? '');
        if (component !== 'imports') flags = missing(flags, f.exports === null, 'missing:exports');
        if (component !== 'exports') flags = missing(flags, f.imports === null, 'missing:imports');
        flags = missing(flags, g === null, 'missing:gdp');
        return row(f.reporter, f.partner, f.year, num === null || g === null || g === 0 ? null : (num * 1e6) / g, flags);
      });
    },
  };
}

const openness: MetricDefinition = {
  id: 'trade.openness', title: 'Trade openness (total trade / GDP)', family: 'trade',
  formula: 'Open_i = Σ_j (X_ij + M_ij) / GDP_i',
  description: "The subject's trade with all partners in the source as a fraction of its GDP. Monadic. Above 1 means trade exceeds GDP (common for small open economies).",
  citations: ['oneal-russett-1997'], unit: 'share of GDP', range: { min: 0, max: null }, direction: 'higher = more exposed to trade partners',
  level: 'monadic', inputs: ['trade_flow', 'indicator'], version: V, usesTradeSource: true,
  sql: (p) => `
    SELECT t.reporter AS subject, CAST(NULL AS VARCHAR) AS counterpart, t.year,
           CASE WHEN g.value IS NULL OR g.value = 0 THEN NULL ELSE t.t * 1000000.0 / g.value END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, ${addFlag('t.flags', 'g.value IS NULL', 'missing:gdp')} AS flags
      FROM ${TOTALS(p.source)} AS t LEFT JOIN ${GDP} AS g ON g.country = t.reporter AND g.year = t.year`,
  reference: (input, p) => {
    const gdp = gdpTs(input);
    return [...totalsTs(flows(input, p.source))].map(([k, t]) => {
      const [subject, y] = k.split('|') as [string, string];
      const g = gdp.get(k) ?? null;
      return row(subject, null, Number(y), g === null || g === 0 ? null : (t.t * 1e6) / g, missing(t.flags, g === null, 'missing:gdp'));
    });
  },
};

// ---- partner concentration (monadic) ----

/** Partner shares of turnover (missing components count as 0 in both numerator and total) with n = partners > 0. */
const SHARES = (source: TradeSource) => `
  (SELECT f.reporter, f.year, (COALESCE(f.exports, 0) + COALESCE(f.imports, 0)) / t.t AS s, t.flags
     FROM ${tradeFlowOf(source)} AS f JOIN ${TOTALS(source)} AS t ON t.reporter = f.reporter AND t.year = f.year
    WHERE t.t > 0 AND COALESCE(f.exports, 0) + COALESCE(f.imports, 0) > 0)`;

type Concentration = 'hhi' | 'hhi_normalized' | 'hirschman' | 'shannon';

const CONCENTRATION_SQL: Record<Concentration, string> = {
  hhi: 'SUM(s * s)',
  hhi_normalized: 'CASE WHEN COUNT(*) = 1 THEN 1.0 ELSE (SUM(s * s) - 1.0 / COUNT(*)) / (1.0 - 1.0 / COUNT(*)) END',
  hirschman: '100.0 * SQRT(SUM(s * s))',
  shannon: '-SUM(s * LN(s))',
};

function concentrationTs(kind: Concentration, shares: number[]): number {
  const h = shares.reduce((a, s) => a + s * s, 0);
  const n = shares.length;
  if (kind === 'hhi') return h;
  if (kind === 'hhi_normalized') return n === 1 ? 1 : (h - 1 / n) / (1 - 1 / n);
  if (kind === 'hirschman') return 100 * Math.sqrt(h);
  return -shares.reduce((a, s) => a + s * Math.log(s), 0);
}

function concentration(kind: Concentration, meta: Pick<MetricDefinition, 'title' | 'formula' | 'description' | 'citations' | 'unit' | 'range'>): MetricDefinition {
  return {
    id: kind === 'hirschman' ? 'trade.hirschman' : `trade.partner_${kind}`, family: 'trade', ...meta,
    direction: kind === 'shannon' ? 'higher = trade spread over more partners (less dependent on any one)' : 'higher = trade concentrated on fewer partners',
    level: 'monadic', inputs: ['trade_flow'], version: V, usesTradeSource: true,
    sql: (p) => `
      SELECT reporter AS subject, CAST(NULL AS VARCHAR) AS counterpart, year, ${CONCENTRATION_SQL[kind]} AS value,
             CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
             ${addFlag('MAX(flags)', 'COUNT(*) = 1', 'single_partner')} AS flags
        FROM ${SHARES(p.source)} AS sh GROUP BY reporter, year`,
    reference: (input, p) => {
      const fs = flows(input, p.source);
      const totals = totalsTs(fs);
      const groups = new Map<string, number[]>();
      for (const f of fs) {
        const k = `${f.reporter}|${f.year}`;
        const t = totals.get(k)!;
        const v = (f.exports ?? 0) + (f.imports ?? 0);
        if (t.t > 0 && v > 0) groups.set(k, [...(groups.get(k) ?? []), v / t.t]);
      }
      return [...groups].map(([k, shares]) => {
        const [subject, y] = k.split('|') as [string, string];
        return row(subject, null, Number(y), concentrationTs(kind, shares), missing(totals.get(k)!.flags, shares.length === 1, 'single_partner'));
      });
    },
  };
}

// ---- Barbieri (1996): undirected, stored for both orders ----

type Barbieri = 'salience' | 'symmetry' | 'interdependence';

const BARBIERI_SQL: Record<Barbieri, string> = {
  salience: 'SQRT(a.value * b.value)',
  symmetry: '1.0 - ABS(a.value - b.value)',
  interdependence: 'SQRT(a.value * b.value) * (1.0 - ABS(a.value - b.value))',
};

function barbieriTs(kind: Barbieri, a: number, b: number): number {
  if (kind === 'salience') return Math.sqrt(a * b);
  if (kind === 'symmetry') return 1 - Math.abs(a - b);
  return Math.sqrt(a * b) * (1 - Math.abs(a - b));
}

function barbieri(kind: Barbieri, formula: string, description: string): MetricDefinition {
  return {
    id: `trade.barbieri_${kind}`, title: `Barbieri ${kind}`, family: 'trade', formula, description,
    citations: ['barbieri-1996'], unit: 'index', range: { min: 0, max: 1 },
    direction: kind === 'symmetry' ? 'higher = more balanced dependence (undirected)' : 'higher = more mutual trade dependence (undirected)',
    level: 'undirected', inputs: ['trade.share_turnover'], version: V, usesTradeSource: true, dependsOn: ['trade.share_turnover'],
    sql: (p) => reverseJoinSql('trade.share_turnover', p.source, BARBIERI_SQL[kind]),
    reference: (input, p) => reverseJoinRows(input, 'trade.share_turnover', p.source, (a, b) => barbieriTs(kind, a, b)),
  };
}

// ---- asymmetry on GDP dependence ----

const asymmetry: MetricDefinition = {
  id: 'trade.asymmetry', title: 'Trade dependence asymmetry', family: 'trade',
  formula: 'Asym_ij = Dep_ij − Dep_ji   (Dep = trade.dependence_gdp)',
  description: "The subject's trade dependence on the counterpart minus the counterpart's on the subject (shares of each one's GDP). Positive: the subject is the more dependent side (Keohane & Nye: asymmetry is a source of power for the less dependent side).",
  citations: ['oneal-russett-1997', 'keohane-nye-1977'], unit: 'share of GDP', range: { min: null, max: null }, direction: DEPENDENT,
  level: 'directed', inputs: ['trade.dependence_gdp'], version: V, usesTradeSource: true, dependsOn: ['trade.dependence_gdp'],
  sql: (p) => reverseJoinSql('trade.dependence_gdp', p.source, 'a.value - b.value'),
  reference: (input, p) => reverseJoinRows(input, 'trade.dependence_gdp', p.source, (a, b) => a - b),
};

const dependenceRatio: MetricDefinition = {
  id: 'trade.dependence_ratio', title: 'Trade dependence ratio (log2)', family: 'trade',
  formula: 'R_ij = log2(Dep_ij / Dep_ji)   (Dep = trade.dependence_gdp)',
  description: 'How many times (in powers of two) the subject is more dependent on the counterpart than the reverse: 0 = symmetric, 1 = twice as dependent, −1 = half. NULL (flag zero_dependence) when either side is 0.',
  citations: ['oneal-russett-1997', 'keohane-nye-1977'], unit: 'log2 ratio', range: { min: null, max: null }, direction: DEPENDENT,
  level: 'directed', inputs: ['trade.dependence_gdp'], version: V, usesTradeSource: true, dependsOn: ['trade.dependence_gdp'],
  sql: (p) => reverseJoinSql(
    'trade.dependence_gdp', p.source,
    'CASE WHEN a.value <= 0 OR b.value <= 0 THEN NULL ELSE LN(a.value / b.value) / LN(2.0) END',
    [['(a.value = 0 OR b.value = 0)', 'zero_dependence']],
  ),
  reference: (input, p) => reverseJoinRows(
    input, 'trade.dependence_gdp', p.source,
    (a, b) => (a <= 0 || b <= 0 ? null : Math.log(a / b) / Math.log(2)),
    (a, b) => (a.value === 0 || b?.value === 0 ? ['zero_dependence'] : []),
  ),
};

const weakLink: MetricDefinition = {
  id: 'trade.weak_link', title: 'Weak-link trade dependence', family: 'trade',
  formula: 'WL_ij = min(Dep_ij, Dep_ji)   (Dep = trade.dependence_gdp)',
  description: "The less dependent side's trade dependence: Oneal & Russett's weak-link assumption that the less constrained state drives the dyad. Undirected, stored for both orders.",
  citations: ['oneal-russett-1997'], unit: 'share of GDP', range: { min: 0, max: null }, direction: 'higher = more mutual trade dependence (undirected)',
  level: 'undirected', inputs: ['trade.dependence_gdp'], version: V, usesTradeSource: true, dependsOn: ['trade.dependence_gdp'],
  sql: (p) => reverseJoinSql('trade.dependence_gdp', p.source, 'CASE WHEN a.value < b.value THEN a.value ELSE b.value END'),
  reference: (input, p) => reverseJoinRows(input, 'trade.dependence_gdp', p.source, (a, b) => Math.min(a, b)),
};

// ---- trade intensity (exports) ----

const intensity: MetricDefinition = {
  id: 'trade.intensity', title: 'Trade intensity index (exports)', family: 'trade',
  formula: "TI_ij = (X_ij / X_i) / (X_wj / X_w): X_wj = all reporters' exports to j, X_w = all exports",
  description: "Whether the subject exports more to the counterpart than the counterpart's share of world imports would predict: 1 = as expected, above 1 = more (the subject's exports lean on that market). Computed from exports in the same source.",
  citations: ['wits-indicators'], unit: 'ratio', range: { min: 0, max: null }, direction: DEPENDENT,
  level: 'directed', inputs: ['trade_flow'], version: V, usesTradeSource: true,
  sql: (p) => `
    SELECT f.reporter AS subject, f.partner AS counterpart, f.year,
           CASE WHEN f.exports IS NULL OR t.x = 0 OR w.xj = 0 OR y.xw = 0 THEN NULL ELSE (f.exports / t.x) / (w.xj / y.xw) END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           ${addFlag("COALESCE(f.exports_origin, '')", 'f.exports IS NULL', 'missing:exports')} AS flags
      FROM ${tradeFlowOf(p.source)} AS f
      JOIN ${TOTALS(p.source)} AS t ON t.reporter = f.reporter AND t.year = f.year
      JOIN (SELECT partner, year, SUM(COALESCE(exports, 0)) AS xj FROM ${tradeFlowOf(p.source)} AS g GROUP BY partner, year) AS w
        ON w.partner = f.partner AND w.year = f.year
      JOIN (SELECT year, SUM(COALESCE(exports, 0)) AS xw FROM ${tradeFlowOf(p.source)} AS h GROUP BY year) AS y ON y.year = f.year`,
  reference: (input, p) => {
    const fs = flows(input, p.source);
    const totals = totalsTs(fs);
    const toJ = new Map<string, number>();
    const world = new Map<number, number>();
    for (const f of fs) {
      toJ.set(`${f.partner}|${f.year}`, (toJ.get(`${f.partner}|${f.year}`) ?? 0) + (f.exports ?? 0));
      world.set(f.year, (world.get(f.year) ?? 0) + (f.exports ?? 0));
    }
    return fs.map((f) => {
      const x = totals.get(`${f.reporter}|${f.year}`)!.x;
      const xj = toJ.get(`${f.partner}|${f.year}`)!;
      const xw = world.get(f.year)!;
      const value = f.exports === null || x === 0 || xj === 0 || xw === 0 ? null : f.exports / x / (xj / xw);
      return row(f.reporter, f.partner, f.year, value, missing(f.exports_origin ?? '', f.exports === null, 'missing:exports'));
    });
  },
};

export const TRADE_METRICS: readonly MetricDefinition[] = [
  share('turnover', 'Share of trade with counterpart', 'S_ij = (X_ij + M_ij) / Σ_k (X_ik + M_ik)'),
  share('exports', 'Share of exports to counterpart', 'S^X_ij = X_ij / Σ_k X_ik'),
  share('imports', 'Share of imports from counterpart', 'S^M_ij = M_ij / Σ_k M_ik'),
  gdpDependence('turnover'),
  gdpDependence('exports'),
  gdpDependence('imports'),
  openness,
  concentration('hhi', {
    title: 'Partner concentration (Herfindahl–Hirschman)', formula: 'HHI_i = Σ_j S_ij²',
    description: 'Sum of squared partner shares of the subject\'s trade: 1/n when spread evenly over n partners, 1 when all trade is with one partner.',
    citations: ['herfindahl-1950', 'hirschman-1945', 'wits-indicators'], unit: 'index', range: { min: 0, max: 1 },
  }),
  concentration('hhi_normalized', {
    title: 'Partner concentration, normalised HHI', formula: 'HHI*_i = (HHI_i − 1/n) / (1 − 1/n);  1 when n = 1',
    description: 'HHI rescaled to [0, 1] for the number of partners n: 0 = evenly spread, 1 = one partner.',
    citations: ['wits-indicators'], unit: 'index', range: { min: 0, max: 1 },
  }),
  concentration('hirschman', {
    title: 'Hirschman concentration index', formula: 'C_i = 100 · sqrt(Σ_j S_ij²)',
    description: "Hirschman's (1945) index of the geographic concentration of trade, 100·√HHI: from 100/√n (even) to 100 (one partner).",
    citations: ['hirschman-1945'], unit: 'index (0–100)', range: { min: 0, max: 100 },
  }),
  concentration('shannon', {
    title: 'Partner diversity (Shannon entropy)', formula: 'H_i = −Σ_j S_ij · ln S_ij',
    description: 'Entropy of the partner shares: 0 with one partner, ln n when spread evenly over n partners.',
    citations: ['shannon-1948'], unit: 'nats', range: { min: 0, max: null },
  }),
  barbieri('salience', 'Sal_ij = sqrt(S_ij · S_ji)', 'Geometric mean of the two trade shares: how important the relationship is to both sides together.'),
  barbieri('symmetry', 'Sym_ij = 1 − |S_ij − S_ji|', '1 when both sides depend equally on each other (by trade share), lower as one depends more.'),
  barbieri('interdependence', 'Int_ij = Sal_ij · Sym_ij', "Barbieri's interdependence: salience weighted by symmetry; high only when the tie matters to both and is balanced."),
  asymmetry,
  dependenceRatio,
  weakLink,
  intensity,
];

// Energy dependence (supply side; CONCEPTS C7, C14a): who supplies the subject's gas and crude oil, how
// concentrated that supply is, how much of its energy it imports, and Energy Supply Dependence (ESD).
// Flows and balances are the Energy Institute (formerly BP) Statistical Review (energy_flow, energy_balance);
// net energy imports are World Bank WDI EG.IMP.CONS.ZS. Citations: Le Coq & Paltseva (2009), Cohen, Joutz &
// Loungani (2011), Kruyt et al. (2009); Herfindahl (1950) and Hirschman (1945) for concentration.
//
// Data rules shared by the flow-based metrics:
// - The EI gas matrices (pipeline and LNG, bcm) are summed per importer, exporter and year; regional subtotal
//   rows (importer_is_region_total) are dropped, and only importers that resolve to a state are subjects.
// - A subject's total imports are summed over every exporter column of the matrix, including the residual groups
//   ("Other Europe", "Other Africa", ...), so the state shares of a subject sum to 1 minus the residual groups'
//   share: rows of such a subject carry the flag residual_suppliers.
// - The EI lists importers separately in one mode's table and not in the other's, and folds them into residual
//   importer groups ("EU", "Rest of Europe", "Other EU") in some editions. A subject missing from a mode's table in
//   a year while that table lists it in another year had its imports of that mode folded into a group: its total
//   is unknown and its values are NULL with missing:<mode> (Italy, Spain, France, Belgium, UK, Turkey pipeline
//   2022–23; UAE LNG 2016). A subject never listed in a mode's table is taken to import none by that mode (the
//   matrices keep only non-zero cells) with the flag unlisted:<mode> (e.g. Belarus: unlisted:lng).
// - The EI oil table is by trading area: only 8 importing areas are states (US, Canada, Mexico, Russia, China,
//   India, Japan, Singapore); Belarus is inside "Other CIS". Oil metrics cover crude only (fuel 'crude', Mt).
import type { Citation } from '../citations.js';
import { addFlag } from '../sql-fragments.js';
import type { MetricDefinition, MetricRow, ReferenceInput } from '../types.js';

export const ENERGY_CITATIONS: Readonly<Record<string, Citation>> = {
  'energy-institute-2024': {
    key: 'energy-institute-2024', authors: 'Energy Institute (BP p.l.c. for the editions to 2022)', year: 2024,
    title: 'Statistical Review of World Energy 2024 (and the 2017–2023 editions): gas trade movements, oil inter-area movements, country energy series',
    venue: 'London: Energy Institute, energyinst.org/statistical-review',
  },
  'le-coq-paltseva-2009': {
    key: 'le-coq-paltseva-2009', authors: 'Le Coq, Chloé and Elena Paltseva', year: 2009,
    title: 'Measuring the security of external energy supply in the European Union', venue: 'Energy Policy 37(11): 4474–4481',
  },
  'cohen-joutz-loungani-2011': {
    key: 'cohen-joutz-loungani-2011', authors: 'Cohen, Gail, Frederick Joutz and Prakash Loungani', year: 2011,
    title: 'Measuring energy security: Trends in the diversification of oil and natural gas supplies', venue: 'Energy Policy 39(9): 4860–4869',
  },
  'kruyt-2009': {
    key: 'kruyt-2009', authors: 'Kruyt, Bert, Detlef P. van Vuuren, H. J. M. de Vries and Heleen Groenenberg', year: 2009,
    title: 'Indicators for energy security', venue: 'Energy Policy 37(6): 2166–2181',
  },
  'worldbank-wdi': {
    key: 'worldbank-wdi', authors: 'World Bank', year: 2025,
    title: 'World Development Indicators', venue: 'Washington, DC: World Bank, databank.worldbank.org (CC BY 4.0)',
  },
};

const V = '1.0.0';
const DEPENDENT = 'higher = subject more dependent on counterpart';
const EI = 'energy_institute_statistical_review';
/** A single supplier at or above this share of the subject's gas imports makes it a single-supplier importer. */
export const SINGLE_SUPPLIER_THRESHOLD = 0.9;

// ---- SQL pieces ----

/** ',token' when cond holds, else ''; tokens() joins such parts into a comma list without a leading comma. */
const tok = (cond: string, token: string) => `CASE WHEN ${cond} THEN ',${token}' ELSE '' END`;
const tokens = (...parts: string[]) => `SUBSTR(${parts.join(' || ')}, 2)`;
const clamp01 = (x: string) => `CASE WHEN ${x} < 0 THEN 0.0 WHEN ${x} > 1 THEN 1.0 ELSE ${x} END`;

const GAS = `(SELECT year, mode, exporter, exporter_label, importer, volume FROM energy_flow
   WHERE dataset = '${EI}' AND fuel = 'gas' AND unit = 'bcm' AND NOT importer_is_region_total AND importer IS NOT NULL)`;
const CRUDE = `(SELECT year, mode, exporter, exporter_label, importer, volume FROM energy_flow
   WHERE dataset = '${EI}' AND fuel = 'crude' AND unit = 'Mt' AND importer IS NOT NULL)`;

const modeMissing = (m: string) => `t.has_${m} = 0 AND e.ever_${m} = 1`;

/** Per state importer and year: total gas imports (NULL when a mode's imports are unknown or the total is 0) and flags. */
const GAS_TOTALS = `
  (SELECT t.importer, t.year,
          CASE WHEN (${modeMissing('pipeline')}) OR (${modeMissing('lng')}) OR t.total = 0 THEN NULL ELSE t.total END AS total,
          ${tokens(
            tok(modeMissing('pipeline'), 'missing:pipeline'), tok('t.has_pipeline = 0 AND e.ever_pipeline = 0', 'unlisted:pipeline'),
            tok(modeMissing('lng'), 'missing:lng'), tok('t.has_lng = 0 AND e.ever_lng = 0', 'unlisted:lng'),
            tok('t.residual > 0', 'residual_suppliers'), tok('t.total = 0', 'zero_total'),
          )} AS flags
     FROM (SELECT importer, year, SUM(volume) AS total, SUM(CASE WHEN exporter IS NULL THEN volume ELSE 0 END) AS residual,
                  MAX(CASE WHEN mode = 'pipeline' THEN 1 ELSE 0 END) AS has_pipeline, MAX(CASE WHEN mode = 'lng' THEN 1 ELSE 0 END) AS has_lng
             FROM ${GAS} AS g GROUP BY importer, year) AS t
     JOIN (SELECT importer, MAX(CASE WHEN mode = 'pipeline' THEN 1 ELSE 0 END) AS ever_pipeline,
                  MAX(CASE WHEN mode = 'lng' THEN 1 ELSE 0 END) AS ever_lng
             FROM ${GAS} AS g GROUP BY importer) AS e ON e.importer = t.importer)`;

/** Per state importer and year: total crude imports from every origin area (NULL when 0) and flags. */
const CRUDE_TOTALS = `
  (SELECT importer, year, CASE WHEN SUM(volume) = 0 THEN NULL ELSE SUM(volume) END AS total,
          ${tokens(tok('SUM(CASE WHEN exporter IS NULL THEN volume ELSE 0 END) > 0', 'residual_suppliers'), tok('SUM(volume) = 0', 'zero_total'))} AS flags
     FROM ${CRUDE} AS c GROUP BY importer, year)`;

/** State-to-state volumes (both gas modes summed). */
const pairs = (flows: string) => `(SELECT importer, exporter, year, SUM(volume) AS volume FROM ${flows} AS f WHERE exporter IS NOT NULL GROUP BY importer, exporter, year)`;

/** Gas suppliers per importer-year: a state, or a residual exporter group counted as one supplier. */
const GAS_SUPPLIERS = `
  (SELECT importer, year, COALESCE(exporter, exporter_label) AS supplier, MAX(CASE WHEN exporter IS NULL THEN 0 ELSE 1 END) AS is_state,
          SUM(volume) AS volume
     FROM ${GAS} AS g GROUP BY importer, year, COALESCE(exporter, exporter_label))`;

const balance = (variable: string) =>
  `(SELECT country, year, value FROM energy_balance WHERE dataset = '${EI}' AND variable = '${variable}' AND country IS NOT NULL AND NOT is_aggregate)`;

// ---- TS mirrors ----

interface Flow { dataset: string; year: number; fuel: string; mode: string | null; exporter: string | null; exporter_label: string; importer: string | null; importer_is_region_total: boolean; volume: number; unit: string }
interface Totals { total: number | null; flags: string }

const toks = (...parts: Array<[boolean, string]>) => parts.filter(([c]) => c).map(([, t]) => t).join(',');
const clamp = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
const row = (subject: string, counterpart: string | null, year: number, value: number | null, flags: string, low: number | null = null, high: number | null = null): MetricRow =>
  ({ subject, counterpart, year, value, low, high, flags });

function gasFlows(input: ReferenceInput): Flow[] {
  return (input.energy_flow as unknown as Flow[] ?? []).filter((f) =>
    f.dataset === EI && f.fuel === 'gas' && f.unit === 'bcm' && !f.importer_is_region_total && f.importer !== null);
}

function crudeFlows(input: ReferenceInput): Flow[] {
  return (input.energy_flow as unknown as Flow[] ?? []).filter((f) => f.dataset === EI && f.fuel === 'crude' && f.unit === 'Mt' && f.importer !== null);
}

function sumBy<T>(items: T[], key: (t: T) => string, value: (t: T) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of items) out.set(key(i), (out.get(key(i)) ?? 0) + value(i));
  return out;
}

function gasTotalsTs(flows: Flow[]): Map<string, Totals> {
  const ever = new Map<string, Set<string>>();
  const acc = new Map<string, { total: number; residual: number; modes: Set<string> }>();
  for (const f of flows) {
    const imp = f.importer!;
    ever.set(imp, (ever.get(imp) ?? new Set()).add(f.mode ?? ''));
    const k = `${imp}|${f.year}`;
    const a = acc.get(k) ?? { total: 0, residual: 0, modes: new Set<string>() };
    a.total += f.volume;
    if (f.exporter === null) a.residual += f.volume;
    a.modes.add(f.mode ?? '');
    acc.set(k, a);
  }
  const out = new Map<string, Totals>();
  for (const [k, a] of acc) {
    const e = ever.get(k.split('|')[0]!)!;
    const missing = (m: string) => !a.modes.has(m) && e.has(m);
    const unlisted = (m: string) => !a.modes.has(m) && !e.has(m);
    out.set(k, {
      total: missing('pipeline') || missing('lng') || a.total === 0 ? null : a.total,
      flags: toks(
        [missing('pipeline'), 'missing:pipeline'], [unlisted('pipeline'), 'unlisted:pipeline'],
        [missing('lng'), 'missing:lng'], [unlisted('lng'), 'unlisted:lng'],
        [a.residual > 0, 'residual_suppliers'], [a.total === 0, 'zero_total'],
      ),
    });
  }
  return out;
}

function crudeTotalsTs(flows: Flow[]): Map<string, Totals> {
  const acc = new Map<string, { total: number; residual: number }>();
  for (const f of flows) {
    const k = `${f.importer}|${f.year}`;
    const a = acc.get(k) ?? { total: 0, residual: 0 };
    a.total += f.volume;
    if (f.exporter === null) a.residual += f.volume;
    acc.set(k, a);
  }
  const out = new Map<string, Totals>();
  for (const [k, a] of acc) {
    out.set(k, { total: a.total === 0 ? null : a.total, flags: toks([a.residual > 0, 'residual_suppliers'], [a.total === 0, 'zero_total']) });
  }
  return out;
}

/** importer|exporter|year → summed volume, state exporters only. */
const pairsTs = (flows: Flow[]) => sumBy(flows.filter((f) => f.exporter !== null), (f) => `${f.importer}|${f.exporter}|${f.year}`, (f) => f.volume);

function balanceTs(input: ReferenceInput, variable: string): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const r of (input.energy_balance ?? []) as Array<Record<string, unknown>>) {
    if (r.dataset === EI && r.variable === variable && r.country !== null && !r.is_aggregate) out.set(`${r.country}|${r.year}`, r.value as number | null);
  }
  return out;
}

// ---- supplier shares (directed) ----

function supplierShare(fuel: 'gas' | 'oil'): MetricDefinition {
  const gas = fuel === 'gas';
  return {
    id: `energy.${fuel}_supplier_share`,
    title: gas ? 'Share of gas imports from counterpart' : 'Share of crude oil imports from counterpart',
    family: 'energy',
    formula: gas
      ? 'q_gas(i←j) = (pipeline + LNG imports of i from j) / Σ_k (pipeline + LNG imports of i from k), k over every exporter column incl. residual groups; bcm'
      : 'q_oil(i←j) = crude imports of area i from area j / Σ_k crude imports of i from k, k over every origin area; Mt; only where i and j are both states',
    description: gas
      ? "Share of the subject's natural-gas imports (pipeline and LNG, bcm, Energy Institute Statistical Review) that come from the counterpart. 0 = none, 1 = all of it (Belarus from Russia: 1.0). The denominator includes imports from residual exporter groups (\"Other Europe\", ...), so a subject's state shares sum to less than 1 when it has such imports (flag residual_suppliers). Data years: 2016, 2018–2020, 2022, 2023 (one edition each). NULL with missing:pipeline or missing:lng when the publisher folded the subject into a residual importer group for that mode; unlisted:<mode> when the subject is never listed in that mode's table (counted as no imports by that mode)."
      : "Share of the subject's crude-oil imports (Mt, Energy Institute inter-area movements) that come from the counterpart, where the data allow: the oil table is by trading area, and only 8 importing areas are single states (US, Canada, Mexico, Russia, China, India, Japan, Singapore) and 12 origin areas (those plus Iraq, Kuwait, Saudi Arabia, UAE), so only 256 of the 1,143 bundled rows (35–45% of inter-area crude volume, 2016–2023) are state-to-state pairs; Belarus, Ukraine, Poland, Germany etc. are inside \"Other CIS\" or \"Europe\" and get no value. The denominator includes imports from regional areas (flag residual_suppliers). Refined products are not in the bundled data.",
    citations: ['energy-institute-2024', 'cohen-joutz-loungani-2011'], unit: 'share', range: { min: 0, max: 1 }, direction: DEPENDENT,
    level: 'directed', inputs: ['energy_flow'], version: V, usesTradeSource: false, additiveOverCounterparts: gas,
    sql: () => `
      SELECT p.importer AS subject, p.exporter AS counterpart, p.year,
             CASE WHEN t.total IS NULL THEN NULL ELSE p.volume / t.total END AS value,
             CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, t.flags
        FROM ${pairs(gas ? GAS : CRUDE)} AS p JOIN ${gas ? GAS_TOTALS : CRUDE_TOTALS} AS t ON t.importer = p.importer AND t.year = p.year`,
    reference: (input) => {
      const flows = gas ? gasFlows(input) : crudeFlows(input);
      const totals = gas ? gasTotalsTs(flows) : crudeTotalsTs(flows);
      return [...pairsTs(flows)].map(([k, v]) => {
        const [i, j, y] = k.split('|') as [string, string, string];
        const t = totals.get(`${i}|${y}`)!;
        return row(i, j, Number(y), t.total === null ? null : v / t.total, t.flags);
      });
    },
  };
}

// ---- gas supplier concentration and single-supplier flag (monadic) ----

const gasHhi: MetricDefinition = {
  id: 'energy.gas_supplier_hhi', title: 'Gas supplier concentration (Herfindahl–Hirschman)', family: 'energy',
  formula: 'HHI_gas(i) = Σ_k q_gas(i←k)²  over suppliers k (each residual exporter group counted as one supplier); low = Σ over state suppliers only',
  description: "Concentration of the subject's gas imports over its suppliers: 1/n when spread evenly over n suppliers, 1 when one supplier provides everything (Belarus: 1). A residual exporter group (\"Other Europe\") is counted as one supplier, which can only overstate concentration, so value = high; low counts the state suppliers only (as if the residual groups were split infinitely finely); the true HHI over states lies between. Flags as for energy.gas_supplier_share.",
  citations: ['herfindahl-1950', 'hirschman-1945', 'cohen-joutz-loungani-2011', 'energy-institute-2024'], unit: 'index', range: { min: 0, max: 1 },
  direction: 'higher = gas supply concentrated on fewer suppliers', level: 'monadic', inputs: ['energy_flow'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT s.importer AS subject, CAST(NULL AS VARCHAR) AS counterpart, s.year,
           CASE WHEN t.total IS NULL THEN NULL ELSE SUM(s.volume * s.volume) / (t.total * t.total) END AS value,
           CASE WHEN t.total IS NULL THEN NULL ELSE SUM(CASE WHEN s.is_state = 1 THEN s.volume * s.volume ELSE 0 END) / (t.total * t.total) END AS low,
           CASE WHEN t.total IS NULL THEN NULL ELSE SUM(s.volume * s.volume) / (t.total * t.total) END AS high,
           t.flags
      FROM ${GAS_SUPPLIERS} AS s JOIN ${GAS_TOTALS} AS t ON t.importer = s.importer AND t.year = s.year
     GROUP BY s.importer, s.year, t.total, t.flags`,
  reference: (input) => {
    const flows = gasFlows(input);
    const totals = gasTotalsTs(flows);
    return [...gasSuppliersTs(flows)].map(([k, sup]) => {
      const [i, y] = k.split('|') as [string, string];
      const t = totals.get(k)!;
      if (t.total === null) return row(i, null, Number(y), null, t.flags);
      const t2 = t.total * t.total;
      const all = [...sup.values()].reduce((a, s) => a + s.volume * s.volume, 0) / t2;
      const states = [...sup.values()].reduce((a, s) => a + (s.isState ? s.volume * s.volume : 0), 0) / t2;
      return row(i, null, Number(y), all, t.flags, states, all);
    });
  },
};

/** importer|year → supplier → volume (states by code, residual groups by label). */
function gasSuppliersTs(flows: Flow[]): Map<string, Map<string, { isState: boolean; volume: number }>> {
  const out = new Map<string, Map<string, { isState: boolean; volume: number }>>();
  for (const f of flows) {
    const k = `${f.importer}|${f.year}`;
    const m = out.get(k) ?? new Map<string, { isState: boolean; volume: number }>();
    const key = f.exporter ?? f.exporter_label;
    const s = m.get(key) ?? { isState: false, volume: 0 };
    s.isState ||= f.exporter !== null;
    s.volume += f.volume;
    m.set(key, s);
    out.set(k, m);
  }
  return out;
}

const singleSupplier: MetricDefinition = {
  id: 'energy.single_supplier', title: 'Single gas supplier (≥ 90% of gas imports)', family: 'energy',
  formula: `SS(i) = 1 if max_j q_gas(i←j) ≥ ${SINGLE_SUPPLIER_THRESHOLD} over state suppliers j; NULL if a residual exporter group alone has ≥ ${SINGLE_SUPPLIER_THRESHOLD}; else 0`,
  description: `1 when one state supplies at least ${SINGLE_SUPPLIER_THRESHOLD * 100}% of the subject's gas imports (pipeline + LNG), else 0. The threshold operationalises the thesis's "almost 100%" dependence of Belarus on Russian gas (CONCEPTS C14a asks for a single-supplier flag next to the HHI); 90% leaves room for small LNG or swap volumes while still meaning one supplier. NULL (flag undetermined) when a residual exporter group such as "Other Europe" alone has ≥ ${SINGLE_SUPPLIER_THRESHOLD * 100}% (one hidden state might); NULL with the share's missing flags when the total is unknown.`,
  citations: ['energy-institute-2024', 'cohen-joutz-loungani-2011'], unit: 'flag (0/1)', range: { min: 0, max: 1 },
  direction: 'higher (1) = gas supply from a single state', level: 'monadic', inputs: ['energy_flow'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT s.importer AS subject, CAST(NULL AS VARCHAR) AS counterpart, s.year,
           CASE WHEN t.total IS NULL THEN NULL
                WHEN MAX(CASE WHEN s.is_state = 1 THEN s.volume END) / t.total >= ${SINGLE_SUPPLIER_THRESHOLD} THEN 1.0
                WHEN MAX(CASE WHEN s.is_state = 0 THEN s.volume END) / t.total >= ${SINGLE_SUPPLIER_THRESHOLD} THEN NULL
                ELSE 0.0 END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           ${addFlag('t.flags', `t.total IS NOT NULL AND COALESCE(MAX(CASE WHEN s.is_state = 1 THEN s.volume END) / t.total, 0) < ${SINGLE_SUPPLIER_THRESHOLD} AND MAX(CASE WHEN s.is_state = 0 THEN s.volume END) / t.total >= ${SINGLE_SUPPLIER_THRESHOLD}`, 'undetermined')} AS flags
      FROM ${GAS_SUPPLIERS} AS s JOIN ${GAS_TOTALS} AS t ON t.importer = s.importer AND t.year = s.year
     GROUP BY s.importer, s.year, t.total, t.flags`,
  reference: (input) => {
    const flows = gasFlows(input);
    const totals = gasTotalsTs(flows);
    return [...gasSuppliersTs(flows)].map(([k, sup]) => {
      const [i, y] = k.split('|') as [string, string];
      const t = totals.get(k)!;
      if (t.total === null) return row(i, null, Number(y), null, t.flags);
      const total = t.total;
      const max = (state: boolean) => Math.max(-Infinity, ...[...sup.values()].filter((s) => s.isState === state).map((s) => s.volume / total));
      if (max(true) >= SINGLE_SUPPLIER_THRESHOLD) return row(i, null, Number(y), 1, t.flags);
      if (max(false) >= SINGLE_SUPPLIER_THRESHOLD) return row(i, null, Number(y), null, toks([t.flags !== '', t.flags], [true, 'undetermined']));
      return row(i, null, Number(y), 0, t.flags);
    });
  },
};

// ---- import dependency (monadic) ----

const gasImportDependency: MetricDefinition = {
  id: 'energy.gas_import_dependency', title: 'Gas import dependency ((consumption − production) / consumption)', family: 'energy',
  formula: 'ID_gas(i) = (C_gas(i) − P_gas(i)) / C_gas(i);  C = gas_consumption, P = gas_production (bcm, energy_balance)',
  description: "Net gas import dependency from the Energy Institute country series (Natural Gas: Consumption / Production, bcm): 1 = all gas consumed is imported (no production), 0 = self-sufficient, negative = net producer surplus (a net exporter, e.g. Russia ≈ −0.5), ignoring stock changes. The EI lists production only for producing countries and folds small producers into residual groups: Belarus has no production row (inside \"Other CIS\"), and the source does not document it as zero, so a missing production row gives NULL with missing:gas_production, never an assumed 0. NULL with missing:gas_consumption where consumption is not reported (including the former Soviet republics before 1985, inside \"USSR\"), zero_consumption where it is 0.",
  citations: ['kruyt-2009', 'le-coq-paltseva-2009', 'energy-institute-2024'], unit: 'share', range: { min: null, max: 1 },
  direction: 'higher = more dependent on gas imports', level: 'monadic', inputs: ['energy_balance'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT k.country AS subject, CAST(NULL AS VARCHAR) AS counterpart, k.year,
           CASE WHEN c.value IS NULL OR c.value = 0 OR p.value IS NULL THEN NULL ELSE (c.value - p.value) / c.value END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           ${tokens(tok('c.value IS NULL', 'missing:gas_consumption'), tok('c.value = 0', 'zero_consumption'), tok('p.value IS NULL', 'missing:gas_production'))} AS flags
      FROM (SELECT DISTINCT country, year FROM (SELECT country, year FROM ${balance('gas_consumption')} AS a
                                                UNION ALL SELECT country, year FROM ${balance('gas_production')} AS b) AS u) AS k
      LEFT JOIN ${balance('gas_consumption')} AS c ON c.country = k.country AND c.year = k.year
      LEFT JOIN ${balance('gas_production')} AS p ON p.country = k.country AND p.year = k.year`,
  reference: (input) => {
    const c = balanceTs(input, 'gas_consumption');
    const p = balanceTs(input, 'gas_production');
    return [...new Set([...c.keys(), ...p.keys()])].map((k) => {
      const [i, y] = k.split('|') as [string, string];
      const cv = c.get(k) ?? null;
      const pv = p.get(k) ?? null;
      const value = cv === null || cv === 0 || pv === null ? null : (cv - pv) / cv;
      return row(i, null, Number(y), value, toks([cv === null, 'missing:gas_consumption'], [cv === 0, 'zero_consumption'], [pv === null, 'missing:gas_production']));
    });
  },
};

const netImportDependency: MetricDefinition = {
  id: 'energy.net_import_dependency', title: 'Net energy import dependency (WDI)', family: 'energy',
  formula: 'NID(i) = EG.IMP.CONS.ZS / 100 = (energy imports − energy exports) / energy use, all fuels, toe',
  description: 'Net energy imports as a share of primary energy use (World Bank WDI EG.IMP.CONS.ZS, IEA-based), as a fraction: 1 = all energy used is imported, 0 = balanced, negative = net exporter (Russia ≈ −0.8). Can exceed 1 with stock build-up or bunkers. Only the years the WDI publishes (1990–, not for every country).',
  citations: ['worldbank-wdi', 'kruyt-2009'], unit: 'share', range: { min: null, max: null },
  direction: 'higher = more dependent on energy imports', level: 'monadic', inputs: ['indicator'], version: V, usesTradeSource: false,
  sql: () => `
    SELECT country AS subject, CAST(NULL AS VARCHAR) AS counterpart, year, value / 100.0 AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, '' AS flags
      FROM indicator WHERE dataset = 'worldbank_wdi' AND code = 'EG.IMP.CONS.ZS' AND NOT is_aggregate`,
  reference: (input) => ((input.indicator ?? []) as Array<Record<string, unknown>>)
    .filter((r) => r.dataset === 'worldbank_wdi' && r.code === 'EG.IMP.CONS.ZS' && !r.is_aggregate)
    .map((r) => row(r.country as string, null, r.year as number, (r.value as number) / 100, '')),
};

// ---- Energy Supply Dependence (ESD, CONCEPTS C14a) ----

/** The fuels of ESD: partner data (energy_flow), energy shares (EJ) and physical consumption/production for dependency. */
const ESD_FUELS = [
  { fuel: 'gas', totals: GAS_TOTALS, flows: GAS, ej: 'gas_consumption_ej', cons: 'gas_consumption', prod: 'gas_production' },
  { fuel: 'oil', totals: CRUDE_TOTALS, flows: CRUDE, ej: 'oil_consumption_ej', cons: 'oil_consumption', prod: 'oil_production' },
] as const;

function esdSql(): string {
  const [g, o] = ESD_FUELS;
  const joins = ESD_FUELS.map((f) => `
      LEFT JOIN ${f.totals} AS ${f.fuel}_t ON ${f.fuel}_t.importer = p.importer AND ${f.fuel}_t.year = p.year
      LEFT JOIN ${pairs(f.flows)} AS ${f.fuel}_m ON ${f.fuel}_m.importer = p.importer AND ${f.fuel}_m.exporter = p.exporter AND ${f.fuel}_m.year = p.year
      LEFT JOIN ${balance(f.ej)} AS ${f.fuel}_ej ON ${f.fuel}_ej.country = p.importer AND ${f.fuel}_ej.year = p.year
      LEFT JOIN ${balance(f.cons)} AS ${f.fuel}_c ON ${f.fuel}_c.country = p.importer AND ${f.fuel}_c.year = p.year
      LEFT JOIN ${balance(f.prod)} AS ${f.fuel}_p ON ${f.fuel}_p.country = p.importer AND ${f.fuel}_p.year = p.year`).join('');
  const raw = ESD_FUELS.map((f) => `
             ${f.fuel}_t.total AS ${f.fuel}_total, COALESCE(${f.fuel}_m.volume, 0) AS ${f.fuel}_m, ${f.fuel}_ej.value AS ${f.fuel}_ej,
             ${f.fuel}_c.value AS ${f.fuel}_c, ${f.fuel}_p.value AS ${f.fuel}_p`).join(',');
  const derived = ESD_FUELS.map(({ fuel: f }) => `
             CASE WHEN ${f}_total IS NULL THEN 0 ELSE 1 END AS ${f}_has,
             CASE WHEN ${f}_ej IS NULL OR pe IS NULL OR pe = 0 THEN NULL ELSE ${f}_ej / pe END AS ${f}_eta,
             CASE WHEN ${f}_total IS NULL THEN NULL ELSE ${f}_m / ${f}_total END AS ${f}_q,
             CASE WHEN ${f}_c IS NULL OR ${f}_c = 0 THEN NULL
                  WHEN ${f}_p IS NOT NULL THEN ${clamp01(`(${f}_c - ${f}_p) / ${f}_c`)}
                  WHEN ${f}_total IS NOT NULL THEN ${clamp01(`${f}_total / ${f}_c`)}
                  ELSE NULL END AS ${f}_d,
             CASE WHEN ${f}_c IS NOT NULL AND ${f}_c <> 0 AND ${f}_p IS NULL AND ${f}_total IS NOT NULL THEN 1 ELSE 0 END AS ${f}_fallback`).join(',');
  const ok = (f: string) => `(${f}_has = 1 AND ${f}_eta IS NOT NULL AND ${f}_d IS NOT NULL)`;
  const term = (f: string) => `CASE WHEN ${ok(f)} THEN ${f}_eta * ${f}_q * ${f}_d ELSE 0.0 END`;
  const flagPart = (f: string) => `CASE WHEN ${f}_has = 0 THEN ',partial:${f}' ELSE ${tok(`${f}_eta IS NULL`, `missing:${f}_share`)} || ${tok(`${f}_d IS NULL`, `missing:${f}_dependency`)} || ${tok(`${f}_fallback = 1`, `dependency_from_imports:${f}`)} END`;
  return `
    SELECT subject, counterpart, year,
           CASE WHEN NOT ${ok(g.fuel)} AND NOT ${ok(o.fuel)} THEN NULL ELSE (${term(g.fuel)}) + (${term(o.fuel)}) END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           ${tokens(flagPart(g.fuel), flagPart(o.fuel))} AS flags
      FROM (SELECT subject, counterpart, year,${derived}
              FROM (SELECT p.importer AS subject, p.exporter AS counterpart, p.year, pe.value AS pe,${raw}
                      FROM (SELECT DISTINCT importer, exporter, year
                              FROM (SELECT importer, exporter, year FROM ${GAS} AS g WHERE exporter IS NOT NULL
                                    UNION ALL SELECT importer, exporter, year FROM ${CRUDE} AS c WHERE exporter IS NOT NULL) AS u) AS p
                      LEFT JOIN ${balance('primary_energy_consumption')} AS pe ON pe.country = p.importer AND pe.year = p.year${joins}) AS r) AS d`;
}

function esdReference(input: ReferenceInput): MetricRow[] {
  const gas = gasFlows(input);
  const crude = crudeFlows(input);
  const pe = balanceTs(input, 'primary_energy_consumption');
  const fuels = [
    { fuel: 'gas', totals: gasTotalsTs(gas), pairs: pairsTs(gas), ej: balanceTs(input, 'gas_consumption_ej'), c: balanceTs(input, 'gas_consumption'), p: balanceTs(input, 'gas_production') },
    { fuel: 'oil', totals: crudeTotalsTs(crude), pairs: pairsTs(crude), ej: balanceTs(input, 'oil_consumption_ej'), c: balanceTs(input, 'oil_consumption'), p: balanceTs(input, 'oil_production') },
  ];
  const keys = new Set([...gas, ...crude].filter((f) => f.exporter !== null).map((f) => `${f.importer}|${f.exporter}|${f.year}`));
  return [...keys].map((k) => {
    const [i, j, y] = k.split('|') as [string, string, string];
    const iy = `${i}|${y}`;
    const peV = pe.get(iy) ?? null;
    let value: number | null = null;
    const flags: string[] = [];
    for (const f of fuels) {
      const total = f.totals.get(iy)?.total ?? null;
      if (total === null) {
        flags.push(`partial:${f.fuel}`);
        continue;
      }
      const ej = f.ej.get(iy) ?? null;
      const c = f.c.get(iy) ?? null;
      const p = f.p.get(iy) ?? null;
      const eta = ej === null || peV === null || peV === 0 ? null : ej / peV;
      const q = (f.pairs.get(k) ?? 0) / total;
      const d = c === null || c === 0 ? null : p !== null ? clamp((c - p) / c) : clamp(total / c);
      if (eta === null) flags.push(`missing:${f.fuel}_share`);
      if (d === null) flags.push(`missing:${f.fuel}_dependency`);
      if (c !== null && c !== 0 && p === null) flags.push(`dependency_from_imports:${f.fuel}`);
      if (eta !== null && d !== null) value = (value ?? 0) + eta * q * d;
    }
    return row(i, j, Number(y), value, flags.join(','));
  });
}

const supplyDependence: MetricDefinition = {
  id: 'energy.supply_dependence', title: 'Energy Supply Dependence (ESD)', family: 'energy',
  formula: 'ESD(i←j) = Σ_f η(i,f) · q(i←j,f) · d(i,f),  f ∈ {gas, oil};  η = fuel consumption (EJ) / primary energy consumption (EJ); q = share of i\'s imports of f from j; d = clamp[0,1]((C_f − P_f) / C_f), or clamp[0,1](imports_f / C_f) where P_f is not reported',
  description: "How much of the subject's primary energy depends on imports from the counterpart (CONCEPTS C14a, after Le Coq & Paltseva's import-weighted supply-risk measures): the fuel's weight in primary energy × the counterpart's share of the subject's imports of that fuel × the subject's import dependency for that fuel, summed over fuels. 0 = none of the subject's energy comes from the counterpart; 1 = all of it (a subject that uses only imported gas, all from the counterpart). Fuels: natural gas (pipeline + LNG, bcm) and crude oil (Mt), the only fuels with bilateral data; coal, nuclear and renewables count as domestic/unattributed (η of gas and oil sum to < 1). Fuel weights η from the Energy Institute country series in exajoules (gas_consumption_ej, oil_consumption_ej over primary_energy_consumption, all EJ; oil consumption includes products while q uses crude only). Import dependency d from consumption and production in physical units (bcm; Mt); where the source has no production row for the subject (Belarus gas: inside \"Other CIS\") d falls back to the subject's total imports of the fuel over its consumption, capped at 1 (flag dependency_from_imports:<fuel>; an upper bound of net dependency where the subject re-exports). Missing partner data: a fuel for which the subject has no (or an incomplete) import row in that year drops out of the sum with the flag partial:<fuel> — never a silent 0 — so Belarus's ESD is its gas term only, flagged partial:oil (Belarus is inside the \"Other CIS\" oil area). A fuel with partner data but no η or d drops out with missing:<fuel>_share or missing:<fuel>_dependency. NULL when no fuel can be computed. The substitutability term σ of C14a is not estimated (no storage or spare-capacity data); the import dependency takes its place.",
  citations: ['le-coq-paltseva-2009', 'kruyt-2009', 'energy-institute-2024', 'keohane-nye-1977'], unit: 'share of primary energy', range: { min: 0, max: 1 },
  direction: DEPENDENT, level: 'directed', inputs: ['energy_flow', 'energy_balance'], version: V, usesTradeSource: false,
  sql: esdSql,
  reference: esdReference,
};

export const ENERGY_METRICS: readonly MetricDefinition[] = [
  supplierShare('gas'),
  supplierShare('oil'),
  gasHhi,
  singleSupplier,
  gasImportDependency,
  netImportDependency,
  supplyDependence,
];

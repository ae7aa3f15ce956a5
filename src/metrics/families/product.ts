// The kind of goods (issue 13): product concentration of a dyad's trade (Herfindahl/Hirschman over HS chapters and
// headings), the end-use composition of a dyad's imports (BEC Rev.4 classes, UN Statistics Division), and
// criticality-weighted import dependence after the strategic-dependency screens of the European Commission (2021,
// SWD(2021) 352) and CEPII GeoDep (Lefebvre & Wibaux 2024). All read trade_product through metrics/product-flow.ts
// (one dataset per year, one declaration per dyad; see the rules there). Directed metrics: subject = importer,
// counterpart = exporter (the supplier). No row where the data have no product flow for the dyad: product data are
// user imports (BACI, Comtrade) except OTS 2017 exports to the world, so most dyad-years have none.
import type { Citation } from '../citations.js';
import {
  END_USE_CLASSES, endUseClassTs, endUseKey, endUseKeySql, hhiOf, HS_BEC_DATASET, levelToken, levelTokenSql, productFlowTs,
  productGoodsTs, productWithSql, SCREEN_THRESHOLDS, worldExportTs, type EndUseClass, type ProductFlow,
} from '../product-flow.js';
import type { MetricDefinition, MetricRow } from '../types.js';

export const PRODUCT_CITATIONS: Readonly<Record<string, Citation>> = {
  'ec-swd-2021-352': {
    key: 'ec-swd-2021-352', authors: 'European Commission', year: 2021,
    title: 'Strategic dependencies and capacities. Commission Staff Working Document accompanying "Updating the 2020 New Industrial Strategy: Building a stronger Single Market for Europe\'s recovery" (COM(2021) 350 final)',
    venue: 'SWD(2021) 352 final, Brussels, 5 May 2021',
  },
  'cepii-geodep-2024': {
    key: 'cepii-geodep-2024', authors: 'Lefebvre, Kevin and Pauline Wibaux', year: 2024,
    title: 'Import dependencies: where does the EU stand? (reference document of the CEPII GeoDep database of HS6 import dependencies)',
    venue: 'CEPII Policy Brief No 47, September 2024',
  },
  'jaravel-mejean-2021': {
    key: 'jaravel-mejean-2021', authors: 'Jaravel, Xavier and Isabelle Méjean', year: 2021,
    title: 'Quelle stratégie de résilience dans la mondialisation ?',
    venue: "Les notes du Conseil d'analyse économique, Paris, April 2021 (cae-eco.fr)",
  },
  'unsd-bec-rev4': {
    key: 'unsd-bec-rev4', authors: 'United Nations Statistics Division', year: 2002,
    title: 'Classification by Broad Economic Categories, defined in terms of SITC, Rev.3 and HS 2002 (BEC Rev.4)',
    venue: 'Statistical Papers Series M No. 53, Rev.4, United Nations, New York',
  },
  'unsd-hs2017-bec': {
    key: 'unsd-hs2017-bec', authors: 'United Nations Statistics Division', year: 2017,
    title: 'HS 2017 to BEC Conversion and Correlation Tables',
    venue: 'UNSD trade classification correspondence tables (unstats.un.org/unsd/trade/classifications/correspondence-tables.asp); copy in the R package concordance (Kim, Liao & Imai), data-raw, commit 79e293f',
  },
};

const V = '1.0.0';
const FLOW_NOTE = 'Values are current US$ from trade_product; one dataset per year (the one covering the most importers), read at its longest product code, and per dyad the importer\'s own declaration where there is one (else a reconciled figure such as BACI\'s, else the exporter\'s, flag exporter_declared). HS chapter 99 (not classified) is left out. Flags start with the code length read: hs2, hs4, hs6 or hs6+ (CN8 and longer).';

const row = (subject: string, counterpart: string | null, year: number, value: number | null, flags: string): MetricRow =>
  ({ subject, counterpart, year, value, low: null, high: null, flags });
const toks = (...parts: Array<[boolean, string]>) => parts.filter(([c]) => c).map(([, t]) => t);
const sqlTok = (cond: string, token: string) => `CASE WHEN ${cond} THEN ',${token}' ELSE '' END`;

function group<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) out.set(key(x), [...(out.get(key(x)) ?? []), x]);
  return out;
}

const dyads = (flows: readonly ProductFlow[]) => group(flows, (f) => `${f.year}|${f.importer}|${f.exporter}`);
const dyadFlags = (fs: readonly ProductFlow[], ...extra: Array<[boolean, string]>) =>
  [levelToken(Math.max(...fs.map((f) => f.lvl))), ...toks([fs.some((f) => f.mirror === 1), 'exporter_declared'], ...extra)].join(',');
const DYAD_FLAGS_SQL = (f: string) => `${levelTokenSql(`MAX(${f}.lvl)`)} || ${sqlTok(`MAX(${f}.mirror) = 1`, 'exporter_declared')}`;

// ---- product concentration of a dyad's imports (HS chapters, HS headings) ----

function importHhi(digits: 2 | 4): MetricDefinition {
  const unit = digits === 2 ? 'chapters (HS2)' : 'headings (HS4)';
  return {
    id: `product.import_hhi_hs${digits}`, family: 'product',
    title: `Product concentration of imports from the counterpart (HHI over HS ${digits === 2 ? 'chapters' : 'headings'})`,
    formula: `H_ij = Σ_c (M_ijc / M_ij)²   over HS ${unit} c;  M_ijc = imports of i from j in c (US$)`,
    description: `Herfindahl–Hirschman index of the subject's imports from the counterpart across HS ${unit}: 1 = everything it buys from the counterpart is in one ${digits === 2 ? 'chapter (e.g. all mineral fuels, chapter 27)' : 'heading (e.g. all crude oil, heading 2709)'}, 1/n = spread evenly over n. A dyad trading in one ${digits === 2 ? 'chapter' : 'heading'} only is flagged single_product.${digits === 4 ? ' Only for years whose product data have at least four digits.' : ''} ${FLOW_NOTE}`,
    citations: ['hirschman-1945', 'herfindahl-1950'], unit: 'index (HHI)', range: { min: 0, max: 1 },
    direction: "higher = the subject's imports from the counterpart concentrated in fewer goods",
    level: 'directed', inputs: ['trade_product'], version: V, usesTradeSource: false,
    sql: () => `
      ${productWithSql()}
      SELECT d.importer AS subject, d.exporter AS counterpart, d.year,
             SUM(d.v * d.v) / (SUM(d.v) * SUM(d.v)) AS value, CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
             ${DYAD_FLAGS_SQL('d')} || ${sqlTok('COUNT(*) = 1', 'single_product')} AS flags
        FROM (SELECT f.year, f.importer, f.exporter, SUBSTR(f.product, 1, ${digits}) AS grp, SUM(f.value) AS v,
                     MAX(f.lvl) AS lvl, MAX(f.mirror) AS mirror
                FROM pf_flow AS f WHERE f.lvl >= ${digits}
               GROUP BY f.year, f.importer, f.exporter, SUBSTR(f.product, 1, ${digits})) AS d
       GROUP BY d.importer, d.exporter, d.year`,
    reference: (input) => [...dyads(productFlowTs(input).filter((f) => f.lvl >= digits)).values()].map((fs) => {
      const groups = [...group(fs, (f) => f.product.slice(0, digits)).values()].map((g) => g.reduce((a, f) => a + f.value, 0));
      return row(fs[0]!.importer, fs[0]!.exporter, fs[0]!.year, hhiOf(groups), dyadFlags(fs, [groups.length === 1, 'single_product']));
    }),
  };
}

// ---- product concentration of a state's exports to the world (monadic) ----

const exportHhi: MetricDefinition = {
  id: 'product.export_hhi_hs2', family: 'product',
  title: 'Product concentration of exports (HHI over HS chapters)',
  formula: 'H_i = Σ_c (X_ic / X_i)²   over HS chapters c;  X_ic = exports of i to the world in c (US$)',
  description: "Herfindahl–Hirschman index of the subject's exports to the world across HS chapters (Hirschman's commodity concentration of exports): 1 = a single chapter, 1/n = spread evenly over n. A raw-material exporter scores high (Russia 2017: about 0.33, most of it chapter 27), a diversified manufacturer low. Read from exports to the world as published (importer NULL: OTS, Comtrade exports to World; one dataset per year, the one covering the most exporters, at its longest code); an exporter-year without such rows is read from the bilateral flows summed over importers (flag from_bilateral, complete only when the bilateral data cover all its partners, as BACI does). HS chapter 99 left out; flags start with the code length read (hs2, hs4, hs6, hs6+); single_product when only one chapter.",
  citations: ['hirschman-1945', 'herfindahl-1950'], unit: 'index (HHI)', range: { min: 0, max: 1 },
  direction: 'higher = exports concentrated in fewer goods', level: 'monadic', inputs: ['trade_product'], version: V, usesTradeSource: false,
  sql: () => `
    ${productWithSql('pf_world_exports')}
    SELECT e.exporter AS subject, CAST(NULL AS VARCHAR) AS counterpart, e.year,
           SUM(e.v * e.v) / (SUM(e.v) * SUM(e.v)) AS value, CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           ${levelTokenSql('MAX(e.lvl)')} || ${sqlTok('MAX(e.fb) = 1', 'from_bilateral')} || ${sqlTok('COUNT(*) = 1', 'single_product')} AS flags
      FROM (SELECT w.year, w.exporter, SUBSTR(w.product, 1, 2) AS ch, SUM(w.value) AS v, MAX(w.lvl) AS lvl, 0 AS fb
              FROM pf_world_exports AS w GROUP BY w.year, w.exporter, SUBSTR(w.product, 1, 2)
            UNION ALL
            SELECT f.year, f.exporter, SUBSTR(f.product, 1, 2) AS ch, SUM(f.value) AS v, MAX(f.lvl) AS lvl, 1 AS fb
              FROM pf_flow AS f
              LEFT JOIN (SELECT w.year, w.exporter, 1 AS one FROM pf_world_exports AS w GROUP BY w.year, w.exporter) AS h
                ON h.year = f.year AND h.exporter = f.exporter
             WHERE COALESCE(h.one, 0) = 0
             GROUP BY f.year, f.exporter, SUBSTR(f.product, 1, 2)) AS e
     GROUP BY e.exporter, e.year`,
  reference: (input) => {
    const world = worldExportTs(input);
    const published = new Set(world.map((w) => `${w.year}|${w.exporter}`));
    const rows = [
      ...world.map((w) => ({ year: w.year, exporter: w.exporter, product: w.product, value: w.value, lvl: w.lvl, fb: false })),
      ...productFlowTs(input).filter((f) => !published.has(`${f.year}|${f.exporter}`))
        .map((f) => ({ year: f.year, exporter: f.exporter, product: f.product, value: f.value, lvl: f.lvl, fb: true })),
    ];
    return [...group(rows, (r) => `${r.year}|${r.exporter}`).values()].map((rs) => {
      const chapters = [...group(rs, (r) => r.product.slice(0, 2)).values()].map((g) => g.reduce((a, r) => a + r.value, 0));
      const flags = [levelToken(Math.max(...rs.map((r) => r.lvl))), ...toks([rs.some((r) => r.fb), 'from_bilateral'], [chapters.length === 1, 'single_product'])];
      return row(rs[0]!.exporter, null, rs[0]!.year, hhiOf(chapters), flags.join(','));
    });
  },
};

// ---- end-use composition of a dyad's imports (BEC Rev.4) ----

const END_USE_TEXT: Record<EndUseClass, string> = {
  primary: 'primary goods (raw materials and crude fuels: BEC 111, 21, 31 — e.g. grain for industry, ores, crude oil 2709, natural gas in gaseous state 271121, coal)',
  intermediate: 'processed intermediate goods (BEC 121, 22, 322, 42, 53: processed food for industry, processed industrial supplies such as fertilisers (potassium chloride 310420), metals and chemicals, processed fuels other than motor spirit such as LNG, petroleum gases and coke, parts and accessories)',
  capital: 'capital goods (BEC 41 machinery and equipment, 521 industrial transport equipment)',
  consumption: 'consumption goods (BEC 112, 122, 522, 61, 62, 63: food and beverages for households, non-industrial transport equipment, durable, semi-durable and non-durable consumer goods)',
  unallocated: 'goods that BEC Rev.4 leaves out of the three SNA classes (321 motor spirit; 32, which the HS 2017 table gives to the refined petroleum oils 271012, 271019, 271020 — motor spirit, diesel, fuel oil — without splitting them into 321/322; 51 passenger cars; 7 n.e.s.), HS codes whose subheadings or BEC rows span several classes, and codes not in the HS 2017 correspondence',
};

function endUseShare(cls: EndUseClass): MetricDefinition {
  const pick = cls === 'unallocated'
    ? `CASE WHEN c.cls IN (${END_USE_CLASSES.map((x) => `'${x}'`).join(', ')}) THEN 0.0 ELSE f.value END`
    : `CASE WHEN c.cls = '${cls}' THEN f.value ELSE 0.0 END`;
  return {
    id: `product.import_share_${cls}`, family: 'product',
    title: `Share of ${cls === 'unallocated' ? 'unallocated goods' : `${cls} goods`} in imports from the counterpart (BEC end use)`,
    formula: `S_ij(${cls}) = Σ_{k ∈ ${cls}} M_ijk / Σ_k M_ijk   (k: HS codes; class of k from HS 2017 → BEC Rev.4)`,
    description: `Share of the subject's imports from the counterpart that are ${END_USE_TEXT[cls]}. The five shares primary, intermediate, capital, consumption and unallocated of a dyad sum to 1; primary + intermediate is BEC's SNA intermediate class. An HS heading or chapter counts in a class only when all its HS 2017 subheadings do (chapter 27 mixes crude oil 31, refined oils 32 and LNG 322, so HS2-level data leave it unallocated): the finer the product data, the less is unallocated. Not computed (no rows) without the HS–BEC correspondence (table hs_bec). ${FLOW_NOTE}`,
    citations: ['unsd-bec-rev4', 'unsd-hs2017-bec'], unit: 'share', range: { min: 0, max: 1 },
    direction: cls === 'unallocated' ? 'higher = more of the dyad\'s imports outside the BEC end-use classes (less is known)' : `higher = more of the subject's imports from the counterpart are ${cls} goods`,
    level: 'directed', inputs: ['trade_product', 'hs_bec'], version: V, usesTradeSource: false,
    sql: () => `
      ${productWithSql('pf_end_use')}
      SELECT f.importer AS subject, f.exporter AS counterpart, f.year,
             SUM(${pick}) / SUM(f.value) AS value, CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
             ${DYAD_FLAGS_SQL('f')} AS flags
        FROM (SELECT p.year, p.importer, p.exporter, p.value, p.lvl, p.mirror, ${endUseKeySql('p.product', 'p.lvl')} AS code
                FROM pf_flow AS p) AS f
        LEFT JOIN pf_end_use AS c ON c.code = f.code
        CROSS JOIN (SELECT COUNT(*) AS n FROM hs_bec WHERE dataset = '${HS_BEC_DATASET}') AS mp
       WHERE mp.n > 0
       GROUP BY f.importer, f.exporter, f.year`,
    reference: (input) => {
      const classes = endUseClassTs(input);
      if (classes.size === 0) return [];
      return [...dyads(productFlowTs(input)).values()].map((fs) => {
        const total = fs.reduce((a, f) => a + f.value, 0);
        const part = fs.filter((f) => (classes.get(endUseKey(f.product)) ?? 'unallocated') === cls).reduce((a, f) => a + f.value, 0);
        return row(fs[0]!.importer, fs[0]!.exporter, fs[0]!.year, part / total, dyadFlags(fs));
      });
    },
  };
}

// ---- criticality-weighted import dependence and the screen ----

const SCREEN_TEXT = `a good k is a dependence of importer i when its supplier concentration H^M_ik = Σ_e (M_eik / M_ik)² exceeds ${SCREEN_THRESHOLDS.supplierHhi}, its world-export concentration H^W_k = Σ_e (W_ek / W_k)² (W_ek = exports of e to all importers in the year's data) exceeds ${SCREEN_THRESHOLDS.worldHhi}, and i's imports of k exceed ${SCREEN_THRESHOLDS.importExportRatio}× its exports of k (no exports of k passes, as GeoDep's ratio 9999)`;

const criticalShare: MetricDefinition = {
  id: 'product.critical_import_share', family: 'product',
  title: 'Criticality-weighted import share (imports weighted by world-export concentration)',
  formula: 'C_ij = Σ_k H^W_k · M_ijk / M_i ,   H^W_k = Σ_e (W_ek / W_k)²,   M_i = Σ_j Σ_k M_ijk',
  description: `The subject's imports from the counterpart as a share of its total imports, each good weighted by how concentrated its world supply is (world-export Herfindahl index across exporters, the second criterion of CEPII's GeoDep screen): a dollar of a good that few countries export counts nearly fully, a dollar of a widely exported good little. Summed over counterparts it is the subject's import-weighted mean world-export concentration; with every good monopolised it equals the import share. Additive over counterparts (group rows such as EU). World exports are summed from the same year's bilateral data, so they are complete only for a full dataset such as a BACI year; goods are the product codes at the year's code length (GeoDep uses HS6). ${FLOW_NOTE}`,
  citations: ['cepii-geodep-2024', 'ec-swd-2021-352', 'herfindahl-1950'], unit: 'share of total imports', range: { min: 0, max: 1 },
  direction: 'higher = the subject depends on the counterpart for goods whose world supply is concentrated',
  level: 'directed', inputs: ['trade_product'], version: V, usesTradeSource: false, additiveOverCounterparts: true,
  sql: () => `
    ${productWithSql('pf_world_hhi', 'pf_total')}
    SELECT f.importer AS subject, f.exporter AS counterpart, f.year,
           SUM(f.value * w.world_hhi) / MAX(t.total) AS value, CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           ${DYAD_FLAGS_SQL('f')} AS flags
      FROM pf_flow AS f
      JOIN pf_world_hhi AS w ON w.year = f.year AND w.product = f.product
      JOIN pf_total AS t ON t.year = f.year AND t.importer = f.importer
     GROUP BY f.importer, f.exporter, f.year`,
  reference: (input) => {
    const flows = productFlowTs(input);
    const world = new Map(productGoodsTs(flows).map((g) => [`${g.year}|${g.product}`, g.worldHhi]));
    const totals = new Map([...group(flows, (f) => `${f.year}|${f.importer}`)].map(([k, fs]) => [k, fs.reduce((a, f) => a + f.value, 0)]));
    return [...dyads(flows).values()].map((fs) => {
      const { year, importer, exporter } = fs[0]!;
      const weighted = fs.reduce((a, f) => a + f.value * world.get(`${f.year}|${f.product}`)!, 0);
      return row(importer, exporter, year, weighted / totals.get(`${year}|${importer}`)!, dyadFlags(fs));
    });
  },
};

const dependentShare: MetricDefinition = {
  id: 'product.dependent_import_share', family: 'product',
  title: 'Share of imports in screened dependent goods bought from the counterpart (EU / GeoDep screen)',
  formula: `D_ij = Σ_{k ∈ K_i} M_ijk / M_i ;  k ∈ K_i ⇔ H^M_ik > ${SCREEN_THRESHOLDS.supplierHhi} ∧ H^W_k > ${SCREEN_THRESHOLDS.worldHhi} ∧ M_ik > ${SCREEN_THRESHOLDS.importExportRatio}·X_ik`,
  description: `The subject's imports from the counterpart of goods that pass the strategic-dependency screen, as a share of the subject's total imports: ${SCREEN_TEXT}. The European Commission's bottom-up screen (SWD(2021) 352) tests EU imports of each product for concentration across non-EU suppliers (HHI > 0.4), for their weight in EU demand and for substitutability by EU production (imports over EU exports > 1); CEPII's GeoDep applies it to any importing country and puts world-export concentration (HHI > 0.4) in place of the weight-in-demand test, which is the form used here; GeoDep's fourth criterion (the three hold in two of three consecutive years) is not applied, so a good can pass in one year. 0 when none of the counterpart's goods pass. missing:exports when the subject exports nothing at all in the year's data (the ratio test then passes by rule, which overstates dependence if its exports are simply not in the data). Additive over counterparts. \`interdep screen <country>\` lists the goods. ${FLOW_NOTE}`,
  citations: ['ec-swd-2021-352', 'cepii-geodep-2024', 'jaravel-mejean-2021'], unit: 'share of total imports', range: { min: 0, max: 1 },
  direction: 'higher = more of the subject\'s imports are screened dependent goods from the counterpart',
  level: 'directed', inputs: ['trade_product'], version: V, usesTradeSource: false, additiveOverCounterparts: true,
  sql: () => `
    ${productWithSql('pf_goods', 'pf_total')}
    SELECT f.importer AS subject, f.exporter AS counterpart, f.year,
           SUM(CASE WHEN g.dependent = 1 THEN f.value ELSE 0.0 END) / MAX(t.total) AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high,
           ${DYAD_FLAGS_SQL('f')} || ${sqlTok('MAX(g.has_exports) = 0', 'missing:exports')} AS flags
      FROM pf_flow AS f
      JOIN pf_goods AS g ON g.year = f.year AND g.importer = f.importer AND g.product = f.product
      JOIN pf_total AS t ON t.year = f.year AND t.importer = f.importer
     GROUP BY f.importer, f.exporter, f.year`,
  reference: (input) => {
    const flows = productFlowTs(input);
    const goods = new Map(productGoodsTs(flows).map((g) => [`${g.year}|${g.importer}|${g.product}`, g]));
    const totals = new Map([...group(flows, (f) => `${f.year}|${f.importer}`)].map(([k, fs]) => [k, fs.reduce((a, f) => a + f.value, 0)]));
    return [...dyads(flows).values()].map((fs) => {
      const { year, importer, exporter } = fs[0]!;
      const gs = fs.map((f) => goods.get(`${f.year}|${f.importer}|${f.product}`)!);
      const dependent = fs.reduce((a, f, i) => a + (gs[i]!.dependent ? f.value : 0), 0);
      return row(importer, exporter, year, dependent / totals.get(`${year}|${importer}`)!, dyadFlags(fs, [!gs[0]!.hasExports, 'missing:exports']));
    });
  },
};

export const PRODUCT_METRICS: readonly MetricDefinition[] = [
  importHhi(2),
  importHhi(4),
  exportHhi,
  ...[...END_USE_CLASSES, 'unallocated' as const].map(endUseShare),
  criticalShare,
  dependentShare,
];

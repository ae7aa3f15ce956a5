// Gathers a country report's data from the store: partner shares, dependence by domain, asymmetry with the top
// partners, the peer group, the state's series, the hypothesis specifications run for the state, and provenance.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANALYSIS_CITATIONS } from '../analysis/citations.js';
import type { LongValue } from '../analysis/panel.js';
import { parseHypothesisSpec } from '../analysis/parse-spec.js';
import type { HypothesisResult } from '../analysis/run-hypothesis.js';
import { InputError } from '../core/errors.js';
import { CDI_BASES, cdiCoverage } from '../metrics/families/composite.js';
import { CITATIONS } from '../metrics/registry.js';
import type { Database } from '../store/db.js';
import { groupMembers, panelValues } from '../store/queries/panel.js';
import { eventsOfTypes } from '../store/queries/report-events.js';
import { imfArrangements, inGroup, latestMetricYear, partnerRanking, stateNames } from '../store/queries/report-country.js';
import { runHypothesisOnStore } from './hypothesis-service.js';
import type { CountryReportData, DomainValue } from './model.js';
import { metricSources } from './sources.js';
import { checkThesisClaims } from './thesis-claims.js';

/** Domain → the metric the composite reads for it (docs/methods.md, composite.dependence); security has two parts. */
export const DOMAIN_METRICS: ReadonlyArray<{ domain: string; metric: string }> = [
  { domain: 'trade', metric: CDI_BASES.trade },
  { domain: 'energy', metric: CDI_BASES.energy },
  { domain: 'institutions', metric: CDI_BASES.institutions },
  { domain: 'security (arms)', metric: CDI_BASES.security },
  { domain: 'security (allies)', metric: CDI_BASES.securityAlliance },
  { domain: 'mobility', metric: CDI_BASES.mobility },
  { domain: 'finance', metric: CDI_BASES.finance },
];

export const REPORT_METRICS = [
  'composite.dependence', 'composite.partner_choice', 'power.net', 'trade.share_turnover', 'energy.supply_dependence',
  'energy.gas_supplier_share', 'energy.oil_supplier_share', 'igo.shared_share', 'igo.comember_capability_share', 'igo.count_full', 'igo.shared_full',
  'security.arms_import_share', 'security.ally_capability_share', 'migration.stock_share', 'migration.remittance_share', 'trade.partner_hhi',
  'unga.ideal_point_distance', 'finance.imf_arrangement_active', 'visa.free_access',
];

export interface ReportOptions {
  year?: number;
  analysesDir?: string;
}

const PEER_GROUPS = ['FSU15', 'EU', 'NATO', 'WEST'];

/** The hypothesis specifications shipped with interdep (analyses/ at the package root). */
export const DEFAULT_ANALYSES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'analyses');

export async function gatherCountryReport(db: Database, state: string, opts: ReportOptions = {}): Promise<CountryReportData> {
  const names = Object.fromEntries(await stateNames(db));
  const year = opts.year ?? (await latestMetricYear(db, 'trade.share_turnover', state, 9999)) ?? (await latestMetricYear(db, 'composite.dependence', state, 9999));
  if (year === null) throw new InputError({ field: 'ISO3' }, `no trade or composite values for ${state}`, 'choose a state with data (see `interdep summary`)');
  let peerGroup = 'FSU15';
  for (const g of PEER_GROUPS) if (await inGroup(db, g, state, year)) { peerGroup = g; break; }
  const cdiRank = await partnerRanking(db, 'composite.dependence', state, year);
  const focus = peerGroup === 'FSU15' && state !== 'RUS' ? 'RUS' : cdiRank[0]?.counterpart ?? 'RUS';

  const tradeRank = await partnerRanking(db, 'trade.share_turnover', state, year);
  const sharePartners = [...new Set([focus, ...tradeRank.slice(0, 5).map((r) => r.counterpart)])];
  const shares = await panelValues(db, { metrics: ['trade.share_turnover'], subjects: [state], counterparts: [...sharePartners, 'EU'], from: 1990, to: year });

  const domainPartners = [...new Set([focus, ...cdiRank.slice(0, 4).map((r) => r.counterpart)])].slice(0, 5);
  const domains: DomainValue[] = [];
  for (const { domain, metric } of DOMAIN_METRICS) {
    const y = await latestMetricYear(db, metric, state, year);
    if (y === null) continue;
    for (const r of await panelValues(db, { metrics: [metric], subjects: [state], counterparts: domainPartners, from: y, to: y })) {
      if (r.counterpart !== null && domainPartners.includes(r.counterpart) && r.value !== null) domains.push({ partner: r.counterpart, domain, metric, year: y, value: r.value });
    }
  }

  const asymPartners = [...new Set([focus, ...cdiRank.slice(0, 8).map((r) => r.counterpart)])];
  const outRows = await panelValues(db, { metrics: ['composite.dependence', 'power.net'], subjects: [state], counterparts: asymPartners, from: year, to: year });
  const inRows = await panelValues(db, { metrics: ['composite.dependence'], subjects: asymPartners, counterparts: [state], from: year, to: year });
  const find = (rows: LongValue[], metric: string, subject: string, counterpart: string) =>
    rows.find((r) => r.metric === metric && r.subject === subject && r.counterpart === counterpart);
  const pick = (rows: LongValue[], metric: string, subject: string, counterpart: string) => find(rows, metric, subject, counterpart)?.value ?? null;
  // the domains each composite lacks for the pair-year travel with it to every place the report prints it
  const missingOf = (rows: LongValue[], subject: string, counterpart: string) => {
    const r = find(rows, 'composite.dependence', subject, counterpart);
    return r === undefined ? null : cdiCoverage(r.flags).missing_domains;
  };
  const asymmetry = asymPartners
    .map((p) => ({
      partner: p, out: pick(outRows, 'composite.dependence', state, p), in: pick(inRows, 'composite.dependence', p, state), netPower: pick(outRows, 'power.net', state, p),
      outMissing: missingOf(outRows, state, p) ?? [], inMissing: missingOf(inRows, p, state),
    }))
    .filter((r): r is typeof r & { out: number } => r.out !== null);

  const members = (await groupMembers(db, peerGroup, year, year)).filter((m) => m !== focus);
  const peerRows = await panelValues(db, { metrics: ['composite.dependence', 'composite.partner_choice', 'trade.share_turnover'], subjects: members, counterparts: [focus], from: year, to: year });
  const peers = members.map((m) => ({
    state: m,
    cdi: pick(peerRows, 'composite.dependence', m, focus),
    partnerChoice: peerRows.find((r) => r.metric === 'composite.partner_choice' && r.subject === m && r.counterpart === null)?.value ?? null,
    tradeShare: pick(peerRows, 'trade.share_turnover', m, focus),
    missing: missingOf(peerRows, m, focus),
  }));

  const series = [
    ...(await panelValues(db, {
      metrics: ['composite.dependence', 'composite.partner_choice', 'igo.count_full', 'igo.shared_full', 'trade.partner_hhi', 'trade.share_turnover'],
      subjects: [state], counterparts: [focus], from: 1990, to: year,
    })),
    ...(await panelValues(db, { metrics: ['composite.dependence'], subjects: [focus], counterparts: [state], from: 1990, to: year })),
  ];

  const hypotheses: HypothesisResult[] = [];
  const dir = opts.analysesDir ?? DEFAULT_ANALYSES_DIR;
  if (!existsSync(dir)) throw new InputError({ file: dir }, 'hypothesis specification directory not found', 'pass --analyses DIR (the package ships analyses/)');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const path = join(dir, file);
    const spec = parseHypothesisSpec(readFileSync(path, 'utf8'), path);
    hypotheses.push(await runHypothesisOnStore(db, { ...spec, timeseries: { ...spec.timeseries, unit: state } }, path));
  }

  const { sources, datasets } = await metricSources(db, REPORT_METRICS);
  const citeKeys = new Set(sources.flatMap((s) => s.citations));
  const allCitations = { ...CITATIONS, ...ANALYSIS_CITATIONS };
  const citations = [...citeKeys, ...Object.keys(ANALYSIS_CITATIONS)].filter((k) => allCitations[k]).map((k) => allCitations[k]!);

  return {
    state, name: names[state] ?? state, year, focus, peerGroup, names,
    shares, sharePartners, domains, domainPartners, asymmetry, peers, series,
    imfYears: (await imfArrangements(db, state)).map((a) => a.year),
    events: await eventsOfTypes(db, [state], null),
    hypotheses,
    claims: state === 'BLR' ? await checkThesisClaims(db) : [],
    sources, datasets, citations: [...new Map(citations.map((c) => [c.key, c])).values()].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

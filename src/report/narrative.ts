// The country report's text: answers to the seed thesis's five research questions for any state, each with the
// numbers that support it (linked to their metric), the charts, the thesis's own figures checked (Belarus), and a
// methods appendix. Pure: reads CountryReportData only.
import type { LongValue } from '../analysis/panel.js';
import type { HypothesisResult } from '../analysis/run-hypothesis.js';
import type { Estimate } from '../analysis/result.js';
import { FACTBOOK_FLAG } from '../metrics/families/institutions.js';
import { asymmetryChart, domainChart, partnerSharesChart, peersChart } from './charts.js';
import type { Block, Inline, ReportDocument } from './document.js';
import { formatHypothesis, num } from './format-hypothesis.js';
import type { CountryReportData } from './model.js';

const pct = (v: number) => `${num(v * 100, 3)}%`;
const dec = (v: number) => v.toFixed(2);

/** The domains a composite value lacks, to print beside it: "missing: energy, finance" or "no domain missing". */
const missingPhrase = (missing: readonly string[] | null | undefined, year?: number): string =>
  missing === null || missing === undefined ? 'domains unknown'
    : missing.length === 0 ? 'no domain missing' : `missing${year === undefined ? '' : ` in ${year}`}: ${missing.join(', ')}`;
/** The same as a table cell under a "domains missing" header. */
const missingList = (missing: readonly string[] | null | undefined): string =>
  missing === null || missing === undefined ? 'unknown' : missing.length === 0 ? 'none' : missing.join(', ');
const missingOfFlags = (flags: string | undefined) => (flags ?? '').split(',').filter((f) => f.startsWith('missing:')).map((f) => f.slice('missing:'.length));

function valueOf(rows: readonly LongValue[], metric: string, subject: string, counterpart: string | null, year: number): number | null {
  return rows.find((r) => r.metric === metric && r.subject === subject && r.counterpart === counterpart && r.year === year)?.value ?? null;
}

function lastKnown(rows: readonly LongValue[], metric: string, subject: string, counterpart: string | null): LongValue | null {
  const xs = rows.filter((r) => r.metric === metric && r.subject === subject && r.counterpart === counterpart && r.value !== null);
  return xs.length ? xs.reduce((a, b) => (b.year > a.year ? b : a)) : null;
}

function firstKnown(rows: readonly LongValue[], metric: string, subject: string, counterpart: string | null): LongValue | null {
  const xs = rows.filter((r) => r.metric === metric && r.subject === subject && r.counterpart === counterpart && r.value !== null);
  return xs.length ? xs.reduce((a, b) => (b.year < a.year ? b : a)) : null;
}

const est = (e: Estimate | undefined): string =>
  e ? `${num(e.estimate, 3)} (95% interval ${e.low === null ? '–' : num(e.low, 3)} to ${e.high === null ? '–' : num(e.high, 3)})` : 'not estimable';

/** One paragraph summarising a hypothesis for the state and for the panel, with its warnings in plain words. */
function hypothesisParagraph(h: HypothesisResult, name: string): Inline[] {
  const ts = h.timeseries;
  const p = h.panel;
  const short = (v: HypothesisResult['variables'][number]) => (v.description ?? v.name).split(/[:(]/)[0]!.trim();
  const x = short(h.variables[1]!);
  const y = short(h.variables[0]!);
  const out: Inline[] = [
    `${h.id}: ${h.title} (expected sign ${h.expectedSign}). `,
    `For ${name} alone (${ts.n} years${ts.years ? `, ${ts.years[0]}–${ts.years[1]}` : ''}), the slope of ${y} on ${x} is `,
    { num: est(ts.estimates[0]), ref: `analysis:${h.id}` },
    `: ${ts.verdict ?? 'no estimate'}. `,
    `Across the ${p.units.length} states of ${p.group} with state and year fixed effects (N = ${p.fit?.n ?? 0}), it is `,
    { num: est(p.fit?.estimates[0]), ref: `analysis:${h.id}` },
    `: ${p.verdict ?? 'no estimate'}. `,
  ];
  const g = ts.granger;
  if (g.forward.p !== null && g.reverse.p !== null) {
    out.push(`Which series leads (Granger, 1 lag): predictor → outcome p = ${num(g.forward.p, 2)}, outcome → predictor p = ${num(g.reverse.p, 2)}. `);
  }
  const es = h.eventStudy;
  if (es && !('unavailable' in es) && es.events > 0) {
    out.push(`Around ${es.events} dated ${es.types.map((t) => t.replace(/_/g, ' ')).join('/')} event year(s) of ${name}, ${y} moved on average by `, { num: est(es.shift), ref: `analysis:${h.id}` }, ' against its mean of the years before. ');
  }
  const warn = [...ts.warnings, ...(p.fit?.warnings ?? [])].map((w) => w.split(':')[0]).filter((w, i, a) => a.indexOf(w) === i);
  if (warn.length) out.push(`Cautions: ${warn.join('; ')} (details in the appendix).`);
  return out;
}

/** How far both designs of a hypothesis lean the expected way, in one phrase. */
export function briefReading(h: HypothesisResult, name: string): string {
  const lean = (v: string | null) => (v === null ? 'none' : v.startsWith('consistent') ? 'yes' : v.startsWith('inconsistent') && v.includes('other side') ? 'against' : 'open');
  const ts = lean(h.timeseries.verdict);
  const panel = lean(h.panel.verdict);
  if (ts === 'yes' && panel === 'yes') return `${h.id} is consistent with the data for ${name} and for the ${h.panel.group} panel`;
  if (ts === 'against' && panel === 'against') return `${h.id}: both ${name}'s series and the panel point the other way`;
  const part = (x: string, where: string) => (x === 'yes' ? `consistent in ${where}` : x === 'against' ? `pointing the other way in ${where}` : `inconclusive in ${where}`);
  return `${h.id} is ${part(panel, `the ${h.panel.group} panel`)} and ${part(ts, `${name}'s own series`)}`;
}

export function buildReport(d: CountryReportData): ReportDocument {
  const n = (code: string) => d.names[code] ?? code;
  const S = d.state;
  const F = d.focus;
  const name = d.name;
  const blocks: Block[] = [];
  const refs: Record<string, string> = {};
  for (const s of d.sources) refs[s.id] = `${s.id} v${s.version} — ${s.title}; data: ${s.datasets.map((x) => `${x.id}${x.version ? ` (${x.version})` : ''}`).join(', ') || 'derived'}`;
  for (const h of d.hypotheses) refs[`analysis:${h.id}`] = `hypothesis specification ${h.id} (analyses/*.yaml), run by \`interdep analyze\`; estimates in the methods appendix`;
  // the composite of the year, else the latest known: the row itself, so that its missing domains come with it
  const cdiRowOf = (s: string, c: string) =>
    d.series.find((r) => r.metric === 'composite.dependence' && r.subject === s && r.counterpart === c && r.year === d.year && r.value !== null) ?? lastKnown(d.series, 'composite.dependence', s, c);
  const outRow = cdiRowOf(S, F);
  const inRow = cdiRowOf(F, S);
  const cdiOut = outRow?.value ?? null;
  const cdiIn = inRow?.value ?? null;
  const share = valueOf(d.shares, 'trade.share_turnover', S, F, d.year);
  const hyp = (id: string) => d.hypotheses.find((h) => h.id === id);

  // Summary
  blocks.push({ kind: 'h2', text: 'Summary', id: 'summary' });
  const summary: Inline[] = [`In ${d.year}, ${name}'s composite dependence on ${n(F)} was `];
  summary.push(cdiOut === null ? 'unknown' : { num: dec(cdiOut), ref: 'composite.dependence' });
  if (outRow) summary.push(` (${missingPhrase(missingOfFlags(outRow.flags), outRow.year)})`);
  summary.push(` on a 0–1 scale, while ${n(F)}'s dependence on ${name} was `);
  summary.push(cdiIn === null ? 'unknown' : { num: dec(cdiIn), ref: 'composite.dependence' });
  if (inRow) summary.push(` (${missingPhrase(missingOfFlags(inRow.flags), inRow.year)})`);
  summary.push(cdiOut !== null && cdiIn !== null ? (cdiOut > cdiIn ? `: ${name} is the more dependent side, so ${n(F)} holds the power advantage in the sense of Keohane and Nye. ` : `: ${name} is not the more dependent side. `) : '. ');
  if ([outRow, inRow].some((r) => r && missingOfFlags(r.flags).length > 0)) summary.push('A composite rests on the domains with data, each missing one\'s weight spread over the others, so one from few domains can move a lot when a domain enters or leaves. ');
  if (share !== null) summary.push(`${n(F)} took `, { num: pct(share), ref: 'trade.share_turnover' }, ` of ${name}'s trade turnover. `);
  summary.push('Every number links to the metric, dataset and version it comes from (numbered list at the end). Statistical results are read as "consistent" or "inconsistent" with the sign a hypothesis expects; none of them proves a hypothesis, and most samples here are small.');
  blocks.push({ kind: 'p', content: summary });

  // RQ1
  blocks.push({ kind: 'h2', text: `1. How do ${name}'s relationships with international organisations influence its dependence, and how does its dependence influence them?`, id: 'rq1' });
  // COW IGO counts and the Factbook's (after 2014, flagged) are not one series: compare within COW, then name the latest
  const cowRows = d.series.filter((r) => !(r.flags ?? '').includes(FACTBOOK_FLAG));
  const igo = lastKnown(cowRows, 'igo.count_full', S, null);
  const igoShared = igo ? valueOf(cowRows, 'igo.shared_full', S, F, igo.year) : null;
  const igoFirst = firstKnown(cowRows, 'igo.count_full', S, null);
  const igoLatest = lastKnown(d.series, 'igo.count_full', S, null);
  const rq1: Inline[] = [];
  if (igo) {
    rq1.push(`${name} was a full member of `, { num: String(igo.value), ref: 'igo.count_full' }, ` intergovernmental organisations in ${igo.year} (the last year of the COW IGO data)`);
    if (igoShared !== null) rq1.push(`, `, { num: String(igoShared), ref: 'igo.shared_full' }, ` of them shared with ${n(F)}`);
    if (igoFirst && igoFirst.year < igo.year) rq1.push(`; in ${igoFirst.year} it was a member of `, { num: String(igoFirst.value), ref: 'igo.count_full' });
    rq1.push('. ');
  }
  if (igoLatest && (!igo || igoLatest.year > igo.year)) {
    rq1.push(`The CIA World Factbook, which lists fewer organisations than COW, has it in `, { num: String(igoLatest.value), ref: 'igo.count_full' }, ` in ${igoLatest.year}. `);
  }
  if (!igo && !igoLatest) rq1.push(`The IGO data hold no memberships for ${name}. `);
  rq1.push('The two directions of the question are tested as H1a (dependence → fewer ties beyond ' + n(F) + ') and H-rev (fewer ties → more dependence).');
  blocks.push({ kind: 'p', content: rq1 });
  const rq1Brief = ['H1a', 'H-rev'].map(hyp).filter((h): h is HypothesisResult => h !== undefined).map((h) => briefReading(h, name));
  if (rq1Brief.length) blocks.push({ kind: 'p', content: [`In short: ${rq1Brief.join('; ')}.`] });
  const items: Inline[][] = [];
  for (const id of ['H1a', 'H-rev']) { const h = hyp(id); if (h) items.push(hypothesisParagraph(h, name)); }
  if (items.length) blocks.push({ kind: 'ul', items });

  // RQ2
  blocks.push({ kind: 'h2', text: `2. On whom and on what is ${name} dependent?`, id: 'rq2' });
  const top = [...d.asymmetry].sort((a, b) => b.out - a.out).slice(0, 5);
  const rq2: Inline[] = [`Ranked by composite dependence in ${d.year}, ${name} depends most on `];
  top.forEach((r, i) => rq2.push(i ? (i === top.length - 1 ? ' and ' : ', ') : '', `${n(r.partner)} (`, { num: dec(r.out), ref: 'composite.dependence' }, `; ${missingPhrase(r.outMissing)})`));
  rq2.push('. ');
  const latestShares = d.sharePartners.map((p) => ({ p, v: valueOf(d.shares, 'trade.share_turnover', S, p, d.year) })).filter((x) => x.v !== null).sort((a, b) => b.v! - a.v!);
  if (latestShares.length) {
    rq2.push(`By trade, the largest partners in ${d.year} were `);
    latestShares.forEach((x, i) => rq2.push(i ? ', ' : '', `${n(x.p)} `, { num: pct(x.v!), ref: 'trade.share_turnover' }));
    rq2.push('. ');
  }
  const focusDomains = d.domains.filter((x) => x.partner === F).sort((a, b) => b.value - a.value);
  if (focusDomains.length) {
    rq2.push(`On ${n(F)} by domain (latest year with data): `);
    focusDomains.forEach((x, i) => rq2.push(i ? ', ' : '', `${x.domain} `, { num: dec(x.value), ref: x.metric }, ` (${x.year})`));
    rq2.push('. Domains without data are left out of the composite rather than read as zero.');
  }
  blocks.push({ kind: 'p', content: rq2 });
  blocks.push({ kind: 'chart', svg: partnerSharesChart(d.shares, d.names, name), caption: `Figure 1. Shares of ${name}'s trade turnover with its main partners and the EU (trade.share_turnover; IMF DOTS, else COW trade).` });
  if (d.domains.length) blocks.push({ kind: 'chart', svg: domainChart(d.domains, d.names, name), caption: `Figure 2. ${name}'s dependence by domain on its main partners (0 = none, 1 = complete), latest year with data per domain.` });

  // RQ3
  blocks.push({ kind: 'h2', text: '3. Who benefits from this dependence?', id: 'rq3' });
  const rq3: Inline[] = [`In the power sense the thesis adopts (the less dependent side holds power over the other), the advantage lies with the partner whose dependence on ${name} is lower than ${name}'s on it. `];
  const advantage = d.asymmetry.filter((r) => r.netPower !== null).sort((a, b) => b.netPower! - a.netPower!);
  if (advantage.length) {
    rq3.push('Net power over ' + name + ' (its dependence minus the partner\'s): ');
    advantage.slice(0, 5).forEach((r, i) => rq3.push(i ? ', ' : '', `${n(r.partner)} `, { num: (r.netPower! >= 0 ? '+' : '') + dec(r.netPower!), ref: 'power.net' }));
    rq3.push('. Positive values mean the partner holds the advantage. ');
  }
  rq3.push('The data cannot say who gains money: energy subsidies, transit rents and loans (the thesis\'s "rewards") have no bilateral series in the store, so the regime-versus-state ledger of the thesis is not computed here.');
  blocks.push({ kind: 'p', content: rq3 });
  blocks.push({ kind: 'chart', svg: asymmetryChart(d.asymmetry, d.names, name), caption: `Figure 3. Asymmetry: ${name}'s composite dependence on each main partner (x) against the partner's on ${name} (y); below the dashed diagonal ${name} is the more dependent side.` });
  if (d.asymmetry.length) {
    blocks.push({
      kind: 'table', headers: ['partner', `${name} on partner`, 'domains missing', `partner on ${name}`, 'domains missing', 'net power'],
      rows: [...d.asymmetry].sort((a, b) => b.out - a.out).map((r) => [
        [n(r.partner)], [{ num: dec(r.out), ref: 'composite.dependence' }], [missingList(r.outMissing)],
        [r.in === null ? '–' : { num: dec(r.in), ref: 'composite.dependence' }], [r.in === null ? '–' : missingList(r.inMissing)],
        [r.netPower === null ? '–' : { num: (r.netPower >= 0 ? '+' : '') + dec(r.netPower), ref: 'power.net' }],
      ]),
    });
  }

  // RQ4
  blocks.push({ kind: 'h2', text: `4. Is there an incentive to lose this dependence?`, id: 'rq4' });
  const pc = lastKnown(d.series, 'composite.partner_choice', S, null);
  const rq4: Inline[] = [];
  if (pc) {
    const peersPc = d.peers.filter((p) => p.partnerChoice !== null).sort((a, b) => b.partnerChoice! - a.partnerChoice!);
    const rank = peersPc.findIndex((p) => p.state === S) + 1;
    rq4.push(`${name}'s freedom to choose partners (1 − concentration of its composite dependences) was `, { num: num(pc.value, 3), ref: 'composite.partner_choice' }, ` in ${pc.year}`);
    if (rank > 0) rq4.push(`, rank ${rank} of ${peersPc.length} in ${d.peerGroup} (1 = freest)`);
    rq4.push('. ');
  }
  rq4.push('If dependence narrows the choice of partners and conflict with the West narrows trade with it, the state pays for dependence in autonomy — the incentive the thesis describes. The data test both links:');
  blocks.push({ kind: 'p', content: rq4 });
  const rq4Brief = ['H1b', 'H2'].map(hyp).filter((h): h is HypothesisResult => h !== undefined).map((h) => briefReading(h, name));
  if (rq4Brief.length) blocks.push({ kind: 'p', content: [`In short: ${rq4Brief.join('; ')}.`] });
  const items4: Inline[][] = [];
  for (const id of ['H1b', 'H2']) { const h = hyp(id); if (h) items4.push(hypothesisParagraph(h, name)); }
  if (items4.length) blocks.push({ kind: 'ul', items: items4 });
  const cps = hyp('H1b')?.timeseries.changePoints.predictor;
  if (cps && cps.changeYears.length) {
    const near = (d.events ?? []).filter((e) => cps.changeYears.some((y) => Math.abs(e.year - y) <= 1));
    const content: Inline[] = [`The composite dependence on ${n(F)} shifted level in ${cps.changeYears.join(', ')} (binary segmentation, BIC): segment means `, ...cps.segments.flatMap((s, i): Inline[] => [i ? ', ' : '', `${s.from}–${s.to} `, { num: dec(s.mean), ref: 'composite.dependence' }]), '. '];
    // segment means average yearly composites whose domains with data differ from year to year
    if (outRow) content.push(`Each yearly value rests on the domains with data that year (${missingPhrase(missingOfFlags(outRow.flags), outRow.year)}), so a shift can also mark a domain entering or leaving. `);
    if (near.length) content.push(`Dated events within a year of these shifts: ${near.map((e) => `${e.date} ${e.type.replace(/_/g, ' ')} (${[e.actor_a, e.actor_b].filter(Boolean).join('–')})`).join('; ')}. A coincidence in time is not evidence that the event caused the shift.`);
    blocks.push({ kind: 'p', content });
  }
  blocks.push({ kind: 'p', content: ['Whether the regime, as distinct from the state, has an incentive (the thesis argues that Lukashenko\'s power gains most from Belarus\'s dependence) needs the rents ledger and cannot be answered from these series.'] });

  // RQ5
  blocks.push({ kind: 'h2', text: `5. Is it even possible?`, id: 'rq5' });
  const rq5: Inline[] = [];
  const peersCdi = d.peers.filter((p) => p.cdi !== null).sort((a, b) => b.cdi! - a.cdi!);
  const pos = peersCdi.findIndex((p) => p.state === S) + 1;
  if (pos > 0) rq5.push(`Among the ${peersCdi.length} states of ${d.peerGroup} with data in ${d.year}, ${name} ranks ${pos} by composite dependence on ${n(F)} (1 = most dependent). `);
  const least = peersCdi.slice(-3).reverse();
  if (least.length) {
    rq5.push(`The least dependent peers show that a lower level is reachable in the region: `);
    least.forEach((p, i) => rq5.push(i ? ', ' : '', `${n(p.state)} `, { num: dec(p.cdi!), ref: 'composite.dependence' }, ` (${missingPhrase(p.missing)})`));
    rq5.push('. ');
  }
  // From 1995: the first post-Soviet years' bilateral figures are sparse and often zero in the trade sources.
  const shareFirst = firstKnown(d.shares.filter((r) => r.year >= 1995), 'trade.share_turnover', S, F);
  if (shareFirst && share !== null) rq5.push(`${name}'s own trade share with ${n(F)} moved from `, { num: pct(shareFirst.value!), ref: 'trade.share_turnover' }, ` in ${shareFirst.year} to `, { num: pct(share), ref: 'trade.share_turnover' }, ` in ${d.year}. `);
  const alt = [...d.asymmetry].filter((r) => r.partner !== F).sort((a, b) => b.out - a.out)[0];
  if (alt) {
    rq5.push(`The next partner by composite dependence is ${n(alt.partner)} (`, { num: dec(alt.out), ref: 'composite.dependence' }, `; ${missingPhrase(alt.outMissing)})`);
    if (alt.netPower !== null) rq5.push(alt.netPower > 0 ? `, which would also hold a power advantage (net power `  : `, over which ${name} holds the advantage (net power `, { num: dec(alt.netPower), ref: 'power.net' }, ')');
    rq5.push('. The thesis claims dependence can only be transferred to a more powerful actor; the asymmetry chart shows which alternatives would be.');
  }
  blocks.push({ kind: 'p', content: rq5 });
  if (peersCdi.length) blocks.push({ kind: 'chart', svg: peersChart(d.peers, d.names, S, n(F)), caption: `Figure 4. Position among peers: composite dependence on ${n(F)} of each ${d.peerGroup} state in ${d.year}, ${name} in red; beside each value, the domains missing for that state.` });

  if (d.events && d.events.length) {
    blocks.push({ kind: 'h2', text: `Timeline: dated events involving ${name}`, id: 'timeline' });
    blocks.push({ kind: 'table', headers: ['date', 'actors', 'type', 'event', 'source'], rows: d.events.map((e) => [[e.date], [[e.actor_a, e.actor_b].filter(Boolean).join('–')], [e.type.replace(/_/g, ' ')], [e.description ?? ''], [e.source ?? e.dataset]]) });
  }

  // Thesis claims (Belarus)
  if (d.claims.length) {
    for (const c of d.claims) if (c.ref.startsWith('dataset:')) refs[c.ref] = `read directly from ${c.ref.slice('dataset:'.length).replace('/', ', table or code ')}`;
    blocks.push({ kind: 'h2', text: "The thesis's own figures checked against the data", id: 'claims' });
    blocks.push({ kind: 'p', content: [`${d.claims.filter((c) => c.verdict === 'agrees').length} of ${d.claims.length} claims agree, ${d.claims.filter((c) => c.verdict === 'partly').length} partly, ${d.claims.filter((c) => c.verdict === 'disagrees').length} disagree, ${d.claims.filter((c) => c.verdict === 'not comparable').length} cannot be compared.`] });
    blocks.push({
      kind: 'table', headers: ['section', 'claim', 'data', 'verdict', 'note'],
      rows: d.claims.map((c) => [[c.section], [c.claim], [c.data, ' ', { num: '', ref: c.ref }], [c.verdict], [c.note]]),
    });
  }

  // Appendix
  blocks.push({ kind: 'h2', text: 'Methods appendix', id: 'methods' });
  blocks.push({ kind: 'p', content: ['Composite dependence (CDI) is the weighted mean of six domain dependences (trade share; energy supply dependence; institutions: the partner\'s share of the capabilities (CINC) in the state\'s organisations, small bodies weighted above universal ones; security: the arms-import share, or the partner\'s share of the capabilities of the state and all its defence allies when larger; migrant stock share; remittance share), equal weights; a missing domain is left out (its weight spread over the others) and named beside every composite value. Hypothesis tests: ordinary least squares for the single state (classical standard errors, Durbin–Watson reported); for the panel, least squares with state and year fixed effects by the within transformation and cluster-robust CR1 standard errors by state, small-sample factor G/(G−1)·(N−1)/(N−K), t intervals on G−1 degrees of freedom (reproduced against R lm to 1e-6 in the test suite); lagged cross-correlation with Fisher-z intervals; Granger F tests; change points by binary segmentation of the mean with a BIC stopping rule; event studies around dated events when the event timeline is loaded. A warning is printed whenever N < 30 or fewer than 30 clusters.'] });
  blocks.push({ kind: 'h3', text: 'Metrics used' });
  blocks.push({ kind: 'table', headers: ['metric', 'version', 'formula', 'datasets'], rows: d.sources.map((s) => [[s.id], [s.version], [s.formula.split('\n')[0]!], [s.datasets.map((x) => x.id).join(', ')]]) });
  blocks.push({ kind: 'h3', text: 'Hypothesis runs in full' });
  for (const h of d.hypotheses) blocks.push({ kind: 'pre', text: formatHypothesis(h) });

  blocks.push({ kind: 'h2', text: 'Datasets', id: 'datasets' });
  blocks.push({ kind: 'ul', items: d.datasets.map((x) => [`${x.id} — ${x.title ?? ''}; ${x.publisher ?? ''}; version ${x.version ?? 'not stated'}; licence: ${x.licence ?? 'not stated'}. ${x.citation ?? ''}`]) });
  blocks.push({ kind: 'h2', text: 'References', id: 'references' });
  blocks.push({ kind: 'ul', items: d.citations.map((c) => [`${c.authors} (${c.year}). ${c.title}. ${c.venue}.`]) });
  blocks.push({ kind: 'ul', items: [['Seed thesis: anonymous MA thesis on the dependence, power and interdependence of Belarus (English, c. 2016; Czech abstract), the source of the research questions and hypotheses (shared/seed).']] });

  return {
    title: `Dependence, power and interdependence: ${name}`,
    subtitle: `interdep country report · ${S} · data year ${d.year} · partner in focus: ${n(F)} · peers: ${d.peerGroup}`,
    blocks, refs,
  };
}

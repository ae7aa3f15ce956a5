// A hypothesis result as plain text (terminal and Markdown): estimates with intervals, N, warnings and the verdict.
import type { Estimate } from '../analysis/result.js';
import type { HypothesisResult } from '../analysis/run-hypothesis.js';

/** Rounded to `digits` significant digits (4 by default); "–" for missing. */
export const num = (v: number | null | undefined, digits = 4): string =>
  v === null || v === undefined || !Number.isFinite(v) ? '–' : Number(v.toPrecision(digits)).toString();

export function formatEstimate(e: Estimate): string {
  const ci = e.low !== null && e.high !== null ? `[${num(e.low)}, ${num(e.high)}]` : '[no interval]';
  return `${e.term} = ${num(e.estimate)} (se ${num(e.se)}, ${Math.round(e.level * 100)}% CI ${ci}, p ${num(e.p, 3)})`;
}

function variableLine(v: HypothesisResult['variables'][number]): string {
  const ref = `${v.metric}${v.counterpart ? `[${v.counterpart}]` : ''}${v.minus ? ` − ${v.minus.metric}${v.minus.counterpart ? `[${v.minus.counterpart}]` : ''}` : ''}`;
  return `${v.name} = ${ref}${v.lag ? ` at t−${v.lag}` : ''}${v.description ? ` — ${v.description}` : ''}`;
}

export function formatHypothesis(r: HypothesisResult): string {
  const out: string[] = [];
  const bullet = (s: string) => out.push(`  - ${s}`);
  out.push(`${r.id}: ${r.title}`);
  out.push(`  claim: ${r.claim}`);
  out.push(`  expected sign of ${r.variables[1]!.name} on ${r.variables[0]!.name}: ${r.expectedSign}; years ${r.years.from}–${r.years.to}`);
  for (const v of r.variables) bullet(variableLine(v));
  const ts = r.timeseries;
  out.push('', `Time series, ${ts.unit} alone (OLS with intercept, classical SE): N = ${ts.n}${ts.years ? ` (${ts.years[0]}–${ts.years[1]})` : ''}`);
  for (const e of ts.estimates) bullet(formatEstimate(e));
  if (ts.durbinWatson !== null) bullet(`Durbin–Watson ${num(ts.durbinWatson, 3)}`);
  bullet(`reading: ${ts.verdict ?? 'no estimate'}`);
  const cc = ts.crossCorrelation.filter((c) => c.r !== null).map((c) => `${c.lag >= 0 ? '+' : ''}${c.lag}: ${num(c.r, 3)} [${num(c.low, 3)}, ${num(c.high, 3)}] N=${c.n}`);
  bullet(`lagged correlation r(k) = corr(${r.variables[1]!.name.replace(/_l\d+$/, '')}_t, ${r.variables[0]!.name}_t+k): ${cc.join('; ') || 'none'}`);
  const g = (x: typeof ts.granger.forward) => (x.f === null ? `not computed (N = ${x.n})` : `F(${x.df1}, ${x.df2}) = ${num(x.f, 4)}, p = ${num(x.p, 3)}, N = ${x.n}`);
  bullet(`Granger (${ts.granger.forward.lags} lag): predictor → outcome ${g(ts.granger.forward)}; outcome → predictor ${g(ts.granger.reverse)}`);
  const cp = (c: typeof ts.changePoints.outcome) => (c.changeYears.length ? c.segments.map((s) => `${s.from}–${s.to}: ${num(s.mean, 3)}`).join(' | ') : `none (N = ${c.n})`);
  bullet(`change points in the mean, outcome: ${cp(ts.changePoints.outcome)}`);
  bullet(`change points in the mean, predictor: ${cp(ts.changePoints.predictor)}`);
  for (const w of ts.warnings) bullet(`warning: ${w}`);
  const p = r.panel;
  out.push('', `Panel, ${p.group} (${p.units.length} states: ${p.units.join(' ')})${p.fit ? `, ${p.fit.fixedEffects} fixed effects, ${p.fit.vcov === 'cluster' ? 'CR1 by state' : 'classical'} SE: N = ${p.fit.n}, G = ${p.fit.clusters}, within R² ${num(p.fit.withinR2, 3)}` : ''}`);
  for (const e of p.fit?.estimates ?? []) bullet(formatEstimate(e));
  bullet(`reading: ${p.verdict ?? 'no estimate'}`);
  for (const w of [...p.warnings, ...(p.fit?.warnings ?? [])]) bullet(`warning: ${w}`);
  if (r.eventStudy) {
    out.push('', `Event study around ${r.eventStudy.types.join(', ')} events (${r.timeseries.unit})`);
    if ('unavailable' in r.eventStudy) bullet(r.eventStudy.unavailable);
    else {
      const es = r.eventStudy;
      bullet(`${es.events} event(s); ${formatEstimate(es.shift)}`);
      bullet(`path: ${es.path.map((q) => `${q.r >= 0 ? '+' : ''}${q.r}: ${num(q.mean, 3)}`).join('; ')}`);
      for (const s of es.skipped) bullet(`skipped ${s.unit} ${s.year}: ${s.reason}`);
      for (const w of es.warnings) bullet(`warning: ${w}`);
    }
  }
  if (r.caveats.length) {
    out.push('', 'Caveats');
    for (const c of r.caveats) bullet(c);
  }
  return out.join('\n');
}

// Runs a hypothesis specification on assembled values: the state's time series (OLS with its lags, lagged
// cross-correlation, Granger tests both ways, change points) and the group panel (fixed effects, CR1 by state),
// plus an event study when dated events are given. Pure: the caller brings the values and events.
import { detectChangePoints, type ChangePointResult } from './change-points.js';
import { crossCorrelation, type LagCorrelation } from './cross-correlation.js';
import { type EventEpisode, eventStudy, type EventStudyResult } from './event-study.js';
import { type FeResult, fitFixedEffects } from './fixed-effects.js';
import { grangerTest, type GrangerResult } from './granger.js';
import { classicalVcov, CollinearityError, durbinWatson, estimatesFrom, fitOls } from './ols.js';
import { buildStatePanel, completeRows, indexSources, indexValues, type LongValue, variableSource, variableValue } from './panel.js';
import { type Estimate, sampleWarnings, verdict } from './result.js';
import { type HypothesisSpec, specVariables, type VariableDef } from './spec.js';
import type { YearValue } from './series.js';

export interface TimeSeriesResult {
  unit: string;
  n: number;
  years: [number, number] | null;
  estimates: Estimate[];
  durbinWatson: number | null;
  verdict: string | null;
  crossCorrelation: LagCorrelation[];
  /** predictor → outcome and outcome → predictor (unlagged series; the test supplies the lags). */
  granger: { forward: GrangerResult; reverse: GrangerResult };
  changePoints: { outcome: ChangePointResult; predictor: ChangePointResult };
  warnings: string[];
}

export interface PanelResult {
  group: string;
  units: string[];
  fit: FeResult | null;
  verdict: string | null;
  warnings: string[];
}

export interface HypothesisResult {
  id: string;
  title: string;
  claim: string;
  expectedSign: '+' | '-';
  variables: VariableDef[];
  years: { from: number; to: number };
  timeseries: TimeSeriesResult;
  panel: PanelResult;
  eventStudy: (EventStudyResult & { types: string[] }) | { types: string[]; unavailable: string } | null;
  caveats: string[];
}

export interface HypothesisInput {
  values: readonly LongValue[];
  /** Panel units (group members minus exclusions). */
  units: readonly string[];
  /** Dated events of the requested types for the time-series unit; null when the database has no event table. */
  events: readonly EventEpisode[] | null;
}

function series(index: ReadonlyMap<string, number>, v: VariableDef, unit: string, from: number, to: number): YearValue[] {
  const out: YearValue[] = [];
  for (let year = from; year <= to; year++) out.push({ year, value: variableValue(index, v, unit, year) });
  return out;
}

function timeSeries(spec: HypothesisSpec, index: ReadonlyMap<string, number>, vars: VariableDef[]): TimeSeriesResult {
  const unit = spec.timeseries.unit;
  const { from, to } = spec.years;
  const rows = completeRows(buildStatePanel(index, vars, [unit], from, to), vars.map((v) => v.name));
  const warnings = sampleWarnings(rows.length);
  let estimates: Estimate[] = [];
  let dw: number | null = null;
  const names = ['const', ...vars.slice(1).map((v) => v.name)];
  if (rows.length > names.length) {
    try {
      const fit = fitOls(rows.map((r) => r.values[vars[0]!.name]!), rows.map((r) => [1, ...vars.slice(1).map((v) => r.values[v.name]!)]), names);
      estimates = estimatesFrom(names, fit.beta, classicalVcov(fit), fit.n - fit.k).slice(1);
      dw = durbinWatson(fit.residuals);
      if (dw < 1 || dw > 3) warnings.push(`residuals autocorrelated (Durbin–Watson ${dw.toFixed(2)}): classical standard errors understate the uncertainty`);
    } catch (err) {
      if (!(err instanceof CollinearityError)) throw err;
      warnings.push(err.message);
    }
  } else {
    warnings.push(`not enough complete years (${rows.length}) for ${names.length} parameters`);
  }
  const unlagged = { ...spec.predictor, lag: 0 };
  const x = series(index, unlagged, unit, from, to);
  const y = series(index, spec.outcome, unit, from, to);
  const key = estimates[0];
  return {
    unit, n: rows.length,
    years: rows.length ? [rows[0]!.year, rows[rows.length - 1]!.year] : null,
    estimates, durbinWatson: dw,
    verdict: key && key.low !== null ? verdict(key, spec.expected_sign) : null,
    crossCorrelation: crossCorrelation(x, y, spec.timeseries.max_lag),
    granger: { forward: grangerTest(x, y, spec.timeseries.granger_lags), reverse: grangerTest(y, x, spec.timeseries.granger_lags) },
    changePoints: { outcome: detectChangePoints(y), predictor: detectChangePoints(x) },
    warnings,
  };
}

function panel(spec: HypothesisSpec, index: ReadonlyMap<string, number>, vars: VariableDef[], units: readonly string[]): PanelResult {
  const rows = completeRows(buildStatePanel(index, vars, units, spec.years.from, spec.years.to), vars.map((v) => v.name));
  const used = [...new Set(rows.map((r) => r.unit))].sort();
  const names = vars.slice(1).map((v) => v.name);
  const warnings: string[] = [];
  const missing = units.filter((u) => !used.includes(u));
  if (missing.length) warnings.push(`no complete year for ${missing.join(', ')}: left out of the panel`);
  let fit: FeResult | null = null;
  try {
    fit = fitFixedEffects(
      rows.map((r) => ({ unit: r.unit, time: r.year, y: r.values[vars[0]!.name]!, x: names.map((n) => r.values[n]!) })),
      names, { fixedEffects: spec.panel.fixed_effects, vcov: spec.panel.vcov },
    );
  } catch (err) {
    if (!(err instanceof CollinearityError)) throw err;
    warnings.push(err.message);
  }
  const key = fit?.estimates[0];
  return { group: spec.panel.group, units: used, fit, verdict: key && key.low !== null ? verdict(key, spec.expected_sign) : null, warnings };
}

export function runHypothesis(spec: HypothesisSpec, input: HypothesisInput): HypothesisResult {
  const index = indexValues(input.values);
  const sources = indexSources(input.values);
  const vars = specVariables(spec);
  let events: HypothesisResult['eventStudy'] = null;
  if (spec.events) {
    const types = spec.events.types;
    events = input.events === null
      ? { types, unavailable: 'this database has no event table (build it with the event timeline dataset)' }
      : { types, ...eventStudy((u, y) => variableValue(index, { ...spec.outcome, lag: 0 }, u, y) ?? undefined, input.events, {
        pre: spec.events.pre, post: spec.events.post, sourceOf: (u, y) => variableSource(sources, { ...spec.outcome, lag: 0 }, u, y),
      }) };
  }
  return {
    id: spec.id, title: spec.title, claim: spec.claim, expectedSign: spec.expected_sign, variables: vars,
    years: spec.years,
    timeseries: timeSeries(spec, index, vars),
    panel: panel(spec, index, vars, input.units),
    eventStudy: events,
    caveats: spec.caveats,
  };
}

// Loads what a hypothesis specification needs from the store (metric values of the panel's states, group members,
// dated events) and runs it; shared by `interdep analyze` and the country report.
import { InputError } from '../core/errors.js';
import type { EventEpisode } from '../analysis/event-study.js';
import { runHypothesis, type HypothesisResult } from '../analysis/run-hypothesis.js';
import { type HypothesisSpec, specMetrics, specVariables } from '../analysis/spec.js';
import { getMetric } from '../metrics/registry.js';
import type { Database } from '../store/db.js';
import { groupMembers, panelValues } from '../store/queries/panel.js';
import { eventsOfTypes } from '../store/queries/report-events.js';

export async function runHypothesisOnStore(db: Database, spec: HypothesisSpec, file: string): Promise<HypothesisResult> {
  for (const v of specVariables(spec)) {
    for (const ref of [v, ...(v.minus ? [v.minus] : [])]) {
      if (!getMetric(ref.metric)) throw new InputError({ file, field: v.name }, `unknown metric "${ref.metric}"`, 'run `interdep metrics` for the ids');
    }
  }
  const maxLag = Math.max(0, ...specVariables(spec).map((v) => v.lag ?? 0));
  const minLag = Math.min(0, ...specVariables(spec).map((v) => v.lag ?? 0));
  const members = await groupMembers(db, spec.panel.group, spec.years.from, spec.years.to);
  if (members.length === 0) throw new InputError({ file, field: 'panel.group' }, `country group "${spec.panel.group}" has no members in ${spec.years.from}–${spec.years.to}`, 'groups: EU, CIS, EAEU, FSU15, NATO, WEST');
  const units = members.filter((m) => !spec.panel.exclude.includes(m));
  const subjects = [...new Set([...units, spec.timeseries.unit])];
  const { metrics, counterparts } = specMetrics(spec);
  const values = await panelValues(db, {
    metrics, subjects, counterparts,
    from: spec.years.from - maxLag - spec.timeseries.granger_lags - spec.timeseries.max_lag,
    to: spec.years.to - minLag + spec.timeseries.max_lag,
  });
  let events: EventEpisode[] | null = null;
  if (spec.events) {
    const rows = await eventsOfTypes(db, [spec.timeseries.unit], spec.events.types);
    events = rows === null ? null : rows.map((e) => ({ unit: spec.timeseries.unit, year: e.year, label: `${e.date} ${e.type}: ${e.description ?? ''}`.trim() }));
    // One episode per unit-year: several events in one year are one shock for annual series.
    if (events) events = [...new Map(events.map((e) => [`${e.unit}|${e.year}`, e])).values()];
  }
  return runHypothesis(spec, { values, units, events });
}

// Which datasets (and versions) each metric rests on: its inputs followed back through derived metrics to tables.
import { getMetric } from '../metrics/registry.js';
import type { Database } from '../store/db.js';
import { listDatasets } from '../store/queries/provenance.js';
import { datasetsOfTables } from '../store/queries/report-country.js';
import type { DatasetInfo, MetricSource } from './model.js';

function inputTables(id: string, seen = new Set<string>()): Set<string> {
  const out = new Set<string>();
  if (seen.has(id)) return out;
  seen.add(id);
  for (const input of getMetric(id)?.inputs ?? []) {
    if (getMetric(input)) for (const t of inputTables(input, seen)) out.add(t);
    else out.add(input);
  }
  return out;
}

export async function metricSources(db: Database, ids: readonly string[]): Promise<{ sources: MetricSource[]; datasets: DatasetInfo[] }> {
  const all = await listDatasets(db);
  const byId = new Map(all.map((d) => [d.id, d]));
  const tablesOf = new Map(ids.map((id) => [id, [...inputTables(id)].sort()]));
  const tableDatasets = await datasetsOfTables(db, [...new Set([...tablesOf.values()].flat())]);
  const used = new Set<string>();
  const sources = ids.map((id) => {
    const m = getMetric(id)!;
    const ds = [...new Set(tablesOf.get(id)!.flatMap((t) => tableDatasets.get(t) ?? []))].sort();
    ds.forEach((d) => used.add(d));
    return {
      id, version: m.version, title: m.title, formula: m.formula, unit: m.unit, citations: [...m.citations],
      datasets: ds.map((d) => ({ id: d, version: byId.get(d)?.version ?? null })),
    };
  });
  const datasets = [...used].sort().map((id) => {
    const d = byId.get(id);
    return { id, title: d?.title ?? null, publisher: d?.publisher ?? null, version: d?.version ?? null, licence: d?.licence ?? null, citation: d?.citation ?? null };
  });
  return { sources, datasets };
}

// State-year and directed dyad-year panels in the shape R and Python users expect (peacesciencer column names:
// ccode / ccode1 / ccode2 COW codes, year) alongside ISO3; metric columns named by columnName(), lags as _l<k>.
// Monadic metrics in a dyad panel appear twice, as <name>1 (subject) and <name>2 (counterpart), as peacesciencer does.
import { columnName, indexValues, type LongValue } from './panel.js';

export interface PanelMetric {
  id: string;
  level: 'monadic' | 'directed' | 'undirected';
}

export interface PanelTable {
  columns: string[];
  rows: Array<Record<string, string | number | null>>;
}

export interface PanelShape {
  subjects: readonly string[];
  /** Counterparts of a dyad panel; null for a state-year panel (every metric monadic). */
  counterparts: readonly string[] | null;
  from: number;
  to: number;
  /** Adds lagged copies for lags 1..lags. */
  lags: number;
  cow: ReadonlyMap<string, number>;
}

/** peacesciencer's side suffix before any lag suffix: cinc → cinc1, cinc_l1 → cinc1_l1. */
const sided = (name: string, side: 1 | 2) => name.replace(/(_l\d+)?$/, (lag) => `${side}${lag}`);

export function assemblePanel(values: readonly LongValue[], metrics: readonly PanelMetric[], shape: PanelShape): PanelTable {
  const index = indexValues(values);
  const get = (metric: string, cp: string | null, subject: string, year: number) => index.get(`${metric}|${cp ?? ''}|${subject}|${year}`) ?? null;
  const lagList = Array.from({ length: shape.lags + 1 }, (_, k) => k);
  const rows: PanelTable['rows'] = [];
  if (shape.counterparts === null) {
    const columns = ['iso3', 'ccode', 'year', ...metrics.flatMap((m) => lagList.map((k) => columnName(m.id, undefined, k)))];
    for (const s of shape.subjects) {
      for (let year = shape.from; year <= shape.to; year++) {
        const row: Record<string, string | number | null> = { iso3: s, ccode: shape.cow.get(s) ?? null, year };
        for (const m of metrics) for (const k of lagList) row[columnName(m.id, undefined, k)] = get(m.id, null, s, year - k);
        rows.push(row);
      }
    }
    return { columns, rows };
  }
  const columns = ['subject', 'counterpart', 'ccode1', 'ccode2', 'year'];
  for (const m of metrics) {
    for (const k of lagList) {
      const name = columnName(m.id, undefined, k);
      if (m.level === 'monadic') columns.push(sided(name, 1), sided(name, 2));
      else columns.push(name);
    }
  }
  for (const s of shape.subjects) {
    for (const c of shape.counterparts) {
      if (c === s) continue;
      for (let year = shape.from; year <= shape.to; year++) {
        const row: Record<string, string | number | null> = { subject: s, counterpart: c, ccode1: shape.cow.get(s) ?? null, ccode2: shape.cow.get(c) ?? null, year };
        for (const m of metrics) {
          for (const k of lagList) {
            const name = columnName(m.id, undefined, k);
            if (m.level === 'monadic') {
              row[sided(name, 1)] = get(m.id, null, s, year - k);
              row[sided(name, 2)] = get(m.id, null, c, year - k);
            } else row[name] = get(m.id, c, s, year - k);
          }
        }
        rows.push(row);
      }
    }
  }
  return { columns, rows };
}

/// <reference lib="dom" />
// The dashboard's only door to the data: GET the API, throw its JSON error message on failure.
export { qs } from '../../api/urls.js';

const cache = new Map<string, Promise<unknown>>();

export class ApiError extends Error {}

export function api<T>(path: string): Promise<T> {
  let hit = cache.get(path);
  if (!hit) {
    hit = fetch(path).then(async (res) => {
      const body = await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }));
      if (!res.ok) throw new ApiError((body as { error?: string }).error ?? `${res.status}`);
      return body;
    });
    hit.catch(() => cache.delete(path));
    cache.set(path, hit);
  }
  return hit as Promise<T>;
}

export interface StateInfo {
  code: string;
  name: string;
  iso_numeric: number | null;
  kind: string;
}

let states: Promise<Map<string, StateInfo>> | null = null;

/** Code → state (name, ISO numeric for the map), loaded once. */
export function stateIndex(): Promise<Map<string, StateInfo>> {
  states ??= api<StateInfo[]>('/api/countries').then((rows) => new Map(rows.map((r) => [r.code, r])));
  return states;
}

export interface MetricInfo {
  id: string;
  title: string;
  family: string;
  level: 'monadic' | 'directed' | 'undirected';
  unit: string;
  version: string;
  direction: string;
  formula: string;
  description: string;
  range: { min: number | null; max: number | null };
  citations: Array<{ key: string; authors: string; year: number; title: string; venue: string }>;
}

export const metricList = () => api<MetricInfo[]>('/api/metrics');

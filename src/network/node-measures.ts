// Every per-node measure of a layer by name, and the split of a multi-year edge list into yearly layers: what the
// network metrics, the `interdep network` command and the benchmark all run.
import { betweenness } from './betweenness.js';
import { coreness } from './core-periphery.js';
import { eigenvector } from './eigenvector.js';
import { buildLayer, type EdgeRow, type LayerGraph } from './graph.js';
import { pagerank } from './pagerank.js';
import { strength } from './strength.js';

export const NODE_MEASURES = ['strength_in', 'strength_out', 'pagerank', 'eigenvector', 'betweenness', 'coreness'] as const;
export type NodeMeasure = (typeof NODE_MEASURES)[number];

export function nodeMeasure(g: LayerGraph, measure: NodeMeasure): Float64Array {
  switch (measure) {
    case 'strength_in': return strength(g).in;
    case 'strength_out': return strength(g).out;
    case 'pagerank': return pagerank(g);
    case 'eigenvector': return eigenvector(g);
    case 'betweenness': return betweenness(g);
    case 'coreness': return coreness(g);
  }
}

/** Edge rows of several years (a `year` field each) as one layer per year, in year order. */
export function layersByYear(rows: ReadonlyArray<EdgeRow & { year: number }>, directed: boolean): Array<[number, LayerGraph]> {
  const years = new Map<number, EdgeRow[]>();
  for (const r of rows) {
    const list = years.get(r.year);
    if (list) list.push(r);
    else years.set(r.year, [r]);
  }
  return [...years].sort(([a], [b]) => a - b).map(([y, list]) => [y, buildLayer(list, directed)]);
}

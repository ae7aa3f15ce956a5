// Every per-node measure of a layer by name, and the split of a multi-year edge list into yearly layers: what the
// network metrics, the `interdep network` command and the benchmark all run.
import { betweenness } from './betweenness.js';
import { coreness } from './core-periphery.js';
import { eigenvector } from './eigenvector.js';
import { buildLayers, type EdgeColumns, type EdgeRow, type LayerGraph } from './graph.js';
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

/** Edge rows of several years (a `year` field each), or their columns, as one layer per year, in year order. */
export function layersByYear(rows: ReadonlyArray<EdgeRow & { year: number }> | EdgeColumns, directed: boolean): Array<[number, LayerGraph]> {
  return buildLayers(Array.isArray(rows) ? edgeColumns(rows as ReadonlyArray<EdgeRow & { year: number }>) : (rows as EdgeColumns), directed);
}

/** Rows as columns. */
export function edgeColumns(rows: ReadonlyArray<EdgeRow & { year: number }>): EdgeColumns {
  return {
    length: rows.length, year: rows.map((r) => r.year), source: rows.map((r) => r.source), target: rows.map((r) => r.target),
    weight: rows.map((r) => r.weight),
  };
}

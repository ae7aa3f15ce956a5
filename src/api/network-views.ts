// The network endpoints' responses, computed from the database alone (no request context), so that the job runner can
// build them in a worker thread: a layer-year's betweenness and Louvain blocs take ~1 s of CPU on the trade layer.
import { buildLayer } from '../network/graph.js';
import { blocsOf, dependencePaths, summariseLayer } from '../network/summaries.js';
import { LAYER_SPECS, readLayerEdges, type LayerName } from '../store/queries/network-layers.js';
import type { TradeSource } from '../metrics/types.js';
import type { Database } from '../store/db.js';
import { HttpError } from './route.js';

export interface LayerViewInput {
  layer: LayerName;
  year: number;
  /** Strongest ties kept per state for drawing. */
  ties: number;
  source: string;
}

export interface PathsViewInput {
  layer: LayerName;
  year: number;
  /** Canonical state codes (resolved by the route). */
  a: string;
  b: string;
  hops: number;
  top: number;
  source: string;
}

async function layerOf(db: Database, layer: LayerName, year: number, source: string) {
  const edges = await readLayerEdges(db, layer, year, source as TradeSource);
  if (edges.length === 0) throw new HttpError(404, `the ${layer} layer has no ties in ${year}`);
  return { edges, graph: buildLayer(edges, LAYER_SPECS[layer].directed) };
}

/** A layer in a year: node measures, Louvain blocs, and each state's strongest ties. */
export async function layerView(db: Database, q: LayerViewInput): Promise<object> {
  const { edges, graph } = await layerOf(db, q.layer, q.year, q.source);
  const summary = summariseLayer(graph);
  const { blocs, modularity } = blocsOf(graph);
  // keep the strongest ties of every state, so that the drawing stays readable on a dense layer
  const bySource = new Map<string, typeof edges>();
  for (const e of edges) bySource.set(e.source, [...(bySource.get(e.source) ?? []), e]);
  const ties = [...bySource.values()].flatMap((es) => [...es].sort((a, b) => b.weight - a.weight).slice(0, q.ties));
  return {
    layer: q.layer, year: q.year, directed: LAYER_SPECS[q.layer].directed, weight: LAYER_SPECS[q.layer].weight,
    nodes: summary.nodes, ties_total: summary.ties, density: summary.density, centralisation: summary.centralisation, modularity,
    measures: [...summary.measures].sort((a, b) => (b.pagerank ?? -1) - (a.pagerank ?? -1) || a.state.localeCompare(b.state)),
    blocs, ties,
  };
}

/** a's direct and total dependence on b in a layer-year, and the strongest paths a → … → b. */
export async function pathsView(db: Database, q: PathsViewInput): Promise<object> {
  const { graph } = await layerOf(db, q.layer, q.year, q.source);
  const report = dependencePaths(graph, q.a, q.b, { maxHops: q.hops, top: q.top });
  if (!report) throw new HttpError(404, `${graph.index.has(q.a) ? q.b : q.a} has no ties in the ${q.layer} layer in ${q.year}`);
  return { layer: q.layer, year: q.year, subject: q.a, counterpart: q.b, ...report };
}

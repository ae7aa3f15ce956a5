// Network endpoints (issue 5's service): a layer in a year with node measures, Louvain blocs and its strongest ties,
// and a state's direct, total and path-wise indirect dependence on another state in a layer.
import { z } from 'zod';
import { buildLayer } from '../../network/graph.js';
import { blocsOf, dependencePaths, summariseLayer } from '../../network/summaries.js';
import { LAYERS, LAYER_SPECS, readLayerEdges, type LayerName } from '../../store/queries/network-layers.js';
import type { TradeSource } from '../../metrics/types.js';
import { resolveCountry } from '../deps.js';
import { countParam, countryParam, sourceParam, yearParam } from '../params.js';
import { defineRoute, HttpError } from '../route.js';

const layerParam = z.enum(LAYERS as unknown as [LayerName, ...LayerName[]]).describe(`network layer: ${LAYERS.join(', ')}`);

async function layerOf(db: Parameters<typeof readLayerEdges>[0], layer: LayerName, year: number, source: string) {
  const edges = await readLayerEdges(db, layer, year, source as TradeSource);
  if (edges.length === 0) throw new HttpError(404, `the ${layer} layer has no ties in ${year}`);
  return { edges, graph: buildLayer(edges, LAYER_SPECS[layer].directed) };
}

export const network = defineRoute({
  method: 'get', path: '/api/network/{layer}', tag: 'network', cache: true,
  summary: 'a layer in a year: node measures (PageRank, eigenvector, betweenness, coreness, strength), Louvain blocs, and each state\'s strongest ties',
  params: z.object({ layer: layerParam }),
  query: z.object({ year: yearParam, ties: countParam(10, 2).describe('strongest ties kept per state for drawing (default 2)'), source: sourceParam }),
  handler: async ({ deps, params, query }) => {
    const { edges, graph } = await layerOf(deps.db, params.layer, query.year, query.source);
    const summary = summariseLayer(graph);
    const { blocs, modularity } = blocsOf(graph);
    // keep the strongest ties of every state, so that the drawing stays readable on a dense layer
    const bySource = new Map<string, typeof edges>();
    for (const e of edges) bySource.set(e.source, [...(bySource.get(e.source) ?? []), e]);
    const ties = [...bySource.values()].flatMap((es) => [...es].sort((a, b) => b.weight - a.weight).slice(0, query.ties));
    return {
      layer: params.layer, year: query.year, directed: LAYER_SPECS[params.layer].directed, weight: LAYER_SPECS[params.layer].weight,
      nodes: summary.nodes, ties_total: summary.ties, density: summary.density, centralisation: summary.centralisation, modularity,
      measures: [...summary.measures].sort((a, b) => (b.pagerank ?? -1) - (a.pagerank ?? -1) || a.state.localeCompare(b.state)),
      blocs, ties,
    };
  },
});

export const networkPaths = defineRoute({
  method: 'get', path: '/api/network/{layer}/paths', tag: 'network', cache: true,
  summary: "a's direct (D) and total (T = D(I − βD)⁻¹) dependence on b in a layer-year, and the strongest paths a → … → b",
  params: z.object({ layer: layerParam }),
  query: z.object({ a: countryParam, b: countryParam, year: yearParam, hops: countParam(4, 3), top: countParam(50, 10), source: sourceParam }),
  handler: async ({ deps, params, query }) => {
    const a = resolveCountry(deps, query.a, 'a', { year: query.year });
    const b = resolveCountry(deps, query.b, 'b', { year: query.year });
    if (a === b) throw new HttpError(400, 'parameter "b": give two different states');
    const { graph } = await layerOf(deps.db, params.layer, query.year, query.source);
    const report = dependencePaths(graph, a, b, { maxHops: query.hops, top: query.top });
    if (!report) throw new HttpError(404, `${graph.index.has(a) ? b : a} has no ties in the ${params.layer} layer in ${query.year}`);
    return { layer: params.layer, year: query.year, subject: a, counterpart: b, ...report };
  },
});

// Network endpoints (issue 5's service): a layer in a year with node measures, Louvain blocs and its strongest ties,
// and a state's direct, total and path-wise indirect dependence on another state in a layer. Both are jobs (api/jobs/):
// computed off the server thread.
import { z } from 'zod';
import { LAYERS, type LayerName } from '../../store/queries/network-layers.js';
import { resolveCountry } from '../deps.js';
import { countParam, countryParam, sourceParam, yearParam } from '../params.js';
import { defineRoute, HttpError, JsonText } from '../route.js';

const layerParam = z.enum(LAYERS as unknown as [LayerName, ...LayerName[]]).describe(`network layer: ${LAYERS.join(', ')}`);

export const network = defineRoute({
  method: 'get', path: '/api/network/{layer}', tag: 'network', cache: true, job: true,
  summary: 'a layer in a year: node measures (PageRank, eigenvector, betweenness, coreness, strength), Louvain blocs, and each state\'s strongest ties',
  params: z.object({ layer: layerParam }),
  query: z.object({ year: yearParam, ties: countParam(10, 2).describe('strongest ties kept per state for drawing (default 2)'), source: sourceParam }),
  handler: async ({ jobs, signal, params, query }) =>
    new JsonText(await jobs.run('network', { layer: params.layer, year: query.year, ties: query.ties, source: query.source }, { signal })),
});

export const networkPaths = defineRoute({
  method: 'get', path: '/api/network/{layer}/paths', tag: 'network', cache: true, job: true,
  summary: "a's direct (D) and total (T = D(I − βD)⁻¹) dependence on b in a layer-year, and the strongest paths a → … → b",
  params: z.object({ layer: layerParam }),
  query: z.object({ a: countryParam, b: countryParam, year: yearParam, hops: countParam(4, 3), top: countParam(50, 10), source: sourceParam }),
  handler: async ({ deps, jobs, signal, params, query }) => {
    const a = resolveCountry(deps, query.a, 'a', { year: query.year });
    const b = resolveCountry(deps, query.b, 'b', { year: query.year });
    if (a === b) throw new HttpError(400, 'parameter "b": give two different states');
    return new JsonText(await jobs.run('networkPaths', { layer: params.layer, year: query.year, a, b, hops: query.hops, top: query.top, source: query.source }, { signal }));
  },
});

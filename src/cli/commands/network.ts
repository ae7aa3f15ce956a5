// interdep network <layer>: the node measures of one layer in one year (strength, PageRank, eigenvector, betweenness,
// core–periphery) with its density and centralisation; `pipeline` lists the transit shares of the route table instead.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { buildLayer } from '../../network/graph.js';
import { subLayer, summariseLayer, type NodeRow } from '../../network/summaries.js';
import { transitShares } from '../../network/transit.js';
import { checkedGroup, groupMembers, isLayer, LAYERS, LAYER_SPECS, readLayerEdges, readRoutes } from '../../store/queries/network-layers.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { formatTable, printJson } from '../output.js';
import { parseCount, parseSource, parseYear } from '../options.js';
import { registerBlocs } from './blocs.js';
import { registerPaths } from './paths.js';

const fmt = (v: number | null) => (v === null ? null : Number(v.toPrecision(4)));

/** The network commands: network, paths and blocs (one registration for main.ts). */
export function registerNetworkCommands(program: Command): void {
  registerNetwork(program);
  registerPaths(program);
  registerBlocs(program);
}

function registerNetwork(program: Command): void {
  program
    .command('network')
    .description(`node measures of a network layer in a year (${LAYERS.join(', ')}), or pipeline transit shares (pipeline)`)
    .argument('<layer>', `${LAYERS.join(', ')} or pipeline`)
    .requiredOption('--year <year>', 'year')
    .option('--top <n>', 'states to list, by PageRank', '20')
    .option('--group <id>', 'only the states of this country group (e.g. FSU15) and the ties among them')
    .option('--source <source>', 'trade source for the trade and composite layers: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--json', 'machine-readable output (every state)')
    .action(async (layer: string, opts: { year: string; top?: string; group?: string; source?: string; db?: string; json?: boolean }) => {
      const year = parseYear(opts.year, '--year')!;
      const top = parseCount(opts.top, '--top', 20);
      if (layer !== 'pipeline' && !isLayer(layer)) throw new UsageError(`unknown layer "${layer}"`, `layers: ${LAYERS.join(', ')}, pipeline`);
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      try {
        if (layer === 'pipeline') {
          const routes = await readRoutes(db);
          const rows = ['gas', 'oil'].flatMap((fuel) => transitShares(routes, fuel, year, 'pair').map((s) => ({ fuel, ...s })));
          if (opts.json) return printJson(rows);
          if (rows.length === 0) return console.log(`no route with a transit state operates in ${year} (route table: data-src/pipeline_routes)`);
          console.log(`pipeline transit in ${year}: share of the supplier→destination route capacity that crosses each transit state`);
          console.log(formatTable(
            ['fuel', 'supplier', 'destination', 'transit', 'share', 'via', 'total', 'routes via', 'flags'],
            rows.map((r) => [r.fuel, r.supplier, r.destination, r.transit, fmt(r.share), r.via, r.total, r.routesVia.join(' '), r.flags]),
          ));
          return;
        }
        const spec = LAYER_SPECS[layer];
        let edges = await readLayerEdges(db, layer, year, parseSource(opts.source));
        const group = opts.group === undefined ? null : await checkedGroup(db, opts.group);
        if (group) edges = subLayer(buildLayer(edges, spec.directed), new Set(await groupMembers(db, group, year)));
        if (edges.length === 0) throw new UsageError(`the ${layer} layer has no ties${group ? ` among ${group} members` : ''} in ${year}`, 'pick a year the layer covers (see `interdep sources`)');
        const summary = summariseLayer(buildLayer(edges, spec.directed));
        const ranked = [...summary.measures].sort((a, b) => (b.pagerank ?? -1) - (a.pagerank ?? -1) || a.state.localeCompare(b.state));
        if (opts.json) return printJson({ layer, year, group, directed: spec.directed, weight: spec.weight, ...summary, measures: ranked });
        console.log(`${layer} layer, ${year}${group ? ` (${group} members only)` : ''}: ${summary.nodes} states, ${summary.ties} ties, density ${fmt(summary.density)}, degree centralisation ${fmt(summary.centralisation)}`);
        console.log(`tie weight: ${spec.weight}${spec.directed ? ' (directed: a tie i→j reads "i depends on j")' : ''}`);
        const cols: Array<keyof NodeRow> = ['state', 'pagerank', 'eigenvector', 'betweenness', 'coreness', 'strength_in', 'strength_out'];
        console.log(formatTable(cols as string[], ranked.slice(0, top).map((r) => cols.map((c) => (c === 'state' ? r.state : fmt(r[c] as number | null))))));
      } finally {
        db.close();
      }
    });
}

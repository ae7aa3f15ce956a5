// interdep blocs: the communities (Louvain, seeded) of a layer in a year, as blocs of states; --group restricts the
// network to the members of a country group that year (e.g. FSU15: the blocs of the post-Soviet space).
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { buildLayer } from '../../network/graph.js';
import { blocsOf, subLayer } from '../../network/summaries.js';
import { checkedGroup, groupMembers, isLayer, LAYERS, LAYER_SPECS, readLayerEdges } from '../../store/queries/network-layers.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { formatTable, printJson } from '../output.js';
import { parseCount, parseSource, parseYear } from '../options.js';

export function registerBlocs(program: Command): void {
  program
    .command('blocs')
    .description('blocs (Louvain communities, seeded) of a network layer in a year')
    .requiredOption('--layer <layer>', `layer: ${LAYERS.join(', ')}`)
    .requiredOption('--year <year>', 'year')
    .option('--group <id>', 'only the states of this country group (e.g. FSU15, CIS) and the ties among them')
    .option('--seed <n>', 'random seed of the Louvain run', '1')
    .option('--source <source>', 'trade source for the trade and composite layers: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--json', 'machine-readable output')
    .action(async (opts: { layer: string; year: string; group?: string; seed?: string; source?: string; db?: string; json?: boolean }) => {
      const year = parseYear(opts.year, '--year')!;
      if (!isLayer(opts.layer)) throw new UsageError(`unknown layer "${opts.layer}"`, `layers: ${LAYERS.join(', ')}`);
      const layer = opts.layer;
      const seed = parseCount(opts.seed, '--seed', 1);
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      let g;
      let group: string | null = null;
      try {
        g = buildLayer(await readLayerEdges(db, layer, year, parseSource(opts.source)), LAYER_SPECS[layer].directed);
        if (opts.group !== undefined) {
          group = await checkedGroup(db, opts.group);
          g = buildLayer(subLayer(g, new Set(await groupMembers(db, group, year))), LAYER_SPECS[layer].directed);
        }
      } finally {
        db.close();
      }
      if (g.nodes.length === 0) throw new UsageError(`the ${layer} layer has no ties${group ? ` among ${group} members` : ''} in ${year}`);
      const { blocs, modularity } = blocsOf(g, seed);
      if (opts.json) return printJson({ layer, year, group, seed, modularity, blocs });
      console.log(`${layer} layer ${year}${group ? `, ${group} members` : ''}: ${blocs.length} blocs of ${g.nodes.length} states, modularity ${Number(modularity.toPrecision(4))} (Louvain, seed ${seed})`);
      console.log(formatTable(['bloc', 'states', 'members'], blocs.map((b) => [b.bloc, b.members.length, b.members.join(' ')])));
    });
}

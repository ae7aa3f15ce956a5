// interdep paths <A> <B>: A's total (network) dependence on B in a layer-year, T = D (I − βD)⁻¹, and the strongest
// simple paths of dependence from A to B that make it up (Maoz 2009: indirect ties), with A and B's structural
// equivalence in the trade, IGO and alliance layers, each and together.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { buildLayer, type LayerGraph } from '../../network/graph.js';
import { structuralEquivalence } from '../../network/structural-equivalence.js';
import { dependencePaths } from '../../network/summaries.js';
import { isLayer, LAYERS, LAYER_SPECS, readLayerEdges } from '../../store/queries/network-layers.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { formatTable, printJson } from '../output.js';
import { parseCount, parseCountry, parseSource, parseYear } from '../options.js';
import { DEFAULT_DATA_DIR } from './build.js';

const fmt = (v: number | null) => (v === null ? null : Number(v.toPrecision(4)));
const EQUIVALENCE_LAYERS = ['trade', 'igo', 'alliance'] as const;

export function registerPaths(program: Command): void {
  program
    .command('paths')
    .description("A's direct and indirect dependence on B in a layer and year, and the strongest paths A→…→B")
    .argument('<a>', 'the dependent state')
    .argument('<b>', 'the state depended on')
    .requiredOption('--year <year>', 'year')
    .option('--layer <layer>', `layer: ${LAYERS.join(', ')}`, 'trade')
    .option('--top <n>', 'paths to list', '10')
    .option('--hops <n>', 'longest path, in ties', '3')
    .option('--source <source>', 'trade source for the trade and composite layers: default, dots, cow', 'default')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (a: string, b: string, opts: { year: string; layer: string; top?: string; hops?: string; source?: string; db?: string; data: string; json?: boolean }) => {
      const year = parseYear(opts.year, '--year')!;
      if (!isLayer(opts.layer)) throw new UsageError(`unknown layer "${opts.layer}"`, `layers: ${LAYERS.join(', ')}`);
      const layer = opts.layer;
      const top = parseCount(opts.top, '--top', 10);
      const hops = parseCount(opts.hops, '--hops', 3);
      if (hops > 4) throw new UsageError('--hops must be at most 4 (longer paths add little and the search grows as n^hops)');
      const source = parseSource(opts.source);
      const countries = await loadCountryResolver(opts.data);
      const from = parseCountry(countries, a, year)!;
      const to = parseCountry(countries, b, year)!;
      if (from === to) throw new UsageError('give two different states');
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      let report;
      const layers: Array<[string, LayerGraph]> = [];
      try {
        const g = buildLayer(await readLayerEdges(db, layer, year, source), LAYER_SPECS[layer].directed);
        report = dependencePaths(g, from, to, { maxHops: hops, top });
        if (!report) throw new UsageError(`${!g.index.has(from) ? from : to} has no ties in the ${layer} layer in ${year}`);
        for (const l of EQUIVALENCE_LAYERS) {
          const edges = await readLayerEdges(db, l, year, source);
          if (edges.length > 0) layers.push([l, buildLayer(edges, LAYER_SPECS[l].directed)]);
        }
      } finally {
        db.close();
      }
      // Per layer, and over the layers together (each layer's profile scaled by its largest weight).
      const equivalence: Record<string, number | null> = Object.fromEntries(layers.map(([l, g]) => [l, structuralEquivalence([g], from, to)]));
      if (layers.length > 1) equivalence.combined = structuralEquivalence(layers.map(([, g]) => g), from, to);
      if (opts.json) return printJson({ subject: from, counterpart: to, year, layer, ...report, structural_equivalence: equivalence });
      console.log(`${from} on ${to}, ${layer} layer ${year}: direct D = ${fmt(report.direct)}, total T = ${fmt(report.total)} (β = ${fmt(report.beta)}), indirect share ${fmt(report.indirectShare)}`);
      console.log(formatTable(
        ['rank', 'path', 'weight', 'share of T'],
        report.paths.map((p, k) => [k + 1, p.path.join(' → '), fmt(p.weight), fmt(p.shareOfTotal)]),
      ));
      const se = Object.entries(equivalence).map(([l, v]) => `${l} ${fmt(v)}`).join(', ');
      console.log(`structural equivalence of ${from} and ${to} in ${year} (correlation of their tie profiles): ${se || 'no layer with data'}`);
    });
}

// Every importer of the bundled data, in build order (states are written first, by the build itself).
import { energyImporters } from './bundled-energy.js';
import { relationsImporters } from './bundled-relations.js';
import { tradeImporters } from './bundled-trade.js';
import type { ImportContext } from './context.js';
import type { Importer } from './importer.js';

export function bundledImporters(ctx: ImportContext): Importer[] {
  return [...tradeImporters(ctx), ...energyImporters(ctx), ...relationsImporters(ctx)];
}

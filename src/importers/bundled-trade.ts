// Importers of the bundled trade datasets, in build order.
import type { ImportContext } from './context.js';
import { comextSanctionedImporter } from './from-comext-sanctioned.js';
import { unsdHsBecImporter } from './from-unsd-hs-bec.js';
import { cowTradeImporter } from './from-cow-trade.js';
import { eurostatComextImporter } from './from-eurostat-comext.js';
import { imfArrangementsImporter } from './from-imf-arrangements.js';
import { imfDotsImporter } from './from-imf-dots.js';
import { otsHs2Importer } from './from-ots-hs2.js';
import { wdiImporter } from './from-wdi.js';
import type { Importer } from './importer.js';

export function tradeImporters(ctx: ImportContext): Importer[] {
  return [
    cowTradeImporter(ctx),
    imfDotsImporter(ctx),
    eurostatComextImporter(ctx),
    comextSanctionedImporter(ctx),
    otsHs2Importer(ctx),
    unsdHsBecImporter(ctx),
    wdiImporter(ctx),
    imfArrangementsImporter(ctx),
  ];
}

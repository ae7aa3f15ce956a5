// Importers of the bundled energy datasets, in build order.
import type { ImportContext } from './context.js';
import { belarusCaseEnergyImporter } from './from-belarus-case-energy.js';
import { energyInstituteImporter } from './from-energy-institute.js';
import { gemImporter } from './from-gem-infrastructure.js';
import { passportIndexImporter } from './from-passport-index.js';
import { pipelineRoutesImporter } from './from-pipeline-routes.js';
import { pressGasPricesImporter } from './from-press-gas-prices.js';
import { undesaMigrantStockImporter } from './from-undesa-migrant-stock.js';
import { worldBankMigrationImporter } from './from-worldbank-migration.js';
import type { Importer } from './importer.js';

/** Energy flows, balances, prices and infrastructure, then the people layer (migration, remittances, visas). */
export function energyImporters(ctx: ImportContext): Importer[] {
  return [
    energyInstituteImporter(ctx),
    gemImporter(ctx),
    pressGasPricesImporter(ctx),
    undesaMigrantStockImporter(ctx),
    worldBankMigrationImporter(ctx),
    passportIndexImporter(ctx),
    // Hand-compiled in data-src/pipeline_routes/ (see its README), bundled like the others.
    pipelineRoutesImporter(ctx),
    // Hand-compiled in data-src/belarus_case_energy/ (see its README).
    belarusCaseEnergyImporter(ctx),
  ];
}

// World Bank / KNOMAD (CC BY 4.0): Bilateral Remittance Estimates for 2017 (April 2018, million current US$) and
// Bilateral Estimates of Migrant Stocks in 2017 (persons). The remittance matrix is the Bank's analytical estimate
// (national totals allocated to corridors by migrant stocks and incomes, Ratha & Shaw 2007), not reported data.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { num, text } from './fields.js';
import { type FileSpec, type Importer } from './importer.js';
import { corridor } from './from-undesa-migrant-stock.js';

export const WB_MIGRATION = 'worldbank_bilateral_migration_remittances_2017';
const YEAR = 2017;

const nonNegative = num.refine((v) => v >= 0, { message: 'negative value' });

const remittanceRow = z.object({ sending_iso3: text, receiving_iso3: text, remittances_musd: nonNegative });
type RemittanceRow = z.infer<typeof remittanceRow>;

const stockRow = z.object({ origin_iso3: text, destination_iso3: text, migrants: nonNegative });
type StockRow = z.infer<typeof stockRow>;

export interface WorldBankMigrationFiles {
  remittances: { path: string; label: string };
  stocks: { path: string; label: string };
}

export function worldBankMigrationImporter(
  ctx: ImportContext,
  files: WorldBankMigrationFiles = {
    remittances: bundled(ctx, `${WB_MIGRATION}/bilateral_remittances_2017.csv.gz`),
    stocks: bundled(ctx, `${WB_MIGRATION}/bilateral_migrant_stocks_2017.csv.gz`),
  },
): Importer {
  const remittances: FileSpec<RemittanceRow> = {
    ...files.remittances,
    columns: Object.keys(remittanceRow.shape),
    schema: remittanceRow,
    key: { fields: 'sending_iso3, receiving_iso3', of: (r) => `${r.sending_iso3},${r.receiving_iso3}` },
    map: (r, emit) => {
      // sending = the country where the migrants live, receiving = their origin.
      const pair = corridor(ctx.countries, ['sending_iso3', 'receiving_iso3'], [r.sending_iso3, r.receiving_iso3]);
      if (!Array.isArray(pair)) return pair;
      emit('remittance', { dataset: WB_MIGRATION, year: YEAR, sender: pair[0], receiver: pair[1], amount_musd: r.remittances_musd });
    },
  };
  const stocks: FileSpec<StockRow> = {
    ...files.stocks,
    columns: Object.keys(stockRow.shape),
    schema: stockRow,
    key: { fields: 'origin_iso3, destination_iso3', of: (r) => `${r.origin_iso3},${r.destination_iso3}` },
    map: (r, emit) => {
      const pair = corridor(ctx.countries, ['origin_iso3', 'destination_iso3'], [r.origin_iso3, r.destination_iso3]);
      if (!Array.isArray(pair)) return pair;
      emit('migrant_stock', { dataset: WB_MIGRATION, year: YEAR, origin: pair[0], destination: pair[1], migrants: r.migrants });
    },
  };
  return { dataset: WB_MIGRATION, tables: ['remittance', 'migrant_stock'], files: [remittances, stocks] };
}

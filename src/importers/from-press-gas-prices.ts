// Price of Russian gas for Belarus 2004–2021 (US$ per 1,000 m³), compiled for interdep from press reports that quote
// Gazprom or officials (UDF.BY, Euroradio, BelTA, Natural Gas World, ...); every row keeps its source and quote.
import { z } from 'zod';
import { bundled, type ImportContext } from './context.js';
import { num, optText, text } from './fields.js';
import { reject, type Importer } from './importer.js';

export const PRESS_GAS_PRICES = 'belarus_russian_gas_prices_press';

/** The one benchmark row: Gazprom's average price to European customers, not a state. */
const BENCHMARK = 'EUR_AVG';

const month = z.string().transform((v, ctx) => {
  const t = v.trim();
  const m = /^(\d{4})-(\d{2})$/.exec(t);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) {
    ctx.addIssue({ code: 'custom', message: `not a month (YYYY-MM): "${v}"` });
    return z.NEVER;
  }
  return t;
});

const row = z.object({
  importer_iso3: text,
  exporter_iso3: text,
  period_start: month,
  period_end: month,
  price_usd_per_1000m3: num.refine((v) => v > 0, { message: 'price must be positive' }),
  price_kind: optText,
  source: optText,
  source_url: optText,
  quote_or_note: optText,
});

export function pressGasPricesImporter(
  ctx: ImportContext,
  file = bundled(ctx, `${PRESS_GAS_PRICES}/belarus_russian_gas_import_prices.csv.gz`),
): Importer {
  return {
    dataset: PRESS_GAS_PRICES,
    tables: ['energy_price'],
    files: [
      {
        ...file,
        columns: Object.keys(row.shape),
        schema: row,
        key: {
          fields: 'importer_iso3, exporter_iso3, period_start',
          of: (r: z.infer<typeof row>) => `${r.importer_iso3},${r.exporter_iso3},${r.period_start}`,
        },
        map: (r: z.infer<typeof row>, emit) => {
          let importer: string | null = null;
          if (r.importer_iso3 !== BENCHMARK) {
            importer = ctx.countries.code(r.importer_iso3) ?? null;
            if (!importer) return reject('importer_iso3', `unknown country code ${r.importer_iso3}`);
          }
          const exporter = ctx.countries.code(r.exporter_iso3);
          if (!exporter) return reject('exporter_iso3', `unknown country code ${r.exporter_iso3}`);
          if (r.period_end < r.period_start) return reject('period_end', `period ends (${r.period_end}) before it starts (${r.period_start})`);
          emit('energy_price', {
            dataset: PRESS_GAS_PRICES, fuel: 'gas', importer, importer_label: r.importer_iso3, exporter,
            period_start: r.period_start, period_end: r.period_end, price: r.price_usd_per_1000m3, unit: 'USD/1000m3',
            price_kind: r.price_kind, source: r.source, source_url: r.source_url, note: r.quote_or_note,
          });
        },
      },
    ],
  };
}

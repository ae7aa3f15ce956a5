// The formats of files a user can bring (`interdep import <name> <file>`): name → importer factory.
import { UsageError } from '../core/errors.js';
import { baciImporter } from './from-baci.js';
import { comtradeImporter } from './from-comtrade.js';
import { gsdbImporter } from './from-gsdb.js';
import { imfTradeImporter } from './from-imf-imts.js';
import { wdiCsvImporter } from './from-wdi-csv.js';
import type { UserImporterFactory } from './user-file.js';

export interface UserFormat {
  name: string;
  /** One line for `--help` and error messages. */
  description: string;
  /** Publisher recorded on the dataset row. */
  publisher: string;
  create: UserImporterFactory;
}

export const USER_FORMATS: Readonly<Record<string, UserFormat>> = {
  comtrade: {
    name: 'comtrade',
    description: 'UN Comtrade CSV (comtradeplus.un.org bulk/API export, or the legacy comtrade.un.org layout)',
    publisher: 'United Nations Statistics Division (UN Comtrade)',
    create: comtradeImporter,
  },
  baci: {
    name: 'baci',
    description: 'CEPII BACI CSV (t, i, j, k, v, q), HS6 products',
    publisher: 'CEPII',
    create: baciImporter,
  },
  dots: {
    name: 'dots',
    description: 'IMF Direction of Trade Statistics CSV (IMF data portal, IMF API SDMX-CSV of IMTS, or interdep dots_bilateral_trade.csv)',
    publisher: 'International Monetary Fund',
    create: imfTradeImporter,
  },
  wdi: {
    name: 'wdi',
    description: 'World Bank WDI CSV as downloaded from data.worldbank.org (API_<code>_DS2_en_csv_v2_*.csv)',
    publisher: 'World Bank',
    create: wdiCsvImporter,
  },
  gsdb: {
    name: 'gsdb',
    description: 'Global Sanctions Data Base, case-level CSV (GSDB_V4.csv from its authors), into the sanctions tables',
    publisher: 'Felbermayr, Kirilakha, Syropoulos, Yalcin & Yotov (Global Sanctions Data Base)',
    create: gsdbImporter,
  },
};

export function userFormat(name: string): UserFormat {
  const format = USER_FORMATS[name];
  if (!format) {
    throw new UsageError(`unknown format "${name}"`, `use one of: ${Object.keys(USER_FORMATS).join(', ')}`);
  }
  return format;
}

// interdep screen <country> [--year Y]: the goods the country depends on by the strategic-dependency screen of the
// European Commission (SWD(2021) 352) in CEPII GeoDep's country form — supplier HHI > 0.4, world-export HHI > 0.4,
// imports / exports > 1 — each with its main supplier and that supplier's share. Reads the product data in
// trade_product (BACI or UN Comtrade files brought with `interdep import`).
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import { productScreen, screenYears } from '../../store/queries/product-screen.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { formatTable, printJson } from '../output.js';
import { parseCount, parseCountry, parseYear } from '../options.js';
import { DEFAULT_DATA_DIR } from './build.js';

const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
const usd = (v: number) => (v >= 1e9 ? `${(v / 1e9).toFixed(2)} bn` : v >= 1e6 ? `${(v / 1e6).toFixed(1)} m` : v.toFixed(0));
const r3 = (v: number) => Number(v.toFixed(3));
const short = (s: string | null) => (s !== null && s.length > 40 ? `${s.slice(0, 39)}…` : s);

export function registerScreen(program: Command): void {
  program
    .command('screen')
    .description('goods a country depends on (supplier HHI > 0.4, world-export HHI > 0.4, imports > exports), with the main supplier')
    .argument('<country>', 'the importing state (name or code)')
    .option('--year <year>', 'year (default: the latest year with product data for the country)')
    .option('--top <n>', 'goods to list in the table (all in --json)', '30')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (name: string, opts: { year?: string; top?: string; db?: string; data: string; json?: boolean }) => {
      const asked = parseYear(opts.year, '--year');
      const top = parseCount(opts.top, '--top', 30);
      const country = parseCountry(await loadCountryResolver(opts.data), name, asked)!;
      const db = await openBuilt(resolveDbPath(opts.db), { readOnly: true });
      let screen;
      try {
        const years = await screenYears(db, country);
        if (years.length === 0) {
          throw new UsageError(
            `no bilateral product data for ${country} in trade_product (the bundled data hold exports to the world by HS chapter only)`,
            'import product-level trade first, e.g. `interdep import baci BACI_HS17_Y2021_V202401.csv` or a UN Comtrade file (`interdep import comtrade …`)',
          );
        }
        const year = asked ?? years[0]!;
        if (!years.includes(year)) throw new UsageError(`no product data for ${country} in ${year}`, `years with data: ${years.join(', ')}`);
        screen = (await productScreen(db, country, year))!;
      } finally {
        db.close();
      }
      if (opts.json) return printJson({ ...screen, dependentShare: screen.dependentImports / screen.totalImports });
      const t = screen.thresholds;
      console.log(`${screen.country} ${screen.year} (${screen.dataset}, ${screen.digits}-digit codes): ${screen.goods.length} of ${screen.goodsImported} goods imported pass `
        + `the screen (supplier HHI > ${t.supplierHhi}, world-export HHI > ${t.worldHhi}, imports/exports > ${t.importExportRatio}): `
        + `${usd(screen.dependentImports)} US$, ${pct(screen.dependentImports / screen.totalImports)} of ${usd(screen.totalImports)} US$ imports`);
      if (!screen.hasExports) console.log(`note: ${screen.country} exports nothing in this year's data, so every good passes the imports/exports test by rule`);
      if (screen.goods.length === 0) return;
      console.log(formatTable(
        ['product', 'section', 'end use', 'imports US$', 'of imports', 'main supplier', 'its share', 'suppliers', 'supplier HHI', 'world HHI', 'imports/exports'],
        screen.goods.slice(0, top).map((g) => [
          g.product, short(g.section), g.endUse, usd(g.imports), pct(g.importShare), g.mainSupplier, pct(g.mainSupplierShare), g.suppliers,
          r3(g.supplierHhi), r3(g.worldHhi), g.exports === 0 ? 'no exports' : r3(g.imports / g.exports),
        ]),
      ));
      if (screen.goods.length > top) console.log(`… ${screen.goods.length - top} more (--top ${screen.goods.length}, or --json)`);
    });
}

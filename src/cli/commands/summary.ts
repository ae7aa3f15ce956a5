// interdep summary <country>: a readable first look at a state's dependence, from the built database.
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { loadCountryResolver } from '../../importers/load-country-tables.js';
import type { Database } from '../../store/db.js';
import {
  gasSupply,
  igoSummary,
  latestIndicators,
  latestTradeYear,
  stateName,
  tradeSummary,
} from '../../store/queries/country-summary.js';
import { openBuilt, resolveDbPath } from '../../store/open.js';
import { formatTable, printJson } from '../output.js';
import { DEFAULT_DATA_DIR } from './build.js';

const INDICATORS: Record<string, string> = {
  'EG.IMP.CONS.ZS': 'energy imports, net (% of energy use)',
  'DT.DOD.DIMF.CD': 'use of IMF credit (current US$)',
  'DT.DOD.DECT.GN.ZS': 'external debt stocks (% of GNI)',
  'DT.ODA.ODAT.CD': 'net ODA received (current US$)',
};

const pct = (x: number | null) => (x === null ? null : `${(100 * x).toFixed(1)}%`);
const musd = (x: number | null) => (x === null ? null : Math.round(x));

/** 1333000000 → "1.33 bn"; percentages and small values keep 4 significant digits. */
function compact(x: number): string {
  const abs = Math.abs(x);
  if (abs >= 1e9) return `${(x / 1e9).toFixed(2)} bn`;
  if (abs >= 1e6) return `${(x / 1e6).toFixed(1)} mn`;
  return String(Number(x.toPrecision(4)));
}

export async function collectSummary(db: Database, subject: string, top = 8) {
  const year = await latestTradeYear(db, subject);
  const trade = year === null ? null : await tradeSummary(db, subject, year, top);
  const igoPartners = [...new Set(['RUS', 'CHN', 'DEU', 'POL', 'USA', ...(trade?.partners.slice(0, 3).map((p) => p.partner) ?? [])])]
    .filter((p) => p !== subject);
  return {
    subject,
    name: await stateName(db, subject),
    trade,
    gas: await gasSupply(db, subject),
    igo: await igoSummary(db, subject, igoPartners),
    indicators: await latestIndicators(db, subject, Object.keys(INDICATORS)),
  };
}

export function formatSummary(s: Awaited<ReturnType<typeof collectSummary>>): string {
  const out: string[] = [`${s.name ?? s.subject} (${s.subject}): who it depends on`, ''];
  const t = s.trade;
  if (t) {
    const worldTurnover = t.exports_world !== null && t.imports_world !== null ? t.exports_world + t.imports_world : null;
    out.push(`Trade ${t.year} (IMF DOTS, as ${s.subject} reports it; million current US$)`);
    out.push(
      formatTable(
        ['partner', 'exports', 'imports', 'share of trade'],
        t.partners.map((p) => [`${p.name} (${p.partner})`, musd(p.exports), musd(p.imports), pct(p.share)]),
      ),
    );
    out.push(`(shares of ${s.subject}'s reported trade with the World; the metric trade.share_turnover divides by the sum over partners)`);
    if (worldTurnover !== null && t.exports_eu !== null && t.imports_eu !== null) {
      out.push(`European Union (27): ${pct((t.exports_eu + t.imports_eu) / worldTurnover)} of trade`);
    }
    if (worldTurnover !== null && t.gdp_usd !== null) {
      out.push(`Trade / GDP: ${pct((worldTurnover * 1e6) / t.gdp_usd)} (World Bank GDP, current US$)`);
    }
    out.push('');
  } else out.push('No bilateral trade reported to IMF DOTS.', '');
  if (s.gas) {
    out.push(`Natural gas imports ${s.gas.year} (Energy Institute): ${s.gas.total_bcm.toFixed(2)} bcm`);
    out.push(formatTable(['supplier', 'bcm', 'share'], s.gas.suppliers.map((g) => [`${g.name} (${g.exporter})`, Number(g.bcm.toFixed(2)), pct(g.share)])));
    out.push('');
  }
  if (s.igo) {
    out.push(`International organisations ${s.igo.year} (COW IGO v3): full member of ${s.igo.full_memberships}`);
    out.push(
      formatTable(
        ['partner', 'shared full memberships', 'partner total', 'examples'],
        s.igo.shared.map((g) => [`${g.name} (${g.partner})`, g.shared_full, g.partner_full, g.igos.filter((i) => /^(CIS|EAEC|CSTO|EU|NATO|WTO|OSCE|COE|EBRD|SCO|IMF|IBRD|UN)$/.test(i)).join(' ')]),
      ),
    );
    out.push('');
  }
  if (s.indicators.length) {
    out.push('Finance and energy (World Bank WDI, latest year)');
    out.push(
      formatTable(
        ['indicator', 'year', 'value'],
        s.indicators.map((i) => [INDICATORS[i.code] ?? i.code, i.year, compact(i.value)]),
      ),
    );
  }
  return out.join('\n');
}

export async function printSummary(dbPath: string, query: string, dataDir: string, json: boolean): Promise<void> {
  const countries = await loadCountryResolver(dataDir);
  const subject = countries.resolve(query).code;
  const db = await openBuilt(dbPath, { readOnly: true });
  try {
    const summary = await collectSummary(db, subject);
    if (json) printJson(summary);
    else console.log(formatSummary(summary));
  } finally {
    db.close();
  }
}

export function registerSummary(program: Command): void {
  program
    .command('summary')
    .description("a readable summary of a state's dependence (top partners, trade/GDP, gas suppliers, shared IGOs)")
    .argument('[country]', 'name or code of the state', 'BLR')
    .option('--db <file>', 'database file')
    .option('--data <dir>', 'directory of the bundled data', DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action(async (country: string, opts: { db?: string; data: string; json?: boolean }) => {
      if (!country.trim()) throw new UsageError('country must not be empty');
      await printSummary(resolveDbPath(opts.db), country, opts.data, Boolean(opts.json));
    });
}

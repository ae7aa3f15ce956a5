// UN Comtrade (United Nations Statistics Division), a user's CSV from comtradeplus.un.org (bulk or API export,
// columns refYear, reporterISO, partnerISO, flowCode, cmdCode, primaryValue, …) or from the legacy
// comtrade.un.org (Year, Reporter ISO, Partner ISO, Trade Flow, Commodity Code, Trade Value (US$), …); the
// layout is told by the header. Values are current US$ as reported (imports CIF, exports FOB).
//
// Where rows go:
// - HS product rows → trade_product, one row per reporter's declaration: imports (M) as partner → reporter,
//   exports (X) as reporter → partner; `reporter` keeps whose customs declared it, so the two mirror
//   declarations of one flow stay apart. classification = HS + digits (HS2/HS4/HS6). Exports to the World
//   (W00, WLD) have importer NULL; imports from the World have no exporter and are quarantined.
// - TOTAL rows (all commodities) are the reporter's bilateral totals, not a product: → trade (million US$,
//   flag 'reported') with a state partner, → trade_total (partner_group WLD) with the World. Exports and
//   imports arrive on separate rows and are merged into one row per reporter, partner and year.
// - Not loaded, quarantined with the reason: re-exports/re-imports (RX, RM) and processing flows (XIP, MIP, …),
//   which are parts of X and M (loading them would count them twice); breakdowns by second partner, customs
//   procedure or mode of transport other than the total (partner2 World, C00, 0), parts of the total row;
//   monthly rows (trade tables are annual); non-HS classifications (SITC, BEC).
// Reporter or partner "Other Asia, nes" (S19) is Taiwan, as in BACI. Partners that are areas (e.g. "Areas, nes")
// are not states: quarantined, their value is in the World row.
import { z } from 'zod';
import type { ImportContext } from './context.js';
import { optText, text, year } from './fields.js';
import { reject, type Emit, type Rejection } from './importer.js';
import {
  decimalText, layoutError, mergePartialTrade, optDecimalText, readHeader, shiftDecimal, type UserFile, type UserImporter,
} from './user-file.js';

/** Column names of one layout, by role. Required roles first; the optional ones are used when present. */
interface Layout {
  year: string;
  reporter: string;
  partner: string;
  flow: string;
  product: string;
  value: string;
  optional: {
    classification: string;
    freq?: string;
    period?: string;
    partner2?: string;
    customs?: string;
    mot?: string;
    qty: string;
    qtyUnit: string;
  };
}

const PLUS: Layout = {
  year: 'refYear', reporter: 'reporterISO', partner: 'partnerISO', flow: 'flowCode', product: 'cmdCode', value: 'primaryValue',
  optional: {
    classification: 'classificationCode', freq: 'freqCode', period: 'period', partner2: 'partner2ISO', customs: 'customsCode', mot: 'motCode',
    qty: 'qty', qtyUnit: 'qtyUnitAbbr',
  },
};

const LEGACY: Layout = {
  year: 'Year', reporter: 'Reporter ISO', partner: 'Partner ISO', flow: 'Trade Flow', product: 'Commodity Code',
  value: 'Trade Value (US$)',
  optional: {
    classification: 'Classification', period: 'Period', partner2: '2nd Partner ISO', customs: 'Customs Proc. Code',
    mot: 'Mode of Transport Code', qty: 'Qty', qtyUnit: 'Qty Unit',
  },
};

const required = (l: Layout) => [l.year, l.reporter, l.partner, l.flow, l.product, l.value];

const LEGACY_FLOWS: Readonly<Record<string, string>> = { import: 'M', export: 'X', 're-import': 'RM', 're-export': 'RX' };
const WORLD = new Set(['W00', 'WLD']);
/** Comtrade's code for "Other Asia, nes", which stands for Taiwan. */
const OTHER_ASIA_NES = 'S19';
/** Quantity units meaning "no quantity" (Comtrade+ N/A with code -1; legacy "No Quantity"). */
const NO_QUANTITY = new Set(['N/A', 'NA', 'No Quantity', '-1']);

interface ComtradeRow {
  year: number;
  reporter: string;
  partner: string;
  flow: string;
  product: string;
  value: string;
  classification: string | null;
  freq: string | null;
  period: string | null;
  partner2: string | null;
  customs: string | null;
  mot: string | null;
  qty: string | null;
  qtyUnit: string | null;
}

function schemaFor(layout: Layout, present: Set<string>) {
  const o = layout.optional;
  const shape: Record<string, z.ZodType> = {
    [layout.year]: year,
    [layout.reporter]: text,
    [layout.partner]: text,
    [layout.flow]: text,
    [layout.product]: text,
    [layout.value]: decimalText.refine((v) => !v.startsWith('-'), { message: 'negative trade value' }),
  };
  const optional: Array<[keyof Layout['optional'], z.ZodType]> = [
    ['classification', optText], ['freq', optText], ['period', optText], ['partner2', optText], ['customs', optText],
    ['mot', optText], ['qty', optDecimalText()], ['qtyUnit', optText],
  ];
  for (const [role, parser] of optional) {
    const column = o[role];
    if (column && present.has(column)) shape[column] = parser;
  }
  const pick = (r: Record<string, unknown>, role: keyof Layout['optional']) => {
    const column = o[role];
    return column && present.has(column) ? ((r[column] as string | null) ?? null) : null;
  };
  return z.object(shape).transform(
    (r): ComtradeRow => ({
      year: r[layout.year] as number,
      reporter: r[layout.reporter] as string,
      partner: r[layout.partner] as string,
      flow: r[layout.flow] as string,
      product: r[layout.product] as string,
      value: r[layout.value] as string,
      classification: pick(r, 'classification'),
      freq: pick(r, 'freq'),
      period: pick(r, 'period'),
      partner2: pick(r, 'partner2'),
      customs: pick(r, 'customs'),
      mot: pick(r, 'mot'),
      qty: pick(r, 'qty'),
      qtyUnit: pick(r, 'qtyUnit'),
    }),
  );
}

export async function comtradeImporter(ctx: ImportContext, file: UserFile): Promise<UserImporter> {
  const header = await readHeader(file);
  const layout = [PLUS, LEGACY].find((l) => required(l).every((c) => header.fields.includes(c)));
  if (!layout) throw layoutError(file, header, 'UN Comtrade', { 'Comtrade+': required(PLUS), legacy: required(LEGACY) });
  const present = new Set(header.fields);
  const columns = [...required(layout), ...Object.values(layout.optional).filter((c) => present.has(c))];
  const col = (role: keyof Layout['optional']) => layout.optional[role] ?? role;
  const isLegacy = layout === LEGACY;

  const state = (iso: string): string | undefined => ctx.countries.code(iso === OTHER_ASIA_NES ? 'TWN' : iso);
  const seen = new Set<string>();

  const checkScope = (r: ComtradeRow): Rejection | void => {
    if (r.freq !== null && r.freq !== 'A') {
      return reject(col('freq'), `frequency ${r.freq} is not loaded: trade tables hold annual flows`);
    }
    if (r.period !== null && !/^\d{4}$/.test(r.period)) {
      return reject(col('period'), `period ${r.period} is not a year: trade tables hold annual flows`);
    }
    if (r.partner2 !== null && !WORLD.has(r.partner2)) {
      const reason = 'is part of the row with second partner World; not loaded';
      return reject(col('partner2'), `second-partner breakdown (${r.partner2}) ${reason}`);
    }
    if (r.customs !== null && r.customs !== 'C00') {
      return reject(col('customs'), `customs-procedure breakdown (${r.customs}) is part of the C00 total row; not loaded`);
    }
    if (r.mot !== null && r.mot !== '0') {
      return reject(col('mot'), `mode-of-transport breakdown (${r.mot}) is part of the total row (0); not loaded`);
    }
    if (r.classification !== null && !/^H[S0-9]$/.test(r.classification)) {
      return reject(col('classification'), `classification ${r.classification} is not HS; trade_product holds HS products`);
    }
  };

  const emitTotal = (r: ComtradeRow, flow: 'M' | 'X', reporter: string, emit: Emit): Rejection | void => {
    const musd = shiftDecimal(r.value, -6);
    const side = flow === 'X' ? { exports: musd, exports_flag: 'reported' } : { imports: musd, imports_flag: 'reported' };
    const world = WORLD.has(r.partner);
    const partner = world ? 'WLD' : state(r.partner);
    if (!partner) return reject(layout.partner, `partner ${r.partner} is not a known state`);
    const id = `total|${r.year}|${reporter}|${partner}|${flow}`;
    if (seen.has(id)) {
      return reject(layout.partner, `a second ${flow} total of ${reporter} with ${partner} in ${r.year} (one state under two codes)`);
    }
    seen.add(id);
    const base = { dataset: file.dataset, year: r.year, reporter, ...side };
    emit(world ? 'trade_total' : 'trade', world ? { ...base, partner_group: 'WLD' } : { ...base, partner });
  };

  return {
    dataset: file.dataset,
    tables: ['trade_product', 'trade', 'trade_total'],
    finish: (db) => mergePartialTrade(db, file.dataset),
    files: [
      {
        path: file.path,
        label: file.label,
        delimiter: file.delimiter,
        columns,
        schema: schemaFor(layout, present),
        key: {
          fields: [layout.year, layout.reporter, layout.partner, layout.flow, layout.product,
            ...(['period', 'partner2', 'customs', 'mot'] as const).map(col).filter((c) => present.has(c))].join(', '),
          of: (r: ComtradeRow) => [r.year, r.reporter, r.partner, r.flow, r.product, r.period, r.partner2, r.customs, r.mot].join(','),
        },
        map: (r: ComtradeRow, emit) => {
          const outOfScope = checkScope(r);
          if (outOfScope) return outOfScope;
          const flow = isLegacy ? (LEGACY_FLOWS[r.flow.toLowerCase()] ?? r.flow) : r.flow;
          if (flow !== 'M' && flow !== 'X') {
            const reason = 're-exports, re-imports and processing flows are part of exports (X) and imports (M)';
            return reject(layout.flow, `flow ${r.flow} is not loaded: ${reason}`);
          }
          const reporter = state(r.reporter);
          if (!reporter) return reject(layout.reporter, `reporter ${r.reporter} is not a known state`);
          if (r.product.toUpperCase() === 'TOTAL') return emitTotal(r, flow, reporter, emit);

          if (!/^\d{2}(\d{2}){0,2}$/.test(r.product)) return reject(layout.product, `not an HS code of 2, 4 or 6 digits: "${r.product}"`);
          const world = WORLD.has(r.partner);
          if (world && flow === 'M') {
            return reject(layout.partner, 'imports from the World have no exporter state; trade_product cannot hold them');
          }
          const partner = world ? null : state(r.partner);
          if (partner === undefined) return reject(layout.partner, `partner ${r.partner} is not a known state`);
          const exporter = flow === 'X' ? reporter : partner!;
          const importer = flow === 'X' ? partner : reporter;
          const id = `product|${r.year}|${reporter}|${exporter}|${importer}|${r.product}`;
          if (seen.has(id)) {
            const dyad = `${exporter} → ${importer ?? 'World'}`;
            return reject(layout.partner, `a second ${flow} row for ${dyad}, ${r.product}, ${r.year} (one state under two codes)`);
          }
          seen.add(id);
          const hasQty = r.qty !== null && r.qtyUnit !== null && !NO_QUANTITY.has(r.qtyUnit);
          emit('trade_product', {
            dataset: file.dataset, year: r.year, exporter, importer, product: r.product,
            classification: `HS${r.product.length}`, value_usd: shiftDecimal(r.value, 0),
            quantity: hasQty ? shiftDecimal(r.qty!, 0) : null, quantity_unit: hasQty ? r.qtyUnit : null, reporter,
          });
        },
      },
    ],
  };
}

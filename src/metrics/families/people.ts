// People: dependence through migrants and their remittances. Directed, "subject depends on counterpart":
// the share of the subject's immigrants born in the counterpart (UN DESA 2019; World Bank 2017), and the share of the
// subject's remittance receipts sent from the counterpart (World Bank 2017 bilateral estimates, Ratha & Shaw 2007).
// Both sources list positive cells only (zero and not-available cells are omitted upstream and cannot be told
// apart), so a pair without a row gets no value at all — never a 0.
import type { Citation } from '../citations.js';
import { addFlag, joinFlags } from '../sql-fragments.js';
import type { MetricDefinition, MetricRow, ReferenceInput } from '../types.js';

const V = '1.0.0';
const DEPENDENT = 'higher = subject more dependent on counterpart';

export const PEOPLE_CITATIONS: Readonly<Record<string, Citation>> = {
  'undesa-migrant-stock-2019': {
    key: 'undesa-migrant-stock-2019', authors: 'United Nations, Department of Economic and Social Affairs, Population Division', year: 2019,
    title: 'International Migrant Stock 2019: by destination and origin', venue: 'United Nations database, POP/DB/MIG/Stock/Rev.2019',
  },
  'worldbank-migration-2017': {
    key: 'worldbank-migration-2017', authors: 'World Bank (KNOMAD, Migration and Remittances team)', year: 2018,
    title: 'Bilateral Migration Matrix 2017 and Bilateral Remittance Estimates for 2017 (April 2018 version)',
    venue: 'World Bank, Washington, DC (CC BY 4.0)',
  },
  'ratha-shaw-2007': {
    key: 'ratha-shaw-2007', authors: 'Ratha, Dilip and William Shaw', year: 2007,
    title: 'South-South Migration and Remittances', venue: 'World Bank Working Paper No. 102, Washington, DC',
  },
};

// ---- migrant stocks: one dataset per destination-year ----

/** Datasets of migrant_stock in order of preference, with the flag token each row carries. */
const STOCK_DATASETS = [
  { dataset: 'undesa_migrant_stock_2019', token: 'undesa' },
  { dataset: 'worldbank_bilateral_migration_remittances_2017', token: 'worldbank' },
] as const;

const rankSql = `CASE dataset ${STOCK_DATASETS.map((d, i) => `WHEN '${d.dataset}' THEN ${i + 1}`).join(' ')} END`;
const tokenSql = `CASE dataset ${STOCK_DATASETS.map((d) => `WHEN '${d.dataset}' THEN '${d.token}'`).join(' ')} END`;
const STOCK_ROWS = `(SELECT year, origin, destination, migrants, ${rankSql} AS pref, ${tokenSql} AS token FROM migrant_stock
                      WHERE dataset IN (${STOCK_DATASETS.map((d) => `'${d.dataset}'`).join(', ')}) AND origin <> destination)`;

/** The rows of the preferred dataset of each destination-year. */
const STOCKS = `
  (SELECT s.year, s.origin, s.destination, s.migrants, s.token
     FROM ${STOCK_ROWS} AS s
     JOIN (SELECT destination, year, MIN(pref) AS pref FROM ${STOCK_ROWS} AS r GROUP BY destination, year) AS p
       ON p.destination = s.destination AND p.year = s.year AND p.pref = s.pref)`;

interface Stock { dataset: string; year: number; origin: string; destination: string; migrants: number }

function stocksTs(input: ReferenceInput): Array<Stock & { token: string }> {
  const rank = (d: string) => STOCK_DATASETS.findIndex((x) => x.dataset === d);
  const rows = ((input.migrant_stock ?? []) as unknown as Stock[]).filter((r) => rank(r.dataset) >= 0 && r.origin !== r.destination);
  const best = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.destination}|${r.year}`;
    best.set(k, Math.min(best.get(k) ?? Infinity, rank(r.dataset)));
  }
  return rows.filter((r) => rank(r.dataset) === best.get(`${r.destination}|${r.year}`))
    .map((r) => ({ ...r, token: STOCK_DATASETS[rank(r.dataset)]!.token }));
}

/** Share of each pair in its subject's total, with zero_total (value NULL) when that total is 0. */
function sharesTs<T extends { subject: string; counterpart: string; year: number; amount: number; flags: string }>(rows: T[]): MetricRow[] {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(`${r.subject}|${r.year}`, (totals.get(`${r.subject}|${r.year}`) ?? 0) + r.amount);
  return rows.map((r) => {
    const t = totals.get(`${r.subject}|${r.year}`)!;
    return {
      subject: r.subject, counterpart: r.counterpart, year: r.year, value: t === 0 ? null : r.amount / t, low: null, high: null,
      flags: joinFlags(r.flags, t === 0 ? 'zero_total' : ''),
    };
  });
}

/** SQL mirror of sharesTs: each row's amount over the subject-year total of `rows` (alias s), NULL with zero_total. */
function shareSql(rows: string, subject: string, counterpart: string, amount: string, flags: string): string {
  return `
    SELECT s.${subject} AS subject, s.${counterpart} AS counterpart, s.year,
           CASE WHEN t.total = 0 THEN NULL ELSE s.${amount} / t.total END AS value,
           CAST(NULL AS DOUBLE) AS low, CAST(NULL AS DOUBLE) AS high, ${addFlag(flags, 't.total = 0', 'zero_total')} AS flags
      FROM ${rows} AS s
      JOIN (SELECT ${subject}, year, SUM(${amount}) AS total FROM ${rows} AS u GROUP BY ${subject}, year) AS t
        ON t.${subject} = s.${subject} AND t.year = s.year`;
}

const stockShare: MetricDefinition = {
  id: 'migration.stock_share', title: "Share of the subject's immigrants born in the counterpart", family: 'people',
  formula: 'MS_ij = Mig(j→i) / Σ_k Mig(k→i)   (Mig(k→i) = persons born in k living in i, mid-year)',
  description:
    "Of all international migrants living in the subject, the share born in the counterpart (UN DESA: foreign-born, or foreign citizens where birthplace is not recorded). 0 = none of the subject's immigrants come from the counterpart; 1 = all do. A large diaspora of the counterpart is a channel of social ties and of the counterpart's influence. " +
    'Years: UN DESA 2019 revision for 1990, 1995, …, 2015, 2019 (flag undesa); World Bank Bilateral Migration Matrix 2017 for 2017 (flag worldbank). ' +
    'Where both datasets held the same destination-year the UN DESA rows would be used for that whole destination-year, so numerator and total always come from one dataset; today their years do not overlap. ' +
    'The total is the sum over the origins listed for the subject (the UN residual categories "Other North/South" are not in the bundled file, so totals can be slightly below the published ones). ' +
    'Only positive stocks are listed upstream (zero and not-available cells are both omitted), so a pair with no row has no value, not 0.',
  citations: ['undesa-migrant-stock-2019', 'worldbank-migration-2017'], unit: 'share', range: { min: 0, max: 1 }, direction: DEPENDENT,
  level: 'directed', inputs: ['migrant_stock'], version: V, usesTradeSource: false, additiveOverCounterparts: true,
  sql: () => shareSql(STOCKS, 'destination', 'origin', 'migrants', 's.token'),
  reference: (input) => sharesTs(stocksTs(input).map((r) => ({ subject: r.destination, counterpart: r.origin, year: r.year, amount: r.migrants, flags: r.token }))),
};

// ---- remittances ----

const REMITTANCE_DATASET = 'worldbank_bilateral_migration_remittances_2017';
const REMITTANCES = `(SELECT year, sender, receiver, amount_musd FROM remittance WHERE dataset = '${REMITTANCE_DATASET}' AND sender <> receiver)`;

interface Remittance { dataset: string; year: number; sender: string; receiver: string; amount_musd: number }

const remittanceShare: MetricDefinition = {
  id: 'migration.remittance_share', title: "Share of the subject's remittance receipts sent from the counterpart", family: 'people',
  formula: 'RS_ij = R(j→i) / Σ_k R(k→i)   (R(k→i) = remittances sent from k, where migrants live, to i, their origin; million US$)',
  description:
    "Of all remittances the subject receives, the share sent from the counterpart. 0 = none of its receipts come from there; 1 = all do: its households' income from abroad then hangs on the counterpart's labour market and migration policy. " +
    'Data: World Bank Bilateral Remittance Estimates for 2017 (year 2017 only). These are analytical estimates, not reported flows: each country\'s remittance total is allocated to corridors in proportion to migrant stocks weighted by host- and origin-country incomes (Ratha & Shaw 2007); informal channels are not captured. Every row carries the flag worldbank_estimate. ' +
    "The total is the sum of the subject's bilateral estimates over all senders (equal, up to rounding, to the World Bank's estimated receipts for the country). Only non-zero corridors are listed upstream, so a pair with no row has no value, not 0.",
  citations: ['worldbank-migration-2017', 'ratha-shaw-2007'], unit: 'share', range: { min: 0, max: 1 }, direction: DEPENDENT,
  level: 'directed', inputs: ['remittance'], version: V, usesTradeSource: false, additiveOverCounterparts: true,
  sql: () => shareSql(REMITTANCES, 'receiver', 'sender', 'amount_musd', "'worldbank_estimate'"),
  reference: (input) => sharesTs(((input.remittance ?? []) as unknown as Remittance[])
    .filter((r) => r.dataset === REMITTANCE_DATASET && r.sender !== r.receiver)
    .map((r) => ({ subject: r.receiver, counterpart: r.sender, year: r.year, amount: r.amount_musd, flags: 'worldbank_estimate' }))),
};

export const PEOPLE_METRICS: readonly MetricDefinition[] = [stockShare, remittanceShare];

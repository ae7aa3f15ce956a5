// A hand-built trade_product fixture for the product metrics and `interdep screen` (not real figures): a BACI-like
// HS6 year (2021), a Comtrade-like year with both sides' declarations (2022), exports to the world, and the HS–BEC rows
// of the goods it uses (the real BEC codes of those subheadings).
import { UNSD_HS_BEC } from '../../src/importers/from-unsd-hs-bec.js';
import type { Row } from '../../src/store/db.js';

export const tp = (dataset: string, year: number, exporter: string, importer: string | null, product: string, value_usd: number | null, reporter: string | null = null) =>
  ({ dataset, year, exporter, importer, product, classification: `HS${product.length}`, value_usd, quantity: null, quantity_unit: null, reporter });
export const bec = (hs6: string, code: string, relationship = 'n:1') => ({ dataset: UNSD_HS_BEC, hs_version: 'HS2017', hs6, bec: code, relationship });

const BACI = 'baci_hs17_2021';
const CT = 'comtrade_2022';

// Hand-built fixture (not real figures). 2021: a BACI-like HS6 file (reporter NULL). BLR imports 1000 from RUS,
// 400 from DEU, 100 from CHN, 50 from POL (total 1550).
const b21 = (exporter: string, importer: string, product: string, value: number) => tp(BACI, 2021, exporter, importer, product, value);
export const HAND: Record<string, Row[]> = {
  trade_product: [
    b21('RUS', 'BLR', '270900', 600), b21('RUS', 'BLR', '271111', 100), b21('RUS', 'BLR', '870323', 100),
    b21('RUS', 'BLR', '847130', 100), b21('RUS', 'BLR', '040110', 100),
    b21('DEU', 'BLR', '847130', 300), b21('DEU', 'BLR', '870323', 100),
    b21('CHN', 'BLR', '847130', 100), b21('POL', 'BLR', '040110', 50),
    b21('BLR', 'RUS', '310420', 500), b21('BLR', 'RUS', '040110', 500), b21('BLR', 'POL', '310420', 500),
    b21('CAN', 'POL', '310420', 1500), b21('JPN', 'RUS', '870323', 300), b21('KOR', 'RUS', '870323', 300),
    b21('RUS', 'UKR', '720851', 6), b21('KAZ', 'UKR', '720851', 1), b21('CHN', 'UKR', '720851', 1),
    b21('TUR', 'UKR', '720851', 1), b21('IND', 'UKR', '720851', 1),
    // left out: chapter 99 (not a product), a zero value, a missing value
    b21('RUS', 'BLR', '999999', 1000), b21('DEU', 'BLR', '271121', 0), tp(BACI, 2021, 'DEU', 'BLR', '271121', null),
    // exports to the world (OTS-like, HS2): RUS 27 = 800, 31 = 200; KAZ 27 = 50; a chapter-99 row is left out.
    tp('ots_like', 2021, 'RUS', null, '27', 800), tp('ots_like', 2021, 'RUS', null, '31', 200),
    tp('ots_like', 2021, 'KAZ', null, '27', 50), tp('ots_like', 2021, 'RUS', null, '99', 500),
    // a second world dataset covering fewer exporters: not read
    tp('ots_small', 2021, 'RUS', null, '27', 1),
    // 2022: a Comtrade-like file with both sides' declarations (reporter) and HS2 totals next to HS6 lines.
    tp(CT, 2022, 'RUS', 'BLR', '270900', 700, 'BLR'), tp(CT, 2022, 'RUS', 'BLR', '27', 700, 'BLR'),
    tp(CT, 2022, 'RUS', 'BLR', '270900', 650, 'RUS'), tp(CT, 2022, 'RUS', 'BLR', '271121', 50, 'RUS'),
    tp(CT, 2022, 'KAZ', 'BLR', '100199', 100, 'KAZ'), tp(CT, 2022, 'BLR', 'RUS', '310420', 400, 'BLR'),
    tp(CT, 2022, 'RUS', 'BLR', '999999', 5, 'RUS'),
    // another 2022 file covering one importer only: not read
    tp('partial_2022', 2022, 'DEU', 'BLR', '847130', 999),
  ],
  hs_bec: [
    bec('270900', '31'), bec('271111', '322'), bec('271121', '31'), bec('870323', '51'), bec('847130', '41'),
    bec('040110', '112'), bec('310420', '22'), bec('720851', '22'), bec('100199', '111'), bec('271012', '32'),
    bec('010130', '111', 'n:n'), bec('010130', '41', 'n:n'), bec('010121', '41'),
  ],
};


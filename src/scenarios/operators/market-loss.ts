// market_loss: one partner (or every member of a group) stops buying a share of the subject's exports, all or some
// HS chapters, for a number of days (CONCEPTS C5: the φ_k·ΔX term; C9 for exports).
//   lost = σ · X(i→m, k) · d/365 (US$; X by product = bilateral exports × the chapters' share of i's world exports, or
//          × the listed goods' share of i's own exports to m for a product list: goods-share.ts)
//   S = φ · lost, φ = export_value_added_share (value added lost per US$ of exports not sold, a parameter)
// Substitute: the subject's other markets, which can take up to market_redirect_share more of what they already
// buy from it within min(d, h) days. V = S·(1 − ρ) + a·S·ρ (a = adjustment_cost_share: the discount on redirected sales).
import { substitution, vulnerability } from '../adjustment.js';
import type { ShockState } from '../shock-state.js';
import { chapterShare, goodsShare, type Goods } from './goods-share.js';

export interface MarketLoss extends Goods {
  subject: string;
  /** The lost markets (a state, or the members of a group). */
  markets: readonly string[];
  /** How the markets are named in the output (the state or group id). */
  label: string;
  share: number;
  days: number;
}

export function applyMarketLoss(st: ShockState, shock: number, m: MarketLoss): void {
  const e = st.economy;
  const chapters = chapterShare(e, m.subject, m);
  const lost = new Map<string, number>();
  let listed = 0;
  let base = 0;
  for (const j of m.markets) {
    if (j === m.subject) continue;
    const s = goodsShare(e, m.subject, j, m, chapters);
    if (s === null) continue;
    const exports = e.trade(m.subject, j).exports;
    listed += exports * s;
    base += exports;
    const x = exports * s * m.share * (m.days / 365);
    if (x > 0) lost.set(j, x);
  }
  // No market with data on the listed goods: nothing is known to be lost (listedShare noted why), no channel.
  if (chapters === null && base === 0) return;
  // Other markets take the goods in the mix of the lost ones (for chapters: the world-export mix).
  const pshare = chapters ?? listed / base;
  const need = [...lost.values()].reduce((s, x) => s + x, 0);
  const phi = st.param('export_value_added_share', 'market_loss / sanctions (value added of lost exports)');
  const sensitivity = phi * need * 1e6;
  const redirect = st.param('market_redirect_share', 'market_loss / sanctions (other markets)');
  const window = Math.min(m.days, st.horizonDays) / 365;
  const lostSet = new Set(m.markets);
  const parts = e.partners(m.subject)
    .filter((p) => !lostSet.has(p.partner) && p.exports > 0)
    .map((p) => ({
      from: p.partner, amount: redirect * p.exports * pshare * window,
      source: `${e.inputs.tradeSource}: exports to ${p.partner}${m.productList ? ` × the ${m.productList} goods' share of the lost exports` : ''} × market_redirect_share`,
    }));
  const sub = substitution(need, parts, 'million US$');
  const adj = st.param('adjustment_cost_share', 'the adjustment cost of redirecting exports');
  st.channels.push({
    shock, state: m.subject, counterpart: m.label, channel: 'export_market', sensitivity_usd: sensitivity,
    vulnerability_usd: vulnerability(sensitivity, sub, sub.need > 0 ? (adj * sensitivity) / sub.need : 0), substitution: sub,
  });
  for (const [j, x] of lost) st.addExports(m.subject, j, -x);
  const replaced = Math.min(sub.need, sub.capacity);
  if (sub.capacity > 0) for (const p of parts) st.addExports(m.subject, p.from, (replaced * p.amount) / sub.capacity);
}

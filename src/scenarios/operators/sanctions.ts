// sanctions: trade between a sender (a state or a group, members as of the baseline year) and a target is cut by
// a share, in some HS chapters, the goods of a regulation's product list, or all, for a number of days (CONCEPTS C17).
// Composed of the other operators:
//   target_exports: the target loses the senders as markets (market_loss);
//   target_imports: the target loses the senders as suppliers (supply_cut of products), and each sender loses the
//                   target as a market for its own exports (market_loss); the other senders are cut off too, so
//                   they are no alternative suppliers;
//   both:           both of the above.
// A product list splits each sender's flow by its own exports of the listed goods to the target (goods-share.ts).
import type { ShockState } from '../shock-state.js';
import { applyMarketLoss } from './market-loss.js';
import type { Goods } from './goods-share.js';
import { applyProductCut } from './supply-cut.js';

export interface Sanctions extends Goods {
  sender: string;
  target: string;
  direction: 'target_exports' | 'target_imports' | 'both';
  share: number;
  days: number;
}

export function applySanctions(st: ShockState, shock: number, s: Sanctions): void {
  const senders = st.economy.members(s.sender).filter((m) => m !== s.target);
  st.economy.note(`members|${s.sender}`, { what: `members of ${s.sender} in ${st.economy.year}`, value: senders.length, source: 'country_groups (table country_group)' });
  if (s.direction !== 'target_imports') {
    applyMarketLoss(st, shock, { subject: s.target, markets: senders, label: s.sender, products: s.products, productList: s.productList, share: s.share, days: s.days });
  }
  if (s.direction !== 'target_exports') {
    for (const m of senders) {
      const goods = { products: s.products, productList: s.productList };
      applyProductCut(st, shock, { supplier: m, target: s.target, ...goods, exclude: senders, share: s.share, days: s.days });
      applyMarketLoss(st, shock, { subject: m, markets: [s.target], label: s.target, ...goods, share: s.share, days: s.days });
    }
  }
}

// sanctions: trade between a sender (a state or a group, members as of the baseline year) and a target is cut by
// a share, in some HS chapters or all, for a number of days (CONCEPTS C17). Composed of the other operators:
//   target_exports: the target loses the senders as markets (market_loss);
//   target_imports: the target loses the senders as suppliers (supply_cut of products), and each sender loses the
//                   target as a market for its own exports (market_loss);
//   both:           both of the above.
import type { ShockState } from '../shock-state.js';
import { applyMarketLoss } from './market-loss.js';
import { applyProductCut } from './supply-cut.js';

export interface Sanctions {
  sender: string;
  target: string;
  products: readonly string[] | undefined;
  direction: 'target_exports' | 'target_imports' | 'both';
  share: number;
  days: number;
}

export function applySanctions(st: ShockState, shock: number, s: Sanctions): void {
  const senders = st.economy.members(s.sender).filter((m) => m !== s.target);
  st.economy.note(`members|${s.sender}`, { what: `members of ${s.sender} in ${st.economy.year}`, value: senders.length, source: 'country_groups (table country_group)' });
  if (s.direction !== 'target_imports') {
    applyMarketLoss(st, shock, { subject: s.target, markets: senders, label: s.sender, products: s.products, share: s.share, days: s.days });
  }
  if (s.direction !== 'target_exports') {
    for (const m of senders) {
      applyProductCut(st, shock, { supplier: m, target: s.target, products: s.products, share: s.share, days: s.days });
      applyMarketLoss(st, shock, { subject: m, markets: [s.target], label: s.target, products: s.products, share: s.share, days: s.days });
    }
  }
}

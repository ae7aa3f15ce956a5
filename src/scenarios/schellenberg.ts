// Schellenberg's dependence value and the collaboration / exploitation / disengagement tendencies (Schellenberg
// 1965, "Dependence and cooperation", Sociometry 28(2): 158–160; seed §2.1.2 and §5; CONCEPTS C8):
//   R(i←j)  rewards: what i would lose if the tie were cut, before adjusting (the tie cut's sensitivity, incl. rent)
//   C(i←j)  costs: the autonomy cost θ · CDI(i←j) · GDP(i) (θ = autonomy_cost_share, a parameter)
//   Avail   availability of alternatives: 1 − V/S of the tie cut (the part of the loss alternatives absorb)
//   Des     desire to find alternatives: a parameter (desire_alternatives for the dyad's subject,
//           desire_alternatives_counterpart for the other side)
// Variants (scenario key schellenberg_variant):
//   bounded    DV = ρRC / (ρRC + κ·Des·Avail), ρRC = R/C, κ = schellenberg_kappa; DV = 1 ("captive") when Des·Avail = 0
//   seed_ratio DV = (R/C) / (Des·Avail)   seed §2.1.2, "ratio of rewards and costs over … alternatives" (unbounded)
//   seed_sum   DV = (R+C) / (Des·Avail)   seed §5, "rewards plus costs over …" (unbounded; R and C in % of GDP)
// Tendencies (bounded variant only, values in [0, 1]):
//   COL(i,j) = sqrt(DV(i←j)·DV(j←i));  EXP(j→i) = DV(i←j)·(1 − DV(j←i));  DIS(i) = (1 − DV(i←j))·(1 + EXP(j→i))/2
import type { TieCut } from './opportunity-cost.js';

export type SchellenbergVariant = 'bounded' | 'seed_ratio' | 'seed_sum';

export interface SchellenbergSide {
  rewards_usd: number;
  costs_usd: number;
  availability: number;
  desire: number;
  dv: number | null;
  captive: boolean;
}

export interface SchellenbergResult {
  subject: string;
  counterpart: string;
  variant: SchellenbergVariant;
  /** DV(subject ← counterpart) and its inputs. */
  subject_side: SchellenbergSide;
  counterpart_side: SchellenbergSide;
  collaboration: number | null;
  /** Exploitation of the subject by the counterpart. */
  exploitation: number | null;
  /** Disengagement tendency of the subject. */
  disengagement: number | null;
}

export interface SideInputs {
  cut: TieCut;
  gdp: number;
  /** CDI(i←j); null when unknown (then DV is null). */
  cdi: number | null;
  desire: number;
  autonomyCostShare: number;
  kappa: number;
}

export function dependenceValue(x: SideInputs, variant: SchellenbergVariant): SchellenbergSide {
  const R = x.cut.sensitivity_usd;
  const C = x.autonomyCostShare * (x.cdi ?? 0) * x.gdp;
  const availability = R > 0 ? Math.max(0, Math.min(1, 1 - x.cut.vulnerability_usd / R)) : 0;
  const da = x.desire * availability;
  const side = { rewards_usd: R, costs_usd: C, availability, desire: x.desire };
  if (x.cdi === null) return { ...side, dv: null, captive: false };
  if (variant === 'bounded') {
    if (R <= 0) return { ...side, dv: 0, captive: false };
    if (da === 0 || C <= 0) return { ...side, dv: 1, captive: true };
    const rc = R / C;
    return { ...side, dv: rc / (rc + x.kappa * da), captive: false };
  }
  if (da === 0) return { ...side, dv: null, captive: true };
  if (variant === 'seed_ratio') return { ...side, dv: C > 0 ? R / C / da : null, captive: false };
  return { ...side, dv: (100 * (R + C)) / x.gdp / da, captive: false };
}

export function schellenberg(subject: string, counterpart: string, a: SideInputs, b: SideInputs, variant: SchellenbergVariant): SchellenbergResult {
  const s = dependenceValue(a, variant);
  const c = dependenceValue(b, variant);
  const bounded = variant === 'bounded' && s.dv !== null && c.dv !== null;
  const exploitation = bounded ? s.dv! * (1 - c.dv!) : null;
  return {
    subject, counterpart, variant, subject_side: s, counterpart_side: c,
    collaboration: bounded ? Math.sqrt(s.dv! * c.dv!) : null,
    exploitation,
    disengagement: bounded ? ((1 - s.dv!) * (1 + exploitation!)) / 2 : null,
  };
}

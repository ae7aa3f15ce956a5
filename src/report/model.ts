// The country report's data: everything the narrative, the charts and the appendix read, gathered once.
import type { HypothesisResult } from '../analysis/run-hypothesis.js';
import type { LongValue } from '../analysis/panel.js';
import type { Citation } from '../metrics/citations.js';
import type { DatasetRow } from '../store/queries/provenance.js';
import type { DatedEvent } from '../store/queries/report-events.js';

export interface DomainValue {
  partner: string;
  domain: string;
  metric: string;
  year: number;
  value: number;
}

export interface AsymmetryRow {
  partner: string;
  /** Composite dependence of the state on the partner, and of the partner on the state. */
  out: number;
  in: number | null;
  netPower: number | null;
  /** Domains of the composite without data for each direction that year (read from the CDI's flags; null = no stored row). */
  outMissing?: string[];
  inMissing?: string[] | null;
}

export interface PeerRow {
  state: string;
  cdi: number | null;
  partnerChoice: number | null;
  tradeShare: number | null;
  /** Domains of the peer's composite on the focus partner without data that year (null = no stored row). */
  missing?: string[] | null;
}

export interface MetricSource {
  id: string;
  version: string;
  title: string;
  formula: string;
  unit: string;
  citations: string[];
  datasets: Array<{ id: string; version: string | null }>;
}

/** What the appendix says of a dataset (its provenance row without the counts). */
export type DatasetInfo = Pick<DatasetRow, 'id' | 'title' | 'publisher' | 'version' | 'licence' | 'citation'>;

/** A claim of the seed thesis checked against the data (Belarus only). */
export interface ThesisClaim {
  section: string;
  claim: string;
  /** What the data gives, as text, and the number behind it when there is one. */
  data: string;
  value: number | null;
  /** metric id, or "dataset:<id>/<table or code>" for values read from an input table. */
  ref: string;
  verdict: 'agrees' | 'disagrees' | 'partly' | 'not comparable';
  note: string;
}

export interface CountryReportData {
  state: string;
  name: string;
  year: number;
  /** The partner the report centres on: Russia for post-Soviet states, else the largest composite dependence. */
  focus: string;
  peerGroup: string;
  names: Record<string, string>;
  /** trade.share_turnover of the top partners and groups, 1992 (or earlier data) to the year. */
  shares: LongValue[];
  sharePartners: string[];
  domains: DomainValue[];
  domainPartners: string[];
  asymmetry: AsymmetryRow[];
  peers: PeerRow[];
  /** Yearly series of the state: CDI on and of the focus partner, partner choice, IGO counts, trade HHI. */
  series: LongValue[];
  imfYears: number[];
  /** The state's dated events (event timeline); null when the database has no event table. */
  events: DatedEvent[] | null;
  hypotheses: HypothesisResult[];
  claims: ThesisClaim[];
  sources: MetricSource[];
  datasets: DatasetInfo[];
  citations: Citation[];
}

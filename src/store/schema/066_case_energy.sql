-- Curated energy facts of a case study (data-src/belarus_case_energy): volumes, transit shares, ownership stakes,
-- one row per fact, subject (and counterpart) and year, with the range the source allows and the source itself.
CREATE TABLE IF NOT EXISTS case_energy_fact (
  dataset VARCHAR NOT NULL,
  fact_id VARCHAR NOT NULL,       -- e.g. gas_transit_share, transit_operator_share, supplier_stake_transit_operator
  subject VARCHAR NOT NULL,       -- ISO3
  counterpart VARCHAR,            -- ISO3, NULL when the fact is about the subject alone
  year INTEGER NOT NULL,
  value DOUBLE NOT NULL,          -- point value (the midpoint when the source gives only a range)
  low DOUBLE,                     -- range where the source hedges ("30 some percent" → 0.30–0.39); NULL otherwise
  high DOUBLE,
  unit VARCHAR NOT NULL,
  qualifier VARCHAR,              -- the source's hedge word: about, over, almost, ...
  description VARCHAR NOT NULL,
  source VARCHAR NOT NULL
);

-- Bilateral trade resolved per source (see src/metrics/trade-flow.ts): what every trade metric reads.
CREATE TABLE IF NOT EXISTS trade_flow (
  source VARCHAR NOT NULL,        -- default, dots, cow
  year INTEGER NOT NULL,
  reporter VARCHAR NOT NULL,
  partner VARCHAR NOT NULL,
  exports DOUBLE,
  imports DOUBLE,
  exports_origin VARCHAR,         -- dots_own, dots_estimated, dots_mirror, cow
  imports_origin VARCHAR,
  flags VARCHAR NOT NULL
);

-- Every computed value. Directed metrics read "subject depends on counterpart"; counterpart NULL = monadic.
CREATE TABLE IF NOT EXISTS metric_value (
  metric VARCHAR NOT NULL,
  version VARCHAR NOT NULL,
  source VARCHAR NOT NULL,        -- trade source for trade metrics; 'default' for the others
  scenario VARCHAR NOT NULL,      -- 'baseline' for observed data
  subject VARCHAR NOT NULL,
  counterpart VARCHAR,
  year INTEGER NOT NULL,
  value DOUBLE,                   -- NULL when an input is missing (see flags), never 0 for missing
  low DOUBLE,
  high DOUBLE,
  flags VARCHAR NOT NULL
);

-- The registry as it was when the values were computed (provenance of each metric version).
CREATE TABLE IF NOT EXISTS metric_definition (
  id VARCHAR NOT NULL,
  version VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  family VARCHAR NOT NULL,
  level VARCHAR NOT NULL,
  unit VARCHAR NOT NULL,
  formula VARCHAR NOT NULL,
  direction VARCHAR NOT NULL,
  citations VARCHAR NOT NULL,
  inputs VARCHAR NOT NULL,
  range_min DOUBLE,
  range_max DOUBLE,
  PRIMARY KEY (id, version)
);

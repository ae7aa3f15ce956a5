-- Pipeline routes (authored: data-src/pipeline_routes/, every row sourced): one pipeline system from a supplier state
-- to an end-market state, and the transit states it crosses in order. Read by network.transit_* metrics.
CREATE TABLE IF NOT EXISTS route (
  route_id VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  fuel VARCHAR NOT NULL,          -- 'gas' | 'oil'
  supplier VARCHAR NOT NULL,      -- ISO3 exporting state at the origin
  destination VARCHAR NOT NULL,   -- ISO3 end-market state
  capacity DOUBLE,                -- NULL if unknown
  capacity_unit VARCHAR,          -- 'bcm/y' gas, 'Mt/y' oil
  owner VARCHAR,
  start_year INTEGER NOT NULL,
  end_year INTEGER,               -- NULL = operating
  source VARCHAR NOT NULL,        -- citation of this row
  dataset VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS route_transit (
  route_id VARCHAR NOT NULL,
  seq INTEGER NOT NULL,           -- order along the route from the supplier
  state VARCHAR NOT NULL,         -- ISO3 transit state
  dataset VARCHAR NOT NULL,
  PRIMARY KEY (route_id, seq)
);

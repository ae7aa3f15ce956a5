-- Named country groups with membership by year (data-src/country_groups/country_groups.csv, hand-compiled; see its README).
-- A state is a member of group_id in year y when from_year <= y AND (to_year IS NULL OR y <= to_year); the year
-- convention is membership on 31 December of y. Spells of one member in one group never overlap.
CREATE TABLE IF NOT EXISTS country_group (
  dataset VARCHAR NOT NULL,
  group_id VARCHAR NOT NULL,      -- EU, CIS, EAEU, FSU15, NATO, WEST: used as counterpart in metric_value
  member VARCHAR NOT NULL,        -- canonical state code
  from_year INTEGER NOT NULL,
  to_year INTEGER,                -- NULL = still a member
  source VARCHAR NOT NULL         -- treaty / official page the dates come from
);

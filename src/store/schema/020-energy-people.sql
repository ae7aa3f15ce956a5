-- Passport Index snapshot dates and the value scheme each uses (numeric_code_2019, abbrev_code_2020,
-- requirement_text); visa rows of that dataset were translated with the scheme of their snapshot.
-- visa.requirement also takes 'self' for a passport's own country (published as -1).
CREATE TABLE IF NOT EXISTS visa_snapshot (
  dataset VARCHAR NOT NULL,
  snapshot_date DATE NOT NULL,
  value_scheme VARCHAR NOT NULL
);

-- The published series a visa row comes from, where one dataset has several that overlap: the Passport Index world
-- matrix ('world_matrix', 2025-01-12) and the post-Soviet history ('post_soviet_spells', 2019-11 to 2025-01) both
-- hold the post-Soviet pairs on 2025-01-12. Pick one series before counting.
ALTER TABLE visa ADD COLUMN IF NOT EXISTS series VARCHAR;

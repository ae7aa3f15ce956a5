-- Dated, coded events between states, groups and IGOs (curated timeline, data-src/belarus_case_events): energy
-- disputes, treaties, IMF programmes, sanctions and their easing. weight: +1 cooperation … −1 conflict.
CREATE TABLE IF NOT EXISTS event (
  event_id VARCHAR PRIMARY KEY,
  date DATE NOT NULL,             -- first day of the month or year when only those are known; see date_precision
  date_precision VARCHAR NOT NULL, -- 'day' | 'month' | 'year'
  year INTEGER NOT NULL,
  actor_a VARCHAR NOT NULL,       -- ISO3, group id (EU) or IGO id (IMF)
  actor_b VARCHAR,                -- ISO3 / group / IGO; NULL if unilateral
  type VARCHAR NOT NULL,          -- energy_dispute, treaty, customs_union, imf_programme, sanctions, sanctions_easing, ...
  weight DOUBLE,                  -- +1 cooperation … −1 conflict; NULL if not applicable
  description VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  dataset VARCHAR NOT NULL
);

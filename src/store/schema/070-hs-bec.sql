-- HS subheading → BEC Rev.4 category (UN Statistics Division correspondence, data-src/unsd_hs2017_bec4): one row per
-- subheading and category; a subheading split between categories ('n:n') has several rows. Read by the end-use
-- metrics (src/metrics/product-flow.ts), which group BEC categories into primary / intermediate / capital / consumption.
CREATE TABLE IF NOT EXISTS hs_bec (
  dataset VARCHAR NOT NULL,
  hs_version VARCHAR NOT NULL,    -- HS edition of the subheadings, e.g. HS2017
  hs6 VARCHAR NOT NULL,           -- six digits, leading zero kept
  bec VARCHAR NOT NULL,           -- BEC Rev.4 code as published: 111 … 7, or 32 where BEC does not split 321/322
  relationship VARCHAR NOT NULL   -- n:1 or n:n
);

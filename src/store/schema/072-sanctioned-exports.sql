-- EU exports of the product codes listed in a sanctions regulation (Eurostat Comext DS-045409, the 2,338 HS4/CN8 codes of
-- the export restrictions of Council Regulation (EU) No 833/2014), euro. Exports only, EU-27 reporters only.
-- The list mixes HS4 headings and CN8 codes: a CN8 code whose HS4 heading is also listed is flagged
-- nested_in_listed_hs4 and must be dropped when summing over products, or it is counted twice.

CREATE TABLE IF NOT EXISTS sanctioned_product (
  dataset VARCHAR NOT NULL,
  product VARCHAR NOT NULL,        -- HS4 heading or CN8 code as text
  classification VARCHAR NOT NULL, -- HS4, CN8
  label VARCHAR NOT NULL,          -- Eurostat product label
  nested_in_listed_hs4 BOOLEAN NOT NULL,
  source_workbook VARCHAR,
  source_sheet VARCHAR,
  flags VARCHAR NOT NULL           -- nested_in_listed_hs4, or ''
);

-- Sum over the EU-27 members that published a value; a missing row means no value was published, not zero.
CREATE TABLE IF NOT EXISTS sanctioned_export_monthly (
  dataset VARCHAR NOT NULL,
  month VARCHAR NOT NULL,          -- YYYY-MM, 2020-01 .. 2022-11
  reporter VARCHAR NOT NULL,       -- EU27: the sum over the 27 member rows (not Eurostat's own EU aggregate)
  partner VARCHAR NOT NULL,
  product VARCHAR NOT NULL,
  classification VARCHAR NOT NULL,
  exports_eur DOUBLE NOT NULL,
  members_reported INTEGER NOT NULL,
  flags VARCHAR NOT NULL           -- nested_in_listed_hs4, or ''
);

-- One EU member's exports to a partner in a year: the sum of the months with a value.
CREATE TABLE IF NOT EXISTS sanctioned_export_annual (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  reporter VARCHAR NOT NULL,
  partner VARCHAR NOT NULL,
  product VARCHAR NOT NULL,
  classification VARCHAR NOT NULL,
  exports_eur DOUBLE NOT NULL,
  months_reported INTEGER NOT NULL,
  flags VARCHAR NOT NULL           -- nested_in_listed_hs4, partial_year (2022 = January–November), comma-separated
);

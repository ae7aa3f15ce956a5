-- Bilateral merchandise trade, directed: reporter's exports to and imports from partner, million current US$.
-- *_flag: 'reported' (the reporter's own figure), 'estimated' (publisher's estimate),
--         'mirror' (the partner's report standing in), 'imputed' (publisher's imputation).
CREATE TABLE IF NOT EXISTS trade (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  reporter VARCHAR NOT NULL,
  partner VARCHAR NOT NULL,
  exports DOUBLE,
  imports DOUBLE,
  exports_flag VARCHAR,
  imports_flag VARCHAR,
  exports_smoothed DOUBLE,        -- COW smoothed flows; NULL for other sources
  imports_smoothed DOUBLE
);

-- A reporter's total trade with the World (WLD) or an aggregate such as the EU (EUU), million US$.
CREATE TABLE IF NOT EXISTS trade_total (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  reporter VARCHAR NOT NULL,
  partner_group VARCHAR NOT NULL,
  exports DOUBLE,
  imports DOUBLE,
  exports_flag VARCHAR,
  imports_flag VARCHAR
);

-- Trade by product: importer NULL means "to the world". value in current US$ (not millions).
CREATE TABLE IF NOT EXISTS trade_product (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  exporter VARCHAR NOT NULL,
  importer VARCHAR,
  product VARCHAR NOT NULL,       -- HS code as text, leading zeros kept
  classification VARCHAR NOT NULL, -- e.g. HS2, HS6, HS92
  value_usd DOUBLE,
  quantity DOUBLE,
  quantity_unit VARCHAR
);

-- Monthly trade of a reporter with a partner for a product group (Eurostat Comext), euro.
CREATE TABLE IF NOT EXISTS trade_monthly (
  dataset VARCHAR NOT NULL,
  month VARCHAR NOT NULL,         -- YYYY-MM
  reporter VARCHAR NOT NULL,
  partner VARCHAR NOT NULL,
  product VARCHAR NOT NULL,       -- TOTAL or an HS chapter such as 27
  imports_eur DOUBLE,
  exports_eur DOUBLE
);

CREATE TABLE IF NOT EXISTS product_group (
  dataset VARCHAR NOT NULL,
  classification VARCHAR NOT NULL,
  product VARCHAR NOT NULL,
  section_code VARCHAR,
  section_name VARCHAR
);

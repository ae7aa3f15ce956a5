-- Energy trade between countries or the publisher's trading areas. exporter/importer hold a state code
-- when the label is a state, else NULL with the published label kept (e.g. "Other CIS").
CREATE TABLE IF NOT EXISTS energy_flow (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  fuel VARCHAR NOT NULL,          -- gas, crude, oil_products
  mode VARCHAR,                   -- pipeline, lng (gas only)
  exporter VARCHAR,
  importer VARCHAR,
  exporter_label VARCHAR NOT NULL,
  importer_label VARCHAR NOT NULL,
  importer_is_region_total BOOLEAN NOT NULL,
  volume DOUBLE NOT NULL,
  unit VARCHAR NOT NULL,          -- bcm, Mt
  edition VARCHAR
);

-- Country-year energy series (production, consumption, ...). country NULL for groups, label kept.
CREATE TABLE IF NOT EXISTS energy_balance (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  country VARCHAR,
  country_label VARCHAR NOT NULL,
  is_aggregate BOOLEAN NOT NULL,
  variable VARCHAR NOT NULL,
  unit VARCHAR NOT NULL,
  value DOUBLE
);

CREATE TABLE IF NOT EXISTS energy_variable (
  dataset VARCHAR NOT NULL,
  variable VARCHAR NOT NULL,
  source_sheet VARCHAR,
  title VARCHAR,
  unit VARCHAR
);

-- Prices paid by an importer to an exporter for a period (press-sourced series kept with its sources).
CREATE TABLE IF NOT EXISTS energy_price (
  dataset VARCHAR NOT NULL,
  fuel VARCHAR NOT NULL,
  importer VARCHAR,               -- NULL for benchmarks such as the EU average (label kept)
  importer_label VARCHAR NOT NULL,
  exporter VARCHAR NOT NULL,
  period_start VARCHAR NOT NULL,  -- YYYY-MM
  period_end VARCHAR NOT NULL,
  price DOUBLE NOT NULL,
  unit VARCHAR NOT NULL,
  price_kind VARCHAR,
  source VARCHAR,
  source_url VARCHAR,
  note VARCHAR
);

-- Pipelines and LNG terminals (Global Energy Monitor), with the countries each crosses in published order.
CREATE TABLE IF NOT EXISTS infrastructure (
  dataset VARCHAR NOT NULL,
  id VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,          -- gas_pipeline, oil_pipeline, ngl_pipeline, lng_import, lng_export
  name VARCHAR NOT NULL,
  unit_name VARCHAR,
  status VARCHAR,
  start_year INTEGER,
  capacity DOUBLE,
  capacity_unit VARCHAR,          -- bcm/y, mtpa, bpd
  owner VARCHAR,
  parent VARCHAR,
  region VARCHAR,
  latitude DOUBLE,
  longitude DOUBLE,
  url VARCHAR
);

CREATE TABLE IF NOT EXISTS infrastructure_country (
  dataset VARCHAR NOT NULL,
  id VARCHAR NOT NULL,
  seq INTEGER NOT NULL,
  country VARCHAR,                -- NULL when the label is not a state
  country_label VARCHAR NOT NULL
);

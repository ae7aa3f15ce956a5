-- IMF lending arrangements, one row per arrangement.
CREATE TABLE IF NOT EXISTS imf_arrangement (
  dataset VARCHAR NOT NULL,
  country VARCHAR NOT NULL,
  arrangement_type VARCHAR NOT NULL,
  account VARCHAR,
  approved DATE NOT NULL,
  year INTEGER NOT NULL,
  expiration DATE,
  actual_expiration DATE,
  cancellation DATE,
  duration_months DOUBLE,
  quota_sdr_mn DOUBLE,
  amount_approved DOUBLE,
  amount_unit VARCHAR NOT NULL,   -- 'USD mn' before 1972, 'SDR mn' from 1972 (as published)
  approved_pct_quota DOUBLE,
  disbursed_sdr_mn DOUBLE,
  precautionary BOOLEAN,
  exceptional_access BOOLEAN,
  attributes JSON NOT NULL
);

-- Country-year indicators (World Bank WDI and others). country holds a state code, or a
-- World Bank aggregate code (WLD, EUU, ...) with is_aggregate = true.
CREATE TABLE IF NOT EXISTS indicator (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  country VARCHAR NOT NULL,
  is_aggregate BOOLEAN NOT NULL,
  code VARCHAR NOT NULL,
  value DOUBLE NOT NULL
);

CREATE TABLE IF NOT EXISTS indicator_meta (
  dataset VARCHAR NOT NULL,
  code VARCHAR NOT NULL,
  title VARCHAR,
  definition VARCHAR,
  licence VARCHAR
);

CREATE TABLE IF NOT EXISTS migrant_stock (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  origin VARCHAR NOT NULL,
  destination VARCHAR NOT NULL,
  migrants DOUBLE NOT NULL
);

-- Remittances from the country where migrants live (sender) to their origin (receiver), million US$.
CREATE TABLE IF NOT EXISTS remittance (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  sender VARCHAR NOT NULL,
  receiver VARCHAR NOT NULL,
  amount_musd DOUBLE NOT NULL
);

-- Entry requirement for citizens of origin travelling to destination, valid over [valid_from, valid_to].
-- requirement: visa_free, visa_on_arrival, eta, e_visa, visa_required, no_admission, covid_ban, other
CREATE TABLE IF NOT EXISTS visa (
  dataset VARCHAR NOT NULL,
  origin VARCHAR NOT NULL,
  destination VARCHAR NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE NOT NULL,
  requirement VARCHAR NOT NULL,
  days INTEGER,                   -- visa-free stay in days where published
  raw_value VARCHAR NOT NULL
);

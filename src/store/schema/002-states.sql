-- The state system: canonical codes (ISO3, or ISO 3166-3 / COW-based codes for historical states).
CREATE TABLE IF NOT EXISTS state (
  code VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  iso3 VARCHAR,
  iso_numeric INTEGER,
  cow INTEGER,
  gw INTEGER,
  imf INTEGER,
  wb VARCHAR,
  un INTEGER,
  start_year INTEGER,
  end_year INTEGER,
  historical BOOLEAN NOT NULL,
  kind VARCHAR NOT NULL,          -- state, territory, grouping (see core/countries/types.ts)
  region VARCHAR,
  continent VARCHAR
);

CREATE TABLE IF NOT EXISTS state_alias (
  code VARCHAR NOT NULL,
  alias VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS state_succession (
  predecessor VARCHAR NOT NULL,
  successor VARCHAR NOT NULL,
  year INTEGER NOT NULL
);

-- COW direct contiguity, split where a COW code changes canonical state (e.g. 365: SUN to 1991, RUS after).
CREATE TABLE IF NOT EXISTS contiguity (
  dataset VARCHAR NOT NULL,
  state_a VARCHAR NOT NULL,
  state_b VARCHAR NOT NULL,
  type INTEGER NOT NULL,          -- 1 land, 2 <=12mi water, 3 <=24mi, 4 <=150mi, 5 <=400mi
  start_date DATE NOT NULL,
  end_date DATE NOT NULL
);

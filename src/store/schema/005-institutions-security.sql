CREATE TABLE IF NOT EXISTS igo (
  dataset VARCHAR NOT NULL,
  igo VARCHAR NOT NULL,           -- COW short name, e.g. CIS, EAEC, WTO
  ionum INTEGER,
  name VARCHAR NOT NULL,
  long_name VARCHAR,
  start_year INTEGER,
  end_year INTEGER,
  political BOOLEAN,
  social BOOLEAN,
  economic BOOLEAN
);

-- status: full, associate, observer, missing (COW -9: membership unknown, not "no")
CREATE TABLE IF NOT EXISTS igo_membership (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  state VARCHAR NOT NULL,
  igo VARCHAR NOT NULL,
  status VARCHAR NOT NULL
);

-- ATOP obligations in force, directed dyad-year; absent pair-year = no ATOP alliance.
CREATE TABLE IF NOT EXISTS alliance (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  state_a VARCHAR NOT NULL,
  state_b VARCHAR NOT NULL,
  defense BOOLEAN NOT NULL,
  offense BOOLEAN NOT NULL,
  neutrality BOOLEAN NOT NULL,
  nonaggression BOOLEAN NOT NULL,
  consultation BOOLEAN NOT NULL
);

-- COW National Material Capabilities, state-year.
CREATE TABLE IF NOT EXISTS capability (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  state VARCHAR NOT NULL,
  milex DOUBLE,                   -- thousands; GBP to 1913, current US$ from 1914
  milper DOUBLE,
  irst DOUBLE,
  pec DOUBLE,
  tpop DOUBLE,
  upop DOUBLE,
  cinc DOUBLE
);

-- SIPRI TIV deliveries; supplier/recipient NULL when the label is not a state (rebels, NATO...), label kept.
CREATE TABLE IF NOT EXISTS arms_transfer (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  supplier VARCHAR,
  recipient VARCHAR,
  supplier_label VARCHAR NOT NULL,
  recipient_label VARCHAR NOT NULL,
  tiv DOUBLE NOT NULL
);

-- Sanction cases (TIES, EUSANCT); attributes holds every original column as JSON so nothing is lost.
CREATE TABLE IF NOT EXISTS sanction_case (
  dataset VARCHAR NOT NULL,
  case_id VARCHAR NOT NULL,
  target VARCHAR,
  start_year INTEGER,
  end_year INTEGER,               -- NULL = ongoing at the data's end
  threat BOOLEAN,
  imposition BOOLEAN,
  attributes JSON NOT NULL
);

CREATE TABLE IF NOT EXISTS sanction_sender (
  dataset VARCHAR NOT NULL,
  case_id VARCHAR NOT NULL,
  sender VARCHAR NOT NULL,        -- state code, or EU / UN / an institution label
  sender_kind VARCHAR NOT NULL,   -- state, institution
  start_year INTEGER,
  end_year INTEGER
);

CREATE TABLE IF NOT EXISTS unga_ideal_point (
  dataset VARCHAR NOT NULL,
  year INTEGER NOT NULL,
  state VARCHAR NOT NULL,
  ideal_point_fp DOUBLE,
  ideal_point_all DOUBLE,
  ideal_point_legacy DOUBLE,
  nvotes_fp INTEGER,
  nvotes_all INTEGER,
  q5_fp DOUBLE,
  q95_fp DOUBLE,
  q5_all DOUBLE,
  q95_all DOUBLE
);

CREATE TABLE IF NOT EXISTS unga_rollcall (
  dataset VARCHAR NOT NULL,
  rcid INTEGER NOT NULL,
  session INTEGER NOT NULL,
  date DATE,
  year INTEGER,
  resolution VARCHAR,
  important BOOLEAN,
  amendment BOOLEAN,
  paragraph BOOLEAN,
  title VARCHAR,
  issue_codes VARCHAR
);

CREATE TABLE IF NOT EXISTS unga_vote (
  dataset VARCHAR NOT NULL,
  rcid INTEGER NOT NULL,
  state VARCHAR NOT NULL,
  vote VARCHAR NOT NULL           -- yes, no, abstain
);

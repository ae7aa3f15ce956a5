-- Provenance: every row of every table carries the id of the dataset it came from.
CREATE TABLE IF NOT EXISTS dataset (
  id VARCHAR PRIMARY KEY,
  title VARCHAR,
  publisher VARCHAR,
  version VARCHAR,
  licence VARCHAR,
  citation VARCHAR,
  origin VARCHAR,
  year_from INTEGER,
  year_to INTEGER,
  trimmed VARCHAR,
  bundled BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS dataset_file (
  dataset VARCHAR NOT NULL,
  path VARCHAR NOT NULL,
  sha256 VARCHAR,
  rows_read INTEGER NOT NULL,
  rows_loaded INTEGER NOT NULL,
  rows_quarantined INTEGER NOT NULL,
  PRIMARY KEY (dataset, path)
);

-- Rows an importer rejected, with where and why; raw keeps the text exactly as read.
CREATE TABLE IF NOT EXISTS quarantine (
  dataset VARCHAR NOT NULL,
  file VARCHAR NOT NULL,
  line INTEGER NOT NULL,
  field VARCHAR,
  reason VARCHAR NOT NULL,
  raw VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS meta (
  key VARCHAR PRIMARY KEY,
  value VARCHAR
);

-- COW IGO v3 short state labels ("belarus", "yugoslaviaserb"), one row per canonical state the COW code stands for
-- (365 "russia" → SUN and RUS), so that a label read from other COW IGO files can be resolved.
CREATE TABLE IF NOT EXISTS igo_state_label (
  dataset VARCHAR NOT NULL,
  ccode INTEGER NOT NULL,
  state VARCHAR NOT NULL,
  label VARCHAR NOT NULL
);

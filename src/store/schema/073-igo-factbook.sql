-- IGO memberships after the end of COW IGO v3 (2014) from the CIA World Factbook's "International organization
-- participation" field, mapped onto COW IGO ids by a sourced crosswalk (data-src/igo_crosswalk_cia_cow, see its README).
-- Memberships themselves land in igo_membership with dataset = 'cia_factbook_igo_trade_partners_1990_2025' for the
-- years 2015–2025 only, so that the two sources never overlap; the dataset id is the row's source flag.

-- One row per organisation abbreviation the Factbook uses from the 2015 edition on, with the decision taken for it.
CREATE TABLE IF NOT EXISTS igo_crosswalk (
  dataset VARCHAR NOT NULL,
  source_org VARCHAR NOT NULL,     -- the abbreviation as the CIA writes it (EAEU, CE, ICCt, ...)
  source_name VARCHAR,             -- its expansion (CIA Appendix B)
  relation VARCHAR NOT NULL,       -- cow: same organisation as COW igo; new: own id (founded after 2014); none: not imported
  igo VARCHAR,                     -- COW IGO v3 short name or the own id; NULL for none
  cow_ionum INTEGER,
  name VARCHAR,
  from_year INTEGER,               -- years in which a membership can be imported (the organisation existed)
  to_year INTEGER,
  note VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  flags VARCHAR NOT NULL           -- end_from_treaty when to_year is not COW's (EAEC, NAFTA), or ''
);

-- CIA qualifier in parentheses → COW status (full, associate, observer) or none (not a membership in COW's coding).
CREATE TABLE IF NOT EXISTS igo_qualifier_status (
  dataset VARCHAR NOT NULL,
  qualifier VARCHAR NOT NULL,      -- '' = no qualifier
  status VARCHAR NOT NULL,
  note VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  flags VARCHAR NOT NULL           -- checked_against_cow_2014 when the overlap year supports the rule, or ''
);

-- Memberships that had ended while the Factbook still listed them (stale lists), each with its document.
CREATE TABLE IF NOT EXISTS igo_membership_exit (
  dataset VARCHAR NOT NULL,
  state VARCHAR NOT NULL,
  igo VARCHAR NOT NULL,
  from_year INTEGER NOT NULL,      -- first year-end at which the state was no longer a member
  to_year INTEGER,                 -- last such year (NULL = not rejoined)
  note VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  flags VARCHAR NOT NULL           -- stale_in_factbook
);

-- Every row of the Factbook's long IGO table as read, with why it is or is not an igo_membership row.
CREATE TABLE IF NOT EXISTS factbook_igo_participation (
  dataset VARCHAR NOT NULL,
  edition INTEGER NOT NULL,
  year INTEGER NOT NULL,           -- = edition: the online editions are year-end snapshots (see the crosswalk README)
  entity VARCHAR NOT NULL,         -- the entity's name in that edition
  state VARCHAR,                   -- canonical code; NULL for World, European Union
  org VARCHAR NOT NULL,
  qualifier VARCHAR NOT NULL,      -- '' = none
  igo VARCHAR,                     -- crosswalk id (editions 2015 on)
  status VARCHAR,                  -- full, associate, observer; NULL when the qualifier is not a membership
  flags VARCHAR NOT NULL           -- '' = written to igo_membership; else cow_years, not_a_state, org_not_imported,
                                   -- qualifier_not_membership, org_not_in_force, membership_ended, duplicate
);

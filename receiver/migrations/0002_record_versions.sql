-- The app raises a record's version each time the family changes it (a rating completed with
-- reasons). The receiver keeps the highest version of each id, whatever order copies arrive in:
-- a phone that gave up waiting may send version 1 again after version 2 was stored.
ALTER TABLE records ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

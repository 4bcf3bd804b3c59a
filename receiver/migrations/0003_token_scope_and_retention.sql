-- A staff token reads only the neighbourhoods it was made for, and only until it expires.
-- `neighbourhoods` is '*' (every neighbourhood, and records that name none) or a JSON array
-- of neighbourhood ids (an id may hold a comma). Tokens made before this migration could read
-- everything, so they keep '*'; their expiry is left empty and counted from `created_on`
-- (see tokens.rs).
ALTER TABLE tokens ADD COLUMN neighbourhoods TEXT NOT NULL DEFAULT '*';
ALTER TABLE tokens ADD COLUMN expires_on TEXT;

-- The retention deletes by the day a record was last received.
CREATE INDEX records_by_received_on ON records (received_on);

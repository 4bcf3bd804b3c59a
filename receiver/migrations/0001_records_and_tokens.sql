-- One set of migrations for SQLite and PostgreSQL: plain TEXT and BIGINT columns only, and
-- statements both understand. Dates are ISO 8601 text, as the app writes them, so they compare
-- as text on both.

-- One row per record id: a later version of a record (a rating completed after its first tap)
-- replaces the row, it never adds one.
CREATE TABLE records (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    target        TEXT,
    -- A copy of values.face, so ratings per offer are counted in SQL.
    face          TEXT,
    -- The record's `values` object as JSON (face, reasons, topic, scale, scores, area).
    record_values TEXT NOT NULL,
    text          TEXT NOT NULL,
    language      TEXT NOT NULL,
    app_version   TEXT NOT NULL,
    -- Local time on the phone, YYYY-MM-DDTHH:MM:SS.
    created_at    TEXT NOT NULL,
    -- Which network or neighbourhood sent it, when the app said so.
    neighbourhood TEXT,
    -- Only the day (UTC) the receiver last stored it: a finer time could be matched with a
    -- proxy's access log, and so with an IP address.
    received_on   TEXT NOT NULL
);

CREATE INDEX records_by_created_at ON records (created_at);
CREATE INDEX records_by_neighbourhood ON records (neighbourhood, created_at);

-- Staff bearer tokens: only the SHA-256 of each token is kept.
CREATE TABLE tokens (
    name       TEXT PRIMARY KEY,
    hash       TEXT NOT NULL UNIQUE,
    created_on TEXT NOT NULL
);

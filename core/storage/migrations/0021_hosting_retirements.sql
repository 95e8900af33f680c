-- The consultant's policy host (issue 19): one nginx serving mta-sts.<domain> for every engagement
-- hosted there. Workspace-wide settings of that host (name: "policy_host", the name customers
-- point mta-sts.<domain> at by CNAME).
CREATE TABLE hosting_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- What the last sync served per engagement, so that the next one notices an engagement that left
-- (archived, or hosted elsewhere now): it then serves a mode none policy (retire_policy_id, the
-- max_age of the last live one) from retire_started_at until retire_until, and afterwards drops
-- the server block and deletes the row (RFC 8461 §8.3). The event log keeps the history.
CREATE TABLE hosted_sites (
    engagement_id {{BIGINT}} PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    policy_id TEXT NOT NULL,
    mode TEXT NOT NULL,
    max_age {{BIGINT}} NOT NULL,
    mx TEXT NOT NULL DEFAULT '[]',
    synced_at TEXT NOT NULL,
    retire_policy_id TEXT,
    retire_started_at TEXT,
    retire_until TEXT
);

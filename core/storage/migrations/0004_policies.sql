-- MTA-STS policy versions of an engagement: every generated file, byte for byte, with its TXT id.
-- published_at: when its TXT id went live (NULL = draft); superseded_at: when a newer version
-- was published (senders may still apply it until superseded_at + max_age).
CREATE TABLE policy_versions (
    id {{ID}},
    engagement_id {{BIGINT}} NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    policy_id TEXT NOT NULL,
    mode TEXT NOT NULL,
    max_age {{BIGINT}} NOT NULL,
    mx TEXT NOT NULL DEFAULT '[]',
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    published_at TEXT,
    superseded_at TEXT,
    UNIQUE (engagement_id, policy_id)
);
CREATE INDEX policy_versions_engagement ON policy_versions (engagement_id, created_at);

-- Live checks of the served policy (fetch result as a sender would report it).
CREATE TABLE policy_checks (
    id {{ID}},
    engagement_id {{BIGINT}} NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    checked_at TEXT NOT NULL,
    ok INTEGER NOT NULL,
    result_type TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    http_status INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL DEFAULT ''
);
CREATE INDEX policy_checks_engagement ON policy_checks (engagement_id, checked_at);

-- Engagements: one customer domain taken from opportunistic STARTTLS to enforced MTA-STS/DANE.
CREATE TABLE engagements (
    id {{ID}},
    customer TEXT NOT NULL,
    domain_ace TEXT NOT NULL,
    domain_display TEXT NOT NULL,
    consultant TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    profile TEXT NOT NULL DEFAULT 'standard',
    ca_choice TEXT NOT NULL DEFAULT 'letsencrypt',
    hosting TEXT NOT NULL DEFAULT 'nginx',
    major_senders TEXT NOT NULL DEFAULT '["Google","Microsoft","Yahoo"]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    last_opened_at TEXT,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX engagements_domain ON engagements (domain_ace);

-- The engagement's memory: every capability appends what it did, with when, who and what.
CREATE TABLE events (
    id {{ID}},
    engagement_id {{BIGINT}} NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_engagement ON events (engagement_id, at);

-- MX hosts the consultant entered by hand, per engagement: for a domain whose MX is not in DNS
-- yet, a customer moving hosts, or a network where DNS cannot be asked. Kept apart from the
-- discovery snapshots (never mixed into a stored report) so the next discovery can be compared
-- with them. addresses: a JSON array of IPv4/IPv6 addresses as typed and normalised ('[]' none).
CREATE TABLE manual_mx_hosts (
    id {{ID}},
    engagement_id {{BIGINT}} NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    host TEXT NOT NULL,
    priority INTEGER NOT NULL DEFAULT 10,
    addresses TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (engagement_id, host)
);

-- STARTTLS and policy-host HTTPS probes: one row per probed address, the full result as JSON.
-- Certificates are public and kept by digest; private keys never enter the database.
CREATE TABLE tls_probes (
    id {{ID}},
    engagement_id {{BIGINT}} NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    probed_at TEXT NOT NULL,
    protocol TEXT NOT NULL,
    host TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    port INTEGER NOT NULL,
    verdict TEXT NOT NULL,
    leaf_sha256 TEXT NOT NULL DEFAULT '',
    leaf_spki_sha256 TEXT NOT NULL DEFAULT '',
    leaf_not_after TEXT,
    detail TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX tls_probes_engagement ON tls_probes (engagement_id, probed_at);

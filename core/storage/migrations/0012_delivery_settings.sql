-- What the consultant types about delivery, per engagement: where TLS reports go (the rua URIs of
-- _smtp._tls as typed, a JSON array; NULL: as discovery found, [] no record), who hears of
-- certificate expiry at each level, and the MTA of the MX hosts. The policy hosting choice stays
-- in engagements.hosting. No row: nothing was saved yet (rua from discovery, alerts to
-- postmaster@<domain>, Postfix).
CREATE TABLE delivery_settings (
    engagement_id {{BIGINT}} PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
    rua TEXT,
    alert_notice TEXT NOT NULL DEFAULT '',
    alert_escalation TEXT NOT NULL DEFAULT '',
    alert_critical TEXT NOT NULL DEFAULT '',
    mta TEXT NOT NULL DEFAULT 'postfix',
    updated_at TEXT NOT NULL
);

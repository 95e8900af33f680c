-- What the daily monitoring found, per engagement, with a lifecycle: open -> acknowledged ->
-- resolved. (engagement, kind, subject) names one condition ("cert.expiry" of "mx1.example.com");
-- while a finding of it is not resolved, the next run that sees the condition again only updates
-- last_seen, so a condition is alerted once. A run that sees the check pass again resolves it; if
-- it comes back later, that is a new row. notified_at: when a digest mail carried it.
CREATE TABLE findings (
    id {{ID}},
    engagement_id {{BIGINT}} NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open',
    details TEXT NOT NULL DEFAULT '{}',
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    acknowledged_at TEXT,
    acknowledged_by TEXT,
    resolved_at TEXT,
    notified_at TEXT
);
CREATE UNIQUE INDEX findings_unresolved ON findings (engagement_id, kind, subject)
    WHERE state <> 'resolved';
CREATE INDEX findings_engagement ON findings (engagement_id, state);

-- Two desks monitoring one workspace must not check (and alert) one engagement twice: a run
-- takes a lease on each engagement before it checks it. A lease whose holder died expires at
-- expires_at and may then be taken over.
CREATE TABLE monitor_leases (
    engagement_id {{BIGINT}} PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
    holder TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

-- One row per monitor run, so the GUI can say when monitoring last ran and what it found.
CREATE TABLE monitor_runs (
    id {{ID}},
    holder TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    engagements INTEGER NOT NULL DEFAULT 0,
    opened INTEGER NOT NULL DEFAULT 0,
    resolved INTEGER NOT NULL DEFAULT 0,
    summary TEXT NOT NULL DEFAULT '{}'
);
{{POSTGRES}}
CREATE TRIGGER findings_notify AFTER INSERT OR UPDATE OR DELETE ON findings
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
{{END}}

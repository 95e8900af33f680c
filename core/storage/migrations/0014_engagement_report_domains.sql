-- Policy domains an engagement takes reports for besides its own domain: a domain the customer
-- also sends mail for, assigned from the workspace's unassigned reports. A domain belongs to at
-- most one engagement, so that an import can never be in doubt where its reports go.
CREATE TABLE engagement_report_domains (
    id {{ID}},
    engagement_id {{BIGINT}} NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    domain_ace TEXT NOT NULL UNIQUE,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX engagement_report_domains_engagement ON engagement_report_domains (engagement_id);

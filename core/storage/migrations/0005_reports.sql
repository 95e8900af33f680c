-- TLS-RPT reports (RFC 8460). One row per report; its policies and failure details below carry
-- the day, the normalised sender and the engagement again so that aggregates are single-table
-- GROUP BYs. The raw JSON is kept byte for byte.
CREATE TABLE tlsrpt_reports (
    id {{ID}},
    organization TEXT NOT NULL,
    sender TEXT NOT NULL,
    report_id TEXT NOT NULL,
    start_at TEXT NOT NULL,
    end_at TEXT NOT NULL,
    contact_info TEXT NOT NULL DEFAULT '',
    warnings TEXT NOT NULL DEFAULT '[]',
    origin TEXT NOT NULL DEFAULT '',
    raw {{BLOB}} NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (organization, report_id)
);

-- engagement_id is NULL while no engagement has the policy domain ("unassigned").
CREATE TABLE tlsrpt_policies (
    id {{ID}},
    report_id {{BIGINT}} NOT NULL REFERENCES tlsrpt_reports (id) ON DELETE CASCADE,
    engagement_id {{BIGINT}} REFERENCES engagements (id) ON DELETE SET NULL,
    day TEXT NOT NULL,
    sender TEXT NOT NULL,
    policy_type TEXT NOT NULL,
    policy_domain TEXT NOT NULL DEFAULT '',
    policy_strings TEXT NOT NULL DEFAULT '[]',
    mx_hosts TEXT NOT NULL DEFAULT '[]',
    success_count {{BIGINT}} NOT NULL DEFAULT 0,
    failure_count {{BIGINT}} NOT NULL DEFAULT 0
);
CREATE INDEX tlsrpt_policies_report ON tlsrpt_policies (report_id);
CREATE INDEX tlsrpt_policies_engagement ON tlsrpt_policies (engagement_id, day);
CREATE INDEX tlsrpt_policies_domain ON tlsrpt_policies (policy_domain, day);

CREATE TABLE tlsrpt_failures (
    id {{ID}},
    policy_id {{BIGINT}} NOT NULL REFERENCES tlsrpt_policies (id) ON DELETE CASCADE,
    engagement_id {{BIGINT}} REFERENCES engagements (id) ON DELETE SET NULL,
    day TEXT NOT NULL,
    sender TEXT NOT NULL,
    policy_type TEXT NOT NULL,
    policy_domain TEXT NOT NULL DEFAULT '',
    result_type TEXT NOT NULL,
    sending_ip TEXT NOT NULL DEFAULT '',
    receiving_mx TEXT NOT NULL DEFAULT '',
    receiving_helo TEXT NOT NULL DEFAULT '',
    receiving_ip TEXT NOT NULL DEFAULT '',
    failed_count {{BIGINT}} NOT NULL DEFAULT 0,
    additional_information TEXT NOT NULL DEFAULT '',
    failure_reason_code TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tlsrpt_failures_policy ON tlsrpt_failures (policy_id);
CREATE INDEX tlsrpt_failures_engagement ON tlsrpt_failures (engagement_id, day);

-- Inputs that could not be read as reports, kept with their bytes so they can be retried.
CREATE TABLE tlsrpt_quarantine (
    id {{ID}},
    sha256 TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL DEFAULT '',
    reason_code TEXT NOT NULL,
    reason TEXT NOT NULL,
    bytes {{BLOB}},
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 1
);

-- IMAP: the highest UID imported per account, folder and UIDVALIDITY.
CREATE TABLE tlsrpt_imap_state (
    account TEXT NOT NULL,
    folder TEXT NOT NULL,
    uid_validity {{BIGINT}} NOT NULL,
    last_uid {{BIGINT}} NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (account, folder, uid_validity)
);

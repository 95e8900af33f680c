-- A report (organisation + report-id) that arrives again with other content is a conflict, not a
-- duplicate: some senders' report-ids are predictable, and a forged report sent first must not
-- hide the real one. content_sha256: StoredReport::contentSha256 ('' for a report stored before
-- this step: computed from its raw JSON when a copy of it arrives). conflict = 1: its versions
-- disagree and the consultant has not kept one yet; its policies and failure details are then
-- taken out of every aggregate (rebuilt from the version kept).
ALTER TABLE tlsrpt_reports ADD COLUMN content_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE tlsrpt_reports ADD COLUMN conflict INTEGER NOT NULL DEFAULT 0;

-- Every version of a report that ever was in conflict, with its bytes, so the consultant can
-- compare them and keep one. resolution: '' while undecided, 'kept' or 'discarded' (a version
-- decided once that arrives again is a duplicate, not a new conflict).
CREATE TABLE tlsrpt_report_versions (
    id {{ID}},
    report_id {{BIGINT}} NOT NULL REFERENCES tlsrpt_reports (id) ON DELETE CASCADE,
    content_sha256 TEXT NOT NULL,
    start_at TEXT NOT NULL,
    end_at TEXT NOT NULL,
    contact_info TEXT NOT NULL DEFAULT '',
    policy_domains TEXT NOT NULL DEFAULT '[]',
    success_count {{BIGINT}} NOT NULL DEFAULT 0,
    failure_count {{BIGINT}} NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT '[]',
    origin TEXT NOT NULL DEFAULT '',
    raw {{BLOB}} NOT NULL,
    imported_at TEXT NOT NULL,
    resolution TEXT NOT NULL DEFAULT '',
    UNIQUE (report_id, content_sha256)
);
CREATE INDEX tlsrpt_reports_conflict ON tlsrpt_reports (conflict) WHERE conflict = 1;

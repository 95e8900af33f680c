-- The evidence that a policy version is live: what DNS (_mta-sts, _smtp._tls, TLSA) and the policy
-- host answered when STS Desk looked, judged against the version. `evidence` is the whole check as
-- JSON (services::PublicationCheck); `ok` and `policy_id` are columns to list and filter by.
CREATE TABLE policy_verifications (
    id {{ID}},
    engagement_id {{BIGINT}} NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    policy_id TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    ok INTEGER NOT NULL,
    evidence TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX policy_verifications_engagement ON policy_verifications (engagement_id, checked_at);

-- How a version went live: after a passing verification, or on the consultant's word with a
-- reason (publishing without proof is allowed, never silent).
ALTER TABLE policy_versions ADD COLUMN verification_id {{BIGINT}};
ALTER TABLE policy_versions ADD COLUMN publish_reason TEXT NOT NULL DEFAULT '';

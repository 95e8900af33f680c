-- A policy row is either an engagement's (read by engagement and day) or unassigned (read by
-- policy domain, to be attached when an engagement for the domain appears), never both: each
-- index holds only the rows it serves. Half the index inserts per imported report.
DROP INDEX tlsrpt_policies_engagement;
DROP INDEX tlsrpt_policies_domain;
DROP INDEX tlsrpt_failures_engagement;
CREATE INDEX tlsrpt_policies_engagement ON tlsrpt_policies (engagement_id, day)
    WHERE engagement_id IS NOT NULL;
CREATE INDEX tlsrpt_policies_unassigned ON tlsrpt_policies (policy_domain, day)
    WHERE engagement_id IS NULL;
CREATE INDEX tlsrpt_failures_engagement ON tlsrpt_failures (engagement_id, day)
    WHERE engagement_id IS NOT NULL;

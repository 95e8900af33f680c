-- The portfolio's reads over a year of reports of every engagement (bench/portfolio: 200
-- engagements × 365 days × 50 senders on PostgreSQL).
--
-- The last day each major sender reported, per engagement; senders are compared
-- case-insensitively (RolloutRules). One index descent per engagement and sender instead of a
-- scan of the engagement's year.
CREATE INDEX tlsrpt_policies_sender_day ON tlsrpt_policies (engagement_id, (lower(sender)), day)
    WHERE engagement_id IS NOT NULL;
-- The sessions of the last 35 days of all engagements (failure rate against its baseline), and
-- the failing rows of readiness: a range of days read from the index alone (the counts are in
-- it), never the table, whose rows of a year are ten times as many.
CREATE INDEX tlsrpt_policies_recent ON tlsrpt_policies (day, engagement_id, success_count,
    failure_count) WHERE engagement_id IS NOT NULL;

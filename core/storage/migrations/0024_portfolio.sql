-- The portfolio asks, for every engagement and each of its major senders, the last day it
-- reported; senders are compared case-insensitively (RolloutRules). With this index each answer
-- is one index descent instead of a scan of a year of reports.
CREATE INDEX tlsrpt_policies_sender_day ON tlsrpt_policies (engagement_id, (lower(sender)), day)
    WHERE engagement_id IS NOT NULL;

-- The portfolio sums every engagement's sessions of the last 35 days. Holding the counts in the
-- (engagement_id, day) index lets it answer from the index alone (no table row read); the index
-- serves every (engagement_id, day) lookup as before.
DROP INDEX tlsrpt_policies_engagement;
CREATE INDEX tlsrpt_policies_engagement ON tlsrpt_policies (engagement_id, day, success_count,
    failure_count) WHERE engagement_id IS NOT NULL;

-- The portfolio asks, for every engagement and each of its major senders, the last day it
-- reported; senders are compared case-insensitively (RolloutRules). With this index each answer
-- is one index descent instead of a scan of a year of reports.
CREATE INDEX tlsrpt_policies_sender_day ON tlsrpt_policies (engagement_id, (lower(sender)), day)
    WHERE engagement_id IS NOT NULL;

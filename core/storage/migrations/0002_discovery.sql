-- Discovery snapshots: every DNS discovery run of an engagement, kept whole (report JSON) so
-- later runs can be compared with it and the handover shows what the domain looked like when.
-- resolver: ResolverConfig::describe() ("system" or "host:port"); trust_anchor: the anchor file
-- used ('' = the IANA root anchor of the system).
CREATE TABLE discovery_snapshots (
    id {{ID}},
    engagement_id {{BIGINT}} NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    taken_at TEXT NOT NULL,
    domain TEXT NOT NULL,
    resolver TEXT NOT NULL DEFAULT '',
    trust_anchor TEXT NOT NULL DEFAULT '',
    report TEXT NOT NULL
);
CREATE INDEX discovery_snapshots_engagement ON discovery_snapshots (engagement_id, taken_at);

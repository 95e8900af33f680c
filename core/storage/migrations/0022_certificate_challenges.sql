-- How certbot proves control of each certificate's names, per engagement: the policy host's and
-- the MX hosts' challenge ('webroot', 'standalone' or 'dns-rfc2136'), and where dns-rfc2136 sends
-- its RFC 2136 updates. The TSIG secret is never stored: only the key's name and algorithm are.
-- No row: the defaults (webroot for the policy host, standalone for the MX hosts).
CREATE TABLE certificate_challenges (
    engagement_id {{BIGINT}} PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
    policy_host TEXT NOT NULL DEFAULT 'webroot',
    mx_hosts TEXT NOT NULL DEFAULT 'standalone',
    rfc2136_server TEXT NOT NULL DEFAULT '',
    rfc2136_port INTEGER NOT NULL DEFAULT 53,
    tsig_key_name TEXT NOT NULL DEFAULT '',
    tsig_algorithm TEXT NOT NULL DEFAULT 'hmac-sha256',
    rfc2136_zone TEXT NOT NULL DEFAULT '',
    propagation_seconds INTEGER NOT NULL DEFAULT 60
);

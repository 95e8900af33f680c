-- The key and CSR files each engagement generated: where they were written and the SPKI SHA-256 of
-- the key they hold (a private key never enters the database). A handover bundle takes only an
-- engagement's own files, and only while a file still holds that key: a secrets folder that two
-- engagements share never lends one customer's key to the other's bundle. file_sha256 is the
-- digest of the bytes as written; it identifies a passphrase-encrypted key, whose public half
-- cannot be read without the passphrase.
CREATE TABLE tls_key_files (
    id {{ID}},
    engagement_id {{BIGINT}} NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    path TEXT NOT NULL,
    spki_sha256 TEXT NOT NULL,
    file_sha256 TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (engagement_id, path)
);

-- Files generated before this table existed, from the events that announced them ("current" and
-- the staged "next" key of a rollover, each with its CSR).
INSERT INTO tls_key_files (engagement_id, kind, path, spki_sha256, created_at)
SELECT engagement_id, file_kind, file_path, spki, at FROM (
    SELECT engagement_id, 'key' AS file_kind, {{JSON payload current.keyPath}} AS file_path,
           {{JSON payload current.spkiSha256}} AS spki, at
    FROM events WHERE kind = 'tls.csr-created'
    UNION ALL
    SELECT engagement_id, 'csr', {{JSON payload current.csrPath}},
           {{JSON payload current.spkiSha256}}, at
    FROM events WHERE kind = 'tls.csr-created'
    UNION ALL
    SELECT engagement_id, 'key', {{JSON payload next.keyPath}}, {{JSON payload next.spkiSha256}}, at
    FROM events WHERE kind = 'tls.csr-created'
    UNION ALL
    SELECT engagement_id, 'csr', {{JSON payload next.csrPath}}, {{JSON payload next.spkiSha256}}, at
    FROM events WHERE kind = 'tls.csr-created'
) AS announced
WHERE file_path <> '' AND spki <> ''
ON CONFLICT DO NOTHING;

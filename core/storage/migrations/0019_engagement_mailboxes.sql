-- The IMAP mailbox an engagement's TLS reports arrive in, one per engagement, so the GUI, the CLI
-- and the daily monitoring sync it without anybody typing it again. The password is NOT here: it
-- lives in the desktop keychain (or a password file), so a workspace file or a shared PostgreSQL
-- database never holds it. tls_mode: 'implicit' (IMAPS, 993) or 'starttls' (143). ca_file: PEM to
-- trust instead of the system store ('' none). last_sync_*: when the last sync ended, whether it
-- worked, and its summary (JSON) or its error message.
CREATE TABLE engagement_mailboxes (
    engagement_id {{BIGINT}} PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
    host TEXT NOT NULL,
    port INTEGER NOT NULL,
    tls_mode TEXT NOT NULL DEFAULT 'implicit',
    user_name TEXT NOT NULL,
    folder TEXT NOT NULL DEFAULT 'INBOX',
    ca_file TEXT NOT NULL DEFAULT '',
    mark_seen INTEGER NOT NULL DEFAULT 0,
    last_sync_at TEXT,
    last_sync_ok INTEGER,
    last_sync_result TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
{{POSTGRES}}
CREATE TRIGGER engagement_mailboxes_notify AFTER INSERT OR UPDATE OR DELETE ON engagement_mailboxes
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
{{END}}

-- How a desk sends its mails: the SMTP submission server, the sender, the critical address and
-- the mails' language, one row per name. Never a password: the faces read it from a password
-- file or the desktop keychain, so a copied workspace cannot send as the consultant.
CREATE TABLE notification_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Where each consultant's digest goes (engagements.consultant); '' is the address for
-- engagements whose consultant has none of their own.
CREATE TABLE digest_recipients (
    consultant TEXT PRIMARY KEY,
    address TEXT NOT NULL
);

-- Who receives an engagement's weekly summary (addresses separated by commas), and when the
-- last one went out.
CREATE TABLE weekly_recipients (
    engagement_id {{BIGINT}} PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
    addresses TEXT NOT NULL,
    last_sent_at TEXT
);

-- How far each report source has synced, for every kind of source alike: an IMAP mailbox's last
-- UID, and whatever a later kind of source needs. `cursor` is text only its source reads (IMAP:
-- {"uidValidity": N, "lastUid": M}); the workspace never interprets it, so a new kind of source
-- needs no new table. kind: "imap", ...; source: which one of its kind ("user@host/INBOX").
CREATE TABLE report_source_cursors (
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    cursor TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (kind, source)
);

-- The IMAP cursors so far, one per account and folder: the one of the UIDVALIDITY synced last (a
-- mailbox whose UIDVALIDITY changed starts again from its first UID, as before; the reports seen
-- already are duplicates).
INSERT INTO report_source_cursors (kind, source, cursor, updated_at)
SELECT 'imap', s.account || '/' || s.folder,
       '{"uidValidity":' || s.uid_validity || ',"lastUid":' || s.last_uid || '}', s.updated_at
FROM tlsrpt_imap_state s
WHERE NOT EXISTS (
    SELECT 1 FROM tlsrpt_imap_state t
    WHERE t.account = s.account AND t.folder = s.folder
      AND (t.updated_at > s.updated_at
           OR (t.updated_at = s.updated_at AND t.uid_validity > s.uid_validity)));

DROP TABLE tlsrpt_imap_state;

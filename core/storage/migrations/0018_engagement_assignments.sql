-- Who on the team looks after an engagement: one assignee per engagement (none when unassigned).
-- The assignee is a consultant's identity: the database role on PostgreSQL (SELECT current_user),
-- the consultant's login name on SQLite. Kept apart from engagements.consultant, the name the
-- deliverables print, which a customer knows and which need not be anyone's login.
CREATE TABLE engagement_assignments (
    engagement_id {{BIGINT}} PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
    assignee TEXT NOT NULL,
    assigned_at TEXT NOT NULL
);
CREATE INDEX engagement_assignments_assignee ON engagement_assignments (assignee);
-- On a shared PostgreSQL workspace the event log names the database role that wrote each event,
-- whatever the client claims: the server sets the actor on insert and keeps it on update, so a
-- colleague's desk (or a script) cannot write events in someone else's name. The trigger is not
-- SECURITY DEFINER, so current_user is the role of the inserting session.
{{POSTGRES}}
ALTER TABLE events ALTER COLUMN actor SET DEFAULT current_user;
CREATE FUNCTION stsdesk_event_actor() RETURNS trigger AS $$ BEGIN IF TG_OP = 'UPDATE' THEN NEW.actor := OLD.actor; ELSE NEW.actor := current_user; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
CREATE TRIGGER events_actor BEFORE INSERT OR UPDATE ON events
    FOR EACH ROW EXECUTE FUNCTION stsdesk_event_actor();
CREATE TRIGGER engagement_assignments_notify AFTER INSERT OR UPDATE OR DELETE ON engagement_assignments
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
{{END}}

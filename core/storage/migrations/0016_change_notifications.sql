-- A shared PostgreSQL workspace tells every STS Desk that listens what changed: each row written to
-- the engagement's tables sends NOTIFY stsdesk_changes with "engagement id:writer's backend pid"
-- (0 when the row belongs to no engagement, such as an unassigned report). PostgreSQL sends one
-- notification per distinct payload and transaction, at commit, so an import of thousands of rows
-- wakes a listener once. The pid lets a window ignore what its own connection wrote. SQLite needs
-- nothing here: its readers see other connections' commits through PRAGMA data_version.
{{POSTGRES}}
CREATE FUNCTION stsdesk_notify_change() RETURNS trigger AS $$ DECLARE r jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END; BEGIN PERFORM pg_notify('stsdesk_changes', COALESCE(r ->> 'engagement_id', CASE WHEN TG_TABLE_NAME = 'engagements' THEN r ->> 'id' END, '0') || ':' || pg_backend_pid()); RETURN NULL; END $$ LANGUAGE plpgsql;
CREATE TRIGGER engagements_notify AFTER INSERT OR UPDATE OR DELETE ON engagements
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
CREATE TRIGGER events_notify AFTER INSERT OR UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
CREATE TRIGGER discovery_snapshots_notify AFTER INSERT OR UPDATE OR DELETE ON discovery_snapshots
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
CREATE TRIGGER tls_probes_notify AFTER INSERT OR UPDATE OR DELETE ON tls_probes
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
CREATE TRIGGER policy_versions_notify AFTER INSERT OR UPDATE OR DELETE ON policy_versions
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
CREATE TRIGGER policy_checks_notify AFTER INSERT OR UPDATE OR DELETE ON policy_checks
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
CREATE TRIGGER policy_verifications_notify AFTER INSERT OR UPDATE OR DELETE ON policy_verifications
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
CREATE TRIGGER tlsrpt_reports_notify AFTER INSERT OR UPDATE OR DELETE ON tlsrpt_reports
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
CREATE TRIGGER tlsrpt_policies_notify AFTER INSERT OR UPDATE OR DELETE ON tlsrpt_policies
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
CREATE TRIGGER tlsrpt_failures_notify AFTER INSERT OR UPDATE OR DELETE ON tlsrpt_failures
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
CREATE TRIGGER tlsrpt_report_versions_notify AFTER INSERT OR UPDATE OR DELETE ON tlsrpt_report_versions
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
CREATE TRIGGER tls_key_files_notify AFTER INSERT OR UPDATE OR DELETE ON tls_key_files
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
CREATE TRIGGER delivery_settings_notify AFTER INSERT OR UPDATE OR DELETE ON delivery_settings
    FOR EACH ROW EXECUTE FUNCTION stsdesk_notify_change();
{{END}}

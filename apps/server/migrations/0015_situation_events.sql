-- The live lägesbild (issue 12 §1): every audited change that the lägesbild counts sends
-- 'situation.changed' on the events channel at commit (ADR 019). The audit trail is the one place
-- every write passes, in its own transaction, also a new report written in one statement without
-- a transaction of its own (issue 9). situation_topic() mirrors the table in
-- apps/server/src/events/situation-topics.ts; a test compares them for every audited action.
CREATE FUNCTION situation_topic(action text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN action IN ('party.create', 'party.update', 'person.party_change', 'party.appoint_contacts', 'party.contact_recorded', 'guideline.version_create', 'party.endorse_guidelines') THEN 'party'
    WHEN action IN ('incident.report', 'incident.triage', 'incident.transition', 'incident.link', 'incident.unlink', 'incident.work_environment_report', 'signal.convert', 'meeting.log_to_incident') THEN 'incident'
    WHEN action IN ('measure.create', 'measure.update', 'assessment.choose_measures') THEN 'measure'
    WHEN action IN ('police_report.update', 'police_report.link') THEN 'police_report'
    WHEN action IN ('signal.create', 'signal.status') THEN 'signal'
    WHEN action IN ('matter.create', 'matter.import', 'matter.update', 'screening.create', 'assessment.finish') THEN 'matter'
    WHEN action IN ('meeting.create', 'meeting.update', 'meeting.status', 'meeting.agenda_update', 'meeting.agenda_import', 'meeting.import', 'meeting.plan_create', 'meeting.plan_update', 'meeting.screening_decision', 'meeting.plan_approve', 'meeting.plan_reopen') THEN 'meeting'
    WHEN action IN ('threat_level.record') THEN 'threat_level'
    WHEN action IN ('register.import', 'person.create', 'person.remove', 'person.assignments_change', 'course.change', 'training_session.change', 'training.attendance') THEN 'training'
    WHEN action IN ('situation.assess') THEN 'assessment'
  END
$$;
--> statement-breakpoint
CREATE FUNCTION audit_appends_situation_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  topic text := situation_topic(NEW.action);
BEGIN
  IF topic IS NOT NULL AND NEW.organisation_id IS NOT NULL AND NEW.outcome = 'success' THEN
    PERFORM pg_notify('varn_events', json_build_object(
      'type', 'situation.changed', 'organisationId', NEW.organisation_id, 'topic', topic)::text);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- At commit, like the chain's link (0007): identical notifications of one transaction fold into one.
CREATE CONSTRAINT TRIGGER audit_appends_situation_event_at_commit
  AFTER INSERT ON audit_appends
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION audit_appends_situation_event();

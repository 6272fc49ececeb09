-- A run keeps the name its integration had when it ran (one run model for the event's answer and the
-- run log, ADR 0017): the log then says what ran even after the integration was renamed or deleted.
-- Runs recorded before take the integration's current name, or '' when it no longer exists (as a run
-- skipped because its integration was deleted has always had).
alter table integration_run add column integration_name text not null default '';
update integration_run r set integration_name = i.name from integration i where i.id = r.integration_id;
alter table integration_run alter column integration_name drop default;

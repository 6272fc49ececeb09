-- Every index is written on every event, and the benchmark is CPU-bound (docs/benchmarks.md):
-- keep only the ones something reads.
-- Nothing reads jobs by event or events by conversation (the foreign key job -> accepted_event is
-- checked through accepted_event's primary key; events are never deleted).
drop index job_event;
drop index accepted_event_conversation;

-- GET /v1/runs?status=failed is the listing operators need fast; succeeded and skipped runs (the
-- bulk of the table) no longer pay for an index of their own. Per-integration listings keep
-- integration_run_newest_first.
drop index integration_run_status_newest_first;
create index integration_run_failed_newest_first on integration_run (started_at desc, id desc) where status = 'failed';

-- Which process finished a job (its lease owner, pid@host/…), for operators and for the
-- multi-process tests: the lease columns are cleared when a job is done.
alter table job add column finished_by text;

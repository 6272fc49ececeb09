-- Issue 11 (ADR 0020): retention by age deletes old rows in batches, oldest first. BRIN indexes on
-- the time columns find them: rows arrive in time order, so a BRIN index is a few pages and costs
-- next to nothing on insert (a btree on each would be written on every event).
create index accepted_event_accepted_at on accepted_event using brin (accepted_at);
create index job_finished_at on job using brin (finished_at);
create index integration_run_started_at on integration_run using brin (started_at);
create index conversation_last_event_at on conversation using brin (last_event_at);

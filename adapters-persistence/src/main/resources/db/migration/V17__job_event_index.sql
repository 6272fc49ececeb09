-- Issue 11: retention deletes accepted events that no job refers to. job.event_id references
-- accepted_event, and without an index each deleted event made PostgreSQL scan the whole job table
-- to check the reference: 5,000 events took 18 s (soak run, 200 events/s), so retention fell behind
-- and the tables grew. With the index the check is one lookup.
create index job_event_id on job (event_id);

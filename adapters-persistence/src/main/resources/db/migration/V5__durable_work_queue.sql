-- The durable work queue (issue 5, ADR 0015). An event is accepted when its accepted_event row (and
-- its job, when it triggers integrations) is committed; only then does the API answer 2xx.

-- The event as received (payload: the domain's stored form, see StoredEvents), so that its
-- integrations can run, and run again, after a crash or on another process. sequence orders events
-- of the same instant for the attached-data versions. Replaces processed_event.
create sequence accepted_event_sequence;

create table accepted_event (
    event_id        text        primary key,
    sequence        bigint      not null default nextval('accepted_event_sequence'),
    conversation_id text        not null,
    event_name      text        not null,
    event_datetime  timestamptz not null,
    payload         json        not null,
    accepted_at     timestamptz not null default clock_timestamp()
);

create index accepted_event_conversation on accepted_event (conversation_id);

-- Events accepted before the queue existed keep their ids (a redelivery is still a duplicate); their
-- payload is unknown and they have no job.
insert into accepted_event (event_id, conversation_id, event_name, event_datetime, payload, accepted_at)
select event_id, conversation_id, event_name, event_datetime, '{}'::json, received_at from processed_event;

drop table processed_event;

-- One job per accepted event that triggers integrations (and one per retry of a failed run): it
-- walks through "integrations" in order; next_step is the index of the next one to run. A job is
-- worked on by the process named in lease_owner until lease_until; an expired lease is anyone's.
-- The attached-data version of a step is first_step + its index (a retry repeats its run's step).
create table job (
    id           bigint      generated always as identity primary key,
    event_id     text        not null references accepted_event (event_id),
    integrations uuid[]      not null,
    first_step   integer     not null default 0,
    next_step    integer     not null default 0,
    state        text        not null default 'pending',
    run_at       timestamptz not null,
    lease_owner  text,
    lease_until  timestamptz,
    created_at   timestamptz not null default clock_timestamp(),
    finished_at  timestamptz,
    constraint job_state check (state in ('pending', 'done')),
    constraint job_step_in_range check (next_step between 0 and cardinality(integrations)),
    constraint job_lease_complete check ((lease_owner is null) = (lease_until is null))
);

-- What the pollers read: pending jobs by due time. Done jobs leave the index.
create index job_due on job (run_at) where state = 'pending';
create index job_event on job (event_id);

-- The version of each attached-data key: {"key": [event time in epoch microseconds, event sequence,
-- step]}. A key is only overwritten by the same or a later version (CadVersion).
alter table conversation add column key_versions jsonb not null default '{}';

-- Which job step recorded a run: a failed run can be retried with the same attached-data version.
alter table integration_run add column job_id bigint;
alter table integration_run add column step integer;

-- Serves "the failed runs, newest first" across integrations.
create index integration_run_status_newest_first on integration_run (status, started_at desc, id desc);

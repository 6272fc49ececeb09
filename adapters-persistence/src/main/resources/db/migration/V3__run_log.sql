-- One row per run of one integration for one event (ADR 0011). integration_id is deliberately not a
-- foreign key: a run finishing while its integration is being deleted must still be recorded, and the
-- runs of a deleted integration are kept for audit. Nothing deletes rows yet.
-- The reason is free text and may quote a CRM's answer: the application caps it at 2000 characters.
-- duration_micros and started_at both keep whole microseconds.
create table integration_run (
    id              uuid        primary key,
    integration_id  uuid        not null,
    event_id        text        not null,
    event_name      text        not null,
    conversation_id text        not null,
    status          text        not null,
    reason          text        not null,
    http_status     integer,
    duration_micros bigint      not null,
    started_at      timestamptz not null,
    constraint integration_run_status check (status in ('succeeded', 'skipped', 'failed')),
    constraint integration_run_reason_length check (char_length(reason) <= 2000)
);

-- Serves "an integration's runs, newest first" (ties by id) without a sort.
create index integration_run_newest_first on integration_run (integration_id, started_at desc, id desc);

-- Issue 15: the Kafka records that held no valid event (ADR 0030), written in the same transaction as
-- their batch's events and offsets. A record read again after a crash hits the unique place and is
-- kept once. The API reads them newest first by id; retention deletes them with the operational rows.
create table ingestion_rejected (
    id              bigint      generated always as identity primary key,
    topic           text        not null,
    partition       int         not null,
    record_offset   bigint      not null,
    record_key      text,
    -- UTF-8 text (bytes that are not become U+FFFD), at most 64 KiB; null for a record without a value.
    value           text,
    value_truncated boolean     not null,
    -- [{"pointer": "/event/id", "message": "…"}, …]
    problems        jsonb       not null,
    rejected_at     timestamptz not null,
    unique (topic, partition, record_offset)
);
create index ingestion_rejected_rejected_at on ingestion_rejected using brin (rejected_at);

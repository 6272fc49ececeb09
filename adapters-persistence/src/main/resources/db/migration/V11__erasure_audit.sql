-- Issue 11 (ADR 0020): every erasure leaves a record that holds no personal data: when, which kind
-- of criterion (conversation, contactSource, keptValue), how many conversations it erased.
create table erasure (
    id             bigint      generated always as identity primary key,
    erased_at      timestamptz not null,
    criterion_kind text        not null,
    conversations  integer     not null
);

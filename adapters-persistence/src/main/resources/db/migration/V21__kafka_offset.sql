-- Issue 15: how far each partition of a Kafka topic is read, committed in the same transaction as the
-- events read up to there (ADR 0030). On assignment the consumer seeks to next_offset.
create table kafka_offset (
    topic       text   not null,
    partition   int    not null,
    next_offset bigint not null,
    primary key (topic, partition)
);

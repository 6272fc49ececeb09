-- Issue 11, first part (ADR 0020): the extra-data settings complete, the conversation's lifecycle,
-- and the values kept for history by each key's history mode.

-- Contact Pro's "Extra Data Included in Outbound Calls" (phone) and, per statistics key, which
-- values history keeps: first, last (the default, also for keys not listed) or all.
alter table extra_data_settings
    add column included_in_outbound_calls text[] not null default '{}',
    add column history_modes jsonb not null default '{}';

-- The conversation's life as its accepted events tell it (ConversationLifecycle). Conversations
-- from before have only their first and last times.
alter table conversation
    add column channel_type    text,
    add column direction       text,
    add column queue           text,
    add column agent           text,
    add column started_at      timestamptz,
    add column ended_at        timestamptz,
    add column closed_at       timestamptz,
    add column last_event_at   timestamptz,
    add column last_event_name text;
update conversation set started_at = created_at, last_event_at = updated_at;

-- The values kept for statistics, history and reports (was statistics_entry, one value per key):
-- seq 0 is the one value of a first/last key; every value of an "all" key has its own seq from
-- history_value_seq. value is json, not jsonb, so that an object keeps its keys in the order saved (as
-- the attached data does); value_text is the value as searched: a string as it is, anything else as JSON.
create sequence history_value_seq;
create table history_value (
    conversation_id text        not null,
    key             text        collate "C" not null,
    seq             bigint      not null,
    value           json        not null,
    value_text      text        collate "C" not null,
    event_id        text        not null,
    saved_at        timestamptz not null,
    primary key (conversation_id, key, seq)
);
insert into history_value (conversation_id, key, seq, value, value_text, event_id, saved_at)
select conversation_id, key, 0, value::json,
       case when jsonb_typeof(value) = 'string' then value #>> '{}' else value::text end,
       event_id, saved_at
  from statistics_entry;
drop table statistics_entry;

-- Integrations, without their secrets. The configuration is kept as "json", not "jsonb": json
-- keeps the administrator's document verbatim (member order), which decides the order of headers,
-- parameters and body members in the rendered request and what the administrator reads back.
-- "C" collation: listing order is by code point, the same on every server locale.
-- version changes on every save and comes from a sequence, so a number is never reused, not even
-- when an integration is deleted and saved again under the same id: caches key compiled
-- integrations by (id, version).
create sequence integration_version_seq;

create table integration (
    id                   uuid        primary key,
    name                 text        collate "C" not null,
    description          text        not null default '',
    channel_type         text        not null,
    endpoint_url         text        not null,
    ordinal              integer     not null,
    direction            text        not null,
    events               text[]      not null,
    direct_conversations boolean     not null,
    queues               text[]      not null default '{}',
    enabled              boolean     not null,
    configuration        json        not null,
    version              bigint      not null, -- nextval('integration_version_seq') on every save
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);

create index integration_listing_order on integration (ordinal, name);

-- The write-only secrets, apart from the main row so that no listing query reads them by accident.
create table integration_secret (
    integration_id  uuid  primary key references integration (id) on delete cascade,
    username        text,
    password        text,
    authentications jsonb not null default '{}',
    constraint integration_secret_credentials_complete check ((username is null) = (password is null))
);

-- Attached data is "json", not "jsonb", for the same reason as the configuration: agents read the keys
-- in the order the integrations saved them (jsonb would reorder them).
create table conversation (
    id            text        primary key,
    attached_data json        not null default '{}',
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);

-- One row per accepted event, so a redelivered event id is recognised and skipped.
create table processed_event (
    event_id        text        primary key,
    conversation_id text        not null,
    event_name      text        not null,
    event_datetime  timestamptz not null,
    received_at     timestamptz not null
);

create index processed_event_conversation on processed_event (conversation_id);

create table extra_data_settings (
    channel_type             text        primary key,
    included_when_allocating text[]      not null default '{}',
    included_in_statistics   text[]      not null default '{}',
    updated_at               timestamptz not null default now()
);

create table statistics_entry (
    conversation_id text        not null,
    key             text        collate "C" not null,
    value           jsonb       not null,
    event_id        text        not null,
    saved_at        timestamptz not null,
    primary key (conversation_id, key)
);

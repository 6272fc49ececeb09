-- The contact center's queues and agents (ADR 0010): routing operations and queue scopes are checked
-- against them. Upserts replace an entry by id; nothing here is ever deleted yet.

-- Queue ids are stored canonical (32 upper-case hex digits, see QueueIds), so a lookup by id in any
-- spelling is a primary-key hit. "addresses" keeps the addresses as sent, in order, for reading back.
create table directory_queue (
    id           text        collate "C" primary key,
    channel_type text        not null,
    addresses    text[]      not null default '{}',
    name         text        not null default '',
    updated_at   timestamptz not null default now()
);

-- One row per queue address, rewritten with its queue, so that finding a queue by address (any case)
-- is an index hit on lower(address) rather than a scan of every queue's array.
create table directory_queue_address (
    queue_id text    collate "C" not null references directory_queue (id) on delete cascade,
    position integer not null,
    address  text    not null,
    primary key (queue_id, position)
);

create index directory_queue_address_lookup on directory_queue_address (lower(address));

-- Agents keep their id as sent; lookup_id is the id as compared: the canonical UUID when the id is
-- one, else the id in lower case. Two spellings of one id therefore name the same agent.
create table directory_agent (
    lookup_id    text        primary key,
    id           text        collate "C" not null,
    number       text,
    chat_address text,
    name         text        not null default '',
    updated_at   timestamptz not null default now()
);

create index directory_agent_number on directory_agent (number);
create index directory_agent_chat_address on directory_agent (lower(chat_address));

-- Issue 11 (ADR 0020): after a conversation is closed and its grace period has passed, the keys its
-- channel does not include in statistics are removed from its attached data, once.
alter table conversation add column unsaved_keys_removed_at timestamptz;
create index conversation_closed_with_unsaved_keys on conversation (closed_at)
    where closed_at is not null and unsaved_keys_removed_at is null;

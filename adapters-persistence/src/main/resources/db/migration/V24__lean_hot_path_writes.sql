-- Issue 16: less work for PostgreSQL per event (ADR 0033).
--
-- job.event_id no longer references accepted_event. The only writer inserts an event and its job in
-- the same transaction, and retention deletes an event only when no job refers to it (the
-- job_event_id index keeps that check one lookup). The reference cost a trigger and a locking
-- lookup of the event row for every job inserted.
alter table job drop constraint job_event_id_fkey;

-- A conversation's row is rewritten by every step that saves attached data, and none of those
-- columns is indexed: with room left on its page the new version is a heap-only tuple (HOT), so its
-- four indexes are not touched. Applies to pages written from now on.
alter table conversation set (fillfactor = 70);

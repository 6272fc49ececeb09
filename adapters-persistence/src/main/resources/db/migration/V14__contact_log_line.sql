-- Issue 11 (ADR 0020): each conversation's Contact Log line, the latest kept value of each statistics
-- key (a `first` key keeps its first), written with history_value in the same statement that merges
-- the conversation's attached data. The Contact Log then reads one row per conversation in start
-- order from this table alone, instead of looking its values up one conversation at a time.
alter table conversation add column kept_values jsonb;

update conversation c
   set kept_values = k.kept
  from (select conversation_id, jsonb_object_agg(key, value::jsonb order by key, saved_at, seq) as kept
          from history_value
         group by conversation_id) k
 where c.id = k.conversation_id;

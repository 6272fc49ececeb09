-- Issue 11 (ADR 0020): what the history search and the conversation's detail read.
-- A kept value by key and text: exact search, and prefix search (LIKE 'abc%' can use a btree on a
-- "C"-collated column); the conversation id lets the search check its conversation from the index.
create index history_value_search on history_value (key, value_text, conversation_id);
-- History lists conversations newest first and pages by (started_at, id).
create index conversation_newest_first on conversation (started_at desc, id desc);
-- The detail of one conversation: its events and its runs.
create index accepted_event_conversation on accepted_event (conversation_id);
create index integration_run_conversation on integration_run (conversation_id);

-- Issue 14: an event sender may sign what it sends (Standard Webhooks). Its signing secrets — the
-- current one and, during a rotation, the one before — are sealed together under the master key like
-- an integration's secrets (ADR 0024), with the row's token id as associated data.
alter table api_token add column signing_sealed bytea;
alter table api_token add column signing_key_id text;
alter table api_token add constraint api_token_signing_sealed_with_key check ((signing_sealed is null) = (signing_key_id is null));

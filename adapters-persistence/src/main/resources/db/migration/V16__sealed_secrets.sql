-- Issue 14 (ADR 0024): an integration's secrets sealed with AES-256-GCM under the master key, one value
-- for all of them, with the id of the key beside it. The plain-text columns are read only from rows
-- written before; DatabaseMigrations seals those (and re-seals rows of a previous key) right after the
-- schema migrations, and empties the plain-text columns as it does.
alter table integration_secret add column sealed bytea;
alter table integration_secret add column key_id text;
alter table integration_secret add constraint integration_secret_sealed_with_key check ((sealed is null) = (key_id is null));

-- Issue 14: the audit log of configuration changes. Appended only; the API reads it newest first by id.
-- before/after are the target as the API shows it (secrets masked, personal data left out).
create table audit_entry (
    id          bigint      generated always as identity primary key,
    at          timestamptz not null,
    token_id    uuid,
    token_name  text        not null,
    action      text        not null,
    target_type text        not null,
    target_id   text        not null,
    before      jsonb,
    after       jsonb
);

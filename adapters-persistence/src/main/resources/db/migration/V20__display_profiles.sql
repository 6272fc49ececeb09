-- Issue 12: how the agent's view shows attached data, one profile per channel ('channel:phone') or
-- queue ('queue:<id>'): {"fields": [{"key", "labels": {locale: text}, "type", "linkTemplate"?}]}.
create table display_profile (
    scope      text        primary key,
    profile    jsonb       not null,
    changed_at timestamptz not null default clock_timestamp()
);

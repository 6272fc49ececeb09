-- Issue 14: API tokens made through the API, each with a name, scopes, an optional expiry and the
-- time it was last used. Only the SHA-256 digest of a token's secret is kept; a revoked token's row
-- is deleted. The bootstrap token (CADBRIDGE_API_TOKEN or the generated one) is not stored here.
create table api_token (
    id            uuid        primary key,
    name          text        not null,
    secret_digest bytea       not null unique,
    scopes        text[]      not null,
    created_at    timestamptz not null,
    expires_at    timestamptz,
    last_used_at  timestamptz
);

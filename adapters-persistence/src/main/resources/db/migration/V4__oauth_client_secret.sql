-- The OAuth client secret of "authentication": {"type": "oauth"}: write-only, like the other secrets.
alter table integration_secret add column oauth_client_secret text;

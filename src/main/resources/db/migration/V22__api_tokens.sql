-- Personal API tokens. Only the SM3 hash of a token is stored; the token itself is shown once.
create table api_token (
    id            bigint generated always as identity primary key,
    username      varchar(64)  not null references officer (username) on delete cascade,
    name          varchar(64)  not null,
    token_hash    char(64)     not null unique,
    created_at    timestamptz  not null default now(),
    expires_at    timestamptz  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_owner on api_token (username);

-- Officers who sign in to this node, and their roles. Passwords are stored only as hashes
-- (Spring Security's delegating format, "{bcrypt}..."); an officer without one cannot log in.
create table officer (
    username        varchar(64)  primary key,
    display_name    varchar(100) not null,
    password_hash   varchar(200),
    agency_code     varchar(12)  not null,
    enabled         boolean      not null default true,
    -- consecutive failed logins since the last success or the last lock-out
    failed_logins   integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    password_changed_at timestamptz,
    constraint officer_username_format check (username ~ '^[a-z][a-z0-9._-]{2,63}$'),
    constraint officer_display_name_present check (length(btrim(display_name)) > 0)
);

create table officer_role (
    username varchar(64) not null references officer (username) on delete cascade,
    role     varchar(32) not null,
    primary key (username, role)
);

-- The audit trail: who did what, when, to what, and why. The code only ever inserts. Every entry
-- carries hash = SM3(hash of the previous entry || canonical bytes of its own fields), and
-- audit_chain_head holds the position and hash of the last entry, so that a changed, removed or
-- inserted row - including the last ones - is found by verification (ADR 007).
create table audit_entry (
    -- the entry's position in the chain (seq): 1, 2, 3, ... without gaps, assigned under the head's lock
    id          bigint       primary key,
    at          timestamptz  not null,
    actor       varchar(64)  not null,
    agency_code varchar(12),
    action      varchar(64)  not null,
    subject     varchar(512) not null,
    purpose     varchar(512) not null,
    outcome     varchar(128) not null,
    client_ip   varchar(64),
    hash        char(64)     not null
);
create index audit_entry_actor on audit_entry (actor, id);
create index audit_entry_action on audit_entry (action, id);
create index audit_entry_at on audit_entry (at);

-- Exactly one row: the last appended entry. Appending locks it (select ... for update).
create table audit_chain_head (
    id    smallint primary key check (id = 1),
    seq   bigint   not null,
    hash  char(64) not null
);
insert into audit_chain_head (id, seq, hash) values (1, 0, repeat('0', 64));

-- The audit trail: who did what, when, to what, and why. Append-only by convention of the code;
-- see cn.deltalink.access for the hash chain that makes alterations detectable.
create table audit_entry (
    id          bigserial    primary key,
    at          timestamptz  not null default now(),
    actor       varchar(64)  not null,
    agency_code varchar(12),
    action      varchar(64)  not null,
    subject     varchar(512) not null,
    purpose     varchar(512) not null,
    outcome     varchar(128) not null,
    client_ip   varchar(64)
);
create index audit_entry_actor on audit_entry (actor, at);
create index audit_entry_action on audit_entry (action, at);

-- The node runs as an application role that may only insert into and read the audit trail; the
-- owner role runs these migrations (ADR 018). New tables give the application role select, insert,
-- update and delete by default privileges; the trail's tables take back what would let it be
-- rewritten. Written without role names, so it holds whatever the operator named the roles: every
-- role but the owner (who runs this) loses the rights.
do $$
declare r record;
begin
  revoke update, delete, truncate on audit_entry from public;
  revoke delete, truncate on audit_chain_head from public;
  for r in select rolname from pg_roles where rolname !~ '^pg_' and rolname <> current_user and not rolsuper loop
    execute format('revoke update, delete, truncate on audit_entry from %I', r.rolname);
    execute format('revoke delete, truncate on audit_chain_head from %I', r.rolname);
  end loop;
end $$;

-- Which part of the trail the chain head belongs to. A trail found broken (e.g. emptied in the
-- database) is restarted by the operator: a new segment begins with an entry that records the break,
-- links to nothing before it, and is signed with the node key; epoch counts the restarts.
alter table audit_chain_head add column epoch int not null default 0;
alter table audit_chain_head add column segment_start bigint not null default 1;

-- The chain head signed with the node key (SM2), as the exchange's heads round made it. Several
-- rows may name the same seq after a restart, so the row id orders them.
create table audit_head_seal (
    id         bigserial    primary key,
    epoch      int          not null,
    seq        bigint       not null,
    hash       char(64)     not null,
    sealed_at  timestamptz  not null default clock_timestamp(),
    signature  text         not null
);

-- Signed heads of this trail as other nodes report holding them (they keep what we send them and
-- send it back). The newest report of each peer is compared with the trail by verification.
create table audit_head_witness (
    id           bigserial    primary key,
    peer         varchar(8)   not null,
    epoch        int          not null,
    seq          bigint       not null,
    hash         char(64)     not null,
    signature    text         not null,
    reported_at  timestamptz  not null default clock_timestamp()
);
create index audit_head_witness_peer on audit_head_witness (peer, id desc);

do $$
declare r record;
begin
  revoke update, delete, truncate on audit_head_seal, audit_head_witness from public;
  for r in select rolname from pg_roles where rolname !~ '^pg_' and rolname <> current_user and not rolsuper loop
    execute format('revoke update, delete, truncate on audit_head_seal, audit_head_witness from %I', r.rolname);
  end loop;
end $$;

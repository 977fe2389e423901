-- The node runs as an application role (ADR 018) that may only insert into and read the message
-- log, its chain and its seals; the owner role runs the migrations. Written without role names:
-- every role but the owner (who runs this) loses update, delete and truncate.
do $$
declare r record;
begin
  revoke update, delete, truncate on exchange_log, exchange_log_chain, exchange_log_seal from public;
  for r in select rolname from pg_roles where rolname !~ '^pg_' and rolname <> current_user and not rolsuper loop
    execute format('revoke update, delete, truncate on exchange_log, exchange_log_chain, exchange_log_seal from %I', r.rolname);
  end loop;
end $$;

-- Row triggers do not fire on TRUNCATE: refuse it per statement as well.
create trigger exchange_log_no_truncate before truncate on exchange_log
    for each statement execute function exchange_log_refuse_change();
create trigger exchange_log_chain_no_truncate before truncate on exchange_log_chain
    for each statement execute function exchange_log_refuse_change();
create trigger exchange_log_seal_no_truncate before truncate on exchange_log_seal
    for each statement execute function exchange_log_refuse_change();

-- Signed heads of other nodes' trails (audit trail, message log), as they send them to us every
-- round; we keep them all and send the highest back to their owner (docs/protocol.md, heads).
create table exchange_held_head (
    id           bigserial    primary key,
    node         varchar(8)   not null,
    trail        varchar(8)   not null check (trail in ('audit', 'log')),
    epoch        int          not null,
    position     bigint       not null,
    hash         char(64)     not null,
    signature    text         not null,
    received_at  timestamptz  not null default clock_timestamp()
);
create index exchange_held_head_node on exchange_held_head (node, trail, epoch desc, position desc);

-- Signed heads of our own message log as peers report holding them; verification compares the
-- newest report of each peer with the log.
create table exchange_log_witness (
    id           bigserial    primary key,
    peer         varchar(8)   not null,
    position     bigint       not null,
    hash         char(64)     not null,
    signature    text         not null,
    reported_at  timestamptz  not null default clock_timestamp()
);
create index exchange_log_witness_peer on exchange_log_witness (peer, id desc);

do $$
declare r record;
begin
  revoke update, delete, truncate on exchange_held_head, exchange_log_witness from public;
  for r in select rolname from pg_roles where rolname !~ '^pg_' and rolname <> current_user and not rolsuper loop
    execute format('revoke update, delete, truncate on exchange_held_head, exchange_log_witness from %I', r.rolname);
  end loop;
end $$;

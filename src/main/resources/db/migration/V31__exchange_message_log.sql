-- The message log (ADR 011): one entry per message sent or received, receipt issued or received,
-- refusal and query. Traffic only appends rows; a sealing thread gives each row its place in the
-- SM3 hash chain (chain_pos, prev_hash, entry_hash) in the order the rows became visible.
create table exchange_log (
    seq         bigserial     primary key,
    logged_at   timestamptz   not null default clock_timestamp(),
    kind        varchar(24)   not null,
    message_id  uuid,
    peer        varchar(8),
    type        varchar(100),
    digest      varchar(64),
    signature   text,
    reference   varchar(100),
    detail      varchar(1000),
    chain_pos   bigint        unique,
    prev_hash   char(64),
    entry_hash  char(64)
);
create index exchange_log_unsealed on exchange_log (seq) where chain_pos is null;
create index exchange_log_message on exchange_log (message_id);

-- Signed chain heads: every sealing round signs the newest entry hash with the node key, so that
-- removing entries from the end of the chain is detectable too.
create table exchange_log_seal (
    chain_pos   bigint        primary key,
    entry_hash  char(64)      not null,
    sealed_at   timestamptz   not null default clock_timestamp(),
    signature   text          not null
);

-- Append-only: content never changes, rows are never deleted; the only update allowed is the
-- sealer's one-time filling of the chain columns. (A database superuser can still disable this
-- trigger; the hash chain is what detects that.)
create function exchange_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'exchange_log is append-only: entries cannot be deleted';
    end if;
    if old.chain_pos is not null
       or new.seq is distinct from old.seq or new.logged_at is distinct from old.logged_at
       or new.kind is distinct from old.kind or new.message_id is distinct from old.message_id
       or new.peer is distinct from old.peer or new.type is distinct from old.type
       or new.digest is distinct from old.digest or new.signature is distinct from old.signature
       or new.reference is distinct from old.reference or new.detail is distinct from old.detail then
        raise exception 'exchange_log is append-only: entry % cannot be changed', old.seq;
    end if;
    return new;
end;
$$;
create trigger exchange_log_append_only before update or delete on exchange_log
    for each row execute function exchange_log_append_only();
create function exchange_log_seal_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'exchange_log_seal is append-only';
end;
$$;
create trigger exchange_log_seal_append_only before update or delete on exchange_log_seal
    for each row execute function exchange_log_seal_append_only();

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

-- Signed chain heads: every sealing round signs the newest entry hash with the node key, so that
-- removing entries from the end of the chain is detectable too.
create table exchange_log_seal (
    chain_pos   bigint        primary key,
    entry_hash  char(64)      not null,
    sealed_at   timestamptz   not null default clock_timestamp(),
    signature   text          not null
);

-- Append-only: content never changes, rows are never deleted; the only update allowed is the
-- sealer's one-time filling of the chain columns. The triggers are column- and condition-specific so
-- that the sealer's updates do not run any trigger code. (A database superuser can still disable
-- them; the hash chain is what detects that.)
create function exchange_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;
create trigger exchange_log_content_fixed before update of seq, logged_at, kind, message_id, peer, type, digest, signature, reference, detail
    on exchange_log for each row execute function exchange_log_refuse_change();
create trigger exchange_log_sealed_once before update of chain_pos, prev_hash, entry_hash
    on exchange_log for each row when (old.chain_pos is not null) execute function exchange_log_refuse_change();
create trigger exchange_log_no_delete before delete on exchange_log
    for each row execute function exchange_log_refuse_change();
create trigger exchange_log_seal_append_only before update or delete on exchange_log_seal
    for each row execute function exchange_log_refuse_change();

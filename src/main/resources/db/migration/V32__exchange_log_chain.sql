-- The message log's hash chain moves beside the log (ADR 011): the sealer used to update every log
-- row once more to fill in chain_pos, prev_hash and entry_hash, which wrote each wide row twice. It
-- now appends one narrow row per entry to exchange_log_chain, and the log itself is never updated.
-- (The previous hash is the entry hash of the position before, so it is not stored twice.)
create table exchange_log_chain (
    chain_pos   bigint        primary key,
    seq         bigint        not null unique,
    entry_hash  char(64)      not null
);
insert into exchange_log_chain (chain_pos, seq, entry_hash)
    select chain_pos, seq, entry_hash from exchange_log where chain_pos is not null;

drop trigger exchange_log_content_fixed on exchange_log;
drop trigger exchange_log_sealed_once on exchange_log;
drop index exchange_log_unsealed;
alter table exchange_log drop column chain_pos, drop column prev_hash, drop column entry_hash;

-- Append-only, both of them: no update, no delete (a database superuser can still disable the
-- triggers; the hash chain and the signed chain heads are what detect that).
create trigger exchange_log_append_only before update on exchange_log
    for each row execute function exchange_log_refuse_change();
create trigger exchange_log_chain_append_only before update or delete on exchange_log_chain
    for each row execute function exchange_log_refuse_change();

-- fraudanalysis: each import's rows in a partition of their own (ADR 040). The COPY used to maintain
-- a foreign key and a two-column index row by row, which held an import to about 40,000 rows/s; now
-- an import copies into a table it has just created (COPY FREEZE, no index, no foreign key), indexes
-- it in one sorted pass and attaches it. A failed import rolls its table back with it.

alter table fraudanalysis_transaction rename to fraudanalysis_transaction_before_v141;
alter index fraudanalysis_transaction_import rename to fraudanalysis_transaction_before_v141_import;

-- the same columns, partitioned
create table fraudanalysis_transaction (like fraudanalysis_transaction_before_v141) partition by list (import_id);

-- The import's table, created in the caller's transaction (so that COPY may freeze its rows) and
-- owned by the schema's owner: the node's own role may fill it, but not create or attach tables.
create function fraudanalysis_import_rows_begin(import uuid) returns text
language plpgsql security definer set search_path = public as $$
declare
  rows_table text := 'fraudanalysis_transaction_' || replace(import::text, '-', '');
begin
  if not exists (select 1 from fraudanalysis_import i where i.id = import and i.state in ('waiting', 'running')) then
    raise exception 'no running transaction import %', import;
  end if;
  execute format('create table %I (like fraudanalysis_transaction, check (import_id = %L))', rows_table, import);
  execute format('alter table %I alter column import_id set default %L', rows_table, import);
  return rows_table;
end $$;

-- The import's rows are all there: index them in one pass, give the planner their statistics (it then
-- reads them in row order by the index) and make them part of fraudanalysis_transaction. The check
-- constraint proves the partition's bound, so attaching reads no row.
create function fraudanalysis_import_rows_end(import uuid) returns void
language plpgsql security definer set search_path = public as $$
declare
  rows_table text := 'fraudanalysis_transaction_' || replace(import::text, '-', '');
begin
  execute format('create index on %I (row_no)', rows_table);
  execute format('analyze %I', rows_table);
  execute format('alter table fraudanalysis_transaction attach partition %I for values in (%L)', rows_table, import);
end $$;

-- the rows of earlier imports, one partition each
do $$
declare
  earlier uuid;
  rows_table text;
begin
  for earlier in select distinct import_id from fraudanalysis_transaction_before_v141 loop
    rows_table := 'fraudanalysis_transaction_' || replace(earlier::text, '-', '');
    execute format('create table %I (like fraudanalysis_transaction, check (import_id = %L))', rows_table, earlier);
    execute format('insert into %I select * from fraudanalysis_transaction_before_v141 where import_id = %L order by row_no', rows_table, earlier);
    execute format('create index on %I (row_no)', rows_table);
    execute format('alter table fraudanalysis_transaction attach partition %I for values in (%L)', rows_table, earlier);
  end loop;
end $$;

drop table fraudanalysis_transaction_before_v141;

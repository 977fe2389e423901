-- fraudanalysis: imported transaction files, their rows, analyses and the scores they found (issue 12)

create table fraudanalysis_import (
  id uuid primary key,
  file_name text not null,
  mapping jsonb not null,
  state text not null check (state in ('waiting', 'running', 'done', 'failed')),
  rows bigint not null default 0,
  bytes bigint not null,
  bytes_read bigint not null default 0,
  labelled boolean not null default false,
  errors jsonb not null default '[]',
  error_count bigint not null default 0,
  failure text,
  started_by text not null,
  started_at timestamptz not null,
  finished_at timestamptz
);

-- written by one COPY per import inside one transaction: an import is all there or not at all;
-- no primary key so that COPY stays fast, rows are read back by import
create table fraudanalysis_transaction (
  import_id uuid not null references fraudanalysis_import (id) on delete cascade,
  row_no bigint not null,
  source text not null,
  target text not null,
  amount_cents bigint not null,
  at timestamptz not null,
  cash boolean not null,
  laundering boolean,
  typology text,
  branch_division text,
  target_branch_division text,
  bank text,
  device text,
  ip text,
  phone text
);
create index fraudanalysis_transaction_import on fraudanalysis_transaction (import_id, row_no);

create table fraudanalysis_analysis (
  id uuid primary key,
  import_id uuid not null references fraudanalysis_import (id) on delete cascade,
  state text not null check (state in ('waiting', 'running', 'done', 'failed')),
  progress real not null default 0,
  threshold integer not null,
  settings jsonb not null,
  accounts integer,
  transactions bigint,
  flagged integer,
  evaluation jsonb,
  networks jsonb,
  failure text,
  millis bigint,
  heap_bytes bigint,
  started_by text not null,
  started_at timestamptz not null,
  finished_at timestamptz
);

create table fraudanalysis_account_score (
  analysis_id uuid not null references fraudanalysis_analysis (id) on delete cascade,
  account text not null,
  score integer not null check (score between 0 and 100),
  branch_division text,
  reasons jsonb not null,
  primary key (analysis_id, account)
);
create index fraudanalysis_account_score_rank on fraudanalysis_account_score (analysis_id, score desc);

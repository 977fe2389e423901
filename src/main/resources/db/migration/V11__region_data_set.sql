-- Which version of each reference data set the tables hold, so that a node's start-up skips loading
-- when the data set has not changed (the checksum is the SHA-256 of the CSV file).
create table region_data_set (
    name      varchar(32)  primary key,
    source    varchar(200) not null,
    checksum  char(64)     not null,
    row_count integer      not null,
    loaded_at timestamptz  not null default now()
);

-- Parents are checked at commit, so that a data set loads in one batch whatever the order of its rows.
alter table division drop constraint division_parent_code_fkey,
    add constraint division_parent_code_fkey foreign key (parent_code) references division (code) deferrable initially deferred;
alter table agency drop constraint agency_parent_code_fkey,
    add constraint agency_parent_code_fkey foreign key (parent_code) references agency (code) deferrable initially deferred;

create index division_parent_code_idx on division (parent_code);
create index agency_parent_code_idx on agency (parent_code);
create index agency_division_code_idx on agency (division_code);

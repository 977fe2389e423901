-- The province's population register (户籍人口): one row per person ever registered at this node.
-- A person who moved out stays with status moved_out, so that a later return or a question about
-- them can be answered; the resident ID is always the 18-character form.
create table population_resident (
    resident_id            varchar(18)  primary key,
    name                   varchar(64)  not null,
    sex                    varchar(6)   not null check (sex in ('male', 'female')),
    birth_date             date         not null,
    household_address_code varchar(12)  not null,
    household_number       varchar(32)  not null,
    status                 varchar(12)  not null check (status in ('active', 'moved-out', 'deceased', 'cancelled')),
    moved_to_province      varchar(2),
    last_reference         varchar(64)  not null default '',
    updated_at             timestamptz  not null
);
create index population_resident_active on population_resident (resident_id) where status = 'active';

-- CSV imports: their progress, and the rows refused with the rule they broke.
create table population_import (
    id           uuid          primary key,
    file_name    varchar(200)  not null,
    started_by   varchar(64)   not null,
    started_at   timestamptz   not null,
    finished_at  timestamptz,
    total_rows   integer       not null,
    done_rows    integer       not null default 0,
    imported     integer       not null default 0,
    refused      integer       not null default 0,
    mapping      text          not null
);

create table population_import_error (
    import_id  uuid          not null references population_import (id),
    line       integer       not null,
    message    varchar(300)  not null,
    primary key (import_id, line)
);

-- Double-registration sweeps this node started, the answers of each other node, and the hits:
-- residents of this register whose keyed hash another node also holds (ADR 029).
create table population_sweep (
    id              uuid          primary key,
    nonce           varchar(64)   not null,
    key_generation  integer       not null,
    started_by      varchar(64)   not null,
    started_at      timestamptz   not null,
    own_count       integer       not null,
    participants    varchar(200)  not null
);

create table population_sweep_part (
    sweep_id  uuid         not null references population_sweep (id),
    node      varchar(8)   not null,
    part      integer      not null,
    parts     integer      not null,
    hashes    integer      not null,
    received_at timestamptz not null,
    primary key (sweep_id, node, part)
);

create table population_sweep_hit (
    sweep_id        uuid          not null references population_sweep (id),
    node            varchar(8)    not null,
    resident_id     varchar(18)   not null,
    short_hash      bigint        not null,
    confirmed       boolean,
    other_status    varchar(12),
    other_household_address_code varchar(12),
    other_name      varchar(64),
    answered_at     timestamptz,
    primary key (sweep_id, node, resident_id)
);

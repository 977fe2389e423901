-- Border checkpoints (查控点): the region's border stations in this node's province, with their lanes.
create table checkpoint (
    code          varchar(12)   primary key,
    name_zh       varchar(200)  not null,
    name_en       varchar(300)  not null,
    division_code varchar(6)    not null,
    lanes         integer       not null check (lanes between 1 and 64)
);

-- The checkpoint a checkpoint officer (查控民警) works at.
create table checkpoint_officer (
    username        varchar(64)  primary key,
    checkpoint_code varchar(12)  not null references checkpoint (code)
);

-- Persons and vehicles passing (ID card reads, camera reads), kept for the retention period. The
-- sender's own event id makes a resent event a duplicate.
create table checkpoint_event (
    checkpoint_code  varchar(12)  not null,
    event_id         varchar(64)  not null,
    kind             varchar(8)   not null check (kind in ('person', 'vehicle')),
    at               timestamptz  not null,
    lane             varchar(16),
    direction        varchar(8),
    resident_id      varchar(18),
    person_name      varchar(64),
    plate            varchar(16),
    plate_confidence real,
    camera           varchar(64),
    source           varchar(8)   not null check (source in ('http', 'kafka')),
    stored_at        timestamptz  not null,
    primary key (checkpoint_code, event_id)
);
create index checkpoint_event_by_storage on checkpoint_event (stored_at);

-- Hits (比中): an event that matched an alert. The same id at the checkpoint's node and the issuer's;
-- a node that is both (its own alert at its own checkpoint) has one row.
create table checkpoint_hit (
    id                uuid          primary key,
    alert_id          uuid          not null,
    alert_version     bigint        not null,
    issuing_node      varchar(8)    not null,
    checkpoint_node   varchar(8)    not null,
    checkpoint_code   varchar(12)   not null,
    checkpoint_name   varchar(200)  not null,
    event_id          varchar(64)   not null,
    event_kind        varchar(8)    not null,
    event_at          timestamptz   not null,
    lane              varchar(16),
    read_resident_id  varchar(18),
    read_name         varchar(64),
    read_plate        varchar(16),
    match             varchar(8)    not null check (match in ('certain', 'possible')),
    score             real          not null,
    matched_on        varchar(20)   not null,
    reason            varchar(500)  not null,
    category          varchar(30)   not null,
    action_on_hit     varchar(20)   not null,
    warning_markers   varchar(200)  not null,
    handling_code     varchar(2)    not null,
    not_acted_on_here varchar(500),
    detected_at       timestamptz   not null,
    -- the clock: it starts when the issuer receives the hit
    received_at       timestamptz,
    confirm_by        timestamptz,
    remind_at         timestamptz,
    reminded_at       timestamptz,
    overdue_at        timestamptz,
    state             varchar(24)   not null check (state in ('awaiting-confirmation', 'confirmed', 'not-valid')),
    decided_at        timestamptz,
    decided_by        varchar(100),
    outcome           varchar(24),
    outcome_at        timestamptz,
    outcome_by        varchar(100),
    unique (checkpoint_code, event_id, alert_id)
);
create index checkpoint_hit_by_checkpoint on checkpoint_hit (checkpoint_code, detected_at desc);
create index checkpoint_hit_awaiting on checkpoint_hit (state, confirm_by) where state = 'awaiting-confirmation';
create index checkpoint_hit_by_alert on checkpoint_hit (alert_id);

-- Camera reads from Kafka that could not be taken: kept with the reason instead of blocking the partition.
create table checkpoint_dead_letter (
    id          bigserial     primary key,
    topic       varchar(200)  not null,
    kafka_partition integer   not null,
    kafka_offset bigint       not null,
    record_key  varchar(200),
    payload     text,
    reason      varchar(1000) not null,
    at          timestamptz   not null
);

-- The fraud-risk database (专项风险数据库): this node's own entries and the replicas of other nodes'
-- entries, each in its newest version held. One entry per owner, type and value: a node that learns
-- more about a value it already holds adds sources and evidence to its entry.
create table fraud_risk_entry (
    id            uuid          primary key,
    version       bigint        not null check (version >= 1),
    owner_node    varchar(8)    not null,
    type          varchar(20)   not null,
    value         varchar(500)  not null,
    label         varchar(100)  not null,
    level         smallint      not null check (level between 1 and 5),
    sources       varchar(100)  not null,
    evidence      text          not null,
    valid_until   date          not null,
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null,
    changed_at    timestamptz   not null,
    unique (owner_node, type, value)
);
create index fraud_risk_entry_by_value on fraud_risk_entry (type, value);
create index fraud_risk_entry_by_change on fraud_risk_entry (changed_at desc);

-- Victim reports (报案) taken at this node.
create table fraud_report (
    id              uuid           primary key,
    amount          numeric(18,2)  not null check (amount > 0),
    paid_at         timestamptz    not null,
    channel         varchar(30)    not null,
    payee_accounts  text           not null,
    phones          text           not null,
    urls            text           not null,
    victim_division varchar(6),
    description     varchar(2000)  not null,
    reporting_agency varchar(12)   not null,
    reported_by     varchar(100)   not null,
    reported_at     timestamptz    not null
);
create index fraud_report_by_time on fraud_report (reported_at desc);

-- Early warnings (预警), sent by this node or received by it; a warning on an account of this node's
-- own province is both. The id is the same at both nodes.
create table fraud_warning (
    id               uuid           not null,
    side             varchar(8)     not null check (side in ('sent', 'received')),
    sender_node      varchar(8)     not null,
    receiver_node    varchar(8)     not null,
    sender_agency    varchar(32)    not null,
    account          varchar(64)    not null,
    branch_division  varchar(6)     not null,
    score            smallint       not null check (score between 0 and 100),
    reasons          text           not null,
    money_path       text           not null,
    handling_code    varchar(2)     not null,
    report_id        uuid,
    amount_at_risk   numeric(18,2)  not null,
    message_id       uuid,
    created_at       timestamptz    not null,
    received_at      timestamptz,
    primary key (id, side)
);
create index fraud_warning_by_side on fraud_warning (side, created_at desc);

-- Interventions (劝阻, 止付, 冻结) recorded by the receiving province, copied to the sender.
create table fraud_intervention (
    id              uuid           primary key,
    warning_id      uuid           not null,
    node            varchar(8)     not null,
    kind            varchar(20)    not null check (kind in ('dissuasion', 'stop-payment', 'freeze')),
    outcome         varchar(20)    not null check (outcome in ('succeeded', 'partly', 'failed', 'pending')),
    amount_stopped  numeric(18,2)  not null check (amount_stopped >= 0),
    note            varchar(1000)  not null,
    recorded_by     varchar(100)   not null,
    recorded_at     timestamptz    not null
);
create index fraud_intervention_by_warning on fraud_intervention (warning_id, recorded_at);

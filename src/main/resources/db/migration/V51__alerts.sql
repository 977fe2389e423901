-- Wanted alerts (布控预警): this node's own (drafts included) and the replicas of other nodes' alerts,
-- each in its newest version held. content is the whole version as JSON (AlertJson.Content); the
-- other columns are copies of its fields for lists and filters.
create table alert (
    id              uuid          primary key,
    version         bigint        not null check (version >= 0),
    issuing_node    varchar(8)    not null,
    issuing_agency  varchar(12)   not null,
    kind            varchar(10)   not null check (kind in ('person', 'vehicle', 'document')),
    category        varchar(30)   not null,
    state           varchar(10)   not null check (state in ('draft', 'published', 'amended', 'withdrawn')),
    resident_id     varchar(18),
    person_name     varchar(64),
    plate           varchar(10),
    document_number varchar(18),
    action_on_hit   varchar(20)   not null,
    handling_code   varchar(2)    not null,
    valid_until     date          not null,
    content         text          not null,
    created_by      varchar(64),
    changed_at      timestamptz   not null
);
create index alert_by_issuer on alert (issuing_node, changed_at desc);
create index alert_by_change on alert (changed_at desc);
create index alert_by_resident_id on alert (resident_id) where resident_id is not null;
create index alert_by_plate on alert (plate) where plate is not null;

-- "Not acted on here" (此地不执行): a node's flag on another node's alert, kept at the flagging node
-- and at the issuer (which learns of it by an alert.flagged message).
create table alert_flag (
    alert_id    uuid          not null,
    node        varchar(8)    not null,
    reason      varchar(500)  not null,
    flagged_by  varchar(100)  not null,
    flagged_at  timestamptz   not null,
    primary key (alert_id, node)
);

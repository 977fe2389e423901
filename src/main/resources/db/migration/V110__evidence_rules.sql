-- Evidence rule sets (统一证据审查标准): every version of every case type's rules per scope (the
-- regional baseline or a province's node id), held at every node. Versions seeded from the region data
-- are written by 'region-data'; a province's later versions come from its supervisors at its own node
-- and reach the other nodes through the shared register (ADR 033). A version is never changed.
create table evidence_rule_set (
    case_type   varchar(40)  not null,
    scope       varchar(8)   not null,
    version     integer      not null check (version >= 1),
    changed_by  varchar(64)  not null,
    changed_at  timestamptz  not null,
    reason      text         not null,
    primary key (case_type, scope, version)
);

create table evidence_rule (
    case_type   varchar(40)  not null,
    scope       varchar(8)   not null,
    version     integer      not null,
    position    integer      not null,
    kind        varchar(60)  not null,
    condition   varchar(200) not null,
    primary key (case_type, scope, version, position),
    unique (case_type, scope, version, kind),
    foreign key (case_type, scope, version) references evidence_rule_set
);

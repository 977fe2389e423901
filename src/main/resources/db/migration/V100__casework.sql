-- Case work (案件协作): cases, their entities and links, assistance requests, joint cases, evidence
-- with its chain of custody, linkage across provinces. A joint case has the same id at every node
-- that takes part; each node keeps its own copy, kept in step by messages.

create table casework_case (
    id           uuid          primary key,
    number       varchar(40)   not null unique,
    lead_node    varchar(8)    not null,
    agency       varchar(12)   not null,
    case_type    varchar(40)   not null,
    state        varchar(30)   not null,
    title        varchar(200)  not null,
    summary      varchar(4000) not null,
    officers     varchar(500)  not null,
    contact      varchar(200)  not null,
    amount       numeric(16, 2),
    joint        boolean       not null default false,
    opened_at    timestamptz   not null,
    updated_at   timestamptz   not null
);
create index casework_case_by_agency on casework_case (agency);

-- Agencies that take part in a joint case (联合办案), each with the node that serves it.
create table casework_participant (
    case_id    uuid         not null references casework_case (id),
    agency     varchar(12)  not null,
    node       varchar(8)   not null,
    joined_at  timestamptz  not null,
    primary key (case_id, agency)
);

-- Persons, phones, accounts, vehicles, companies, addresses of a case. `key` is the normalised
-- identifier the linkage looks up (null for what has none, e.g. a person known only by name).
create table casework_entity (
    id             uuid          primary key,
    case_id        uuid          not null references casework_case (id),
    entity_type    varchar(20)   not null,
    key            varchar(100),
    label          varchar(200)  not null,
    details        jsonb         not null,
    node           varchar(8)    not null,
    agency         varchar(12)   not null,
    added_at       timestamptz   not null
);
create index casework_entity_by_key on casework_entity (entity_type, key);
create index casework_entity_by_case on casework_entity (case_id);

create table casework_entity_link (
    id         uuid          primary key,
    case_id    uuid          not null references casework_case (id),
    from_id    uuid          not null references casework_entity (id),
    to_id      uuid          not null references casework_entity (id),
    relation   varchar(100)  not null,
    added_at   timestamptz   not null,
    unique (from_id, to_id, relation)
);

-- What happened in a case, by whom and at which node: the shared timeline of a joint case.
create table casework_timeline (
    id       uuid           primary key,
    case_id  uuid           not null references casework_case (id),
    node     varchar(8)     not null,
    agency   varchar(12)    not null,
    officer  varchar(100)   not null,
    at       timestamptz    not null,
    kind     varchar(30)    not null,
    text     varchar(2000)  not null
);
create index casework_timeline_by_case on casework_timeline (case_id, at);

-- Assistance requests (协查请求), the same id at the requesting and the receiving node. `side` says
-- which this node is. The clock runs from receipt: received_at, due_at and remind_at come from the
-- receiving node and travel back, so both sides show one clock.
create table casework_request (
    id             uuid           primary key,
    side           varchar(8)     not null check (side in ('sent', 'received')),
    case_id        uuid,
    case_number    varchar(40)    not null,
    case_type      varchar(40)    not null,
    from_node      varchar(8)     not null,
    from_agency    varchar(12)    not null,
    to_node        varchar(8)     not null,
    to_agency      varchar(12)    not null,
    kind           varchar(30)    not null,
    handling_code  varchar(2)     not null,
    urgency        varchar(10)    not null,
    question       text           not null,
    requested_by   varchar(100)   not null,
    state          varchar(20)    not null,
    sent_at        timestamptz    not null,
    received_at    timestamptz,
    due_at         timestamptz,
    remind_at      timestamptz,
    reminded       boolean        not null default false,
    escalated      boolean        not null default false,
    assignee       varchar(100),
    answer         varchar(8000),
    answered_at    timestamptz,
    decline_reason varchar(2000),
    follow_ups     integer        not null default 0,
    closed_at      timestamptz,
    message_id     uuid
);
create index casework_request_clock on casework_request (state, due_at);

-- Files (assistance attachments, evidence) travel in parts; a file is usable once complete and its
-- SM3 digest matches.
create table casework_file (
    id            uuid          primary key,
    owner_node    varchar(8)    not null,
    name          varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    sm3           varchar(64)   not null,
    parts         integer       not null,
    content       bytea
);

create table casework_file_part (
    file_id    uuid     not null,
    position   integer  not null,
    data       bytea    not null,
    primary key (file_id, position)
);

create table casework_request_file (
    request_id  uuid         not null references casework_request (id),
    file_id     uuid         not null references casework_file (id),
    role        varchar(12)  not null check (role in ('attachment', 'result')),
    primary key (request_id, file_id)
);

-- Evidence items (证据) of a case with their chain of custody; each custody entry is signed by the
-- node that recorded it and names the digest of the entry before it.
create table casework_evidence (
    id         uuid          primary key,
    case_id    uuid          not null references casework_case (id),
    kind       varchar(60)   not null,
    title      varchar(200)  not null,
    file_id    uuid          not null references casework_file (id),
    sm3        varchar(64)   not null,
    node       varchar(8)    not null,
    agency     varchar(12)   not null,
    added_at   timestamptz   not null
);
create index casework_evidence_by_case on casework_evidence (case_id);

create table casework_custody (
    id             uuid           primary key,
    evidence_id    uuid           not null references casework_evidence (id),
    position       integer        not null,
    action         varchar(12)    not null,
    officer        varchar(100)   not null,
    agency         varchar(12)    not null,
    node           varchar(8)     not null,
    place          varchar(200)   not null,
    at             timestamptz    not null,
    note           varchar(1000)  not null,
    previous_sm3   varchar(64)    not null,
    signature      varchar(200)   not null,
    unique (evidence_id, position)
);

-- Linkage (串并案) hits: on the asking side a case of ours shares an identifier with a case at
-- another node (we know only node, agency, contact until the owner approves details); on the owning
-- side another node asked about an identifier one of our cases holds.
create table casework_link (
    id              uuid           primary key,
    side            varchar(8)     not null check (side in ('asker', 'owner')),
    case_id         uuid           not null references casework_case (id),
    entity_type     varchar(20)    not null,
    key             varchar(100)   not null,
    remote_node     varchar(8)     not null,
    remote_agency   varchar(12)    not null,
    remote_link_id  uuid,
    contact         varchar(200),
    state           varchar(20)    not null,
    found_at        timestamptz    not null,
    purpose         varchar(500),
    requested_at    timestamptz,
    decided_at      timestamptz,
    decided_by      varchar(100),
    refusal         varchar(500),
    details         jsonb,
    unique (side, case_id, entity_type, key, remote_node, remote_agency)
);

-- Who asked about an identifier (N-DEx-style subscriptions): told when it appears here later.
create table casework_subscription (
    asking_node    varchar(8)    not null,
    asking_agency  varchar(12)   not null,
    entity_type    varchar(20)   not null,
    key            varchar(100)  not null,
    asked_at       timestamptz   not null,
    primary key (asking_node, entity_type, key)
);

-- Regional bulletins (协查通报): the ones this node sent and the ones it received.
-- A bulletin keeps its id across nodes; owning_node is the node that wrote it.
create table bulletin (
    id                   uuid          primary key,
    direction            varchar(8)    not null check (direction in ('SENT', 'RECEIVED')),
    owning_node          varchar(8)    not null,
    sender_agency        varchar(12)   not null,
    sender_name          varchar(100)  not null,
    sender_username      varchar(64),
    title                varchar(200)  not null,
    body                 text          not null check (char_length(body) between 1 and 20000),
    handling_code        varchar(2)    not null check (handling_code in ('H0', 'H1', 'H2', 'H3')),
    urgency              varchar(8)    not null check (urgency in ('urgent', 'routine')),
    purpose              varchar(200)  not null,
    to_all               boolean       not null,
    -- the node ids the sender addressed, comma-separated (informational at a receiver)
    target_nodes         varchar(400)  not null,
    -- the exchange message that carried it: sent by this node, or received from the owning node
    message_id           uuid          not null unique,
    created_at           timestamptz   not null,
    received_at          timestamptz,
    -- a forward names the bulletin it passes on and that bulletin's sender
    forwarded_from       uuid,
    original_node        varchar(8),
    original_agency      varchar(12),
    original_sender_name varchar(100)
);
create index bulletin_inbox on bulletin (direction, received_at desc);
create index bulletin_sent on bulletin (direction, created_at desc);

-- At the sender: one row per target node, with that node's acknowledgement once it arrives.
create table bulletin_target (
    bulletin_id                uuid          not null references bulletin (id),
    node                       varchar(8)    not null,
    acknowledged_at            timestamptz,
    acknowledged_by            varchar(100),
    acknowledged_agency        varchar(12),
    acknowledgement_note       varchar(1000),
    acknowledgement_message_id uuid,
    primary key (bulletin_id, node)
);

-- At a receiver: this node's own acknowledgement (签收) of a received bulletin; one per bulletin.
create table bulletin_acknowledgement (
    bulletin_id      uuid          primary key references bulletin (id),
    acknowledged_at  timestamptz   not null,
    officer_username varchar(64)   not null,
    officer_name     varchar(100)  not null,
    agency_code      varchar(12)   not null,
    note             varchar(1000),
    -- the bulletin.acknowledged message that tells the sender
    message_id       uuid
);

-- Files attached to a bulletin, kept in the database with their SM3 digest. A file travels in parts
-- (one exchange message each); at a receiver, content stays empty until every part has arrived and
-- the assembled file matches its digest.
create table bulletin_attachment (
    bulletin_id  uuid          not null references bulletin (id),
    position     smallint      not null check (position between 1 and 5),
    name         varchar(200)  not null,
    content_type varchar(200)  not null,
    size         integer       not null check (size between 1 and 5242880),
    sm3          char(64)      not null,
    parts        smallint      not null,
    content      bytea,
    primary key (bulletin_id, position)
);

-- Parts of attachments that have arrived but whose file is not complete yet. A part may arrive
-- before its bulletin, so it refers to the bulletin by id only.
create table bulletin_attachment_part (
    bulletin_id  uuid          not null,
    position     smallint      not null,
    part         smallint      not null,
    sender_node  varchar(8)    not null,
    content      bytea         not null,
    received_at  timestamptz   not null default now(),
    primary key (bulletin_id, position, part, sender_node)
);

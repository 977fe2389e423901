-- Each reader's acknowledgement (签收) of a bulletin, not only the node's first (ADR 013).

-- At a receiver: one acknowledgement per officer and bulletin; existing rows stay as they are.
alter table bulletin_acknowledgement drop constraint bulletin_acknowledgement_pkey;
alter table bulletin_acknowledgement add primary key (bulletin_id, officer_username);

-- At the sender: every reader at every target node, one row per bulletin.acknowledged message, so
-- that a repeated delivery of the same message adds nothing. bulletin_target keeps the target's
-- earliest acknowledgement: the node counts as acknowledged from its first reader.
create table bulletin_reader (
    bulletin_id     uuid          not null,
    node            varchar(8)    not null,
    officer_name    varchar(100)  not null,
    agency_code     varchar(12)   not null,
    acknowledged_at timestamptz   not null,
    note            varchar(1000),
    message_id      uuid          not null unique,
    foreign key (bulletin_id, node) references bulletin_target (bulletin_id, node)
);
create index bulletin_reader_target on bulletin_reader (bulletin_id, node, acknowledged_at);

-- the acknowledgements received so far were each the first (and only recorded) reader of their node
insert into bulletin_reader (bulletin_id, node, officer_name, agency_code, acknowledged_at, note, message_id)
select bulletin_id, node, acknowledged_by, acknowledged_agency, acknowledged_at, acknowledgement_note, acknowledgement_message_id
from bulletin_target
where acknowledged_at is not null and acknowledgement_message_id is not null;

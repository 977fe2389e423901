-- Messages of a joint case that arrived before what they belong to (a custody entry recorded at a
-- third node before its evidence item, a timeline entry or an item before the case's copy). They are
-- kept here, not applied and not shown, until their subject arrives; then they are applied as if they
-- had just arrived and removed (ADR 041).
create table casework_waiting_message (
    message_id     uuid          primary key,
    waits_for      uuid          not null,
    type           varchar(100)   not null,
    sender_node    varchar(8)    not null,
    sender_agency  varchar(32)   not null,
    handling_code  char(2)       not null,
    purpose        varchar(500)  not null,
    created_at     timestamptz   not null,
    payload        text          not null,
    held_at        timestamptz   not null
);
create index casework_waiting_message_by_subject on casework_waiting_message (waits_for);
create index casework_waiting_message_by_sender on casework_waiting_message (sender_node);

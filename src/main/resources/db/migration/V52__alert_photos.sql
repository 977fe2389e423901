-- Photos of person alerts (ADR 026): the newest version held of each alert's photo, this node's own
-- and the replicas. They travel as the register "alert-photo", apart from the alert, so that the
-- alert's own entries stay small. No foreign key: a photo may arrive before its alert.
create table alert_photo (
    alert_id     uuid          primary key,
    version      bigint        not null check (version >= 1),
    issuing_node varchar(8)    not null,
    content_type varchar(20)   not null check (content_type in ('image/jpeg', 'image/png')),
    content      bytea         not null,
    sm3          varchar(64)   not null,
    changed_at   timestamptz   not null
);

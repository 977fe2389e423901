-- What happened to this node's own alerts, who did it and why: published, amended, withdrawn (by an
-- officer, or by the node itself when a checkpoint reported an arrest), photo changes. Kept at the
-- issuing node, where the alert's duty desk answers for it.
create table alert_history (
    id         bigserial     primary key,
    alert_id   uuid          not null,
    version    bigint        not null,
    action     varchar(20)   not null,
    done_by    varchar(100)  not null,
    note       varchar(500),
    at         timestamptz   not null
);
create index alert_history_by_alert on alert_history (alert_id, id);

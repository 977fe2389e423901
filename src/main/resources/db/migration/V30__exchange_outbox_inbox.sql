-- The exchange: envelopes this node sent (outbox) with one delivery row per recipient node, the
-- envelopes it received (inbox), and the signed receipts of both directions. See docs/protocol.md
-- and ADR 010.
create table exchange_outbox (
    id              uuid         primary key,
    type            varchar(100) not null,
    sender_node     varchar(8)   not null,
    sender_agency   varchar(32)  not null,
    recipients      varchar(600) not null,
    created_at      timestamptz  not null,
    correlation_id  uuid,
    handling_code   char(2)      not null,
    purpose         varchar(500) not null,
    payload         text         not null,
    payload_digest  char(64)     not null,
    signature       text         not null
);
create index exchange_outbox_correlation on exchange_outbox (correlation_id) where correlation_id is not null;

-- QUEUED: waiting (possibly after failed attempts); DELIVERED: the peer says it stored the envelope
-- but its receipt could not be verified yet; ACKNOWLEDGED: signed receipt verified and kept;
-- FAILED: given up, with the reason in last_error.
create table exchange_delivery (
    message_id      uuid          not null references exchange_outbox (id),
    peer            varchar(8)    not null,
    state           varchar(12)   not null check (state in ('QUEUED', 'DELIVERED', 'ACKNOWLEDGED', 'FAILED')),
    queued_at       timestamptz   not null,
    next_attempt_at timestamptz   not null,
    attempts        integer       not null default 0,
    last_attempt_at timestamptz,
    last_error      varchar(1000),
    delivered_at    timestamptz,
    acknowledged_at timestamptz,
    failed_at       timestamptz,
    receipt_id      uuid,
    primary key (message_id, peer)
);
create index exchange_delivery_due on exchange_delivery (peer, next_attempt_at, message_id) where state in ('QUEUED', 'DELIVERED');
-- No other index on exchange_delivery begins with peer: with stale statistics the planner would
-- otherwise pick it for the per-row updates by primary key and scan every row of the peer.

-- RECEIVED: stored, handler not yet run; PROCESSED: the handler ran; FAILED: the handler failed or
-- there is none for the type (reason in last_error).
create table exchange_inbox (
    id              uuid          primary key,
    type            varchar(100)  not null,
    sender_node     varchar(8)    not null,
    sender_agency   varchar(32)   not null,
    recipients      varchar(600)  not null,
    created_at      timestamptz   not null,
    correlation_id  uuid,
    handling_code   char(2)       not null,
    purpose         varchar(500)  not null,
    payload         text          not null,
    payload_digest  char(64)      not null,
    signature       text          not null,
    received_at     timestamptz   not null default clock_timestamp(),
    receipt_id      uuid          not null,
    state           varchar(12)   not null default 'RECEIVED' check (state in ('RECEIVED', 'PROCESSED', 'FAILED')),
    processed_at    timestamptz,
    last_error      varchar(1000)
);
create index exchange_inbox_pending on exchange_inbox (received_at) where state = 'RECEIVED';
create index exchange_inbox_sender on exchange_inbox (sender_node, received_at);

-- Batch receipts: ISSUED by this node for envelopes it received, RECEIVED from peers for envelopes
-- this node sent. The canonical form is the signed text itself, so a receipt can be re-verified.
create table exchange_receipt (
    id              uuid          primary key,
    direction       varchar(8)    not null check (direction in ('ISSUED', 'RECEIVED')),
    issuer          varchar(8)    not null,
    peer            varchar(8),
    issued_at       timestamptz   not null,
    canonical_form  text          not null,
    signature       text          not null,
    stored_at       timestamptz   not null default clock_timestamp()
);
